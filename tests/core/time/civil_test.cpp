#include <doctest/doctest.h>

#include "core/time/civil.h"

using namespace carescore;

TEST_SUITE("core/time") {

TEST_CASE("civil: day numbers of known dates, and back") {
  CHECK(daysFromCivil({1970, 1, 1}) == 0);
  CHECK(daysFromCivil({1969, 12, 31}) == -1);
  CHECK(daysFromCivil({2000, 3, 1}) == 11017);   // 30 years × 365 + 7 leap days (72…96) + Jan 31 + Feb 29
  CHECK(daysFromCivil({2026, 3, 29}) == 20541);  // 1711929600 s (2024-04-01) / 86400 = 19814, + 727 days
  CHECK(civilFromDays(-1) == CivilDate{1969, 12, 31});
  CHECK(civilFromDays(11016) == CivilDate{2000, 2, 29});
  CHECK(civilFromDays(2932896) == CivilDate{9999, 12, 31});  // Excel's last date
  for (std::int64_t day = -800000; day <= 800000; day += 37) {
    const CivilDate date = civilFromDays(day);
    REQUIRE(isValidDate(date));
    REQUIRE(daysFromCivil(date) == day);
  }
}

TEST_CASE("civil: leap years, month lengths, validity") {
  CHECK(isLeapYear(2000));
  CHECK_FALSE(isLeapYear(1900));
  CHECK(isLeapYear(2024));
  CHECK(daysInMonth(2026, 2) == 28);
  CHECK(daysInMonth(2024, 2) == 29);
  CHECK(daysInMonth(2026, 4) == 30);
  CHECK_FALSE(isValidDate({2026, 2, 29}));
  CHECK_FALSE(isValidDate({2026, 13, 1}));
  CHECK(isValidDate({2024, 2, 29}));
}

TEST_CASE("civil: weekdays and ISO weeks, including week 53") {
  CHECK(weekdayOf(0) == Weekday::Thursday);
  CHECK(weekdayOf(-1) == Weekday::Wednesday);
  CHECK(weekdayOf(daysFromCivil({2026, 3, 29})) == Weekday::Sunday);  // the EU DST change is on a Sunday
  CHECK(weekdayOf(daysFromCivil({2026, 11, 20})) == Weekday::Friday);
  // 2026 starts on a Thursday, so it has 53 ISO weeks: 2026-12-31 and 2027-01-01 are both in W53.
  CHECK(isoWeekOf(daysFromCivil({2026, 12, 31})) == IsoWeek{2026, 53});
  CHECK(isoWeekOf(daysFromCivil({2027, 1, 1})) == IsoWeek{2026, 53});
  CHECK(isoWeekOf(daysFromCivil({2027, 1, 4})) == IsoWeek{2027, 1});
  CHECK(isoWeekOf(daysFromCivil({2024, 12, 30})) == IsoWeek{2025, 1});  // a Monday whose Thursday is in 2025
  CHECK(isoWeekOf(daysFromCivil({2021, 1, 3})) == IsoWeek{2020, 53});
  CHECK(isoWeekOf(daysFromCivil({2026, 1, 1})) == IsoWeek{2026, 1});
  CHECK(isoWeekStartDay(daysFromCivil({2026, 3, 29})) == daysFromCivil({2026, 3, 23}));
}

TEST_CASE("civil: floor division keeps times before 1970 on the right day") {
  CHECK(floorDiv(-1, kMsPerDay) == -1);
  CHECK(floorMod(-1, kMsPerDay) == kMsPerDay - 1);
  CHECK(floorDiv(kMsPerDay, kMsPerDay) == 1);
  CHECK(dayOf(-kMsPerDay) == -1);
  CHECK(msOfDay(-kMsPerHour) == 23 * kMsPerHour);
  CHECK(monthIndex({2026, 3, 1}) == 674);  // 56 years × 12 + 2
  CHECK(firstDayOfMonthIndex(674) == CivilDate{2026, 3, 1});
  CHECK(firstDayOfMonthIndex(-1) == CivilDate{1969, 12, 1});
}

}
