// Typing one column: its format is decided once from a sample of its text (type inference), then
// every cell is parsed with that format into the column's typed vector. The CSV and JSON readers
// both hand cells here as text, so a date or a duration reads the same from either.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "core/table/column.h"

namespace carescore {

struct InferenceOptions {
  // Tie-breaker for a date column whose every value reads both day-first and month-first
  // (a vendor's documented convention, or the user's choice). None: decide from the values alone.
  DateOrder preferredDateOrder = DateOrder::None;
};

// All that is needed to read a column's cells, decided once from a sample.
struct ColumnFormat {
  ValueType type = ValueType::Text;
  ValueFormat format;
};

// Decides a column's type and format from its header (a hint, e.g. "… in minutes") and the first
// values seen. Missing tokens in the sample are ignored; a sample of only missing cells gives Empty.
ColumnFormat inferColumnFormat(std::string_view header, std::span<const std::string_view> sample,
                               const InferenceOptions& options = {});

// Empty cells and the usual spellings of "no value" (NULL, N/A, -, …): missing, never zero.
bool isMissingToken(std::string_view text);

// Appends cells to one column in row order.
class CellReader {
public:
  explicit CellReader(ColumnFormat format) : format_(std::move(format)) {}

  // Prepares an empty column: sets its type and format.
  void begin(Column& column) const;

  // Appends one cell (row: 0-based data row) as a value, a missing cell, or a misfit. May widen the
  // column or reinterpret earlier values when a later one proves the sample's guess wrong
  // (integer → decimal; an ambiguous day/month order settled by a day above 12).
  void append(Column& column, std::string_view text, std::uint64_t row);

private:
  ColumnFormat format_;
};

} // namespace carescore
