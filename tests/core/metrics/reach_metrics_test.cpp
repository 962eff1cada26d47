#include <doctest/doctest.h>

#include "test_support.h"
#include "core/metrics/metrics_test_support.h"

using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

namespace {

// Europe/Berlin, open Monday–Friday 09:00–17:00, closed on Friday 2026-04-03 (a holiday). Times
// below are Berlin wall clock; UTC offsets +1 until 2026-03-29 02:00, +2 after (python zoneinfo:
// datetime(..., tzinfo=ZoneInfo('Europe/Berlin')).astimezone(UTC) for every instant).
//   row  created                 first response              calendar s   business s
//   1    Mon 03-02 09:00         09:20 (tool says 600 s)     1200         1200
//   2    Fri 03-06 16:30         Mon 03-09 09:30             234000       1800 + 1800 = 3600 (weekend)
//   3    Sat 03-07 10:00 closed  Mon 03-09 09:10             169800       600 (clock starts Mon 09:00)
//   4    Fri 03-27 16:00 CET     Mon 03-30 10:00 CEST        234000 (DST) 3600 + 3600 = 7200
//   5    Thu 04-02 16:00         Mon 04-06 09:30             322200       3600 + 0 (holiday) + 1800 = 5400
//   6    Fri 04-03 12:00 holiday –                           none
//   7    Mon 03-02 10:00 call    answered after 45 s         45           45
//   8    Tue 03-03 11:00         10:00 the same day          negative (bad data)
Dataset responseFixture() {
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addTimes(t, "created_at", {utc(2026, 3, 2, 8), utc(2026, 3, 6, 15, 30), utc(2026, 3, 7, 9), utc(2026, 3, 27, 15),
                             utc(2026, 4, 2, 14), utc(2026, 4, 3, 10), utc(2026, 3, 2, 9), utc(2026, 3, 3, 10)});
  addTimes(t, "first_response_at", {utc(2026, 3, 2, 8, 20), utc(2026, 3, 9, 8, 30), utc(2026, 3, 9, 8, 10),
                                    utc(2026, 3, 30, 8), utc(2026, 4, 6, 7, 30), kNA, kNA, utc(2026, 3, 3, 9)});
  addNumbers(t, "first_response_seconds", {600, kNA, kNA, kNA, kNA, kNA, kNA, kNA}, ValueType::Duration);
  addTimes(t, "answered_at", {kNA, kNA, kNA, kNA, kNA, kNA, utc(2026, 3, 2, 9, 0, 45), kNA});
  return data;
}

MetricSettings officeSettings() {
  MetricSettings settings = smallSampleSettings(zoneNamed("Europe/Berlin"));
  Schedule schedule = Schedule::weekdays(hoursFrom(9, 0, 17, 0), "Europe/Berlin");
  schedule.holidays.push_back({2026, 4, 3});
  settings.businessHours = BusinessCalendar::make(schedule, settings.zone).calendar;
  REQUIRE(settings.businessHours);
  return settings;
}

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("first response: as reported, from timestamps, in business hours") {
  const Dataset data = responseFixture();
  const MetricSettings settings = officeSettings();
  const Parameters hour{{"threshold_seconds", 3600.0}};

  // As reported: 600 (row 1's own figure), 234000, 169800, 234000, 322200, 45. Sorted 45, 600,
  // 169800, 234000, 234000, 322200: mean 960645/6 = 160107.5; median (169800 + 234000)/2 = 201900;
  // p90 h = 4.5 → 234000 + 0.5 × 88200 = 278100; within 3600 s: 45 and 600 → 2/6.
  const MetricResult reported = computeAll(data, settings, request("first_response", "", hour));
  REQUIRE(reported.ok());
  CHECK(reported.n == 6);
  CHECK(valueOf(reported, "median_seconds") == Approx(201900));
  CHECK(valueOf(reported, "mean_seconds") == Approx(160107.5));
  CHECK(valueOf(reported, "p90_seconds") == Approx(278100));
  CHECK(reported.find("share_within")->numerator == 2);
  CHECK(reported.find("share_within")->denominator == 6);
  CHECK(reported.noteCount("without_response") == 1);    // row 6
  CHECK(reported.noteCount("negative_durations") == 1);  // row 8

  // Timestamps: row 1 becomes 1200 s; mean (960645 + 600)/6 = 160207.5, median unchanged.
  const MetricResult stamps = computeAll(data, settings, request("first_response", "timestamps", hour));
  CHECK(valueOf(stamps, "mean_seconds") == Approx(160207.5));
  CHECK(valueOf(stamps, "median_seconds") == Approx(201900));

  // Business hours: 1200, 3600, 600, 7200, 5400, 45. Sorted 45, 600, 1200, 3600, 5400, 7200: mean
  // 18045/6 = 3007.5; median (1200 + 3600)/2 = 2400; p90 5400 + 0.5 × 1800 = 6300; within 3600 s: 4/6.
  const MetricResult business = computeAll(data, settings, request("first_response", "business_hours", hour));
  REQUIRE(business.ok());
  CHECK(valueOf(business, "mean_seconds") == Approx(3007.5));
  CHECK(valueOf(business, "median_seconds") == Approx(2400));
  CHECK(valueOf(business, "p90_seconds") == Approx(6300));
  CHECK(business.find("share_within")->numerator == 4);
  CHECK(business.noteCount("negative_durations") == 1);

  // Without a schedule in the settings, business hours are a missing input, not a number.
  const MetricResult unscheduled = computeAll(data, smallSampleSettings(), request("first_response", "business_hours"));
  CHECK(unscheduled.status == ResultStatus::MissingInputs);
  CHECK(unscheduled.missingInputs == std::vector<std::string>{"needs business hours (the schedule in Settings)"});
}

TEST_CASE("contacts outside hours: weekends and holidays count as closed") {
  // Created while closed: row 3 (Saturday) and row 6 (the holiday) → 2/8.
  const MetricResult r = computeAll(responseFixture(), officeSettings(), request("contacts_outside_hours"));
  REQUIRE(r.ok());
  CHECK(r.find("share")->numerator == 2);
  CHECK(r.find("share")->denominator == 8);
}

TEST_CASE("volume: count and contacts per local day of the period") {
  const Dataset data = responseFixture();
  MetricContext context(data, officeSettings());
  // March 2026 in Berlin: 31 local days although DST makes it 743 hours; rows 1, 2, 3, 4, 7, 8 → 6.
  const TimeZone berlin = zoneNamed("Europe/Berlin");
  SelectionSet march(context, Filter{periodContaining(berlin, utc(2026, 3, 15), PeriodUnit::Month), {}});
  const MetricResult r = computeMetric(march, request("volume"));
  REQUIRE(r.ok());
  CHECK(valueOf(r, "count") == 6);
  CHECK(valueOf(r, "daily_mean") == Approx(6.0 / 31.0));
  // Nothing selected: a count of 0 is an answer.
  SelectionSet may(context, Filter{periodContaining(berlin, utc(2026, 5, 15), PeriodUnit::Month), {}});
  const MetricResult empty = computeMetric(may, request("volume"));
  CHECK(empty.ok());
  CHECK(valueOf(empty, "count") == 0);
  CHECK(valueOf(empty, "daily_mean") == 0);
  // No period: the days from the first to the last contact, 2026-03-02 … 2026-04-03 = 33 days.
  const MetricResult all = computeAll(data, officeSettings(), request("volume"));
  CHECK(valueOf(all, "daily_mean") == Approx(8.0 / 33.0));
}

TEST_CASE("steps to contact: mean and median of the analytics export's steps") {
  Dataset data;
  addNumbers(data.of(RecordKind::Contact), "steps_before_contact", {2, 5, kNA, 3, 4}, ValueType::Integer);
  // 2, 3, 4, 5: mean 3.5, median 3.5; the empty cell is left out.
  const MetricResult r = computeAll(data, smallSampleSettings(), request("steps_to_contact"));
  REQUIRE(r.ok());
  CHECK(valueOf(r, "mean") == 3.5);
  CHECK(valueOf(r, "median") == 3.5);
  CHECK(r.noteCount("without_steps") == 1);
  CHECK(computeAll(Dataset{}, smallSampleSettings(), request("steps_to_contact")).missingInputs ==
        std::vector<std::string>{"needs field steps_before_contact"});
}

}
