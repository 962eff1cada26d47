// Calendar buckets of UTC instants in a zone (local day, hour, weekday, hour of week, week, month)
// and the UTC bounds of local periods ("last month", "month to date", "the previous equal-length
// period"). Periods are half-open [begin, end) and follow DST: a local day may last 23 or 25 hours.
#pragma once
#include <cstdint>

#include "core/time/civil.h"
#include "core/time/time_zone.h"

namespace carescore {

enum class WeekStart : std::uint8_t { Monday, Sunday };  // ISO 8601 weeks, or US weeks
enum class PeriodUnit : std::uint8_t { Day, Week, Month, Quarter, Year };

struct BucketKeys {
  std::int32_t localDay = 0;      // days since 1970-01-01 on the zone's calendar
  std::uint8_t hourOfDay = 0;     // 0…23, local
  Weekday weekday = Weekday::Thursday;
  std::uint8_t hourOfWeek = 0;    // Monday 00:00–00:59 is 0 … Sunday 23:00–23:59 is 167
  std::int32_t isoWeekStart = 0;  // the local day of the Monday starting the ISO week
  std::int32_t month = 0;         // monthIndex(): months since January 1970
};

// Everything a metric groups by, from one zone lookup.
BucketKeys bucketKeys(const TimeZone& zone, std::int64_t utcMs);

inline std::int32_t localDayOf(const TimeZone& zone, std::int64_t utcMs) {
  return static_cast<std::int32_t>(dayOf(zone.toLocal(utcMs)));
}

std::int32_t weekStartDay(std::int64_t localDay, WeekStart start);

struct UtcRange {
  std::int64_t beginMs = 0;  // inclusive
  std::int64_t endMs = 0;    // exclusive
  std::int64_t lengthMs() const { return endMs - beginMs; }
  bool contains(std::int64_t utcMs) const { return utcMs >= beginMs && utcMs < endMs; }
  friend bool operator==(const UtcRange&, const UtcRange&) = default;
};

// The instant a local day starts: its midnight, or the first minute after it when DST skips
// midnight (some zones change clocks at 00:00).
std::int64_t startOfLocalDay(const TimeZone& zone, std::int64_t localDay);

// Local days [firstDay, endDay) as UTC instants.
UtcRange localDaysRange(const TimeZone& zone, std::int64_t firstDay, std::int64_t endDay);

// The local day, week, month, quarter or year containing the instant; `offset` whole units later
// (−1: the one before, e.g. last month).
UtcRange periodContaining(const TimeZone& zone, std::int64_t utcMs, PeriodUnit unit, int offset = 0,
                          WeekStart weekStart = WeekStart::Monday);

// From the start of the period containing `nowUtcMs` to now: "month to date", "week to date".
UtcRange periodToDate(const TimeZone& zone, std::int64_t nowUtcMs, PeriodUnit unit, WeekStart weekStart = WeekStart::Monday);

// The range of the same length that ends where this one begins (comparison with a custom range).
inline UtcRange previousEqualLength(const UtcRange& range) { return {range.beginMs - range.lengthMs(), range.beginMs}; }

} // namespace carescore
