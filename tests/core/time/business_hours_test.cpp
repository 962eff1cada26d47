#include <doctest/doctest.h>

#include "time_test_support.h"

#include "core/time/business_hours.h"

using namespace carescore;
using carescore::testing::at;
using carescore::testing::zone;

namespace {

constexpr std::int64_t kMinute = kMsPerMinute;

// Mon–Fri 09:00–17:00 in Berlin, the schedule of RELIABILITY.md H9.
BusinessCalendar berlinOffice(std::vector<CivilDate> holidays = {}, std::vector<SpecialDay> special = {},
                              BusinessCalendarOptions options = {}) {
  Schedule schedule = Schedule::weekdays(hoursFrom(9, 0, 17, 0), "Europe/Berlin");
  schedule.holidays = std::move(holidays);
  schedule.specialDays = std::move(special);
  auto made = BusinessCalendar::make(schedule, zone("Europe/Berlin"), options);
  REQUIRE_MESSAGE(made.calendar.has_value(), made.error);
  return *made.calendar;
}

std::int64_t berlin(int y, int m, int d, int h, int mi = 0, int s = 0) { return zone("Europe/Berlin").fromLocal(at(y, m, d, h, mi, s)).utcMs; }

} // namespace

TEST_SUITE("core/time") {

TEST_CASE("business hours: a weekend between two working days") {
  const BusinessCalendar office = berlinOffice();
  // Fri 2026-11-20 16:30 → Mon 11-23 09:30: 30 minutes on Friday + 30 on Monday.
  CHECK(office.businessMs(berlin(2026, 11, 20, 16, 30), berlin(2026, 11, 23, 9, 30)) == 60 * kMinute);
  CHECK(office.businessSeconds(berlin(2026, 11, 20, 16, 30), berlin(2026, 11, 23, 9, 30)) == 3600.0);
  // Created on a closed day (Saturday): the clock starts Monday 09:00.
  CHECK(office.nextOpening(berlin(2026, 11, 21, 10)) == berlin(2026, 11, 23, 9));
  CHECK(office.businessMs(berlin(2026, 11, 21, 10), berlin(2026, 11, 23, 9, 30)) == 30 * kMinute);
  CHECK(office.businessMs(berlin(2026, 11, 21, 10), berlin(2026, 11, 22, 23)) == 0);
  CHECK(office.businessMs(berlin(2026, 11, 23, 10), berlin(2026, 11, 23, 9)) == 0);  // end before start
}

TEST_CASE("business hours: opening hours are half-open") {
  const BusinessCalendar office = berlinOffice();
  CHECK(office.isOpen(berlin(2026, 11, 18, 9)));
  CHECK(office.isOpen(berlin(2026, 11, 18, 16, 59, 59)));
  CHECK_FALSE(office.isOpen(berlin(2026, 11, 18, 17)));  // created 17:00:00 exactly: outside hours
  CHECK_FALSE(office.isOpen(berlin(2026, 11, 18, 8, 59, 59)));
  CHECK(office.nextOpening(berlin(2026, 11, 18, 17)) == berlin(2026, 11, 19, 9));
  CHECK(office.nextOpening(berlin(2026, 11, 18, 12)) == berlin(2026, 11, 18, 12));  // open: now
  CHECK(office.nextOpening(berlin(2026, 11, 20, 17)) == berlin(2026, 11, 23, 9));
}

TEST_CASE("business hours: holidays and half days") {
  // Christmas 2026: Thu 12-24 a half day 09:00–13:00, Fri 12-25 closed.
  const BusinessCalendar office = berlinOffice({{2026, 12, 25}}, {{{2026, 12, 24}, {hoursFrom(9, 0, 13, 0)}}});
  // Wed 12-23 16:00 → Mon 12-28 10:00: 60 (Wed) + 240 (Thu) + 0 (Fri) + 60 (Mon) minutes.
  CHECK(office.businessMs(berlin(2026, 12, 23, 16), berlin(2026, 12, 28, 10)) == 360 * kMinute);
  CHECK_FALSE(office.isOpen(berlin(2026, 12, 25, 10)));
  CHECK_FALSE(office.isOpen(berlin(2026, 12, 24, 14)));
  CHECK(office.nextOpening(berlin(2026, 12, 24, 13)) == berlin(2026, 12, 28, 9));
  // An SLA of 8 business hours from Wed 12-23 16:00 runs out Mon 12-28 12:00 (60 + 240 + 180).
  CHECK(office.addBusinessTime(berlin(2026, 12, 23, 16), 8 * 60 * kMinute) == berlin(2026, 12, 28, 12));
  CHECK(office.addBusinessTime(berlin(2026, 11, 20, 16, 30), 60 * kMinute) == berlin(2026, 11, 23, 9, 30));
  CHECK(office.addBusinessTime(berlin(2026, 11, 20, 16, 30), 30 * kMinute) == berlin(2026, 11, 20, 17));
  CHECK(office.addBusinessTime(berlin(2026, 11, 21, 10), 0) == berlin(2026, 11, 21, 10));
}

TEST_CASE("business hours: a ticket spanning the autumn DST change keeps 8-hour days") {
  const BusinessCalendar office = berlinOffice();
  // Fri 10-23 09:00 → Mon 10-26 17:00 (clocks fall back Sun 10-25): two full days, 960 minutes,
  // although 81 hours of calendar time passed (one more than the wall clocks suggest).
  CHECK(office.businessMs(berlin(2026, 10, 23, 9), berlin(2026, 10, 26, 17)) == 960 * kMinute);
  CHECK(berlin(2026, 10, 26, 17) - berlin(2026, 10, 23, 9) == 81 * 60 * kMinute);
  CHECK(office.businessMs(berlin(2026, 10, 19, 9), berlin(2026, 10, 26, 9)) == 5 * 480 * kMinute);
  CHECK(office.businessMs(berlin(2026, 3, 27, 9), berlin(2026, 3, 30, 17)) == 960 * kMinute);  // spring
}

TEST_CASE("business hours: New Year holiday and ISO week 53") {
  const BusinessCalendar office = berlinOffice({{2027, 1, 1}});
  // Thu 2026-12-31 16:00 (W53) → Mon 2027-01-04 10:00 (W01): 60 + 60 minutes, Friday a holiday.
  CHECK(office.businessMs(berlin(2026, 12, 31, 16), berlin(2027, 1, 4, 10)) == 120 * kMinute);
}

TEST_CASE("business hours: 24/7 equals elapsed time, also on a 25-hour day") {
  auto made = BusinessCalendar::make(Schedule::alwaysOpen("Europe/Berlin"), zone("Europe/Berlin"));
  REQUIRE(made.calendar.has_value());
  const BusinessCalendar& always = *made.calendar;
  const std::int64_t start = berlin(2026, 10, 24, 12);
  const std::int64_t end = berlin(2026, 10, 25, 12);
  CHECK(always.businessMs(start, end) == 25 * 60 * kMinute);
  CHECK(always.businessMs(at(2026, 1, 1), at(2027, 1, 1)) == 365 * kMsPerDay);
  CHECK(always.isOpen(berlin(2026, 10, 25, 0)));  // midnight between two 00:00–24:00 days
  CHECK(always.nextOpening(start) == start);
}

TEST_CASE("business hours: overnight shifts, also across a DST gap") {
  Schedule nights = Schedule::allWeek(hoursFrom(22, 0, 6, 0), "Asia/Ho_Chi_Minh");
  auto made = BusinessCalendar::make(nights, zone("Asia/Ho_Chi_Minh"));
  REQUIRE(made.calendar.has_value());
  const TimeZone saigon = zone("Asia/Ho_Chi_Minh");
  const auto local = [&](int d, int h) { return saigon.fromLocal(at(2026, 5, d, h)).utcMs; };
  CHECK(made.calendar->nextOpening(local(4, 21)) == local(4, 22));
  CHECK(made.calendar->businessMs(local(4, 21), local(5, 7)) == 8 * 60 * kMinute);
  CHECK(made.calendar->isOpen(local(5, 2)));
  CHECK_FALSE(made.calendar->isOpen(local(5, 6)));
  CHECK(made.calendar->businessMs(local(4, 3), local(4, 12)) == 3 * 60 * kMinute);  // the tail of Sunday's night

  // New York's Saturday night shift 2026-03-07 22:00 → Sunday 06:00 loses the skipped hour.
  Schedule nyNights = Schedule::allWeek(hoursFrom(22, 0, 6, 0), "America/New_York");
  auto ny = BusinessCalendar::make(nyNights, zone("America/New_York"));
  REQUIRE(ny.calendar.has_value());
  const TimeZone newYork = zone("America/New_York");
  CHECK(ny.calendar->businessMs(newYork.fromLocal(at(2026, 3, 7, 21)).utcMs, newYork.fromLocal(at(2026, 3, 8, 12)).utcMs) ==
        7 * 60 * kMinute);
}

TEST_CASE("business hours: the day table and the day-by-day walk agree") {
  // No table at all (an empty range) against the default table, on spans from minutes to months,
  // for an office with holidays and a half day, and for overnight shifts crossing two DST changes.
  Schedule office = Schedule::weekdays(hoursFrom(9, 0, 17, 0), "Europe/Berlin");
  office.holidays = {{2026, 5, 1}, {2026, 12, 25}};
  office.specialDays = {{{2026, 12, 24}, {hoursFrom(9, 0, 13, 0)}}};
  Schedule nights = Schedule::allWeek(hoursFrom(20, 0, 4, 30), "Europe/Berlin");
  nights.weekly[2] = {hoursFrom(8, 0, 12, 0), hoursFrom(22, 0, 2, 0)};
  nights.holidays = {{2026, 3, 29}};
  for (const Schedule& schedule : {office, nights}) {
    const auto tabled = BusinessCalendar::make(schedule, zone("Europe/Berlin"));
    const auto walked = BusinessCalendar::make(schedule, zone("Europe/Berlin"), {{2030, 1, 2}, {2030, 1, 1}});
    REQUIRE(tabled.calendar.has_value());
    REQUIRE(walked.calendar.has_value());
    std::uint64_t state = 12345;
    const auto next = [&] {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      return static_cast<std::int64_t>(state >> 33);
    };
    int mismatches = 0;
    for (int i = 0; i < 3000; ++i) {
      const std::int64_t start = at(2025, 12, 1) + next() % (400 * kMsPerDay);
      const std::int64_t end = start + next() % ((i % 3 == 0 ? 90 : 3) * kMsPerDay);
      if (tabled.calendar->businessMs(start, end) != walked.calendar->businessMs(start, end)) ++mismatches;
    }
    CHECK(mismatches == 0);
  }
}

TEST_CASE("business hours: bad schedules are errors; a closed schedule never opens") {
  Schedule overlapping = Schedule::weekdays(hoursFrom(9, 0, 17, 0));
  overlapping.weekly[2].push_back(hoursFrom(12, 0, 18, 0));
  auto made = BusinessCalendar::make(overlapping, TimeZone());
  CHECK_FALSE(made.calendar.has_value());
  CHECK(made.error == "Wednesday: opening hours overlap");
  Schedule late = Schedule::weekdays({1500, 1600});
  CHECK_FALSE(BusinessCalendar::make(late, TimeZone()).calendar.has_value());
  Schedule badHoliday = Schedule::weekdays(hoursFrom(9, 0, 17, 0));
  badHoliday.holidays.push_back({2026, 2, 30});
  made = BusinessCalendar::make(badHoliday, TimeZone());
  CHECK(made.error == "holiday 2026-02-30 is not a date");

  auto closed = BusinessCalendar::make(Schedule{}, TimeZone());
  REQUIRE(closed.calendar.has_value());
  CHECK_FALSE(closed.calendar->nextOpening(at(2026, 1, 1)).has_value());
  CHECK(closed.calendar->businessMs(at(2026, 1, 1), at(2026, 6, 1)) == 0);
  CHECK_FALSE(closed.calendar->addBusinessTime(at(2026, 1, 1), kMinute).has_value());
  // Hostile instants are clamped, not overflowed.
  const BusinessCalendar office = berlinOffice();
  CHECK(office.businessMs(INT64_MIN, INT64_MAX) > 0);
  CHECK_FALSE(office.isOpen(INT64_MAX));
}

}

TEST_SUITE("core/time") {

TEST_CASE("business hours: the end of the business day an instant falls in") {
  const BusinessCalendar office = berlinOffice({{2026, 11, 23}});  // Monday 11-23 a holiday
  // Open: that day's close. After closing or before opening: the next business day's close.
  CHECK(office.endOfBusinessDay(berlin(2026, 11, 19, 10)) == berlin(2026, 11, 19, 17));
  CHECK(office.endOfBusinessDay(berlin(2026, 11, 19, 7)) == berlin(2026, 11, 19, 17));
  CHECK(office.endOfBusinessDay(berlin(2026, 11, 19, 18)) == berlin(2026, 11, 20, 17));
  // Friday evening → Monday is a holiday → Tuesday's close.
  CHECK(office.endOfBusinessDay(berlin(2026, 11, 20, 18)) == berlin(2026, 11, 24, 17));
  // Split hours: a lunch break does not end the day.
  Schedule split;
  split.zone = "Europe/Berlin";
  split.weekly[0] = {hoursFrom(9, 0, 12, 0), hoursFrom(13, 0, 17, 0)};
  const auto lunch = BusinessCalendar::make(split, zone("Europe/Berlin"));
  REQUIRE(lunch.calendar);
  CHECK(lunch.calendar->endOfBusinessDay(berlin(2026, 11, 23, 12, 30)) == berlin(2026, 11, 23, 17));
  // Overnight hours belong to the day they open: 03:00 Tuesday is Monday's night shift.
  const auto night = BusinessCalendar::make(Schedule::allWeek(hoursFrom(22, 0, 6, 0), "Europe/Berlin"), zone("Europe/Berlin"));
  REQUIRE(night.calendar);
  CHECK(night.calendar->endOfBusinessDay(berlin(2026, 11, 23, 23)) == berlin(2026, 11, 24, 6));
  CHECK(night.calendar->endOfBusinessDay(berlin(2026, 11, 24, 3)) == berlin(2026, 11, 24, 6));
  CHECK(night.calendar->endOfBusinessDay(berlin(2026, 11, 24, 7)) == berlin(2026, 11, 25, 6));
  // Never open: nothing.
  const auto closed = BusinessCalendar::make(Schedule{}, zone("Europe/Berlin"));
  CHECK_FALSE(closed.calendar->endOfBusinessDay(berlin(2026, 11, 24, 7)).has_value());
}

}
