// Numbers as each language writes them: separators (1,234.5 · 1.234,5 · 1 234,5), percentages
// (82.4% · 82,4 %), signed differences, counts and file sizes. Dates and durations are in
// date_format.h. Not for machine-readable output (CSV, JSON): that stays in C locale.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "app/i18n/language.h"

namespace carescore {

inline constexpr std::string_view kNoBreakSpace = "\u00a0";
inline constexpr std::string_view kMinusSign = "\u2212";  // −, wider than '-' and lined up with '+'

// The conventions of one language (CLDR): what separates thousands and decimals, and whether a
// (no-break) space stands before the percent sign.
struct NumberStyle {
  std::string_view decimal;
  std::string_view group;
  std::string_view beforePercent;
};
const NumberStyle& numberStyleOf(Language language);

// `decimals` digits after the separator; NaN reads "—", infinities "∞".
std::string formatNumber(double value, int decimals, Language language = currentLanguage());
std::string formatCount(std::uint64_t n, Language language = currentLanguage());  // 1234567 → "1,234,567"
// `percent` in percent (82.4, not 0.824).
std::string formatPercent(double percent, int decimals = 1, Language language = currentLanguage());
// Always signed: "+1.4", "−3.1"; zero is "0.0" unsigned.
std::string formatSigned(double value, int decimals = 1, Language language = currentLanguage());
// 1536 → "1.5 KB"; decimal units, as browsers and file managers show.
std::string formatBytes(std::uint64_t bytes, Language language = currentLanguage());

} // namespace carescore
