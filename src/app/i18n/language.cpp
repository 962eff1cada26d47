#include "app/i18n/language.h"

namespace carescore {

namespace {

struct LanguageInfo {
  std::string_view code;
  std::string_view nativeName;
};
constexpr LanguageInfo kInfo[] = {{"en", "English"}, {"vi", "Tiếng Việt"}, {"ru", "Русский"}};

Language gCurrent = Language::English;

} // namespace

std::string_view codeOf(Language language) { return kInfo[static_cast<int>(language)].code; }

std::string_view nativeNameOf(Language language) { return kInfo[static_cast<int>(language)].nativeName; }

std::optional<Language> languageFromCode(std::string_view code) {
  for (Language language : kLanguages)
    if (codeOf(language) == code) return language;
  return std::nullopt;
}

Language currentLanguage() { return gCurrent; }

void setLanguage(Language language) { gCurrent = language; }

} // namespace carescore
