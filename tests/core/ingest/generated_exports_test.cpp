#include <doctest/doctest.h>

#include <string>

#include "ingest_test_support.h"
#include "tools/synthetic_exports.h"

using namespace carescore;
using namespace carescore::testing;
using namespace carescore::tools;

namespace {

// With type inference: the same bytes in another encoding or format must type the same too.
ReadResult readExport(const ExportSpec& spec, std::size_t chunk = 4096) {
  return readTypedText(exportToString(spec), {.fileName = "export"}, chunk);
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("the same content in every encoding and delimiter gives the same table") {
  struct Variant {
    const char* encoding;
    Encoding expected;
  };
  const struct {
    Language language;
    std::vector<Variant> variants;
  } groups[] = {
      {Language::Vietnamese,
       {{"utf-8-bom", Encoding::Utf8}, {"utf-16le", Encoding::Utf16Le}, {"utf-16le-nobom", Encoding::Utf16Le},
        {"utf-16be", Encoding::Utf16Be}, {"cp1258", Encoding::Windows1258}}},
      {Language::Russian,
       {{"utf-8-bom", Encoding::Utf8}, {"utf-16le", Encoding::Utf16Le}, {"cp1251", Encoding::Windows1251}, {"koi8-r", Encoding::Koi8R}}},
  };
  for (ExportKind kind : {ExportKind::Tickets, ExportKind::Calls, ExportKind::Chats, ExportKind::Surveys}) {
    for (const auto& group : groups) {
      ExportSpec spec{.kind = kind, .rows = 300, .language = group.language};
      const ReadResult reference = readExport(spec);
      CAPTURE(static_cast<int>(kind));
      CAPTURE(static_cast<int>(group.language));
      REQUIRE(reference.ok());
      CHECK(reference.table.rowCount() == 300);
      for (const Variant& v : group.variants) {
        for (char delimiter : {',', ';', '\t'}) {
          CAPTURE(v.encoding);
          CAPTURE(delimiter);
          spec.encoding = v.encoding;
          spec.delimiter = delimiter;
          const ReadResult r = readExport(spec);
          CHECK(r.encoding.used == v.expected);
          CHECK(r.dialect.delimiter == delimiter);
          CHECK(r.diagnostics.count(DiagnosticCode::EncodingUncertain) == 0);
          checkSameTable(r.table, reference.table);
        }
      }
    }
  }
}

TEST_CASE("the same records as CSV, TSV, NDJSON and JSON give the same table") {
  for (ExportKind kind : {ExportKind::Tickets, ExportKind::Surveys}) {
    const ReadResult csv = readExport({.kind = kind, .rows = 200});
    for (ExportFormat format : {ExportFormat::Tsv, ExportFormat::Ndjson, ExportFormat::Json}) {
      CAPTURE(static_cast<int>(format));
      const ReadResult r = readExport({.kind = kind, .rows = 200, .format = format});
      CHECK(r.ok());
      checkSameTable(r.table, csv.table);
    }
  }
}

TEST_CASE("a generated export gives the same table in pieces of 1, 7, 4096 and 65536 bytes") {
  for (const char* encoding : {"utf-8", "cp1258", "utf-16le"}) {
    CAPTURE(encoding);
    const std::string bytes = exportToString({.kind = ExportKind::Chats, .rows = 150, .encoding = encoding});
    const ReadResult whole = readText(bytes, {}, 0);
    for (std::size_t chunk : {1, 7, 4096, 65536}) {
      CAPTURE(chunk);
      checkSameTable(readText(bytes, {}, chunk).table, whole.table);
    }
  }
}

TEST_CASE("generated exports: deterministic, with the content they promise") {
  const ExportSpec spec{.kind = ExportKind::Tickets, .rows = 500, .language = Language::Vietnamese};
  CHECK(exportToString(spec) == exportToString(spec));
  ExportSpec other = spec;
  other.seed = 2;
  CHECK(exportToString(other) != exportToString(spec));
  const ReadResult r = readExport(spec);
  CHECK(columnNames(r.table).front() == "Mã phiếu");
  CHECK(r.dialect.lineEnding == LineEnding::Crlf);
  // Quoted subjects with commas, some with quotes and line breaks, and empty cells.
  const std::vector<std::string> subjects = columnText(r.table.columns.back());
  CHECK(std::any_of(subjects.begin(), subjects.end(), [](const std::string& s) { return s.find('\n') != std::string::npos; }));
  CHECK(std::any_of(subjects.begin(), subjects.end(), [](const std::string& s) { return s.find('"') != std::string::npos; }));
  CHECK(r.table.find("Đánh giá")->valueCount() < 500);
}

}
