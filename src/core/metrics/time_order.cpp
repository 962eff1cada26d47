// A time-sorted row index, built once: one pass, and a radix sort only when the export is not in time order.
#include "core/metrics/time_order.h"

#include <algorithm>

#include "core/metrics/field_access.h"

namespace carescore {

// Rows by ascending time: a stable LSD radix sort on the offset from the earliest time, 11 bits a
// pass and only as many passes as the span needs (three for a year in milliseconds), instead of a
// comparison sort of a million pairs on the first selection of a period.
void sortByTime(std::vector<std::int64_t>& epochMs, std::vector<std::uint32_t>& rows) {
  if (epochMs.size() < 2 || std::is_sorted(epochMs.begin(), epochMs.end())) return;
  const std::int64_t earliest = *std::min_element(epochMs.begin(), epochMs.end());
  std::vector<std::uint64_t> keys(epochMs.size());
  std::uint64_t widest = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    keys[i] = static_cast<std::uint64_t>(epochMs[i]) - static_cast<std::uint64_t>(earliest);  // wraps into [0, 2^64)
    widest |= keys[i];
  }
  constexpr int kBits = 11;
  constexpr std::size_t kBuckets = std::size_t{1} << kBits;
  std::vector<std::uint64_t> keysOut(keys.size());
  std::vector<std::uint32_t> rowsOut(rows.size());  // empty: no rows to move
  for (int shift = 0; shift < 64 && (widest >> shift) != 0; shift += kBits) {
    std::vector<std::size_t> start(kBuckets + 1, 0);
    for (const std::uint64_t key : keys) ++start[((key >> shift) & (kBuckets - 1)) + 1];
    for (std::size_t b = 1; b <= kBuckets; ++b) start[b] += start[b - 1];
    for (std::size_t i = 0; i < keys.size(); ++i) {
      const std::size_t at = start[(keys[i] >> shift) & (kBuckets - 1)]++;
      keysOut[at] = keys[i];
      if (!rows.empty()) rowsOut[at] = rows[i];
    }
    keys.swap(keysOut);
    rows.swap(rowsOut);
  }
  for (std::size_t i = 0; i < keys.size(); ++i) epochMs[i] = static_cast<std::int64_t>(keys[i] + static_cast<std::uint64_t>(earliest));
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
