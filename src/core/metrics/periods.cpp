// Period arithmetic on local calendar dates (time/calendar.h does the zone conversions).
#include "core/metrics/periods.h"

#include <algorithm>

#include "core/metrics/field_access.h"
#include "core/metrics/filter.h"
#include "core/metrics/time_order.h"

namespace carescore {

namespace {

// The local day starting exactly at `utcMs`, if it is a local midnight.
std::optional<std::int64_t> wholeDayAt(const TimeZone& zone, std::int64_t utcMs) {
  const std::int64_t day = localDayOf(zone, utcMs);
  if (startOfLocalDay(zone, day) != utcMs) return std::nullopt;
  return day;
}

} // namespace

UtcRange localDateRange(const TimeZone& zone, CivilDate first, CivilDate last) {
  return localDaysRange(zone, daysFromCivil(first), std::int64_t{daysFromCivil(last)} + 1);
}

UtcRange monthToDate(const TimeZone& zone, std::int64_t nowMs) { return periodToDate(zone, nowMs, PeriodUnit::Month); }

UtcRange previousPeriod(const TimeZone& zone, const UtcRange& period) {
  const std::optional<std::int64_t> first = wholeDayAt(zone, period.beginMs);
  const std::optional<std::int64_t> end = wholeDayAt(zone, period.endMs);
  if (!first || !end || *end <= *first) return previousEqualLength(period);
  const CivilDate firstDate = civilFromDays(*first), endDate = civilFromDays(*end);
  if (firstDate.day == 1 && endDate.day == 1) {
    const std::int32_t months = monthIndex(endDate) - monthIndex(firstDate);
    const std::int64_t before = daysFromCivil(firstDayOfMonthIndex(monthIndex(firstDate) - months));
    return localDaysRange(zone, before, *first);
  }
  return localDaysRange(zone, *first - (*end - *first), *first);
}

std::optional<UtcRange> dataSpan(MetricContext& context, RecordKind kind) {
  const std::string_view field = referenceTimeField(kind);
  const std::string_view key = field.empty() ? "first_seen" : field;
  if (!timeField(context.data(), kind, key)) return std::nullopt;
  // The ends of the time-sorted index the period selections use (built once, then kept): no
  // pass over a million timestamps every time the app asks for its period.
  const TimeOrder& order = timeOrderOf(context, kind, key);
  if (order.epochMs.empty()) return std::nullopt;
  return UtcRange{order.epochMs.front(), order.epochMs.back() + 1};
}

std::optional<UtcRange> latestPeriod(MetricContext& context, RecordKind kind, PeriodUnit unit) {
  const std::optional<UtcRange> span = dataSpan(context, kind);
  if (!span) return std::nullopt;
  return periodContaining(context.settings().zone, span->endMs - 1, unit, 0, context.settings().weekStart);
}

} // namespace carescore
