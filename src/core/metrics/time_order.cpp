// A time-sorted row index, built once: one pass, and a radix sort only when the export is not in time order.
#include "core/metrics/time_order.h"

#include <algorithm>
#include <bit>
#include <utility>

#include "core/metrics/field_access.h"

namespace carescore {

// Rows by ascending time: a stable LSD radix sort on the offset from the earliest time, 11 bits a
// pass and only as many passes as the span needs (three for a year in milliseconds), instead of a
// comparison sort of a million pairs on the first selection of a period. Each row rides in the low
// bits of its time's offset, one 64-bit word per row: a pass moves 8 bytes a row, not 12 from two
// arrays, and the words are sorted in the times' own storage with one buffer of the same size.
// The counts of every pass come from one read; a pass whose digit is the same for every row is
// skipped.
void sortByTime(std::vector<std::int64_t>& epochMs, std::vector<std::uint32_t>& rows) {
  if (epochMs.size() < 2 || std::is_sorted(epochMs.begin(), epochMs.end())) return;
  const std::size_t n = epochMs.size();
  const std::int64_t earliest = *std::min_element(epochMs.begin(), epochMs.end());
  std::uint64_t widest = 0;
  for (const std::int64_t ms : epochMs) widest |= static_cast<std::uint64_t>(ms) - static_cast<std::uint64_t>(earliest);
  std::uint32_t anyRow = 0;
  for (const std::uint32_t row : rows) anyRow |= row;
  const int rowBits = rows.empty() ? 0 : static_cast<int>(std::bit_width(anyRow));
  const int spanBits = static_cast<int>(std::bit_width(widest));
  if (spanBits + rowBits > 64) {  // a span of centuries in milliseconds: rows by a stable comparison sort
    std::vector<std::uint32_t> index(n);
    for (std::uint32_t i = 0; i < n; ++i) index[i] = i;
    std::stable_sort(index.begin(), index.end(), [&](std::uint32_t a, std::uint32_t b) { return epochMs[a] < epochMs[b]; });
    std::vector<std::int64_t> times(n);
    std::vector<std::uint32_t> sortedRows(rows.empty() ? 0 : n);
    for (std::size_t i = 0; i < n; ++i) {
      times[i] = epochMs[index[i]];
      if (!rows.empty()) sortedRows[i] = rows[index[i]];
    }
    epochMs.swap(times);
    rows.swap(sortedRows);
    return;
  }
  // int64_t storage read and written as its unsigned counterpart: allowed aliasing.
  auto* words = reinterpret_cast<std::uint64_t*>(epochMs.data());
  for (std::size_t i = 0; i < n; ++i)
    words[i] = (static_cast<std::uint64_t>(epochMs[i]) - static_cast<std::uint64_t>(earliest)) << rowBits | (rows.empty() ? 0 : rows[i]);

  constexpr int kBits = 11;
  constexpr std::size_t kBuckets = std::size_t{1} << kBits;
  const int passes = (spanBits + kBits - 1) / kBits;
  std::vector<std::uint32_t> counts(static_cast<std::size_t>(passes) * kBuckets, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t key = words[i] >> rowBits;
    for (int pass = 0; pass < passes; ++pass) ++counts[static_cast<std::size_t>(pass) * kBuckets + ((key >> (pass * kBits)) & (kBuckets - 1))];
  }
  std::vector<std::uint64_t> buffer(n);
  std::uint64_t* from = words;
  std::uint64_t* to = buffer.data();
  for (int pass = 0; pass < passes; ++pass) {
    std::uint32_t* start = counts.data() + static_cast<std::size_t>(pass) * kBuckets;
    const int shift = rowBits + pass * kBits;
    if (start[(from[0] >> shift) & (kBuckets - 1)] == n) continue;  // one digit for every row: nothing moves
    std::uint32_t sum = 0;
    for (std::size_t b = 0; b < kBuckets; ++b) sum += std::exchange(start[b], sum);
    for (std::size_t i = 0; i < n; ++i) to[start[(from[i] >> shift) & (kBuckets - 1)]++] = from[i];
    std::swap(from, to);
  }
  const std::uint64_t rowMask = (std::uint64_t{1} << rowBits) - 1;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t word = from[i];
    if (!rows.empty()) rows[i] = static_cast<std::uint32_t>(word & rowMask);
    epochMs[i] = static_cast<std::int64_t>((word >> rowBits) + static_cast<std::uint64_t>(earliest));
  }
}

void sortByTime(std::vector<std::int64_t>& epochMs) {
  std::vector<std::uint32_t> noRows;
  sortByTime(epochMs, noRows);
}

const TimeOrder& timeOrderOf(MetricContext& context, RecordKind kind, std::string_view field) {
  const std::string key = "time_order:" + std::string(nameOf(kind)) + "." + std::string(field);
  return context.cached<TimeOrder>(key, [&] {
    TimeOrder order;
    const TimeField time = timeField(context.data(), kind, field);
    order.rowCount = context.data().of(kind).rowCount();
    order.epochMs.reserve(order.rowCount);
    order.rows.reserve(order.rowCount);
    for (std::size_t row = 0; row < order.rowCount; ++row) {
      if (!time.has(row)) {
        ++order.withoutTime;
        continue;
      }
      order.epochMs.push_back(time.at(row));
      order.rows.push_back(static_cast<std::uint32_t>(row));
    }
    sortByTime(order.epochMs, order.rows);
    return order;
  });
}

} // namespace carescore
