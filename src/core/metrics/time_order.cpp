// A time-sorted row index, built once: one pass, and a sort only when the export is not in time order.
#include "core/metrics/time_order.h"

#include <algorithm>

#include "core/metrics/field_access.h"

namespace carescore {

const TimeOrder& timeOrderOf(MetricContext& context, RecordKind kind, std::string_view field) {
  const std::string key = "time_order:" + std::string(nameOf(kind)) + "." + std::string(field);
  return context.cached<TimeOrder>(key, [&] {
    TimeOrder order;
    const TimeField time = timeField(context.data(), kind, field);
    order.rowCount = context.data().of(kind).rowCount();
    std::vector<std::pair<std::int64_t, std::uint32_t>> byTime;
    byTime.reserve(order.rowCount);
    for (std::size_t row = 0; row < order.rowCount; ++row) {
      if (time.has(row)) byTime.emplace_back(time.at(row), static_cast<std::uint32_t>(row));
      else ++order.withoutTime;
    }
    if (!std::is_sorted(byTime.begin(), byTime.end())) std::sort(byTime.begin(), byTime.end());
    order.epochMs.reserve(byTime.size());
    order.rows.reserve(byTime.size());
    for (const auto& [ms, row] : byTime) {
      order.epochMs.push_back(ms);
      order.rows.push_back(row);
    }
    return order;
  });
}

} // namespace carescore
