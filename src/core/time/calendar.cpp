// Bucket keys and local period bounds. Bounds come from local dates converted back with
// TimeZone::fromLocal, so a month is always the zone's calendar month, whatever DST does.
#include "core/time/calendar.h"

namespace carescore {

BucketKeys bucketKeys(const TimeZone& zone, std::int64_t utcMs) {
  const std::int64_t wallMs = zone.toLocal(utcMs);
  const std::int64_t day = dayOf(wallMs);
  const auto hour = static_cast<std::uint8_t>(msOfDay(wallMs) / kMsPerHour);
  const Weekday weekday = weekdayOf(day);
  const CivilDate date = civilFromDays(day);
  return {static_cast<std::int32_t>(day), hour, weekday,
          static_cast<std::uint8_t>(static_cast<int>(weekday) * 24 + hour),
          static_cast<std::int32_t>(day - static_cast<std::int64_t>(weekday)), monthIndex(date)};
}

std::int32_t weekStartDay(std::int64_t localDay, WeekStart start) {
  const std::int64_t weekday = static_cast<std::int64_t>(weekdayOf(localDay));  // Monday 0
  const std::int64_t back = start == WeekStart::Monday ? weekday : (weekday + 1) % 7;
  return static_cast<std::int32_t>(localDay - back);
}

std::int64_t startOfLocalDay(const TimeZone& zone, std::int64_t localDay) {
  return zone.fromLocal(localDay * kMsPerDay).utcMs;  // a skipped midnight moves forward: the day's first instant
}

UtcRange localDaysRange(const TimeZone& zone, std::int64_t firstDay, std::int64_t endDay) {
  return {startOfLocalDay(zone, firstDay), startOfLocalDay(zone, endDay)};
}

namespace {

// First local day of the period containing `day` moved by `offset` units, and the first day after it.
std::pair<std::int64_t, std::int64_t> periodDays(std::int64_t day, PeriodUnit unit, int offset, WeekStart weekStart) {
  switch (unit) {
    case PeriodUnit::Day: return {day + offset, day + offset + 1};
    case PeriodUnit::Week: {
      const std::int64_t first = weekStartDay(day, weekStart) + std::int64_t{offset} * 7;
      return {first, first + 7};
    }
    case PeriodUnit::Month:
    case PeriodUnit::Quarter:
    case PeriodUnit::Year: break;
  }
  const int months = unit == PeriodUnit::Month ? 1 : unit == PeriodUnit::Quarter ? 3 : 12;
  const std::int32_t index = monthIndex(civilFromDays(day));
  const std::int32_t first = static_cast<std::int32_t>(floorDiv(index, months) * months + std::int64_t{offset} * months);
  return {daysFromCivil(firstDayOfMonthIndex(first)), daysFromCivil(firstDayOfMonthIndex(first + months))};
}

} // namespace

UtcRange periodContaining(const TimeZone& zone, std::int64_t utcMs, PeriodUnit unit, int offset, WeekStart weekStart) {
  const auto [first, end] = periodDays(localDayOf(zone, utcMs), unit, offset, weekStart);
  return localDaysRange(zone, first, end);
}

UtcRange periodToDate(const TimeZone& zone, std::int64_t nowUtcMs, PeriodUnit unit, WeekStart weekStart) {
  return {periodContaining(zone, nowUtcMs, unit, 0, weekStart).beginMs, nowUtcMs};
}

} // namespace carescore
