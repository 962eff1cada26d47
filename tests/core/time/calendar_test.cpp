#include <doctest/doctest.h>

#include "time_test_support.h"

#include "core/time/calendar.h"

using namespace carescore;
using carescore::testing::at;
using carescore::testing::zone;

TEST_SUITE("core/time") {

TEST_CASE("calendar: bucket keys use the zone's calendar, not UTC's") {
  const TimeZone saigon = zone("Asia/Ho_Chi_Minh");
  // 2026-03-31 20:30 UTC is 2026-04-01 03:30 in Ho Chi Minh City (+07): another day, month and weekday.
  const BucketKeys keys = bucketKeys(saigon, at(2026, 3, 31, 20, 30));
  CHECK(keys.localDay == daysFromCivil({2026, 4, 1}));
  CHECK(keys.hourOfDay == 3);
  CHECK(keys.weekday == Weekday::Wednesday);
  CHECK(keys.hourOfWeek == 2 * 24 + 3);
  CHECK(keys.isoWeekStart == daysFromCivil({2026, 3, 30}));
  CHECK(keys.month == monthIndex({2026, 4, 1}));
  const BucketKeys utc = bucketKeys(TimeZone(), at(2026, 3, 31, 20, 30));
  CHECK(utc.month == monthIndex({2026, 3, 1}));
  CHECK(utc.hourOfWeek == 1 * 24 + 20);

  // Sunday 23:59 in New York is the last hour of the week; Monday 00:00 the first.
  const TimeZone newYork = zone("America/New_York");
  CHECK(bucketKeys(newYork, at(2026, 3, 30, 3, 59)).hourOfWeek == 167);  // Sun 23:59 EDT
  CHECK(bucketKeys(newYork, at(2026, 3, 30, 4, 0)).hourOfWeek == 0);
  // The hour after the spring-forward gap: 03:00 EDT.
  CHECK(bucketKeys(newYork, at(2026, 3, 8, 7)).hourOfDay == 3);
  CHECK(bucketKeys(newYork, at(2026, 3, 8, 6, 59)).hourOfDay == 1);
}

TEST_CASE("calendar: local days last 23 or 25 hours across DST") {
  const TimeZone berlin = zone("Europe/Berlin");
  const std::int64_t springDay = daysFromCivil({2026, 3, 29});
  CHECK(localDaysRange(berlin, springDay, springDay + 1).lengthMs() == 23 * kMsPerHour);
  const std::int64_t autumnDay = daysFromCivil({2026, 10, 25});
  CHECK(localDaysRange(berlin, autumnDay, autumnDay + 1).lengthMs() == 25 * kMsPerHour);
  CHECK(startOfLocalDay(berlin, springDay) == at(2026, 3, 28, 23));
  // Havana springs forward at midnight: 2026-03-08 starts at 01:00 CDT (05:00 UTC).
  const TimeZone havana = zone("America/Havana");
  CHECK(startOfLocalDay(havana, daysFromCivil({2026, 3, 8})) == at(2026, 3, 8, 5));
}

TEST_CASE("calendar: months, weeks, quarters and years as UTC ranges") {
  const TimeZone berlin = zone("Europe/Berlin");
  const std::int64_t now = at(2026, 4, 15, 10);
  // This month: 2026-04-01 00:00 CEST = 03-31 22:00 UTC to 05-01 00:00 CEST = 04-30 22:00 UTC.
  CHECK(periodContaining(berlin, now, PeriodUnit::Month) == UtcRange{at(2026, 3, 31, 22), at(2026, 4, 30, 22)});
  // Last month, March, holds the spring-forward day: 31 days less one hour.
  const UtcRange march = periodContaining(berlin, now, PeriodUnit::Month, -1);
  CHECK(march == UtcRange{at(2026, 2, 28, 23), at(2026, 3, 31, 22)});
  CHECK(march.lengthMs() == 31 * kMsPerDay - kMsPerHour);
  CHECK(previousEqualLength(march) == UtcRange{at(2026, 2, 28, 23) - march.lengthMs(), at(2026, 2, 28, 23)});
  CHECK(periodContaining(berlin, now, PeriodUnit::Month, -4).beginMs == at(2025, 11, 30, 23));  // December 2025
  CHECK(periodToDate(berlin, now, PeriodUnit::Month) == UtcRange{at(2026, 3, 31, 22), now});
  // 2026-04-15 is a Wednesday: ISO week from Monday 04-13, US week from Sunday 04-12.
  CHECK(periodContaining(berlin, now, PeriodUnit::Week).beginMs == at(2026, 4, 12, 22));
  CHECK(periodContaining(berlin, now, PeriodUnit::Week, 0, WeekStart::Sunday).beginMs == at(2026, 4, 11, 22));
  CHECK(periodContaining(berlin, now, PeriodUnit::Week, -1).endMs == at(2026, 4, 12, 22));
  CHECK(periodContaining(berlin, now, PeriodUnit::Quarter) == UtcRange{at(2026, 3, 31, 22), at(2026, 6, 30, 22)});
  CHECK(periodContaining(berlin, now, PeriodUnit::Year) == UtcRange{at(2025, 12, 31, 23), at(2026, 12, 31, 23)});
  CHECK(periodContaining(berlin, now, PeriodUnit::Day, -1) == UtcRange{at(2026, 4, 13, 22), at(2026, 4, 14, 22)});
  CHECK(weekStartDay(daysFromCivil({2026, 4, 12}), WeekStart::Sunday) == daysFromCivil({2026, 4, 12}));
  CHECK(weekStartDay(daysFromCivil({2026, 4, 12}), WeekStart::Monday) == daysFromCivil({2026, 4, 6}));
}

TEST_CASE("calendar: New Year and ISO week 53 in Ho Chi Minh City") {
  const TimeZone saigon = zone("Asia/Ho_Chi_Minh");
  // 2026-12-31 17:30 UTC is 2027-01-01 00:30 local: still ISO week 2026-W53, but month January 2027.
  const BucketKeys keys = bucketKeys(saigon, at(2026, 12, 31, 17, 30));
  CHECK(isoWeekOf(keys.localDay) == IsoWeek{2026, 53});
  CHECK(keys.isoWeekStart == daysFromCivil({2026, 12, 28}));
  CHECK(keys.month == monthIndex({2027, 1, 1}));
  CHECK(periodContaining(saigon, at(2026, 12, 31, 17, 30), PeriodUnit::Year).beginMs == at(2026, 12, 31, 17));
}

}
