// Numbers as exported in English, Vietnamese and Russian locales: decimal point or comma,
// thousands grouped by the other one or by spaces (U+0020, U+00A0, U+202F) or apostrophes,
// percentages, accounting negatives "(123)". Hand-written digit loops, no locale, no allocation.
// Not for deciding a column's separator alone: separatorEvidence() says what one value proves.
#pragma once
#include <cstdint>
#include <string_view>

namespace carescore {

// What one number's text says about the decimal separator of its column.
enum class SeparatorEvidence : std::uint8_t {
  None,       // neither '.' nor ',' (plain or space-grouped digits): says nothing
  Dot,        // '.' must be the decimal separator: 12.5, 1,234.5, 1,234,567, 0.123
  Comma,      // ',' must be the decimal separator: 12,5, 1.234,5, 1.234.567, 0,123
  Ambiguous,  // one '.' or ',' before exactly three digits: 1,234 is 1234 or 1.234
};

std::string_view nameOf(SeparatorEvidence evidence);

// Evidence of a (trimmed) text that readNumber accepts with one separator or the other.
SeparatorEvidence separatorEvidence(std::string_view text);

struct NumberReading {
  double value = 0.0;
  bool integral = false;    // no fraction digits in the text and no negative exponent or percent
  bool negative = false;
  bool percent = false;     // ended with '%': value is already divided by 100 (94.01% → 0.9401)
  bool identifier = false;  // digits only, with a leading zero (007) or more than 15 digits: an id
  bool ambiguous = false;   // the one-separator-three-digits shape (see SeparatorEvidence::Ambiguous)
  int fractionDigits = 0;   // digits after the decimal separator as written
};

// Reads a whole (trimmed) text as a number whose decimal separator is '.' or ','. Returns false
// for anything else, including a group separator in the wrong place (1,23,4) or a stray letter.
// The value is multiplied by 10^scaleExponent within the one rounding (-2: percent points).
bool readNumber(std::string_view text, char decimalSeparator, NumberReading& out, int scaleExponent = 0);

// Unsigned digits with an optional '.' or ',' fraction, exactly as written, for Unix times whose
// 19-digit nanoseconds do not fit a double. fractionNanos holds the first nine fraction digits.
struct PlainDecimal {
  std::uint64_t integer = 0;
  std::uint32_t fractionNanos = 0;
  int integerDigits = 0;
  int fractionDigits = 0;
};
bool readPlainDecimal(std::string_view text, PlainDecimal& out);

} // namespace carescore
