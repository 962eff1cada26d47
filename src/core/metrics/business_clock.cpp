// Business-hours columns, each computed for every row once and cached under a key naming its inputs.
#include "core/metrics/business_clock.h"

#include <cassert>
#include <cmath>
#include <limits>
#include <string>

#include "core/metrics/field_access.h"

namespace carescore {

const std::vector<double>& businessSecondsBetween(MetricContext& context, RecordKind kind, std::string_view startField,
                                                  std::initializer_list<std::string_view> endFields) {
  std::string key = "business_seconds:" + std::string(nameOf(kind)) + "." + std::string(startField);
  for (std::string_view end : endFields) key.append(",").append(end);  // piecewise: GCC 12 warns falsely on "," + string
  return context.cached<std::vector<double>>(key, [&] {
    assert(context.settings().businessHours);
    const BusinessCalendar& calendar = *context.settings().businessHours;
    const Dataset& data = context.data();
    const std::size_t rowCount = data.of(kind).rowCount();
    std::vector<double> seconds(rowCount, std::numeric_limits<double>::quiet_NaN());
    const TimeField start = timeField(data, kind, startField);
    std::vector<TimeField> ends;
    for (std::string_view end : endFields) ends.push_back(timeField(data, kind, end));
    for (std::size_t row = 0; row < rowCount; ++row) {
      if (!start.has(row)) continue;
      for (const TimeField& end : ends) {
        if (!end.has(row)) continue;
        seconds[row] = end.at(row) >= start.at(row) ? calendar.businessSeconds(start.at(row), end.at(row)) : -1.0;
        break;
      }
    }
    return seconds;
  });
}

const std::vector<std::uint8_t>& openAt(MetricContext& context, RecordKind kind, std::string_view field) {
  return context.cached<std::vector<std::uint8_t>>("open_at:" + std::string(nameOf(kind)) + "." + std::string(field), [&] {
    assert(context.settings().businessHours);
    const BusinessCalendar& calendar = *context.settings().businessHours;
    const TimeField time = timeField(context.data(), kind, field);
    std::vector<std::uint8_t> open(context.data().of(kind).rowCount(), kNoInstant);
    for (std::size_t row = 0; row < open.size(); ++row)
      if (time.has(row)) open[row] = calendar.isOpen(time.at(row)) ? kOpen : kClosed;
    return open;
  });
}

const std::vector<std::int64_t>& businessDayEnd(MetricContext& context, RecordKind kind, std::string_view field) {
  return context.cached<std::vector<std::int64_t>>("business_day_end:" + std::string(nameOf(kind)) + "." + std::string(field), [&] {
    assert(context.settings().businessHours);
    const BusinessCalendar& calendar = *context.settings().businessHours;
    const TimeField time = timeField(context.data(), kind, field);
    std::vector<std::int64_t> ends(context.data().of(kind).rowCount(), -1);
    for (std::size_t row = 0; row < ends.size(); ++row)
      if (time.has(row))
        if (const auto end = calendar.endOfBusinessDay(time.at(row))) ends[row] = *end;
    return ends;
  });
}

} // namespace carescore
