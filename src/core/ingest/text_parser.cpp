#include "core/ingest/text_parser.h"

#include <algorithm>
#include <optional>

#include "core/ingest/csv_rows.h"
#include "core/ingest/csv_tokenizer.h"
#include "core/ingest/json_records.h"
#include "core/ingest/json_tokenizer.h"

namespace carescore {

namespace {

class CsvParser final : public TextParser {
public:
  CsvParser(const ReadOptions& options, const CsvDialect& dialect, std::uint64_t firstByte, TableBuilder& builder,
            Diagnostics& diagnostics)
      : dialect_(dialect), toSkip_(dialect.sepLineBytes),
        rows_(CsvRowsOptions{{options.headerRows}}, builder, diagnostics) {
    CsvTokenizerOptions t;
    t.delimiter = dialect.wrapped ? dialect.innerDelimiter : dialect.delimiter;
    t.quote = dialect.quote;
    t.lineBreaks = dialect.lineBreaks;
    t.skipInitialSpace = options.skipInitialSpace;
    t.maxFieldBytes = options.limits.maxFieldBytes;
    t.firstLine = dialect.sepLineBytes ? 2 : 1;
    t.firstByte = firstByte + dialect.sepLineBytes;
    t.blockIndex = dialect.shortQuotedFields && !dialect.wrapped;
    inner_.emplace(t, rows_, diagnostics);
    if (dialect.wrapped) {
      // The file's own lines are read first; each one's first cell is a line of the real CSV.
      unwrapped_.emplace(*inner_);
      CsvTokenizerOptions outer = t;
      outer.delimiter = dialect.delimiter;
      outer.skipBlankRecords = false;
      outer_.emplace(outer, *unwrapped_, diagnostics);
    }
  }

  void feed(std::string_view text) override {
    const std::size_t skip = std::min(toSkip_, text.size());
    toSkip_ -= skip;
    text.remove_prefix(skip);
    if (!text.empty()) (outer_ ? *outer_ : *inner_).feed(text);
  }
  void finish() override {
    if (outer_) outer_->finish();
    inner_->finish();
    rows_.finish();
  }
  void cancel() override { rows_.finish(); }
  TextPosition position() const override { return (outer_ ? *outer_ : *inner_).position(); }

  void report(ReadResult& result, Diagnostics& diagnostics) override {
    const HeaderLayout& layout = rows_.layout();
    result.dialect = dialect_;
    result.preambleRows = layout.preambleRows;
    result.headerRows = layout.headerRows;
    result.headerText = layout.headerText;
    result.headerLayout = std::string(layout.layout);
    result.blankLines = inner_->stats().blankLines;
    if (rows_.records() == 0) diagnostics.add(DiagnosticCode::EmptyFile, {});
    else if (rows_.dataRows() == 0) diagnostics.add(DiagnosticCode::NoDataRows, {});
    diagnostics.rebaseRecords(layout.headerRecords());
  }

private:
  CsvDialect dialect_;
  std::size_t toSkip_;  // the sep= line
  CsvRows rows_;
  std::optional<CsvTokenizer> inner_;
  std::optional<UnwrappedLines> unwrapped_;
  std::optional<CsvTokenizer> outer_;
};

class JsonParser final : public TextParser {
public:
  JsonParser(const ReadOptions& options, bool ndjson, std::uint64_t firstByte, TableBuilder& builder, Diagnostics& diagnostics)
      : options_(options),
        records_(JsonRecordsOptions{options.limits.maxColumns, ndjson}, builder, diagnostics),
        tokenizer_(JsonTokenizerOptions{options.limits.maxJsonDepth, options.limits.maxFieldBytes, ndjson, firstByte},
                   records_, diagnostics),
        ndjson_(ndjson) {}

  void feed(std::string_view text) override { tokenizer_.feed(text); }
  void finish() override { tokenizer_.finish(); }
  void cancel() override {}
  TextPosition position() const override { return tokenizer_.position(); }

  void report(ReadResult& result, Diagnostics& diagnostics) override {
    result.recordPath = records_.recordPath();
    result.rowsSkipped = tokenizer_.skippedLines();
    if (ndjson_ && records_.records() == 0 && tokenizer_.skippedLines() == 0) diagnostics.add(DiagnosticCode::EmptyFile, {});
    // A broken document: its records are not used unless the caller asked for them (C10).
    if (tokenizer_.failed() && !options_.keepPartialJson) {
      result.rowsSkipped += result.table.rowCount();
      result.table = Table();
    }
  }

private:
  const ReadOptions& options_;
  JsonRecords records_;
  JsonTokenizer tokenizer_;
  bool ndjson_;
};

} // namespace

std::unique_ptr<TextParser> makeCsvParser(const ReadOptions& options, const CsvDialect& dialect, std::uint64_t firstByte,
                                          TableBuilder& builder, Diagnostics& diagnostics) {
  return std::make_unique<CsvParser>(options, dialect, firstByte, builder, diagnostics);
}

std::unique_ptr<TextParser> makeJsonParser(const ReadOptions& options, bool ndjson, std::uint64_t firstByte,
                                           TableBuilder& builder, Diagnostics& diagnostics) {
  return std::make_unique<JsonParser>(options, ndjson, firstByte, builder, diagnostics);
}

} // namespace carescore
