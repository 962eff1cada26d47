#include "core/ingest/missing_tokens.h"

#include <array>

#include "core/ingest/text_scan.h"
#include "core/text/case_mapping.h"

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

// Each token's first code point (tokens are lower case, valid UTF-8 of at most 3-byte sequences):
// a cell is compared in full only with the tokens whose first code point its own lowers to, so a
// Cyrillic or Vietnamese value costs one decode, not one case-folded comparison per token.
constexpr char32_t firstCodePoint(std::string_view token) {
  const auto byte = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(token[i])); };
  if (byte(0) < 0x80) return byte(0);
  if (byte(0) < 0xE0) return (byte(0) & 0x1F) << 6 | (byte(1) & 0x3F);
  return (byte(0) & 0x0F) << 12 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F);
}
constexpr auto kFirstCodePoints = [] {
  std::array<char32_t, std::size(kTokens)> points{};
  for (std::size_t i = 0; i < points.size(); ++i) points[i] = firstCodePoint(kTokens[i]);
  return points;
}();

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
  const DecodedCodePoint lead = decodeUtf8(trimmed, 0);
  if (lead.codePoint == 0xFFFD) return false;  // matchFolded rejects it against every token
  const char32_t folded = toLowerCodePoint(lead.codePoint);
  for (std::size_t i = 0; i < std::size(kTokens); ++i)
    if (kFirstCodePoints[i] == folded && scan::equalsFolded(trimmed, kTokens[i])) return true;
  return false;
}

} // namespace carescore
