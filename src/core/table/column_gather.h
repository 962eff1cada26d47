// Many cells of one column appended to another at once: the mapping's canonical columns, the
// dataset's concatenation of files and the survey links are built this way, not cell by cell.
// Text is translated code to code, each distinct value interned once, and a dictionary is copied
// whole when the new column would number its values the same way. Not the reading of files.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/table/column.h"

namespace carescore {

// A column's cells as vectors: a Column's own, or a mapping's converted values. The target
// column's type says which of them are read.
struct CellSource {
  const Bitmap& valid;
  const std::vector<double>& numbers;
  const std::vector<std::int64_t>& epochMs;
  const std::vector<std::uint32_t>& codes;
  const StringDictionary& dictionary;
};

inline CellSource cellsOf(const Column& column) {
  return {column.valid, column.numbers, column.epochMs, column.codes, column.dictionary};
}

inline constexpr std::size_t kNoSourceRow = ~std::size_t{0};

// For each entry of `rows`, appends that row of `from` to `into` (kNoSourceRow: a missing cell).
// The result is what appendNumber / appendTime / appendText / appendMissing row by row would give,
// codes included.
void appendGathered(Column& into, const CellSource& from, std::span<const std::size_t> rows);
// Every row of `from`, in order.
void appendAll(Column& into, const CellSource& from);
// Whether `from`'s rows, in order, first show each value of its dictionary in code order, every
// value among them: then its codes and dictionary are what appending its cells would give, and can
// be taken over as they are.
bool codesInFirstSightOrder(const CellSource& from);
// `count` missing cells.
void appendMissing(Column& into, std::size_t count);
// `count` cells holding `text`.
void appendRepeated(Column& into, std::string_view text, std::size_t count);

} // namespace carescore
