#include <doctest/doctest.h>

#include "test_support.h"
#include "core/metrics/metrics_test_support.h"

using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

namespace {

// Orders and appointments in Asia/Ho_Chi_Minh (UTC+7); local times. The export reaches the latest
// order or delivery time, 03-29 09:10 (row 7); promises ahead of it do not count as "now".
//   row  type         ordered      own promise        delivered       3 days (fixed)   own promise
//   1    order        03-02 10:00  –                  03-05 23:00     ✓ by end 03-05    ✓ (3 days)
//   2    order        03-02 10:00  5 days             03-06 00:30     ✗                 ✓ by end 03-07
//   3    order        03-02 10:00  1 day              03-04 12:00     ✓                 ✗ by end 03-03
//   4    order        03-02 10:00  promised 03-10     03-09 12:00     ✗                 ✓
//   5    order        03-10 10:00  –                  never           ✗ late            ✗ late
//   6    order        03-28 10:00  –                  never           not yet due (end 03-31)
//   7    appointment  03-01        promised 03-29 09:00, visited 09:10   within 15 min ✓  same day ✓
//   8    appointment  03-01        promised 03-20 14:00, visited 15:00   ✗                same day ✓
//   9    appointment  03-01        promised 03-21 10:00, never           missed ✗         ✗
//   10   appointment  03-01        promised 04-05 10:00, never           not yet due
Dataset orderFixture() {
  Dataset data;
  Table& t = data.of(RecordKind::Order);
  const auto local = [](int m, int d, int h, int mi = 0) { return utc(2026, m, d, h, mi) - 7 * kMsPerHour; };
  addTexts(t, "order_type", {"order", "order", "order", "order", "order", "order", "Appointment", "appointment",
                             "appointment", "appointment"});
  addTimes(t, "ordered_at", {local(3, 2, 10), local(3, 2, 10), local(3, 2, 10), local(3, 2, 10), local(3, 10, 10),
                             local(3, 28, 10), local(3, 1, 8), local(3, 1, 8), local(3, 1, 8), local(3, 1, 8)});
  addNumbers(t, "promised_days", {kNA, 5, 1, kNA, kNA, kNA, kNA, kNA, kNA, kNA}, ValueType::Integer);
  addTimes(t, "promised_at", {kNA, kNA, kNA, local(3, 10, 12), kNA, kNA, local(3, 29, 9), local(3, 20, 14),
                              local(3, 21, 10), local(4, 5, 10)});
  addTimes(t, "delivered_at", {local(3, 5, 23), local(3, 6, 0, 30), local(3, 4, 12), local(3, 9, 12), kNA, kNA,
                               local(3, 29, 9, 10), local(3, 20, 15), kNA, kNA});
  // Accuracy of the delivered orders 1–4: the flag, else items.
  addNumbers(t, "accurate", {1, kNA, kNA, 0, kNA, kNA, kNA, kNA, kNA, kNA}, ValueType::Boolean);
  addNumbers(t, "items_ordered", {kNA, 3, 4, 2, 1, kNA, kNA, kNA, kNA, kNA}, ValueType::Integer);
  addNumbers(t, "items_delivered", {kNA, 3, 3, 2, kNA, kNA, kNA, kNA, kNA, kNA}, ValueType::Integer);
  return data;
}

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("on-time delivery: each order's own promise or a fixed number of days, by the local day's end") {
  const MetricSettings settings = smallSampleSettings(zoneNamed("Asia/Ho_Chi_Minh"));
  // Own promise: 1, 2, 4 of 1–5 → 3/5. Fixed 3 days: 1, 3 of 1–5 → 2/5. Row 6 is not yet due.
  const MetricResult own = computeAll(orderFixture(), settings, request("on_time_delivery"));
  CHECK(own.find("share")->numerator == 3);
  CHECK(own.find("share")->denominator == 5);
  CHECK(own.noteCount("not_yet_due") == 1);
  CHECK(own.noteCount("appointments") == 4);
  const MetricResult fixed = computeAll(orderFixture(), settings, request("on_time_delivery", "fixed_days"));
  CHECK(fixed.find("share")->numerator == 2);
  CHECK(fixed.find("share")->denominator == 5);
  // In UTC row 2 (03-05 17:30 UTC) is on time for 3 days: the zone decides.
  MetricRequest inUtc = request("on_time_delivery", "fixed_days");
  inUtc.zone = TimeZone();
  CHECK(computeAll(orderFixture(), settings, inUtc).find("share")->numerator == 3);
}

TEST_CASE("order accuracy: whole orders and items") {
  const MetricSettings settings = smallSampleSettings();
  // Delivered orders 1–4: flag 1 ✓, items 3/3 ✓, 3/4 ✗, flag 0 ✗ → 2/4; 5 and 6 are undelivered.
  const MetricResult orders = computeAll(orderFixture(), settings, request("order_accuracy"));
  CHECK(orders.find("share")->numerator == 2);
  CHECK(orders.find("share")->denominator == 4);
  CHECK(orders.noteCount("undelivered") == 2);
  // Items of delivered orders with both counts: (3 + 3 + 2) / (3 + 4 + 2) = 8/9.
  const MetricResult items = computeAll(orderFixture(), settings, request("order_accuracy", "item_level"));
  CHECK(items.find("share")->numerator == 8);
  CHECK(items.find("share")->denominator == 9);
}

TEST_CASE("appointments kept: within the grace period, or on the day; the period is the appointment's") {
  const MetricSettings settings = smallSampleSettings(zoneNamed("Asia/Ho_Chi_Minh"));
  // Due: 7 ✓, 8 ✗ (an hour late), 9 ✗ (missed) → 1/3; 10 is not yet due.
  const MetricResult grace = computeAll(orderFixture(), settings, request("appointment_kept"));
  CHECK(grace.find("share")->numerator == 1);
  CHECK(grace.find("share")->denominator == 3);
  CHECK(grace.noteCount("not_yet_due") == 1);
  CHECK(grace.noteCount("not_appointments") == 6);
  // An hour of grace keeps 8 too; on the day: 7 and 8.
  CHECK(computeAll(orderFixture(), settings, request("appointment_kept", "", {{"grace_seconds", 3600.0}}))
            .find("share")->numerator == 2);
  CHECK(computeAll(orderFixture(), settings, request("appointment_kept", "same_day")).find("share")->numerator == 2);
  // Filtering April keeps appointments due in April (row 10, booked in March), none due yet.
  const Dataset data = orderFixture();
  MetricContext april(data, settings);
  SelectionSet aprilOnly(april, Filter{localDateRange(settings.zone, {2026, 4, 1}, {2026, 4, 30}), {}});
  const MetricResult r = computeMetric(aprilOnly, request("appointment_kept"));
  CHECK(r.status == ResultStatus::InsufficientData);
  CHECK(r.noteCount("not_yet_due") == 1);
}

TEST_CASE("retention: repeat purchase, last seen, churn flag") {
  Dataset data;
  Table& orders = data.of(RecordKind::Order);
  // Customers ordering in February (the month before March): A, B, D; of them A and D order in March
  // → 2/3 retained, 1/3 churned. C is new in March, E ordered in January only.
  addTexts(orders, "customer_id", {"A", "A", "B", "C", "D", "D", "D", "E"}, ValueType::Text);
  addTimes(orders, "ordered_at", {utc(2026, 2, 10), utc(2026, 3, 5), utc(2026, 2, 15), utc(2026, 3, 2), utc(2026, 2, 20),
                                  utc(2026, 2, 25), utc(2026, 3, 30), utc(2026, 1, 5)});
  Table& customers = data.of(RecordKind::Customer);
  // Active in February (first seen before March, last seen on or after 02-01): A, B, E; still seen
  // in March or later: A, E → 2/3. Churn flags: 0, 1, 0, –, 0 → 3/4 kept.
  addTexts(customers, "customer_id", {"A", "B", "C", "D", "E"}, ValueType::Text);
  addTimes(customers, "first_seen", {utc(2026, 1, 1), utc(2026, 1, 1), utc(2026, 3, 2), utc(2026, 1, 1), utc(2026, 2, 1)});
  addTimes(customers, "last_seen", {utc(2026, 3, 10), utc(2026, 2, 20), utc(2026, 3, 3), utc(2026, 1, 20), utc(2026, 4, 5)});
  addNumbers(customers, "churned", {0, 1, 0, kNA, 0}, ValueType::Boolean);
  MetricContext context(data, smallSampleSettings());
  SelectionSet march(context, Filter{UtcRange{utc(2026, 3, 1), utc(2026, 4, 1)}, {}});
  const MetricResult purchase = computeMetric(march, request("retention"));
  REQUIRE(purchase.ok());
  CHECK(purchase.find("retained_share")->numerator == 2);
  CHECK(purchase.find("retained_share")->denominator == 3);
  CHECK(valueOf(purchase, "churn_share") == Approx(1.0 / 3.0));
  const MetricResult seen = computeMetric(march, request("retention", "last_seen"));
  CHECK(seen.find("retained_share")->numerator == 2);
  CHECK(seen.find("retained_share")->denominator == 3);
  const MetricResult flag = computeMetric(march, request("retention", "churn_flag"));
  CHECK(flag.find("retained_share")->numerator == 3);
  CHECK(flag.find("churn_share")->numerator == 1);
  // Without a period, comparing periods makes no sense: the request is invalid, with the reason.
  const MetricResult noPeriod = computeAll(data, smallSampleSettings(), request("retention"));
  CHECK(noPeriod.status == ResultStatus::Invalid);
  CHECK(noPeriod.message == "retention compares a period with the one before: choose a period");
}

}
