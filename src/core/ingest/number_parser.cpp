#include "core/ingest/number_parser.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/ingest/text_scan.h"

// One pass over the bytes accumulates up to 19 significant digits. With at most 15 of them and a
// power of ten up to 1e22 both operands are exact doubles, so one multiplication or division gives
// the correctly rounded value. Longer numbers go through strtod on a normalized buffer ('.' as the
// separator, which the engine's untouched "C" locale reads).
namespace carescore {

namespace {

constexpr double kPowersOf10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int kExactDigits = 15;
constexpr int kMaxIdentifierFreeDigits = 15;

enum class GroupKind : std::uint8_t { None, Separator, Apostrophe, Space };

// Length of a minus sign at i: '-' or U+2212 (what typeset reports export).
std::size_t minusAt(std::string_view s, std::size_t i) {
  if (i < s.size() && s[i] == '-') return 1;
  if (i + 2 < s.size() && scan::byteAt(s, i) == 0xE2 && scan::byteAt(s, i + 1) == 0x88 && scan::byteAt(s, i + 2) == 0x92) return 3;
  return 0;
}

struct Digits {
  std::uint64_t mantissa = 0;
  int significant = 0;  // digits counted into mantissa, leading zeros excluded
  int dropped = 0;      // significant digits past 19, not in mantissa (they shift the exponent)
  void add(char c) {
    if (significant == 0 && c == '0') return;
    if (significant < 19) {
      mantissa = mantissa * 10 + static_cast<std::uint64_t>(scan::digitOf(c));
      ++significant;
    } else {
      ++dropped;
    }
  }
};

// Rare path: more than 15 significant digits or a large exponent. Keeps the first 40 significant
// digits (beyond what a double resolves) and shifts the exponent for integer digits it leaves out.
double slowValue(std::string_view text, std::size_t begin, std::size_t end, char decimalSeparator, int exponent10) {
  constexpr int kKeptDigits = 40;
  char buffer[kKeptDigits + 24];
  std::size_t n = 0;
  int kept = 0;
  bool inFraction = false;
  for (std::size_t i = begin; i < end; ++i) {
    const char c = text[i];
    if (c == decimalSeparator) {
      inFraction = true;
    } else if (scan::isDigit(c)) {
      if (kept == 0 && c == '0') {
        if (inFraction) --exponent10;  // leading zeros of 0.000123
        continue;
      }
      if (kept < kKeptDigits) {
        buffer[n++] = c;
        ++kept;
        if (inFraction) --exponent10;
      } else if (!inFraction) {
        ++exponent10;
      }
    }
  }
  if (kept == 0) return 0.0;
  std::snprintf(buffer + n, sizeof buffer - n, "e%d", exponent10);
  return std::strtod(buffer, nullptr);
}

} // namespace

std::string_view nameOf(SeparatorEvidence evidence) {
  switch (evidence) {
    case SeparatorEvidence::None: return "none";
    case SeparatorEvidence::Dot: return "dot";
    case SeparatorEvidence::Comma: return "comma";
    case SeparatorEvidence::Ambiguous: return "ambiguous";
  }
  return "unknown";
}

SeparatorEvidence separatorEvidence(std::string_view text) {
  int dots = 0, commas = 0;
  char last = 0;
  std::size_t lastAt = 0;
  bool spaceGroups = false, exponent = false;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' || c == ',') {
      (c == '.' ? dots : commas) += 1;
      last = c;
      lastAt = i;
    } else if (c == 'e' || c == 'E' || c == '%' || c == ')') {
      exponent = c != '%' && c != ')';
      break;
    } else if (scan::spaceAt(text, i) != 0 && i > 0 && scan::isDigit(text[i - 1])) {
      spaceGroups = true;
    }
  }
  if (last == 0) return SeparatorEvidence::None;
  const SeparatorEvidence lastIsDecimal = last == '.' ? SeparatorEvidence::Dot : SeparatorEvidence::Comma;
  const SeparatorEvidence otherIsDecimal = last == '.' ? SeparatorEvidence::Comma : SeparatorEvidence::Dot;
  if (dots > 0 && commas > 0) return lastIsDecimal;  // 1.234,5 or 1,234.5
  if (dots + commas > 1) return otherIsDecimal;       // 1,234,567: repeated, so a group separator
  if (spaceGroups || exponent) return lastIsDecimal;  // 1 234,5 and 1,234e3: only a decimal fits
  std::size_t after = 0;
  while (lastAt + 1 + after < i && scan::isDigit(text[lastAt + 1 + after])) ++after;
  std::size_t before = 0;
  while (before < lastAt && scan::isDigit(text[lastAt - 1 - before])) ++before;
  const bool ambiguous = after == 3 && lastAt + 4 == i && before >= 1 && before <= 3 && text[lastAt - before] != '0';
  return ambiguous ? SeparatorEvidence::Ambiguous : lastIsDecimal;
}

bool readNumber(std::string_view text, char decimalSeparator, NumberReading& out, int scaleExponent) {
  const std::size_t n = text.size();
  // Fast path for the commonest cell, plain digits (ids, seconds, scores): up to 15 digits are an
  // exact double, and every flag below is what the general path sets for them.
  if (n != 0 && n <= static_cast<std::size_t>(kExactDigits) && scaleExponent == 0) {
    std::uint64_t mantissa = 0;
    std::size_t d = 0;
    while (d < n && scan::isDigit(text[d])) mantissa = mantissa * 10 + static_cast<std::uint64_t>(scan::digitOf(text[d++]));
    if (d == n) {
      out.value = static_cast<double>(mantissa);
      out.negative = false;
      out.percent = false;
      out.fractionDigits = 0;
      out.integral = true;
      out.identifier = n > 1 && text[0] == '0';
      out.ambiguous = false;
      return true;
    }
  }
  std::size_t i = 0;
  bool paren = false, negative = false;
  if (i < n && text[i] == '(') {
    paren = true;
    ++i;
  }
  if (const std::size_t m = minusAt(text, i)) {
    negative = true;
    i += m;
  } else if (i < n && text[i] == '+') {
    ++i;
  }
  if (paren) negative = !negative;
  const std::size_t digitsBegin = i;
  const char otherSeparator = decimalSeparator == '.' ? ',' : '.';

  Digits digits;
  int integerDigits = 0, groupLength = 0;
  GroupKind group = GroupKind::None;
  while (i < n) {
    const char c = text[i];
    if (scan::isDigit(c)) {
      digits.add(c);
      ++integerDigits;
      ++groupLength;
      ++i;
      continue;
    }
    GroupKind kind = GroupKind::None;
    std::size_t width = 1;
    if (c == otherSeparator) kind = GroupKind::Separator;
    else if (c == '\'') kind = GroupKind::Apostrophe;
    else if ((width = scan::spaceAt(text, i)) != 0) kind = GroupKind::Space;
    if (kind == GroupKind::None || integerDigits == 0 || i + width >= n || !scan::isDigit(text[i + width])) break;
    if (group == GroupKind::None) {
      if (groupLength > 3) return false;
      group = kind;
    } else if (kind != group || groupLength != 3) {
      return false;
    }
    groupLength = 0;
    i += width;
  }
  if (group != GroupKind::None && groupLength != 3) return false;

  int fractionDigits = 0;
  if (i < n && text[i] == decimalSeparator) {
    ++i;
    while (i < n && scan::isDigit(text[i])) {
      digits.add(text[i]);
      ++fractionDigits;
      ++i;
    }
    if (fractionDigits == 0) return false;  // "5," or "5.": a list or a typo, not a number
  }
  if (integerDigits + fractionDigits == 0) return false;
  const std::size_t digitsEnd = i;

  int exponent = 0;
  bool hasExponent = false;
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool negativeExponent = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) negativeExponent = text[i++] == '-';
    int expDigits = 0;
    while (i < n && scan::isDigit(text[i])) {
      if (exponent < 10000) exponent = exponent * 10 + scan::digitOf(text[i]);
      ++expDigits;
      ++i;
    }
    if (expDigits == 0) return false;
    if (negativeExponent) exponent = -exponent;
    hasExponent = true;
  }

  bool percent = false;
  std::size_t k = i;
  while (const std::size_t w = scan::spaceAt(text, k)) k += w;
  if (k < n && text[k] == '%') {
    percent = true;
    i = k + 1;
  }
  if (paren) {
    if (i >= n || text[i] != ')') return false;
    ++i;
  }
  if (i != n) return false;

  const int scale = scaleExponent - (percent ? 2 : 0);
  const int exponent10 = exponent - fractionDigits + digits.dropped + scale;
  double value;
  if (digits.significant == 0) {
    value = 0.0;
  } else if (digits.significant <= kExactDigits && exponent10 >= -22 && exponent10 <= 22) {
    const double m = static_cast<double>(digits.mantissa);
    value = exponent10 >= 0 ? m * kPowersOf10[exponent10] : m / kPowersOf10[-exponent10];
  } else {
    value = slowValue(text, digitsBegin, digitsEnd, decimalSeparator, exponent + scale);  // digits as an integer × 10^…
    if (!std::isfinite(value)) return false;  // 1e400: no double holds it
  }

  const bool plainDigits = !negative && !paren && group == GroupKind::None && fractionDigits == 0 && !hasExponent &&
                           !percent && digitsBegin == 0 && digitsEnd == n;
  out.value = negative ? -value : value;
  out.negative = negative && value != 0.0;
  out.percent = percent;
  out.fractionDigits = fractionDigits;
  out.integral = fractionDigits == 0 && exponent >= 0 && !percent;
  out.identifier = plainDigits && ((integerDigits > 1 && text[0] == '0') || integerDigits > kMaxIdentifierFreeDigits);
  // The ambiguous shape is exactly one separator (ours or the other one) before three digits.
  out.ambiguous = false;
  if (!hasExponent && (group == GroupKind::Separator ? integerDigits <= 6 : group == GroupKind::None && fractionDigits == 3)) {
    const std::size_t before = static_cast<std::size_t>(integerDigits - (group == GroupKind::Separator ? 3 : 0));
    out.ambiguous = before >= 1 && before <= 3 && fractionDigits == (group == GroupKind::Separator ? 0 : 3) &&
                    text[digitsBegin] != '0';
  }
  return true;
}

bool readPlainDecimal(std::string_view text, PlainDecimal& out) {
  const std::size_t n = text.size();
  std::size_t i = 0;
  PlainDecimal result;
  while (i < n && scan::isDigit(text[i])) {
    if (result.integerDigits >= 19) return false;
    result.integer = result.integer * 10 + static_cast<std::uint64_t>(scan::digitOf(text[i]));
    ++result.integerDigits;
    ++i;
  }
  if (result.integerDigits == 0) return false;
  if (i < n && (text[i] == '.' || text[i] == ',')) {
    ++i;
    std::uint32_t scale = 100000000;
    while (i < n && scan::isDigit(text[i])) {
      result.fractionNanos += static_cast<std::uint32_t>(scan::digitOf(text[i])) * scale;
      scale /= 10;
      ++result.fractionDigits;
      ++i;
    }
    if (result.fractionDigits == 0) return false;
  }
  if (i != n) return false;
  out = result;
  return true;
}

} // namespace carescore
