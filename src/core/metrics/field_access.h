// Typed read access to the canonical columns a metric uses, by field key: a number, an instant or a
// dictionary code per row, with "has a value" from the validity bitmap. A field counts as present
// only when its column exists, has the field's type and holds at least one value, so an all-empty
// column asks for the field's alternative instead of giving a number from nothing.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/model/dataset.h"

namespace carescore {

// The column of a canonical field when it can feed a metric, else null.
const Column* usableField(const Dataset& data, RecordKind kind, std::string_view key);
bool hasField(const Dataset& data, RecordKind kind, std::string_view key);

struct NumberField {
  const Column* column = nullptr;
  explicit operator bool() const { return column != nullptr; }
  bool has(std::size_t row) const { return column && column->valid.test(row); }
  double at(std::size_t row) const { return column->numbers[row]; }
};

struct TimeField {
  const Column* column = nullptr;
  explicit operator bool() const { return column != nullptr; }
  bool has(std::size_t row) const { return column && column->valid.test(row); }
  std::int64_t at(std::size_t row) const { return column->epochMs[row]; }
};

struct CodeField {
  const Column* column = nullptr;
  explicit operator bool() const { return column != nullptr; }
  bool has(std::size_t row) const { return column && column->valid.test(row); }
  std::uint32_t at(std::size_t row) const { return column->codes[row]; }
  std::size_t dictionarySize() const { return column ? column->dictionary.size() : 0; }
};

NumberField numberField(const Dataset& data, RecordKind kind, std::string_view key);
TimeField timeField(const Dataset& data, RecordKind kind, std::string_view key);
CodeField codeField(const Dataset& data, RecordKind kind, std::string_view key);

// The latest instant in any timestamp column of a kind but promised_at: when the export was taken,
// for "still pending" and "not yet due". Nothing when the kind has no timestamps.
std::optional<std::int64_t> latestInstant(const Dataset& data, RecordKind kind);

} // namespace carescore
