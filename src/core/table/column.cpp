#include "core/table/column.h"

namespace carescore {

std::string_view nameOf(ValueType type) {
  switch (type) {
    case ValueType::Empty: return "empty";
    case ValueType::Integer: return "integer";
    case ValueType::Decimal: return "decimal";
    case ValueType::Boolean: return "boolean";
    case ValueType::Timestamp: return "timestamp";
    case ValueType::Duration: return "duration";
    case ValueType::Category: return "category";
    case ValueType::Text: return "text";
  }
  return "unknown";
}

void Column::appendMissing() {
  valid.pushBack(false);
  if (isNumeric()) numbers.push_back(0.0);
  else if (type == ValueType::Timestamp) epochMs.push_back(0);
  else if (isText()) codes.push_back(0);
}

void Column::appendNumber(double value) {
  valid.pushBack(true);
  numbers.push_back(value);
}

void Column::appendTime(std::int64_t ms) {
  valid.pushBack(true);
  epochMs.push_back(ms);
}

void Column::appendText(std::string_view value) {
  valid.pushBack(true);
  codes.push_back(dictionary.intern(value));
}

void Column::addMisfit(std::uint64_t row, std::string_view value) {
  ++misfits;
  if (misfitSamples.size() < kMisfitSamples) misfitSamples.push_back({row, std::string(value)});
  appendMissing();
}

std::size_t Column::memoryBytes() const {
  return valid.memoryBytes() + numbers.capacity() * sizeof(double) + epochMs.capacity() * sizeof(std::int64_t) +
         codes.capacity() * sizeof(std::uint32_t) + dictionary.memoryBytes();
}

} // namespace carescore
