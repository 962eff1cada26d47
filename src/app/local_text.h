// A profile's trilingual text (LocalText) in the UI's current language, falling back to English
// when a translation is empty. Not the UI's own strings (i18n/translate.h).
#pragma once
#include <string>

#include "app/i18n/language.h"
#include "core/standards/profile.h"

namespace carescore {

inline const std::string& inLanguage(const LocalText& text, Language language = currentLanguage()) {
  const std::string& local = language == Language::Vietnamese ? text.vi : language == Language::Russian ? text.ru : text.en;
  return local.empty() ? text.en : local;
}

} // namespace carescore
