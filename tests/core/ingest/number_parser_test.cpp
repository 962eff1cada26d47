#include <doctest/doctest.h>

#include "test_support.h"

#include <string_view>

#include "core/ingest/number_parser.h"

using namespace carescore;

namespace {

double numberOf(std::string_view text, char separator) {
  NumberReading r;
  REQUIRE_MESSAGE(readNumber(text, separator, r), text);
  return r.value;
}

bool reads(std::string_view text, char separator) {
  NumberReading r;
  return readNumber(text, separator, r);
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("numbers: decimal point and comma, thousands grouped by the other, spaces or apostrophes") {
  CHECK(numberOf("4,5", ',') == 4.5);
  CHECK(numberOf("1.234,56", ',') == 1234.56);
  CHECK(numberOf("1,234.56", '.') == 1234.56);
  CHECK(numberOf("1 234,56", ',') == 1234.56);               // U+0020
  CHECK(numberOf("1\xC2\xA0" "234,56", ',') == 1234.56);     // U+00A0 no-break space
  CHECK(numberOf("1\xE2\x80\xAF" "234,56", ',') == 1234.56); // U+202F narrow no-break space
  CHECK(numberOf("1'234'567.5", '.') == 1234567.5);
  CHECK(numberOf("10.000,1", ',') == 10000.1);                // CSVW test158
  CHECK(numberOf("1,234,567", '.') == 1234567.0);
  CHECK(numberOf("-12.5", '.') == -12.5);
  CHECK(numberOf("+7", '.') == 7.0);
  CHECK(numberOf("\xE2\x88\x92" "3,25", ',') == -3.25);      // U+2212 minus sign
  CHECK(numberOf("(123)", '.') == -123.0);                   // accounting negative
  CHECK(numberOf(".5", '.') == 0.5);
  CHECK(numberOf("10.10e1", '.') == 101.0);                  // CSVW test155
  CHECK(numberOf("1,5E+3", ',') == 1500.0);
  CHECK(numberOf("12.85", '.') == 12.85);                    // BenaventC__NPSgame/nps.csv CaTicket
  CHECK(numberOf("-991.9", '.') == -991.9);                  // the same column's refunds
  CHECK(numberOf("0.38400462962963", '.') == 0.38400462962963);
}

TEST_CASE("numbers: what is not one") {
  CHECK_FALSE(reads("123,,456.789", '.'));  // CSVW test162: consecutive group separators
  CHECK_FALSE(reads("1,23,4", '.'));        // groups of three only
  CHECK_FALSE(reads("12345,678", '.'));     // first group at most three digits
  CHECK_FALSE(reads("1.234 567", '.'));     // two kinds of grouping
  CHECK_FALSE(reads("5,", ','));
  CHECK_FALSE(reads("1e", '.'));
  CHECK_FALSE(reads("12abc", '.'));
  CHECK_FALSE(reads("013d950", '.'));       // zzzbitz case_122 hex-like customer id
  CHECK_FALSE(reads("INF", '.'));
  CHECK_FALSE(reads("", '.'));
  CHECK_FALSE(reads("-", '.'));
  CHECK_FALSE(reads("(5", '.'));
  CHECK_FALSE(reads("1.234,5", '.'));       // right shape, wrong separator
}

TEST_CASE("numbers: percent strings become fractions") {
  NumberReading r;
  REQUIRE(readNumber("94.01%", '.', r));  // vestineo__call-center-viz "Answer Rate"
  CHECK(r.value == 0.9401);                // 9401 / 10^4, one correctly rounded division
  CHECK(r.percent);
  CHECK_FALSE(r.integral);
  REQUIRE(readNumber("12 %", ',', r));
  CHECK(r.value == 0.12);
  REQUIRE(readNumber("123456.789%", '.', r));  // CSVW test170
  CHECK(r.value == 1234.56789);
  REQUIRE(readNumber("94.01", '.', r, -2));    // percent points without the sign
  CHECK(r.value == 0.9401);
}

TEST_CASE("numbers: identifiers are not quantities") {
  NumberReading r;
  REQUIRE(readNumber("007", '.', r));
  CHECK(r.identifier);
  REQUIRE(readNumber("1234567890123456", '.', r));  // 16 digits
  CHECK(r.identifier);
  REQUIRE(readNumber("123456789012345", '.', r));   // 15 digits: still a number
  CHECK_FALSE(r.identifier);
  CHECK(r.value == 123456789012345.0);
  REQUIRE(readNumber("0", '.', r));
  CHECK_FALSE(r.identifier);
  REQUIRE(readNumber("0.5", '.', r));
  CHECK_FALSE(r.identifier);
}

TEST_CASE("numbers: long decimals take the exact slow path") {
  // 17 significant digits: past the exact fast path; strtod of the same digits is the reference.
  CHECK(numberOf("1234567.8901234567", '.') == 1234567.8901234567);
  CHECK(numberOf("0,000000000000000000000000123", ',') == 1.23e-25);
  CHECK(numberOf("1.5e300", '.') == 1.5e300);
  // 50 integer digits: 1.2345…e49, the digits past the 40 kept still count in the exponent.
  CHECK(numberOf("12345678901234567890123456789012345678901234567890", '.') ==
        12345678901234567890123456789012345678901234567890.0);
}

TEST_CASE("numbers: separator evidence of one value") {
  CHECK(separatorEvidence("12.5") == SeparatorEvidence::Dot);
  CHECK(separatorEvidence("12,5") == SeparatorEvidence::Comma);
  CHECK(separatorEvidence("1.234,5") == SeparatorEvidence::Comma);
  CHECK(separatorEvidence("1,234.5") == SeparatorEvidence::Dot);
  CHECK(separatorEvidence("1,234,567") == SeparatorEvidence::Dot);    // repeated: grouping
  CHECK(separatorEvidence("1.234.567") == SeparatorEvidence::Comma);
  CHECK(separatorEvidence("1 234,567") == SeparatorEvidence::Comma);  // spaces group
  CHECK(separatorEvidence("0,123") == SeparatorEvidence::Comma);      // a group cannot start with 0
  CHECK(separatorEvidence("1,234") == SeparatorEvidence::Ambiguous);
  CHECK(separatorEvidence("-12.500") == SeparatorEvidence::Ambiguous);
  CHECK(separatorEvidence("1.234%") == SeparatorEvidence::Ambiguous);
  CHECK(separatorEvidence("1234,567") == SeparatorEvidence::Comma);   // four digits before: no group
  CHECK(separatorEvidence("1234") == SeparatorEvidence::None);
  NumberReading r;
  REQUIRE(readNumber("1,234", '.', r));
  CHECK(r.ambiguous);
  CHECK(r.value == 1234.0);
  REQUIRE(readNumber("1,234", ',', r));
  CHECK(r.ambiguous);
  CHECK(r.value == 1.234);
  REQUIRE(readNumber("1,234.5", '.', r));
  CHECK_FALSE(r.ambiguous);
}

TEST_CASE("numbers: plain decimals for Unix times keep 19 digits exactly") {
  PlainDecimal p;
  REQUIRE(readPlainDecimal("1711545600000000000", p));
  CHECK(p.integer == 1711545600000000000ull);  // above 2^53: a double would round it
  CHECK(p.integerDigits == 19);
  REQUIRE(readPlainDecimal("1652862896.382947", p));  // Zloooy…/dataset__info.csv "ID записи"
  CHECK(p.integer == 1652862896u);
  CHECK(p.fractionNanos == 382947000u);
  CHECK(p.fractionDigits == 6);
  CHECK_FALSE(readPlainDecimal("-5", p));
  CHECK_FALSE(readPlainDecimal("12345678901234567890", p));  // 20 digits
  CHECK_FALSE(readPlainDecimal("1.", p));
}

}
