#include "core/ingest/missing_tokens.h"

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

} // namespace

std::span<const std::string_view> missingTokens() { return kTokens; }

bool isMissingToken(std::string_view text) {
  if (text.empty()) return true;
  // Fast exit for the common case: a cell that starts with a digit or is long is a value.
  if (scan::isDigit(text[0]) && text.size() > 1) return false;
  if (text.size() > kLongestToken + 8) return false;  // room for surrounding spaces
  const std::string_view trimmed = scan::trim(text);
  if (trimmed.empty()) return true;
  if (trimmed.size() > kLongestToken) return false;
  for (std::string_view token : kTokens)
    if (scan::equalsFolded(trimmed, token)) return true;
  return false;
}

} // namespace carescore
