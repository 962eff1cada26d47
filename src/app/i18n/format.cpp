#include "app/i18n/format.h"

#include <cmath>
#include <cstdio>

#include "app/i18n/translate.h"

namespace carescore {

namespace {

constexpr NumberStyle kStyles[] = {
  {".", ",", ""},                            // English: 1,234.5 and 82.4%
  {",", ".", kNoBreakSpace},                 // Vietnamese: 1.234,5 and 82,4 %
  {",", kNoBreakSpace, kNoBreakSpace},       // Russian: 1 234,5 and 82,4 %
};

// Digits with group separators every three places, from a plain ASCII integer string.
std::string groupDigits(std::string_view digits, std::string_view group) {
  std::string out;
  out.reserve(digits.size() * 2);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += group;
    out += digits[i];
  }
  return out;
}

} // namespace

const NumberStyle& numberStyleOf(Language language) { return kStyles[static_cast<int>(language)]; }

std::string formatNumber(double value, int decimals, Language language) {
  if (std::isnan(value)) return "—";
  if (std::isinf(value)) return value > 0 ? "∞" : std::string(kMinusSign) + "∞";
  const NumberStyle& style = numberStyleOf(language);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals < 0 ? 0 : decimals, std::fabs(value));
  const std::string_view plain(buffer);
  const std::size_t dot = plain.find('.');
  std::string out;
  // "-0.0" after rounding is zero: no sign.
  const bool negative = value < 0 && plain.find_first_not_of("0.") != std::string_view::npos;
  if (negative) out += kMinusSign;
  out += groupDigits(plain.substr(0, dot), style.group);
  if (dot != std::string_view::npos) {
    out += style.decimal;
    out += plain.substr(dot + 1);
  }
  return out;
}

std::string formatCount(std::uint64_t n, Language language) {
  return groupDigits(std::to_string(n), numberStyleOf(language).group);
}

std::string formatPercent(double percent, int decimals, Language language) {
  if (std::isnan(percent)) return "—";
  return formatNumber(percent, decimals, language) + std::string(numberStyleOf(language).beforePercent) + "%";
}

std::string formatSigned(double value, int decimals, Language language) {
  std::string text = formatNumber(value, decimals, language);
  const bool zero = text.find_first_of("123456789") == std::string::npos;
  if (!(value > 0) || zero) return text;
  std::string signedText = "+";
  signedText += text;
  return signedText;
}

std::string formatBytes(std::uint64_t bytes, Language language) {
  if (bytes < 1000) return trCount(Counted::Bytes, bytes, language);
  static constexpr Text kUnits[] = {Text::UnitKilobytes, Text::UnitMegabytes, Text::UnitGigabytes, Text::UnitTerabytes};
  double value = static_cast<double>(bytes) / 1000.0;
  int unit = 0;
  while (value >= 999.95 && unit < 3) {
    value /= 1000.0;
    ++unit;
  }
  return formatNumber(value, value < 9.95 ? 1 : 0, language) + std::string(kNoBreakSpace) + tr(kUnits[unit], language);
}

} // namespace carescore
