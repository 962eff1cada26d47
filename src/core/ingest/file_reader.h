// Reading one exported file into a typed table, streamed: the caller feeds chunks of any size
// (the browser's File.stream() pieces, a CLI's fread buffer) and finishes; the reader detects
// the encoding, the format (CSV, JSON, NDJSON) and the CSV dialect and header, parses, infers
// column types and builds the table, holding no more than the table, a sample and a chunk.
// Problems are diagnostics in the result, never exceptions. The public entry of ingest/.
//
//   FileReader reader(ReadOptions{.fileName = "calls.csv"});
//   reader.feed(chunk); …                    // reader.progress(), reader.cancel() between chunks
//   ReadResult result = reader.finish();
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/cell_reader.h"
#include "core/ingest/csv_dialect.h"
#include "core/ingest/diagnostics.h"
#include "core/ingest/encoding.h"
#include "core/table/table.h"

namespace carescore {

enum class FileFormat : std::uint8_t { Csv, Json, Ndjson };
std::string_view nameOf(FileFormat format);  // "csv", "json", "ndjson"
std::optional<FileFormat> fileFormatFromName(std::string_view name);

struct ReadLimits {
  std::size_t maxFieldBytes = std::size_t{16} << 20;  // a CSV field or JSON string; more is an error
  std::size_t maxJsonDepth = 64;                       // deeper nesting is rejected while parsing
  std::size_t maxColumns = 4096;                       // JSON keys beyond are dropped, reported
};

struct ReadOptions {
  std::string fileName = {};                          // its extension hints the format (.json, .ndjson, .jsonl)
  std::uint64_t expectedBytes = 0;                    // the file's size, if known: columns are sized once
  std::optional<Encoding> encoding = std::nullopt;    // overrides detection
  std::optional<FileFormat> format = std::nullopt;    // overrides detection
  std::optional<char> delimiter = std::nullopt;       // overrides sniffing (CSV)
  std::optional<std::size_t> headerRows = std::nullopt;  // overrides header detection (CSV; 0: no header)
  bool skipInitialSpace = false;           // CSV: `a, "b"` reads as a and b
  bool keepPartialJson = false;            // keep the records read before a JSON syntax error
  InferenceOptions inference = {};
  std::size_t sampleRows = 1000;           // cells per column given to type inference
  ReadLimits limits = {};
  std::size_t keptDiagnosticsPerCode = Diagnostics::kDefaultKeptPerCode;
};

struct ReadProgress {
  std::uint64_t bytes = 0;  // fed so far
  std::uint64_t rows = 0;   // rows in the table so far
  bool finished = false;
  bool cancelled = false;
};

struct EncodingReport {
  Encoding detected = Encoding::Utf8;
  Encoding used = Encoding::Utf8;  // differs from detected when overridden
  double confidence = 1.0;
  bool byteOrderMark = false;
  bool overridden = false;
};

struct ReadResult {
  Table table;
  FileFormat format = FileFormat::Csv;
  EncodingReport encoding;
  CsvDialect dialect;                             // CSV only
  std::size_t preambleRows = 0;                   // CSV: lines skipped before the header
  std::size_t headerRows = 0;                     // CSV: header lines (0: none)
  std::vector<std::vector<std::string>> headerText;  // CSV: each header line's cells
  std::string headerLayout;                       // CSV: "qualtrics", "surveymonkey" or ""
  std::string recordPath;                         // JSON: where records were found: "$", "$.tickets", "lines"
  std::uint64_t bytes = 0;
  std::uint64_t rowsRead = 0;                     // rows in the table
  std::uint64_t rowsSkipped = 0;                  // records read but left out (bad NDJSON lines, …)
  std::uint64_t blankLines = 0;
  bool cancelled = false;
  Diagnostics diagnostics;

  bool ok() const { return !diagnostics.hasErrors(); }
};

class FileReader {
public:
  explicit FileReader(ReadOptions options = {});
  ~FileReader();
  FileReader(FileReader&&) noexcept;
  FileReader& operator=(FileReader&&) noexcept;

  void feed(std::span<const std::uint8_t> chunk);
  void feed(std::string_view chunk);
  // Ends the input and hands over the result; the reader is spent afterwards.
  ReadResult finish();

  ReadProgress progress() const;
  // Stops reading: later chunks are ignored; finish() returns the rows read so far.
  void cancel();

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Reads a whole buffer (tests, small files): feed in chunks of `chunkBytes` (0: at once), finish.
ReadResult readBuffer(std::span<const std::uint8_t> bytes, const ReadOptions& options = {}, std::size_t chunkBytes = 0);

} // namespace carescore
