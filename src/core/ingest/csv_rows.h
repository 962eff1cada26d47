// From CSV records to table rows: buffers the first records until the header is decided
// (header_detection.h), names the columns, then hands every data record to the table builder,
// padding short rows and cutting long ones, and reporting both. Not a tokenizer: records come in.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/ingest/diagnostics.h"
#include "core/ingest/header_detection.h"
#include "core/ingest/record_sink.h"
#include "core/ingest/table_builder.h"

namespace carescore {

struct CsvRowsOptions {
  HeaderOptions header;
  std::size_t headerSampleRecords = 64;  // records looked at to find the header
};

class CsvRows : public RecordSink {
public:
  CsvRows(const CsvRowsOptions& options, TableBuilder& builder, Diagnostics& diagnostics);

  void onRecord(std::span<const std::string_view> fields, const RecordInfo& info) override;
  // Runs of data records of the header's width go to the builder whole, to be typed column by column.
  void onRecords(const RecordBatch& batch) override;
  void finish();  // decides the header if fewer records than the sample came

  bool headerDecided() const { return decided_; }
  const HeaderLayout& layout() const { return layout_; }
  std::uint64_t records() const { return records_; }
  std::uint64_t dataRows() const { return dataRows_; }

private:
  void decideHeader();
  void appendData(std::span<const std::string_view> fields, const RecordInfo& info);

  CsvRowsOptions options_;
  TableBuilder& builder_;
  Diagnostics& diagnostics_;
  HeaderLayout layout_;
  bool decided_ = false;
  std::uint64_t records_ = 0;
  std::uint64_t dataRows_ = 0;

  // The first records, copied, until the header is decided.
  std::string bufferBytes_;
  std::vector<std::size_t> fieldEnds_;   // end of each buffered field in bufferBytes_
  std::vector<std::size_t> recordEnds_;  // end of each buffered record in fieldEnds_
  std::vector<RecordInfo> bufferInfos_;
};

// Reads the rows of a file a spreadsheet wrapped into one cell per line (`"1,Ann,…";;`): the
// first cell of each outer record is a line of the inner CSV, passed on to `inner`.
class UnwrappedLines : public RecordSink {
public:
  explicit UnwrappedLines(class CsvTokenizer& inner) : inner_(inner) {}
  void onRecord(std::span<const std::string_view> fields, const RecordInfo& info) override;

private:
  CsvTokenizer& inner_;
  std::string line_;
};

} // namespace carescore
