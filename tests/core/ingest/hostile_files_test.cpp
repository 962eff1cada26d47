#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "ingest_test_support.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

// Deterministic random text over an alphabet rich in what parsers trip on: delimiters, quotes,
// line breaks, NUL, brackets, escapes, pieces of UTF-8 and stray high bytes.
std::string randomInput(std::uint64_t& state, std::string_view alphabet, std::size_t maxLength) {
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  static const std::string_view kPieces[] = {"\xE1\xBB\x87", "\xD0\x98", "\xEF\xBB\xBF", "\xFF", "\xC3", "e\xCC\x83", "\r\n", "\"\""};
  std::string out;
  const std::size_t length = next() % maxLength;
  while (out.size() < length) {
    if (next() % 8 == 0) out += kPieces[next() % std::size(kPieces)];
    else out += alphabet[next() % alphabet.size()];
  }
  return out;
}

void checkSameReading(const std::string& input, const ReadOptions& options, std::size_t chunk) {
  const ReadResult whole = readText(input, options);
  const ReadResult pieces = readText(input, options, chunk);
  checkSameTable(pieces.table, whole.table);
  CHECK(pieces.format == whole.format);
  CHECK(pieces.rowsSkipped == whole.rowsSkipped);
  for (std::size_t i = 0; i < kDiagnosticCodeCount; ++i)
    CHECK(pieces.diagnostics.count(static_cast<DiagnosticCode>(i)) == whole.diagnostics.count(static_cast<DiagnosticCode>(i)));
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("hostile CSV-like input: never a crash, and the same reading in any chunk size") {
  std::uint64_t state = 12345;
  for (int i = 0; i < 400; ++i) {
    const std::string input = randomInput(state, std::string("ab1,;\t|\"\r\n \0x", 14), 300);
    CAPTURE(i);
    CAPTURE(input);
    checkSameReading(input, {.fileName = "x.csv"}, 1 + (state >> 40) % 13);
  }
}

TEST_CASE("hostile JSON-like input: never a crash, and the same reading in any chunk size") {
  std::uint64_t state = 777;
  for (int i = 0; i < 400; ++i) {
    const std::string input = randomInput(state, std::string("{}[]:,\"\\u0a1 \n-.eEtrufalsn\0", 28), 200);
    CAPTURE(i);
    CAPTURE(input);
    checkSameReading(input, {.fileName = "x.json"}, 1 + (state >> 40) % 11);
    checkSameReading(input, {.fileName = "x.ndjson"}, 1 + (state >> 41) % 7);
  }
}

TEST_CASE("hostile input: deep nesting and huge counts stay bounded") {
  // 1 MB of '[' and of '{"a":' must fail fast at depth 65, without recursion.
  CHECK(readText(std::string(1 << 20, '['), {.fileName = "deep.json"}, 65536).diagnostics.count(DiagnosticCode::JsonTooDeep) == 1);
  std::string objects;
  while (objects.size() < (1 << 20)) objects += "{\"a\":";
  CHECK(readText(objects, {.fileName = "deep.json"}).diagnostics.count(DiagnosticCode::JsonTooDeep) == 1);
  // A million delimiters on one line: one row of a million empty fields, read in linear time.
  const ReadResult wide = readText("h\n" + std::string(1 << 20, ','), {.fileName = "wide.csv"}, 65536);
  CHECK(wide.table.rowCount() == 0);  // all-empty rows are blank
  CHECK(wide.blankLines == 1);
}

}
