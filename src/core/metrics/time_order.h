// TimeOrder: the rows of one kind's table sorted by one timestamp column, built once per dataset,
// so that a period's rows are a contiguous range found by two binary searches instead of a scan
// of every timestamp. Not the value filters (selection.h).
#pragma once
#include <algorithm>
#include <bit>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/metrics/metric_context.h"

namespace carescore {

struct TimeOrder {
  std::vector<std::int64_t> epochMs;  // ascending: the times of the rows that have one
  std::vector<std::uint32_t> rows;    // the row of each time (ties in row order)
  std::uint64_t withoutTime = 0;      // rows whose cell is missing
  std::size_t rowCount = 0;           // rows of the table
};

// Sorts `epochMs` ascending and `rows` (one per time) along with it; equal times by ascending
// row, which is stable for every caller (each passes its rows ascending). What TimeOrder is built
// with, for other per-row instants (backlog ends).
void sortByTime(std::vector<std::int64_t>& epochMs, std::vector<std::uint32_t>& rows);
// The times alone (backlog's created instants, counted by binary search).
void sortByTime(std::vector<std::int64_t>& epochMs);

// Of `kind`'s `field` (a timestamp column the table has), from the context's cache.
const TimeOrder& timeOrderOf(MetricContext& context, RecordKind kind, std::string_view field);

// Gathers the rows a filter keeps with no branch on its answer (a filter keeping every other row, as
// chat-or-phone does, would mispredict half of them): each row offered is written to a block on the
// stack, whose end moves by the answer; full blocks go to `out`. finish() appends the last one.
class KeptRows {
public:
  explicit KeptRows(std::vector<std::uint32_t>& out) : out_(&out) {}
  void offer(std::uint32_t row, bool keep) {
    block_[count_] = row;
    count_ += keep ? 1 : 0;
    if (count_ == kBlock) finish();
  }
  void finish() {
    out_->insert(out_->end(), block_, block_ + count_);
    count_ = 0;
  }

private:
  static constexpr std::size_t kBlock = 1024;
  std::vector<std::uint32_t>* out_;
  std::uint32_t block_[kBlock];
  std::size_t count_ = 0;
};

// Appends each row of [first, last) that keep(row) accepts.
template <class It, class Keep>
void appendKept(std::vector<std::uint32_t>& out, It first, It last, Keep&& keep) {
  KeptRows kept(out);
  for (; first != last; ++first) kept.offer(*first, keep(*first));
  kept.finish();
}

// The rows whose time lies in `range` and that `keep(row)` accepts, ascending by row (the order a
// scan of the table would give).
template <class Keep>
std::vector<std::uint32_t> rowsWithin(const TimeOrder& order, const UtcRange& range, Keep&& keep) {
  std::vector<std::uint32_t> rows;
  if (range.endMs <= range.beginMs) return rows;
  const auto first = std::lower_bound(order.epochMs.begin(), order.epochMs.end(), range.beginMs) - order.epochMs.begin();
  const auto last = std::lower_bound(order.epochMs.begin(), order.epochMs.end(), range.endMs) - order.epochMs.begin();
  const auto begin = order.rows.begin() + first, end = order.rows.begin() + last;
  rows.reserve(static_cast<std::size_t>(end - begin));
  if (std::is_sorted(begin, end)) {  // an export in time order: already by row
    appendKept(rows, begin, end, keep);
    return rows;
  }
  // Back to row order through a bitmap of the table: no sort per period.
  std::vector<std::uint64_t> bits((order.rowCount + 63) / 64, 0);
  for (auto it = begin; it != end; ++it) bits[*it / 64] |= std::uint64_t{1} << (*it % 64);
  KeptRows kept(rows);
  for (std::size_t word = 0; word < bits.size(); ++word)
    for (std::uint64_t w = bits[word]; w != 0; w &= w - 1) {
      const auto row = static_cast<std::uint32_t>(word * 64 + static_cast<std::size_t>(std::countr_zero(w)));
      kept.offer(row, keep(row));
    }
  kept.finish();
  return rows;
}

} // namespace carescore
