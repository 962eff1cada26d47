#include "core/ingest/file_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "core/ingest/byte_scan.h"
#include "core/ingest/encoding_detection.h"
#include "core/ingest/table_builder.h"
#include "core/ingest/text_parser.h"
#include "core/ingest/transcoder.h"

namespace carescore {

namespace {

constexpr std::size_t kEncodingSniffBytes = std::size_t{64} << 10;    // enough when non-ASCII bytes show up …
constexpr std::size_t kEncodingSniffMaxBytes = std::size_t{1} << 20;  // … else wait for them, up to this
constexpr std::size_t kFormatSniffBytes = std::size_t{64} << 10;

std::string lowerExtension(std::string_view fileName) {
  const std::size_t dot = fileName.rfind('.');
  std::string ext(dot == std::string_view::npos ? std::string_view{} : fileName.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool isJsonFamily(std::optional<FileFormat> f) { return f && (*f == FileFormat::Json || *f == FileFormat::Ndjson); }

std::optional<FileFormat> formatFromExtension(std::string_view fileName) {
  const std::string ext = lowerExtension(fileName);
  if (ext == "json") return FileFormat::Json;
  if (ext == "ndjson" || ext == "jsonl") return FileFormat::Ndjson;
  if (ext == "csv" || ext == "tsv" || ext == "txt" || ext == "tab") return FileFormat::Csv;
  return std::nullopt;
}

char firstNonSpace(std::string_view text) {
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return c;
  return 0;
}

// NDJSON rather than one JSON document: the first line is a whole object and the next non-blank
// line starts another ({"a":1}\n{"a":2}); a pretty-printed document's first line is "{" or "[".
bool looksLikeNdjson(std::string_view text) {
  const std::size_t end = text.find('\n');
  if (end == std::string_view::npos) return false;
  std::string_view first = text.substr(0, end);
  while (!first.empty() && (first.back() == '\r' || first.back() == ' ' || first.back() == '\t')) first.remove_suffix(1);
  const char start = firstNonSpace(first);
  return start == '{' && !first.empty() && first.back() == '}' && firstNonSpace(text.substr(end + 1)) == '{';
}

std::string formatConfidence(double confidence) {
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", confidence);
  return text;
}

} // namespace

std::string_view nameOf(FileFormat format) {
  switch (format) {
    case FileFormat::Csv: return "csv";
    case FileFormat::Json: return "json";
    case FileFormat::Ndjson: return "ndjson";
  }
  return "csv";
}

std::optional<FileFormat> fileFormatFromName(std::string_view name) {
  for (FileFormat f : {FileFormat::Csv, FileFormat::Json, FileFormat::Ndjson})
    if (nameOf(f) == name) return f;
  if (name == "tsv") return FileFormat::Csv;
  if (name == "jsonl") return FileFormat::Ndjson;
  return std::nullopt;
}

struct FileReader::Impl {
  explicit Impl(ReadOptions o)
      : options(std::move(o)),
        diagnostics(options.keptDiagnosticsPerCode),
        builder(TableBuildOptions{options.inference, options.sampleRows}) {}

  void feed(std::span<const std::uint8_t> chunk);
  void decideEncoding(bool complete);
  void onText(std::string_view text, const std::vector<DecodeIssue>& textIssues, bool complete);
  void decideFormat(bool complete);
  void dispatch(std::string_view text, const std::vector<DecodeIssue>& textIssues);
  ReadResult finish();

  ReadOptions options;
  Diagnostics diagnostics;
  TableBuilder builder;
  std::uint64_t bytes = 0;
  bool cancelled = false;
  bool finished = false;
  bool estimated = false;

  // Until the encoding is decided: the first bytes.
  std::vector<std::uint8_t> rawPrefix;
  bool rawAscii = true;
  std::optional<Transcoder> transcoder;
  EncodingReport encoding;
  std::size_t bomBytes = 0;
  std::string decoded;
  std::vector<DecodeIssue> issues;
  std::uint64_t detailedIssues = 0;

  // Until the format is decided: the first text.
  std::string textPrefix;
  std::vector<DecodeIssue> prefixIssues;
  bool formatDecided = false;
  FileFormat format = FileFormat::Csv;
  std::unique_ptr<TextParser> parser;
};

void FileReader::Impl::feed(std::span<const std::uint8_t> chunk) {
  if (cancelled || finished || chunk.empty()) return;
  bytes += chunk.size();
  if (!transcoder) {
    rawPrefix.insert(rawPrefix.end(), chunk.begin(), chunk.end());
    rawAscii = rawAscii && findNonAscii(reinterpret_cast<const char*>(chunk.data()), chunk.size()) == chunk.size();
    const bool enough = rawPrefix.size() >= (rawAscii ? kEncodingSniffMaxBytes : kEncodingSniffBytes);
    if (enough || options.encoding) decideEncoding(false);
    return;
  }
  transcoder->decode(chunk, decoded, issues);
  onText(decoded, issues, false);
  // Once the rows' size shows, the file's size tells how many to expect (a little more, so the
  // vectors are not outgrown by a slightly denser end of the file).
  constexpr std::uint64_t kRowsForEstimate = 1000;
  if (options.expectedBytes > bytes && !estimated && builder.rowCount() >= kRowsForEstimate) {
    estimated = true;
    const double perRow = static_cast<double>(bytes) / static_cast<double>(builder.rowCount());
    builder.expectRows(static_cast<std::uint64_t>(static_cast<double>(options.expectedBytes) / perRow * 1.02) + 16);
  }
}

void FileReader::Impl::decideEncoding(bool complete) {
  const std::span<const std::uint8_t> raw(rawPrefix);
  if (options.encoding) {
    encoding.used = encoding.detected = *options.encoding;
    encoding.overridden = true;
    bomBytes = byteOrderMarkLength(raw, *options.encoding);
  } else {
    // JSON is Unicode: never guess a code page for it (its invalid bytes are then reported).
    const std::size_t utf8Bom = byteOrderMarkLength(raw, Encoding::Utf8);
    const char first = firstNonSpace({reinterpret_cast<const char*>(raw.data()) + utf8Bom, raw.size() - utf8Bom});
    const bool jsonLike = isJsonFamily(options.format) || isJsonFamily(formatFromExtension(options.fileName)) ||
                          first == '{' || first == '[';
    const EncodingGuess guess = detectEncoding(raw, {.unicodeOnly = jsonLike, .complete = complete});
    encoding.used = encoding.detected = guess.encoding;
    encoding.confidence = guess.confidence;
    bomBytes = guess.bomBytes;
    if (guess.confidence < kConfidentEncoding)
      diagnostics.add(DiagnosticCode::EncodingUncertain, {}, {nameOf(guess.encoding), formatConfidence(guess.confidence)});
  }
  encoding.byteOrderMark = bomBytes > 0;
  transcoder.emplace(encoding.used, bomBytes);
  transcoder->setMaxIssueDetails(options.keptDiagnosticsPerCode);
  transcoder->decode(raw, decoded, issues);
  std::vector<std::uint8_t>().swap(rawPrefix);
  onText(decoded, issues, complete);
}

void FileReader::Impl::onText(std::string_view text, const std::vector<DecodeIssue>& textIssues, bool complete) {
  if (formatDecided) {
    dispatch(text, textIssues);
    return;
  }
  for (DecodeIssue issue : textIssues) {
    issue.outputOffset += textPrefix.size();
    prefixIssues.push_back(issue);
  }
  textPrefix.append(text);
  if (textPrefix.size() >= kFormatSniffBytes || complete) decideFormat(complete);
}

void FileReader::Impl::decideFormat(bool complete) {
  formatDecided = true;
  const std::optional<FileFormat> byExtension = formatFromExtension(options.fileName);
  const char first = firstNonSpace(textPrefix);
  if (options.format) format = *options.format;
  else if (byExtension == FileFormat::Json || (!byExtension && (first == '{' || first == '[')))
    format = looksLikeNdjson(textPrefix) ? FileFormat::Ndjson : FileFormat::Json;
  else if (byExtension) format = *byExtension;
  else format = FileFormat::Csv;

  const std::uint64_t firstByte = encoding.used == Encoding::Utf8 ? bomBytes : 0;
  if (format == FileFormat::Csv) {
    const bool whole = complete && textPrefix.size() <= kFormatSniffBytes;
    const std::string_view sample = std::string_view(textPrefix).substr(0, kFormatSniffBytes);
    const CsvDialect dialect = sniffCsvDialect(sample, whole, {options.delimiter, '"', 200});
    if (dialect.ambiguous)
      diagnostics.add(DiagnosticCode::AmbiguousDelimiter, {},
                      {delimiterName(dialect.delimiter), delimiterName(dialect.runnerUp), delimiterName(dialect.delimiter)});
    if (dialect.wrapped) diagnostics.add(DiagnosticCode::ExcelWrappedRows, {}, {delimiterName(dialect.delimiter)});
    // Decimal-comma locales export ';'-separated files: "1,234" there is 1.234, unless the
    // values show otherwise or the caller said.
    if (dialect.delimiter == ';' && options.inference.preferredDecimalSeparator == 0) {
      InferenceOptions inference = options.inference;
      inference.preferredDecimalSeparator = ',';
      builder.setInference(inference);
    }
    parser = makeCsvParser(options, dialect, firstByte, builder, diagnostics);
  } else {
    parser = makeJsonParser(options, format == FileFormat::Ndjson, firstByte, builder, diagnostics);
  }
  std::string text;
  text.swap(textPrefix);
  std::vector<DecodeIssue> pending;
  pending.swap(prefixIssues);
  dispatch(text, pending);
}

// Feeds text to the parser, stopping at each replaced byte to report it at the parser's position.
void FileReader::Impl::dispatch(std::string_view text, const std::vector<DecodeIssue>& textIssues) {
  std::size_t from = 0;
  for (const DecodeIssue& issue : textIssues) {
    if (issue.outputOffset > from) {
      parser->feed(text.substr(from, issue.outputOffset - from));
      from = issue.outputOffset;
    }
    const DecodeIssueText described = describeIssue(issue, encoding.used);
    diagnostics.addVariant(DiagnosticCode::InvalidEncoding, described.variant, parser->position(),
                           {described.bytes, described.offset, described.encoding});
    ++detailedIssues;
  }
  parser->feed(text.substr(from));
}

ReadResult FileReader::Impl::finish() {
  ReadResult result;
  if (!finished) {
    finished = true;
    if (!cancelled) {
      if (!transcoder) decideEncoding(true);
      transcoder->finish(decoded, issues);
      onText(decoded, issues, true);
      if (!formatDecided) decideFormat(true);
      parser->finish();
    } else {
      // What was fed before cancel() is read; the cut is not taken for the end of the file.
      if (!transcoder && !rawPrefix.empty()) decideEncoding(false);
      if (!formatDecided && !textPrefix.empty()) decideFormat(false);
      if (parser) parser->cancel();
      diagnostics.add(DiagnosticCode::Cancelled, {});
    }
  }
  if (transcoder && transcoder->issueCount() > detailedIssues)
    diagnostics.addCount(DiagnosticCode::InvalidEncoding, transcoder->issueCount() - detailedIssues);
  result.table = builder.finish();
  result.format = format;
  result.encoding = encoding;
  result.bytes = bytes;
  result.cancelled = cancelled;
  if (parser) parser->report(result, diagnostics);
  result.rowsRead = result.table.rowCount();
  diagnostics.sortByPosition();
  result.diagnostics = std::move(diagnostics);
  return result;
}

FileReader::FileReader(ReadOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
FileReader::~FileReader() = default;
FileReader::FileReader(FileReader&&) noexcept = default;
FileReader& FileReader::operator=(FileReader&&) noexcept = default;

void FileReader::feed(std::span<const std::uint8_t> chunk) { impl_->feed(chunk); }
void FileReader::feed(std::string_view chunk) {
  impl_->feed({reinterpret_cast<const std::uint8_t*>(chunk.data()), chunk.size()});
}
ReadResult FileReader::finish() { return impl_->finish(); }
void FileReader::cancel() { impl_->cancelled = true; }

ReadProgress FileReader::progress() const {
  return {impl_->bytes, impl_->builder.rowCount(), impl_->finished, impl_->cancelled};
}

ReadResult readBuffer(std::span<const std::uint8_t> bytes, const ReadOptions& options, std::size_t chunkBytes) {
  FileReader reader(options);
  const std::size_t step = chunkBytes ? chunkBytes : std::max<std::size_t>(bytes.size(), 1);
  for (std::size_t at = 0; at < bytes.size(); at += step) reader.feed(bytes.subspan(at, std::min(step, bytes.size() - at)));
  return reader.finish();
}

} // namespace carescore
