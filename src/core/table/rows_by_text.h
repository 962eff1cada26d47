// Joining two text columns of different tables by value: per distinct value of one dictionary, a
// row of another column holding the same text. Survey responses find the contacts they rate this
// way (the first row with the id), and goals the customer of a rated contact (the last row with
// the id and a customer). Not a general join: the row kept is the first or the last.
#pragma once
#include <cstdint>
#include <vector>

#include "core/table/column.h"

namespace carescore {

inline constexpr std::uint32_t kNoMatchingRow = ~std::uint32_t{0};

enum class WhichRow : std::uint8_t { First, Last };

// Per code of `texts`: the first (or last) row of `column` whose text is that code's, among the
// rows where `required` (when given, a column of the same table) has a value too; kNoMatchingRow
// when none. Rows are 32-bit: a table of 2^32 rows cannot load.
//
// Looked up from the column's side, each of its distinct values once, in a table of `texts` made
// for this: the column's own dictionary, whose hash table is dropped after the mapping, does not
// build it again (16.8 MB for a million contact ids).
std::vector<std::uint32_t> rowsByText(const StringDictionary& texts, const Column& column, WhichRow which,
                                      const Column* required = nullptr);

} // namespace carescore
