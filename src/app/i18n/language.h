// The languages the UI speaks and which one is current. The current language is UI state, like
// ImGui's current context: set once per switch, read by every tr() and format call of the frame.
#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace carescore {

enum class Language { English, Vietnamese, Russian };

inline constexpr std::array<Language, 3> kLanguages = {Language::English, Language::Vietnamese, Language::Russian};

std::string_view codeOf(Language language);       // "en", "vi", "ru"
std::string_view nativeNameOf(Language language);  // "English", "Tiếng Việt", "Русский": each in its own script
std::optional<Language> languageFromCode(std::string_view code);

Language currentLanguage();
void setLanguage(Language language);

} // namespace carescore
