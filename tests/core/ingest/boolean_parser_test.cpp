#include <doctest/doctest.h>

#include <string>

#include "test_support.h"

#include "core/ingest/boolean_parser.h"
#include "core/ingest/missing_tokens.h"
#include "core/ingest/text_scan.h"

using namespace carescore;

TEST_SUITE("core/ingest") {

TEST_CASE("booleans: words of three languages, any case") {
  CHECK(readBooleanWord("TRUE") == true);    // fivetran__dbt_zendesk: TRUE/FALSE
  CHECK(readBooleanWord("false") == false);  // fivetran__dbt_intercom: true/false
  CHECK(readBooleanWord("True") == true);    // RafaelGonzalezAlfaro…telecom_dataset_us.csv
  CHECK(readBooleanWord("Y") == true);       // PwC "Answered (Y/N)"
  CHECK(readBooleanWord("N") == false);
  CHECK(readBooleanWord("yes") == true);
  CHECK(readBooleanWord("No") == false);
  CHECK(readBooleanWord("t") == true);
  CHECK(readBooleanWord("F") == false);
  CHECK(readBooleanWord("on") == true);
  CHECK(readBooleanWord("c\xC3\xB3") == true);             // có
  CHECK(readBooleanWord("C\xC3\x93") == true);             // CÓ
  CHECK(readBooleanWord("Kh\xC3\xB4ng") == false);         // Không
  CHECK(readBooleanWord("KH\xC3\x94NG") == false);         // KHÔNG
  CHECK(readBooleanWord("kho\xCC\x82ng") == false);        // không, decomposed (Windows-1258)
  CHECK(readBooleanWord("\xC4\x90\xC3\x9ANG") == true);    // ĐÚNG
  CHECK(readBooleanWord("\xD0\x94\xD0\xB0") == true);      // Да
  CHECK(readBooleanWord("\xD0\x9D\xD0\x95\xD0\xA2") == false);  // НЕТ
  CHECK(readBooleanWord("\xD0\xB2\xD0\xBA\xD0\xBB") == true);   // вкл
  CHECK(readBooleanWord("\xD0\x92\xD0\xAB\xD0\x9A\xD0\x9B") == false);  // ВЫКЛ
  CHECK_FALSE(readBooleanWord("1").has_value());  // digits are not words
  CHECK_FALSE(readBooleanWord("maybe").has_value());
  CHECK_FALSE(readBooleanWord("M").has_value());
  CHECK_FALSE(readBooleanWord("").has_value());
  CHECK(readBooleanDigit("1") == true);
  CHECK(readBooleanDigit("0.0") == false);
  CHECK_FALSE(readBooleanDigit("2").has_value());
}

TEST_CASE("missing values: empty, NULL, N/A, NaN, dashes, Excel errors; never a value") {
  for (std::string_view token : {"", "   ", "\t", "NA", "na", "N/A", "n/a", "#N/A", "NULL", "null", "(null)", "NaN", "nan",
                                 "None", "-", "--", "\xE2\x80\x94", "\xE2\x80\x93", "#VALUE!", "#DIV/0!", "#REF!",
                                 "\xD0\xBD/\xD0\xB4", "\xD0\x9D/\xD0\x94", " N/A ", "\xC2\xA0"})
    CHECK_MESSAGE(isMissingToken(token), token);
  for (std::string_view value : {"0", "0.0", "-1", "no", "нет", "Not Provided", "NAN7", "n", "—5", "nil?", "12"})
    CHECK_FALSE_MESSAGE(isMissingToken(value), value);
  CHECK(missingTokens().size() >= 20);
  for (std::string_view token : missingTokens()) CHECK_FALSE_MESSAGE(scan::isDigit(token[0]), token);  // CellReader relies on it
}

TEST_CASE("text scanning: trimming and folding keep byte lengths") {
  CHECK(scan::trim("  a b\t\r\n") == "a b");
  CHECK(scan::trim("\xC2\xA0x\xE2\x80\xAF") == "x");
  CHECK(scan::trim("1652862896.382947\t") == "1652862896.382947");  // Zloooy…/dataset__info.csv
  CHECK(scan::equalsFolded("\xD0\x81\xD0\x96", "\xD1\x91\xD0\xB6"));  // ЁЖ = ёж
  CHECK(scan::equalsFolded("\xE1\xBB\x90", "\xE1\xBB\x91"));           // Ố = ố
  CHECK(scan::equalsFolded("\xC6\xAF", "\xC6\xB0"));                    // Ư = ư
  CHECK_FALSE(scan::equalsFolded("ab", "abc"));
  CHECK(scan::matchFolded("Minutes", "min") == 3);
  CHECK(scan::matchFolded("M\xC4\xB0N", "min") == 4);  // MİN: the Turkish capital İ is 2 bytes, its i 1
  CHECK(scan::matchFolded("mi", "min") == 0);
}

TEST_CASE("text scanning: trim's table shortcut keeps every byte that is not a space's edge") {
  // Any byte before and after an 'x': trimmed exactly when it is a space, tab, CR or LF (the
  // multi-byte spaces need their other bytes: a lone 0xC2 or 0xA0 stays).
  for (int a = 0; a < 256; ++a) {
    for (int b : {a, int{'y'}, 0xA0, 0x20}) {
      const std::string cell = std::string(1, static_cast<char>(a)) + "x" + std::string(1, static_cast<char>(b));
      const auto isSpace = [](int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
      const std::string expected = (isSpace(a) ? "" : cell.substr(0, 1)) + "x" + (isSpace(b) ? "" : cell.substr(2, 1));
      CAPTURE(a);
      CAPTURE(b);
      CHECK(scan::trim(cell) == expected);
    }
  }
  CHECK(scan::trim("\xE2\x80\xAFx\xC2\xA0") == "x");
}

}
