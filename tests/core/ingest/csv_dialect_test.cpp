#include <doctest/doctest.h>

#include "test_support.h"

#include <string>

#include "core/ingest/csv_dialect.h"

using namespace carescore;
using carescore::testing::readFile;
using carescore::testing::sharedPath;

namespace {

std::string sharedText(const char* relative) {
  const auto bytes = readFile(sharedPath(relative));
  return {bytes.begin(), bytes.end()};
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("csv dialect: comma, semicolon, tab and pipe are found (A20)") {
  CHECK(sniffCsvDialect("a,b,c\n1,2,3\n4,5,6\n", true).delimiter == ',');
  CHECK(sniffCsvDialect("a\tb\tc\n1\t2,5\t3\n", true).delimiter == '\t');
  CHECK(sniffCsvDialect("a|b|c\n1|2|3\n", true).delimiter == '|');
  // Decimal commas in a semicolon file: ';' splits every record into 3, ',' does not.
  const CsvDialect d = sniffCsvDialect("id;score;note\n1;4,5;ok\n2;3,0;\"a;b\"", true);
  CHECK(d.delimiter == ';');
  CHECK_FALSE(d.ambiguous);
}

TEST_CASE("csv dialect: short quoted fields turn the tokenizer's block index on, others do not") {
  std::string quoted, tickets, longText;
  for (int r = 0; r < 100; ++r) {
    const std::string n = std::to_string(r);
    quoted += "\"" + n + "\",\"chat\",\"Ann " + n + "\",\"2021-01-13\"\r\n";  // ~10 bytes a field, all quoted
    tickets += n + ",chat,Ann,2021-01-13T10:00:00Z,\"Order late, #" + n + "\"\r\n";    // one field of five quoted
    longText += n + ",\"" + std::string(300, 'x') + "\",\"" + std::string(300, 'y') + "\"\n";  // quoted, long
  }
  CHECK(sniffCsvDialect(quoted, true).shortQuotedFields);
  CHECK_FALSE(sniffCsvDialect(tickets, true).shortQuotedFields);
  CHECK_FALSE(sniffCsvDialect(longText, true).shortQuotedFields);
  CHECK_FALSE(sniffCsvDialect("\"a\",\"b\"\n\"1\",\"2\"\n", true).shortQuotedFields);  // too few fields to tell
}

TEST_CASE("csv dialect: delimiters inside quotes do not count") {
  CHECK(sniffCsvDialect("\"a|b\",\"c|d\"\n\"1|2\",\"3|4\"\n\"5|6\",\"7|8\"\n", true).delimiter == ',');
  CHECK(sniffCsvDialect("\"x,y\"|z|w\n\"1,2\"|3|4\n", true).delimiter == '|');
}

TEST_CASE("csv dialect: a tie is flagged, with the runner-up") {
  const CsvDialect d = sniffCsvDialect("a;b,c\n1;2,3\n", true);
  CHECK(d.ambiguous);
  CHECK(d.delimiter == ',');
  CHECK(d.runnerUp == ';');
}

TEST_CASE("csv dialect: an Excel sep= line gives the delimiter and is skipped (A21)") {
  CsvDialect d = sniffCsvDialect("sep=;\r\nid;score\r\n1;4,5", true);
  CHECK(d.delimiter == ';');
  CHECK(d.delimiterFromSepLine);
  CHECK(d.sepLineBytes == 7);
  CHECK(sniffCsvDialect("sep=\t\nid\tscore\n", true).delimiter == '\t');
  CHECK(sniffCsvDialect("\"sep=|\"\nid|score\n", true).sepLineBytes == 8);
  CHECK(sniffCsvDialect("sep=,x\n1,2\n", true).sepLineBytes == 0);  // a header that starts with "sep="
}

TEST_CASE("csv dialect: line endings, and CR-only files read with universal line breaks") {
  CsvDialect d = sniffCsvDialect("a,b\r\n1,2\r\n", true);
  CHECK(d.lineEnding == LineEnding::Crlf);
  CHECK(d.lineBreaks == LineBreaks::LfOrCrlf);
  CHECK_FALSE(d.mixedLineEndings);
  d = sniffCsvDialect("a,b\r1,2\r3,4\r", true);
  CHECK(d.lineEnding == LineEnding::Cr);
  CHECK(d.lineBreaks == LineBreaks::Universal);
  d = sniffCsvDialect("a,b\n1,2\r3\n", true);  // a bare CR inside a row of an LF file
  CHECK(d.lineBreaks == LineBreaks::LfOrCrlf);
  CHECK(d.mixedLineEndings);
}

TEST_CASE("csv dialect: real exports from ../shared/data") {
  CHECK(sniffCsvDialect(sharedText("data/datatalking__DA420_Assignment4/data_anonymous_bank_february.txt"), true).delimiter == '\t');
  const CsvDialect zh = sniffCsvDialect(sharedText("data/ZhDmitriy__contact_center_shiny_dashboard/Call-Center-Dataset.csv"), true);
  CHECK(zh.delimiter == ';');
  CHECK(zh.lineEnding == LineEnding::Crlf);
  CHECK(sniffCsvDialect(sharedText("data/Zloooy__practice-scale-call-classification/dataset__info.csv"), true).delimiter == ';');
  const CsvDialect twcs = sniffCsvDialect(sharedText("data/monalisapatra26__data_visualization/twcs.csv"), true);
  CHECK(twcs.delimiter == ',');
  CHECK(twcs.lineBreaks == LineBreaks::LfOrCrlf);  // its two bare CRs are text
  CHECK_FALSE(twcs.wrapped);
}

TEST_CASE("csv dialect: a spreadsheet re-save that wrapped every line in one cell (A18)") {
  const std::string mangled =
      sharedText("data/andkuster__customer-support-ticket/customer_support_tickets__commit13b4e48f_excel_mangled.csv");
  const CsvDialect d = sniffCsvDialect(std::string_view(mangled).substr(0, 65536), false);
  CHECK(d.delimiter == ';');
  CHECK(d.wrapped);
  CHECK(d.innerDelimiter == ',');
  // An honest semicolon file with two trailing empty columns is not wrapped.
  CHECK_FALSE(sniffCsvDialect("name;;\nAnn;;\nBob;;\nCid;;\n", true).wrapped);
}

}
