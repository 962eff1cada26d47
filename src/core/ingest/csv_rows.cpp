#include "core/ingest/csv_rows.h"

#include <algorithm>

#include "core/ingest/csv_tokenizer.h"

namespace carescore {

CsvRows::CsvRows(const CsvRowsOptions& options, TableBuilder& builder, Diagnostics& diagnostics)
    : options_(options), builder_(builder), diagnostics_(diagnostics) {}

void CsvRows::onRecord(std::span<const std::string_view> fields, const RecordInfo& info) {
  ++records_;
  if (decided_) {
    if (info.index >= layout_.headerRecords()) appendData(fields, info);
    return;
  }
  for (std::string_view f : fields) {
    bufferBytes_.append(f);
    fieldEnds_.push_back(bufferBytes_.size());
  }
  recordEnds_.push_back(fieldEnds_.size());
  bufferInfos_.push_back(info);
  if (recordEnds_.size() >= options_.headerSampleRecords) decideHeader();
}

void CsvRows::onRecords(const RecordBatch& batch) {
  std::size_t i = 0;
  for (; i < batch.size() && !decided_; ++i) onRecord(batch.record(i), batch.infos[i]);
  const std::size_t width = layout_.width;
  std::size_t runBegin = i;  // the first record of the current run of well-formed data records
  auto endRun = [&](std::size_t runEnd) {
    if (runEnd == runBegin) return;
    const std::size_t first = batch.fieldBegin(runBegin);
    builder_.appendRows(batch.fields.subspan(first, batch.fieldBegin(runEnd) - first), width);
    dataRows_ += runEnd - runBegin;
    records_ += runEnd - runBegin;
  };
  for (; i < batch.size(); ++i) {
    const std::span<const std::string_view> fields = batch.record(i);
    if (fields.size() == width && width != 0 && batch.infos[i].index >= layout_.headerRecords()) continue;
    endRun(i);
    onRecord(fields, batch.infos[i]);
    runBegin = i + 1;
  }
  endRun(batch.size());
}

void CsvRows::finish() {
  if (!decided_) decideHeader();
}

void CsvRows::decideHeader() {
  std::vector<std::vector<std::string_view>> records(recordEnds_.size());
  std::size_t field = 0, byte = 0;
  for (std::size_t r = 0; r < recordEnds_.size(); ++r)
    for (; field < recordEnds_[r]; ++field) {
      records[r].push_back(std::string_view(bufferBytes_).substr(byte, fieldEnds_[field] - byte));
      byte = fieldEnds_[field];
    }
  layout_ = detectHeader(records, bufferInfos_, options_.header, diagnostics_);
  for (const std::string& name : layout_.names) builder_.addColumn(name);
  decided_ = true;
  for (std::size_t r = layout_.headerRecords(); r < records.size(); ++r) appendData(records[r], bufferInfos_[r]);
  std::string().swap(bufferBytes_);
  std::vector<std::size_t>().swap(fieldEnds_);
  std::vector<std::size_t>().swap(recordEnds_);
  std::vector<RecordInfo>().swap(bufferInfos_);
}

void CsvRows::appendData(std::span<const std::string_view> fields, const RecordInfo& info) {
  const std::size_t width = layout_.width;
  if (fields.size() != width) {
    const TextPosition where{info.index + 1, info.line, std::min(fields.size(), width) + 1, info.byte};
    if (fields.size() < width) {
      diagnostics_.add(DiagnosticCode::TooFewFields, where, {std::to_string(width), std::to_string(fields.size())});
    } else {
      // Empty extra cells (a trailing delimiter) are dropped silently; values are reported.
      const bool extrasEmpty = std::all_of(fields.begin() + static_cast<std::ptrdiff_t>(width), fields.end(),
                                           [](std::string_view f) { return f.empty(); });
      if (!extrasEmpty)
        diagnostics_.add(DiagnosticCode::TooManyFields, where, {std::to_string(width), std::to_string(fields.size())});
      fields = fields.first(width);
    }
  }
  builder_.appendRow(fields);
  ++dataRows_;
}

void UnwrappedLines::onRecord(std::span<const std::string_view> fields, const RecordInfo&) {
  line_.assign(fields.empty() ? std::string_view{} : fields[0]);
  line_.push_back('\n');
  inner_.feed(line_);
}

} // namespace carescore
