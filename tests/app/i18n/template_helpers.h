// Helpers the i18n tests share to compare the app's keyed templates with the engine's text.
#pragma once
#include <string>

#include "app/i18n/translate.h"

namespace carescore::testing {

// "{0}", "{1}"… back to the engine's "{}" (filled in order).
inline std::string unnumbered(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 2 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] == '}') {
      out += "{}";
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

inline std::string englishOf(const std::string& key) {
  const std::string* text = findKeyedText(key, Language::English);
  return text ? *text : std::string();
}

} // namespace carescore::testing
