// Period arithmetic on local calendar dates (time/calendar.h does the zone conversions).
#include "core/metrics/periods.h"

#include <algorithm>

#include "core/metrics/field_access.h"
#include "core/metrics/filter.h"

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
  const TimeField time = timeField(context.data(), kind, field.empty() ? "first_seen" : field);
  std::optional<UtcRange> span;
  if (!time) return span;
  for (std::size_t row = 0; row < time.column->size(); ++row) {
    if (!time.has(row)) continue;
    const std::int64_t t = time.at(row);
    span = span ? UtcRange{std::min(span->beginMs, t), std::max(span->endMs, t + 1)} : UtcRange{t, t + 1};
  }
  return span;
}

std::optional<UtcRange> latestPeriod(MetricContext& context, RecordKind kind, PeriodUnit unit) {
  const std::optional<UtcRange> span = dataSpan(context, kind);
  if (!span) return std::nullopt;
  return periodContaining(context.settings().zone, span->endMs - 1, unit, 0, context.settings().weekStart);
}

} // namespace carescore
