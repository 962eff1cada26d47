#include "core/ingest/missing_tokens.h"

#include <array>

#include "core/ingest/text_scan.h"

// The list follows pandas' default na_values (what analysts expect), plus dashes, Excel's error
// values and the Russian "н/д" (нет данных). Words that are also data ("none" as a resolution,
// "нет" as a boolean) are deliberately not here, except "none"/"nil" which exporters write for null.
namespace carescore {

namespace {

constexpr std::string_view kTokens[] = {
    "na", "n/a", "n.a.", "#n/a", "#n/a n/a", "#na", "<na>", "nan", "-nan", "null", "(null)", "nil", "none",
    "-", "--", "\xE2\x80\x94" /* — */, "\xE2\x80\x93" /* – */, "?",
    "#value!", "#div/0!", "#ref!", "#name?", "#num!", "#null!",
    "\xD0\xBD/\xD0\xB4" /* н/д */, "\xD0\xBD.\xD0\xB4." /* н.д. */,
};
constexpr std::size_t longestToken() {
  std::size_t longest = 0;
  for (std::string_view token : kTokens) longest = token.size() > longest ? token.size() : longest;
  return longest;
}
constexpr std::size_t kLongestToken = longestToken();

// Bytes a token can start with (ASCII in both cases, or a UTF-8 lead byte): most cells are
// rejected on their first byte without comparing against any token.
constexpr std::array<bool, 256> firstBytes() {
  std::array<bool, 256> table{};
  for (std::string_view token : kTokens) {
    const auto c = static_cast<unsigned char>(token[0]);
    table[c] = true;
    if (c >= 'a' && c <= 'z') table[c - 'a' + 'A'] = true;
    if (c == 0xD0) table[0xD1] = true;  // Cyrillic capitals and small letters differ in their lead byte
  }
  return table;
}
constexpr std::array<bool, 256> kFirstBytes = firstBytes();

} // namespace

std::span<const std::string_view> missingTokens() { return kTokens; }

bool isMissingToken(std::string_view text) {
  if (text.empty()) return true;
  const auto first = static_cast<unsigned char>(text[0]);
  // Fast exits for the common cases: a value that is long, or starts with a byte no token starts
  // with and is not a space (trimming could reveal a token).
  if (text.size() > kLongestToken + 8) return false;  // room for surrounding spaces
  if (!kFirstBytes[first] && scan::spaceAt(text, 0) == 0 && first != '\r' && first != '\n') return false;
  const std::string_view trimmed = scan::trim(text);
  if (trimmed.empty()) return true;
  if (trimmed.size() > kLongestToken || !kFirstBytes[static_cast<unsigned char>(trimmed[0])]) return false;
  for (std::string_view token : kTokens)
    if (scan::equalsFolded(trimmed, token)) return true;
  return false;
}

} // namespace carescore
