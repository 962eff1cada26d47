// carescore-bench-digest: a digest of every table the reader builds from a set of inputs, so a
// faster reader can be checked bit for bit against main's. Benchmark tooling, not a test.
//   carescore-bench-digest [file ...]
// Reads each given file, and generated exports (tickets, calls, chats, surveys; CSV with CRLF and
// LF, TSV, ';' with decimal commas, NDJSON; several encodings), each in 2 MiB, 4093, 777, 64 and
// 1-byte chunks (1-byte only for small inputs), and prints one line per input and chunk size: the
// digest of every column (name, type, format, validity, values, dictionary, misfits) and of the
// diagnostics (codes, positions, messages) and the result's counts.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/ingest/file_reader.h"
#include "tools/synthetic_exports.h"

namespace {

struct Digest {
  std::uint64_t hash = 1469598103934665603ULL;
  void bytes(const void* data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) hash = (hash ^ static_cast<const unsigned char*>(data)[i]) * 1099511628211ULL;
  }
  template <class T> void value(const T& v) { bytes(&v, sizeof v); }
  void text(std::string_view s) {
    value(s.size());
    bytes(s.data(), s.size());
  }
};

std::uint64_t digestOf(const carescore::ReadResult& result) {
  Digest d;
  for (const carescore::Column& column : result.table.columns) {
    d.text(column.name);
    d.value(column.type);
    d.text(column.format.description);
    d.value(column.format.dateOrder);
    d.value(column.format.dateOrderAmbiguous);
    d.value(column.format.timeBase);
    d.value(column.format.decimalSeparator);
    d.value(column.format.durationUnitSeconds);
    d.value(column.format.timeOfDay);
    d.value(column.format.decimalSeparatorAmbiguous);
    d.value(column.size());
    for (std::size_t row = 0; row < column.size(); ++row) d.value(column.hasValue(row));
    d.value(column.numbers.size());
    if (!column.numbers.empty()) d.bytes(column.numbers.data(), column.numbers.size() * sizeof(double));
    d.value(column.epochMs.size());
    if (!column.epochMs.empty()) d.bytes(column.epochMs.data(), column.epochMs.size() * sizeof(std::int64_t));
    d.value(column.codes.size());
    if (!column.codes.empty()) d.bytes(column.codes.data(), column.codes.size() * sizeof(std::uint32_t));
    d.value(column.dictionary.size());
    for (std::uint32_t code = 0; code < column.dictionary.size(); ++code) d.text(column.dictionary.at(code));
    d.value(column.misfits);
    for (const carescore::Misfit& misfit : column.misfitSamples) {
      d.value(misfit.row);
      d.text(misfit.text);
    }
  }
  d.value(result.table.rowCount());
  for (const carescore::Diagnostic& diagnostic : result.diagnostics.entries()) {
    d.value(diagnostic.code);
    d.value(diagnostic.where);
    d.text(diagnostic.message);
  }
  d.value(result.diagnostics.total());
  d.value(result.rowsRead);
  d.value(result.rowsSkipped);
  d.value(result.blankLines);
  d.value(result.headerRows);
  d.value(result.preambleRows);
  return d.hash;
}

std::uint64_t readDigest(const std::string& bytes, const std::string& name, std::size_t chunk) {
  carescore::FileReader reader({.fileName = name, .expectedBytes = bytes.size()});
  for (std::size_t at = 0; at < bytes.size(); at += chunk) reader.feed(std::string_view(bytes).substr(at, chunk));
  return digestOf(reader.finish());
}

void report(const std::string& label, const std::string& bytes, const std::string& name) {
  std::printf("%-44s", label.c_str());
  for (std::size_t chunk : {std::size_t{2} << 20, std::size_t{4093}, std::size_t{777}, std::size_t{64}, std::size_t{1}}) {
    if (chunk == 1 && bytes.size() > 400000) continue;
    std::printf(" %016llx", static_cast<unsigned long long>(readDigest(bytes, name, chunk)));
  }
  std::printf("\n");
}

} // namespace

int main(int argc, char** argv) {
  using namespace carescore::tools;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string path = argv[i];
    report(path.substr(path.find_last_of('/') + 1), bytes, path);
  }
  struct Case {
    const char* label;
    ExportSpec spec;
    const char* name;
  };
  const Case cases[] = {
      {"tickets 20k csv crlf", {.kind = ExportKind::Tickets, .rows = 20000}, "t.csv"},
      {"tickets 3k csv lf", {.kind = ExportKind::Tickets, .rows = 3000, .crlf = false, .seed = 2}, "t.csv"},
      {"tickets 3k tsv", {.kind = ExportKind::Tickets, .rows = 3000, .format = ExportFormat::Tsv}, "t.tsv"},
      {"tickets 3k ; vi dmy", {.kind = ExportKind::Tickets, .rows = 3000, .delimiter = ';', .language = Language::Vietnamese}, "t.csv"},
      {"tickets 3k cp1251 ru", {.kind = ExportKind::Tickets, .rows = 3000, .encoding = "windows-1251"}, "t.csv"},
      {"tickets 3k utf-16le mdy", {.kind = ExportKind::Tickets, .rows = 3000, .encoding = "utf-16le", .dates = DateStyle::MonthDayYear}, "t.csv"},
      {"calls 5k csv", {.kind = ExportKind::Calls, .rows = 5000}, "c.csv"},
      {"chats 5k csv", {.kind = ExportKind::Chats, .rows = 5000}, "h.csv"},
      {"surveys 5k csv", {.kind = ExportKind::Surveys, .rows = 5000}, "s.csv"},
      {"tickets 2k ndjson", {.kind = ExportKind::Tickets, .rows = 2000, .format = ExportFormat::Ndjson}, "t.ndjson"},
  };
  for (const Case& c : cases) report(c.label, exportToString(c.spec), c.name);
  return 0;
}
