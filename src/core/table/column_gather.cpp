#include "core/table/column_gather.h"

namespace carescore {

namespace {

constexpr std::uint32_t kUnset = ~std::uint32_t{0};

bool hasValue(const CellSource& from, std::size_t row) { return row != kNoSourceRow && from.valid.test(row); }

// The source's values in their order of first sight among the gathered rows.
struct FirstSight {
  std::vector<std::uint32_t> orderOf;  // per source code: its place in `codes`, kUnset when not seen
  std::vector<std::uint32_t> codes;    // source codes in order of first sight
  std::size_t bytes = 0;               // their strings' length in all
  // Every value of the source appears, first in code order: a copy of its dictionary numbers them alike.
  bool sameAsSource(const CellSource& from) const {
    if (codes.size() != from.dictionary.size()) return false;
    for (std::size_t i = 0; i < codes.size(); ++i)
      if (codes[i] != i) return false;
    return true;
  }
};

template <class RowAt>
FirstSight firstSightOf(const CellSource& from, std::size_t count, RowAt rowAt) {
  FirstSight seen;
  seen.orderOf.assign(from.dictionary.size(), kUnset);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t row = rowAt(i);
    if (!hasValue(from, row)) continue;
    std::uint32_t& order = seen.orderOf[from.codes[row]];
    if (order != kUnset) continue;
    order = static_cast<std::uint32_t>(seen.codes.size());
    seen.codes.push_back(from.codes[row]);
    seen.bytes += from.dictionary.at(from.codes[row]).size();
  }
  return seen;
}

// Text cells: when the target has no text yet and the gathered rows number the values as the
// source does, the dictionary is copied whole; when it has no text yet otherwise, the values seen
// are its strings in order of first sight, all distinct, added without a lookup (and without the
// hash table a lookup needs). Otherwise each value seen is interned once, into a dictionary
// reserved for all of them, so a million new values do not regrow its table 20 times.
template <class RowAt>
void gatherCodes(Column& into, const CellSource& from, std::size_t count, RowAt rowAt) {
  const FirstSight seen = firstSightOf(from, count, rowAt);
  const bool empty = into.dictionary.size() == 0;
  const bool same = empty && seen.sameAsSource(from);
  std::vector<std::uint32_t> codeOf;  // per place in order of first sight: the code in `into`
  if (same) {
    into.dictionary = from.dictionary;
  } else if (empty) {
    into.dictionary.appendDistinct(from.dictionary, seen.codes, seen.bytes);  // code i: the i-th value seen
  } else {
    into.dictionary.reserve(into.dictionary.size() + seen.codes.size(), seen.bytes);
    codeOf.reserve(seen.codes.size());
    for (const std::uint32_t code : seen.codes) codeOf.push_back(into.dictionary.intern(from.dictionary.at(code)));
  }
  const std::size_t before = into.codes.size();
  into.codes.resize(before + count);
  std::uint32_t* out = into.codes.mutableData() + before;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t row = rowAt(i);
    if (!hasValue(from, row)) out[i] = 0;
    else if (same) out[i] = from.codes[row];
    else if (empty) out[i] = seen.orderOf[from.codes[row]];
    else out[i] = codeOf[seen.orderOf[from.codes[row]]];
  }
}

template <class T, class RowAt>
void gatherValues(SharedVector<T>& into, const std::vector<T>& from, const CellSource& cells, std::size_t count, RowAt rowAt) {
  const std::size_t before = into.size();
  into.resize(before + count);
  T* out = into.mutableData() + before;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t row = rowAt(i);
    out[i] = hasValue(cells, row) ? from[row] : T{};  // a missing cell holds 0, as appendMissing leaves it
  }
}

template <class RowAt>
void gather(Column& into, const CellSource& from, std::size_t count, RowAt rowAt) {
  if (into.isText()) gatherCodes(into, from, count, rowAt);
  else if (into.type == ValueType::Timestamp) gatherValues(into.epochMs, from.epochMs, from, count, rowAt);
  else if (into.isNumeric()) gatherValues(into.numbers, from.numbers, from, count, rowAt);
}

} // namespace

void appendGathered(Column& into, const CellSource& from, std::span<const std::size_t> rows) {
  const auto rowAt = [rows](std::size_t i) { return rows[i]; };
  gather(into, from, rows.size(), rowAt);
  into.valid.reserve(into.valid.size() + rows.size());
  const bool typed = into.type != ValueType::Empty;  // an empty column has no values to mark
  for (std::size_t row : rows) into.valid.pushBack(typed && hasValue(from, row));
}

void appendAll(Column& into, const CellSource& from) {
  const std::size_t count = from.valid.size();
  if (into.type == ValueType::Empty) {
    appendMissing(into, count);
    return;
  }
  gather(into, from, count, [](std::size_t i) { return i; });
  into.valid.append(from.valid);
}

bool codesInFirstSightOrder(const CellSource& from) {
  // The codes seen so far are 0 … next-1 exactly when each cell's code is at most next (next when
  // it is new): a count, not the per-code table firstSightOf builds (8 MB for a million ids).
  std::uint64_t next = 0;
  for (std::size_t row = 0; row < from.valid.size(); ++row) {
    if (!from.valid.test(row)) continue;
    if (from.codes[row] > next) return false;
    if (from.codes[row] == next) ++next;
  }
  return next == from.dictionary.size();
}

void appendMissing(Column& into, std::size_t count) {
  const std::size_t rows = into.valid.size() + count;
  into.valid.resize(rows);
  if (into.isNumeric()) into.numbers.resize(rows, 0.0);
  else if (into.type == ValueType::Timestamp) into.epochMs.resize(rows, 0);
  else if (into.isText()) into.codes.resize(rows, 0);
}

void appendRepeated(Column& into, std::string_view text, std::size_t count) {
  if (count == 0) return;  // no row: the dictionary stays without the value
  const std::uint32_t code = into.dictionary.intern(text);
  into.valid.resize(into.valid.size() + count, true);
  into.codes.resize(into.codes.size() + count, code);
}

} // namespace carescore
