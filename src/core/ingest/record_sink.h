// The hand-off between a tokenizer and what consumes its records (header detection, the table
// builder): one call per record, fields as views valid only during the call. Not a container.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

namespace carescore {

struct RecordInfo {
  std::uint64_t index = 0;  // 0-based among the records delivered (blank lines are not records)
  std::uint64_t line = 0;   // 1-based physical line where the record starts
  std::uint64_t byte = 0;   // offset of its first byte in the text as read
};

class RecordSink {
public:
  virtual ~RecordSink() = default;
  virtual void onRecord(std::span<const std::string_view> fields, const RecordInfo& info) = 0;
};

} // namespace carescore
