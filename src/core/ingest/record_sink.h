// The hand-off between a tokenizer and what consumes its records (header detection, the table
// builder): records one at a time or in batches, fields as views valid only during the call.
// Not a container: a batch is a window on the tokenizer's buffers.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace carescore {

struct RecordInfo {
  std::uint64_t index = 0;  // 0-based among the records delivered (blank lines are not records)
  std::uint64_t line = 0;   // 1-based physical line where the record starts
  std::uint64_t byte = 0;   // offset of its first byte in the text as read
};

// Consecutive records: record i's fields are fields[ends[i-1] .. ends[i]) (ends[-1] = 0).
struct RecordBatch {
  std::span<const std::string_view> fields;
  std::span<const std::uint32_t> ends;
  std::span<const RecordInfo> infos;

  std::size_t size() const { return infos.size(); }
  std::size_t fieldBegin(std::size_t record) const { return record == 0 ? 0 : ends[record - 1]; }
  std::span<const std::string_view> record(std::size_t i) const {
    return fields.subspan(fieldBegin(i), ends[i] - fieldBegin(i));
  }
};

class RecordSink {
public:
  virtual ~RecordSink() = default;
  virtual void onRecord(std::span<const std::string_view> fields, const RecordInfo& info) = 0;
  // A batch, in order; by default one onRecord per record. Sinks that type column by column
  // override it.
  virtual void onRecords(const RecordBatch& batch) {
    for (std::size_t i = 0; i < batch.size(); ++i) onRecord(batch.record(i), batch.infos[i]);
  }
};

} // namespace carescore
