#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "ingest_test_support.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

const char* const kSpectrum = "conformance/max-mapper__csv-spectrum";

// The expected records of a csv-spectrum pair: header row → keys, every value a string.
std::vector<std::map<std::string, std::string>> expectedRecords(const std::string& name) {
  const auto bytes = readFile(sharedPath(std::string(kSpectrum) + "/json/" + name + ".json"));
  const nlohmann::json json = nlohmann::json::parse(bytes.begin(), bytes.end());
  std::vector<std::map<std::string, std::string>> records;
  for (const auto& object : json) {
    auto& record = records.emplace_back();
    for (const auto& [key, value] : object.items()) record[key] = value.get<std::string>();
  }
  return records;
}

std::vector<std::map<std::string, std::string>> readRecords(const ReadResult& result) {
  std::vector<std::map<std::string, std::string>> records(result.table.rowCount());
  for (const Column& column : result.table.columns) {
    const std::vector<std::string> cells = columnText(column);
    for (std::size_t r = 0; r < cells.size(); ++r) records[r][column.name] = cells[r];
  }
  return records;
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("csv-spectrum: every CSV reads as its JSON says, in any chunk size (RELIABILITY A1)") {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(sharedPath(std::string(kSpectrum) + "/csvs"))) {
    const std::string name = entry.path().stem().string();
    if (name == "location_coordinates") continue;  // its JSON does not match its CSV: checked below
    CAPTURE(name);
    ++files;
    const auto bytes = readFile(entry.path().string());
    const auto expected = expectedRecords(name);
    for (std::size_t chunk : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{7}}) {
      CAPTURE(chunk);
      ReadOptions options{.fileName = name + ".csv", .headerRows = 1};
      options.inference.keepText = true;  // the JSON gives every value as a string
      const ReadResult result = readBuffer(bytes, options, chunk);
      CHECK(result.ok());
      CHECK(readRecords(result) == expected);
    }
  }
  CHECK(files == 11);
}

TEST_CASE("csv-spectrum location_coordinates: our own expectation (the pair's JSON is for other data)") {
  const ReadResult r = readShared(std::string(kSpectrum) + "/csvs/location_coordinates.csv");
  REQUIRE(r.table.rowCount() == 1);
  CHECK(columnNames(r.table) == std::vector<std::string>{"Contact Phone Number", "Location Coordinates", "Cities", "Counties"});
  CHECK(rowsOf(r.table)[0] ==
        std::vector<std::string>{"2095257564", "37\uFFFD36'37.8\"N 121\uFFFD2'17.9\"W", "Modesto", "Stanislaus"});
  // The unescaped quote inside an unquoted field is kept and reported.
  CHECK(r.diagnostics.count(DiagnosticCode::StrayQuote) == 1);
  CHECK(r.diagnostics.count(DiagnosticCode::InvalidEncoding) == 0);  // U+FFFD here is real UTF-8
}

TEST_CASE("Papa Parse fixtures: BOM sample, long samples, malformed TSV, poisoned and duplicate headers") {
  const std::string papa = "conformance/mholt__PapaParse/";
  const ReadResult bom = readShared(papa + "tests/utf-8-bom-sample.csv");
  CHECK(bom.encoding.byteOrderMark);
  REQUIRE_FALSE(bom.table.columns.empty());
  CHECK(bom.table.columns[0].name.find("\xEF\xBB\xBF") == std::string::npos);

  const ReadResult verylong = readShared(papa + "tests/verylong-sample.csv");
  CHECK(verylong.ok());
  CHECK(verylong.table.rowCount() > 0);

  const ReadResult poisoned = readShared(papa + "from-pr992/tests/poisoned-sample.csv");
  CHECK(columnNames(poisoned.table) == std::vector<std::string>{"__proto__", "toString", "valueOf", "__proto___2"});
  CHECK(poisoned.diagnostics.count(DiagnosticCode::DuplicateHeader) == 1);

  const ReadResult malformed = readShared(papa + "docs/resources/files/malformed.tsv");
  CHECK(malformed.dialect.delimiter == '\t');
  CHECK(malformed.table.rowCount() > 0);

  // Shift_JIS is not among our encodings: it is read, and the guess is flagged (B10).
  const ReadResult sjis = readShared(papa + "from-pr650/tests/sjis-sample.csv");
  CHECK(sjis.diagnostics.count(DiagnosticCode::EncodingUncertain) == 1);
}

}
