#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.h"
#include "core/metrics/metrics_test_support.h"

using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

namespace {

// Nine contacts of March 2026 (UTC). The export ends at row 8's resolution, 03-30 11:00, so a
// contact created after 03-23 11:00 has not had its 7 days yet.
//   row  customer  created       topic           resolved            replies  flag
//   1    A         03-01 10:00   "Order late"    03-01 12:00         1        1
//   2    A         03-04 10:00   "order LATE!!"  03-04 11:00         2        0     (same normalized topic as 1)
//   3    A         03-20 10:00   "Refund"        03-20 10:30         1        1
//   4    B         03-02 09:00   "Refund"        status "Solved"     0        1
//   5    B         03-06 09:00   "Login"         status "open"       3        –
//   6    C         03-03 08:00   "Login"         03-03 09:00         1        –
//   7    –         03-05 08:00   "Login"         03-05 09:00         1        –
//   8    D         03-30 10:00   "Refund"        03-30 11:00         1        –
//   9    C         03-25 10:00   –               03-25 11:00         1        –
Dataset fcrFixture() {
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addTexts(t, "customer_id", {"A", "A", "A", "B", "B", "C", kNA, "D", "C"}, ValueType::Text);
  addTimes(t, "created_at", {utc(2026, 3, 1, 10), utc(2026, 3, 4, 10), utc(2026, 3, 20, 10), utc(2026, 3, 2, 9),
                             utc(2026, 3, 6, 9), utc(2026, 3, 3, 8), utc(2026, 3, 5, 8), utc(2026, 3, 30, 10),
                             utc(2026, 3, 25, 10)});
  addTexts(t, "topic", {"Order late", "order LATE!!", "Refund", "Refund", "Login", "Login", "Login", "Refund", kNA},
           ValueType::Text);
  addTimes(t, "resolved_at", {utc(2026, 3, 1, 12), utc(2026, 3, 4, 11), utc(2026, 3, 20, 10, 30), kNA, kNA,
                              utc(2026, 3, 3, 9), utc(2026, 3, 5, 9), utc(2026, 3, 30, 11), utc(2026, 3, 25, 11)});
  addTexts(t, "status", {"Solved", "Solved", "Solved", "Solved", "open", "Solved", "Solved", "Solved", "Solved"});
  addNumbers(t, "agent_replies", {1, 2, 1, 0, 3, 1, 1, 1, 1}, ValueType::Integer);
  addNumbers(t, "first_contact_resolved", {1, 0, 1, 1, kNA, kNA, kNA, kNA, kNA}, ValueType::Boolean);
  return data;
}

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("fcr: repeat contact on the same topic, on any topic, the tool's flag, one touch") {
  const Dataset data = fcrFixture();
  const MetricSettings settings = smallSampleSettings();
  // Same topic: 1 ✗ (2 repeats it after 3 days), 2 ✓ (3 is another topic), 3 ✓, 4 ✓ (5 is another
  // topic), 6 ✓ (9 has no topic); 5 unresolved, 7 no customer, 8 window not passed, 9 no topic → 4/5.
  const MetricResult same = computeAll(data, settings, request("fcr"));
  REQUIRE(same.ok());
  CHECK(same.find("share")->numerator == 4);
  CHECK(same.find("share")->denominator == 5);
  CHECK(same.noteCount("unresolved") == 1);
  CHECK(same.noteCount("without_customer_id") == 1);
  CHECK(same.noteCount("window_not_passed") == 1);
  CHECK(same.noteCount("without_topic") == 1);
  CHECK(same.formula.find("within 7 days of created_at") != std::string::npos);
  // Any topic: 1 ✗, 2 ✓ (3 comes 16 days later), 3 ✓, 4 ✗ (5 after 4 days), 6 ✓ (9 after 22 days);
  // 9 now waits for its window → 3/5.
  const MetricResult any = computeAll(data, settings, request("fcr", "repeat_contact_any_topic"));
  CHECK(any.find("share")->numerator == 3);
  CHECK(any.find("share")->denominator == 5);
  CHECK(any.noteCount("window_not_passed") == 2);
  // A 20-day window: 1 ✗, 2 ✗ (3 comes within 16 days), 4 ✗, 6 ✓ (9 after 22 days); 3 (03-20)
  // now lacks its window too → 1/4.
  const MetricResult wide =
      computeAll(data, settings, request("fcr", "repeat_contact_any_topic", {{"repeat_window_days", 20.0}}));
  CHECK(wide.find("share")->numerator == 1);
  CHECK(wide.find("share")->denominator == 4);
  // The flag: 1, 0, 1, 1 → 3/4.
  const MetricResult flag = computeAll(data, settings, request("fcr", "explicit_flag"));
  CHECK(flag.find("share")->numerator == 3);
  CHECK(flag.find("share")->denominator == 4);
  // One touch (≤ 1 reply) of the 8 resolved: all but row 2 → 7/8.
  const MetricResult touch = computeAll(data, settings, request("fcr", "one_touch"));
  CHECK(touch.find("share")->numerator == 7);
  CHECK(touch.find("share")->denominator == 8);
  // Without topics, the same-topic variant needs them; the any-topic one does not.
  Dataset noTopics = fcrFixture();
  auto& columns = noTopics.of(RecordKind::Contact).columns;
  columns.erase(std::find_if(columns.begin(), columns.end(), [](const Column& c) { return c.name == "topic"; }));
  CHECK(computeAll(noTopics, settings, request("fcr")).missingInputs == std::vector<std::string>{"needs field topic"});
  CHECK(computeAll(noTopics, settings, request("fcr", "repeat_contact_any_topic")).ok());
}

TEST_CASE("same-day resolution: local calendar day in the zone, resolved only, business day") {
  // Asia/Ho_Chi_Minh (UTC+7), open Mon–Fri 08:00–17:00; 2026-03-02 is a Monday. Local times:
  //   a  created Mon 08:00, resolved Mon 23:59      same day ✓   business day: ends Mon 17:00 ✗
  //   b  created Mon 23:00, resolved Tue 00:30      ✗ (same UTC day!)   closed → Tue 17:00 ✓
  //   c  created Tue 01:00, resolved Tue 09:00      ✓ (UTC: Mon→Tue)     ✓
  //   d  created Tue 10:00, still open              ✗                    ✗
  //   e  created Tue 10:00, resolution_seconds 3600 ✓                    ✓
  //   f  created Fri 18:00, resolved Mon 10:00      ✗                    Fri closed → Mon 17:00 ✓
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addTimes(t, "created_at", {utc(2026, 3, 2, 1), utc(2026, 3, 2, 16), utc(2026, 3, 2, 18), utc(2026, 3, 3, 3),
                             utc(2026, 3, 3, 3), utc(2026, 3, 6, 11)});
  addTimes(t, "resolved_at", {utc(2026, 3, 2, 16, 59), utc(2026, 3, 2, 17, 30), utc(2026, 3, 3, 2), kNA, kNA, utc(2026, 3, 9, 3)});
  addNumbers(t, "resolution_seconds", {kNA, kNA, kNA, kNA, 3600, kNA}, ValueType::Duration);
  MetricSettings settings = smallSampleSettings(zoneNamed("Asia/Ho_Chi_Minh"));
  settings.businessHours =
      BusinessCalendar::make(Schedule::weekdays(hoursFrom(8, 0, 17, 0), "Asia/Ho_Chi_Minh"), settings.zone).calendar;
  // of_created: a, c, e of 6; of_resolved: a, c, e of 5 (d is open); business_day: b, c, e, f of 6.
  const MetricResult created = computeAll(data, settings, request("same_day_resolution"));
  CHECK(created.find("share")->numerator == 3);
  CHECK(created.find("share")->denominator == 6);
  const MetricResult resolved = computeAll(data, settings, request("same_day_resolution", "of_resolved"));
  CHECK(resolved.find("share")->numerator == 3);
  CHECK(resolved.find("share")->denominator == 5);
  CHECK(resolved.noteCount("open") == 1);
  const MetricResult business = computeAll(data, settings, request("same_day_resolution", "business_day"));
  CHECK(business.find("share")->numerator == 4);
  CHECK(business.find("share")->denominator == 6);
  // The same contacts read in UTC: a, b, e on their day (c crosses UTC midnight) → 3/6 again, other rows.
  MetricRequest inUtc = request("same_day_resolution");
  inUtc.zone = TimeZone();
  CHECK(computeAll(data, settings, inUtc).find("share")->numerator == 3);
}

TEST_CASE("same-day resolution: the 23-hour day of a DST change") {
  // Berlin, 2026-03-29 (clocks 02:00 → 03:00). Created Sat 23:30 CET, resolved Sun 00:30 CET:
  // one UTC day (22:30, 23:30 on 03-28) but two local days ✗. Created Sun 01:30 CET, resolved
  // 03:30 CEST (00:30 and 01:30 UTC): one local day ✓ → 1/2.
  Dataset data;
  addTimes(data.of(RecordKind::Contact), "created_at", {utc(2026, 3, 28, 22, 30), utc(2026, 3, 29, 0, 30)});
  addTimes(data.of(RecordKind::Contact), "resolved_at", {utc(2026, 3, 28, 23, 30), utc(2026, 3, 29, 1, 30)});
  const MetricResult r = computeAll(data, smallSampleSettings(zoneNamed("Europe/Berlin")), request("same_day_resolution"));
  CHECK(r.find("share")->numerator == 1);
  CHECK(r.find("share")->denominator == 2);
}

TEST_CASE("resolution time: first resolution, final close, business hours") {
  // UTC, Monday 2026-03-02:
  //   1  09:00, resolved +3600 s, closed +7200 s, the tool says 3000 s
  //   2  10:00, resolved +86400 s, closed +90000 s
  //   3  11:00, never resolved
  //   4  12:00, resolved +600 s, not closed
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  const std::int64_t day = utc(2026, 3, 2);
  addTimes(t, "created_at", {day + 9 * kMsPerHour, day + 10 * kMsPerHour, day + 11 * kMsPerHour, day + 12 * kMsPerHour});
  addTimes(t, "resolved_at", {day + 10 * kMsPerHour, day + 34 * kMsPerHour, kNA, day + 12 * kMsPerHour + 600'000});
  addTimes(t, "closed_at", {day + 11 * kMsPerHour, day + 35 * kMsPerHour, kNA, kNA});
  addNumbers(t, "resolution_seconds", {3000, kNA, kNA, kNA}, ValueType::Duration);
  MetricSettings settings = smallSampleSettings();
  settings.businessHours = BusinessCalendar::make(Schedule::weekdays(hoursFrom(9, 0, 17, 0)), TimeZone()).calendar;
  // First: 3000, 86400, 600 → median 3000, mean 30000, p90 h = 1.8 → 3000 + 0.8 × 83400 = 69720.
  const MetricResult first = computeAll(data, settings, request("resolution_time"));
  CHECK(valueOf(first, "median_seconds") == 3000);
  CHECK(valueOf(first, "mean_seconds") == Approx(30000));
  CHECK(valueOf(first, "p90_seconds") == Approx(69720));
  CHECK(first.find("share_within")->numerator == 3);  // all within the default 86400 s
  CHECK(first.noteCount("unresolved") == 1);
  // Full: 7200 and 90000 → mean = median = 48600; rows 3 and 4 are not closed.
  const MetricResult full = computeAll(data, settings, request("resolution_time", "full_resolution"));
  CHECK(valueOf(full, "median_seconds") == 48600);
  CHECK(full.noteCount("not_closed") == 2);
  // Business hours 09–17: 3600; 10:00 → next day 10:00 = 7 h + 1 h = 28800; 600 → median 3600, mean 11000.
  const MetricResult business = computeAll(data, settings, request("resolution_time", "business_hours", {{"threshold_seconds", 3600.0}}));
  CHECK(valueOf(business, "median_seconds") == 3600);
  CHECK(valueOf(business, "mean_seconds") == Approx(11000));
  CHECK(business.find("share_within")->numerator == 2);
}

TEST_CASE("reopen rate: resolved contacts reopened at least once") {
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addTexts(t, "status", {"solved", "closed", "resolved", "open", "Done"});
  addNumbers(t, "reopens", {0, 2, kNA, 1, 1}, ValueType::Integer);
  // Resolved with a count: 0, 2, 1 → 2/3; one resolved without a count; the open one is left out.
  const MetricResult r = computeAll(data, smallSampleSettings(), request("reopen_rate"));
  CHECK(r.find("share")->numerator == 2);
  CHECK(r.find("share")->denominator == 3);
  CHECK(r.noteCount("without_reopens") == 1);
  CHECK(r.noteCount("unresolved") == 1);
}

}
