// The UI's text by stable key in the current language: tr(Text::OpenFiles). Keys are an enum
// (text_keys.h), so a misspelt key does not compile and tests can walk every key the code can use;
// the strings themselves are data (assets/i18n/en.json, vi.json, ru.json, embedded at build time).
#pragma once
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/i18n/language.h"
#include "app/i18n/text_keys.h"

namespace carescore {

enum class Text {
#define CARESCORE_ENUM_ENTRY(id, key) id,
  CARESCORE_TEXTS(CARESCORE_ENUM_ENTRY)
  kCount
};

enum class Counted {
  CARESCORE_COUNTED_TEXTS(CARESCORE_ENUM_ENTRY)
  kCount
#undef CARESCORE_ENUM_ENTRY
};

inline constexpr int kTextCount = static_cast<int>(Text::kCount);
inline constexpr int kCountedCount = static_cast<int>(Counted::kCount);

std::string_view keyOf(Text text);
std::string_view keyOf(Counted text);

// In the current language; a key missing there falls back to English, then to the key itself.
// The pointer stays valid for the life of the program (the catalogue is loaded once).
const char* tr(Text text);
const char* tr(Text text, Language language);

// `{0}`, `{1}`… replaced by the arguments in order; translators may reorder them.
std::string trFormat(Text text, std::initializer_list<std::string_view> args);

// The plural form the count takes, `{n}` replaced by the count in the language's digits
// ("1 стандарт", "2 стандарта", "5 стандартов"); `{0}`… by further arguments.
std::string trCount(Counted text, std::uint64_t n, std::initializer_list<std::string_view> args = {});
std::string trCount(Counted text, std::uint64_t n, Language language);

// A template the engine's codes name (engine_texts.h: "diag.UNTERMINATED_QUOTE", "channel.phone"),
// in the language, else in English; nullptr when neither file has it.
const std::string* findKeyedText(std::string_view key, Language language);

// Replaces `{0}`, `{1}`… in `pattern`; placeholders without an argument are left as they are.
std::string fillPlaceholders(std::string_view pattern, std::initializer_list<std::string_view> args);
std::string fillPlaceholders(std::string_view pattern, std::span<const std::string> args);

// Everything wrong with the translation files: keys missing or empty in a language, keys no code
// uses, engine keys (engine_texts.h) missing in a language, plural entries lacking a form the language needs, placeholders that differ from English.
// Empty when the catalogue is complete. Tests assert it is.
std::vector<std::string> catalogProblems();

} // namespace carescore
