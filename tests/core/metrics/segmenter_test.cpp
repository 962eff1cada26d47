#include <doctest/doctest.h>

#include "test_support.h"
#include "core/metrics/metrics_test_support.h"

using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

TEST_SUITE("core/metrics") {

TEST_CASE("split by a field: one pass, segments by records, rows without a value together") {
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addTexts(t, "channel", {"phone", "chat", "phone", kNA, "phone", "chat"});
  addTexts(t, "outcome", {"answered", "answered", "abandoned", "answered", "answered", "abandoned"});
  addNumbers(t, "wait_seconds", {10, 20, 30, 40, 500, 60}, ValueType::Duration);
  MetricContext context(data, smallSampleSettings());
  SelectionSet all(context, {});
  // Service level (120 s, late abandons counted): phone 1 of 3 answered-or-late (10 ✓, 30 abandoned,
  // 500 ✗) → 1/3; chat 20 ✓ + 60 abandoned → 1/2; no channel: 40 ✓ → 1/1.
  const SegmentSplit split = splitBy(all, request("service_level"), Segmentation::byField("channel"));
  REQUIRE_FALSE(split.failure);
  REQUIRE(split.segments.size() == 3);
  CHECK(split.segments[0].label.key == "phone");
  CHECK(split.segments[0].records == 3);
  CHECK(valueOf(split.segments[0].result, "share_within") == Approx(1.0 / 3.0));
  CHECK(split.segments[1].label.key == "chat");
  CHECK(valueOf(split.segments[1].result, "share_within") == 0.5);
  CHECK(split.segments[2].label.key == "");
  CHECK(split.segments[2].label.label == "(none)");
  CHECK(valueOf(split.segments[2].result, "share_within") == 1.0);
  // A field the records do not have: the split fails and says why.
  const SegmentSplit bad = splitBy(all, request("service_level"), Segmentation::byField("team"));
  REQUIRE(bad.failure);
  CHECK(bad.failure->missingInputs == std::vector<std::string>{"needs field team to split contact records by it"});
  CHECK(splitBy(all, request("service_level"), Segmentation::byField("created_at")).failure->status == ResultStatus::Invalid);
}

TEST_CASE("split by time in a zone: hour of day, day of week, hour of week across a DST change") {
  // Berlin: Saturday 2026-03-28 23:30 CET and Sunday 03-29 03:30 CEST (01:30 UTC, clocks jumped at
  // 02:00) and Monday 03-30 09:15 CEST.
  Dataset data;
  addTimes(data.of(RecordKind::Contact), "created_at", {utc(2026, 3, 28, 22, 30), utc(2026, 3, 29, 1, 30), utc(2026, 3, 30, 7, 15)});
  MetricContext context(data, smallSampleSettings(zoneNamed("Europe/Berlin")));
  SelectionSet all(context, {});
  const SegmentSplit hours = splitBy(all, request("volume"), Segmentation::byTime(SegmentBy::HourOfDay));
  REQUIRE(hours.segments.size() == 24);  // every hour, in order
  CHECK(hours.segments[23].records == 1);
  CHECK(hours.segments[3].records == 1);  // 03:30 local, not 01:30 UTC
  CHECK(hours.segments[9].records == 1);
  CHECK(hours.segments[9].label.label == "09:00");
  const SegmentSplit weekdays = splitBy(all, request("volume"), Segmentation::byTime(SegmentBy::DayOfWeek));
  CHECK(weekdays.segments[5].records == 1);  // Saturday
  CHECK(weekdays.segments[6].records == 1);  // Sunday
  CHECK(weekdays.segments[0].label.label == "Mon");
  const SegmentSplit week = splitBy(all, request("volume"), Segmentation::byTime(SegmentBy::HourOfWeek));
  REQUIRE(week.segments.size() == 168);
  CHECK(week.segments[6 * 24 + 3].records == 1);
  CHECK(week.segments[6 * 24 + 3].label.label == "Sun 03:00");
}

TEST_CASE("trend by day, week and month: buckets follow the zone's calendar, DST days are 23 or 25 hours") {
  // Berlin, contacts on 03-28 (Sat), 03-29 (Sun, the 23-hour day) twice, and 04-02.
  Dataset data;
  const TimeZone berlin = zoneNamed("Europe/Berlin");
  addTimes(data.of(RecordKind::Contact), "created_at",
           {utc(2026, 3, 28, 12), utc(2026, 3, 28, 23, 30), utc(2026, 3, 29, 21), utc(2026, 4, 2, 10)});
  MetricContext context(data, smallSampleSettings(berlin));
  SelectionSet days(context, Filter{localDateRange(berlin, {2026, 3, 27}, {2026, 4, 2}), {}});
  const SegmentSplit daily = trend(days, request("volume"), SegmentBy::Day);
  REQUIRE(daily.segments.size() == 7);  // empty days included
  CHECK(daily.segments[0].label.key == "2026-03-27");
  CHECK(daily.segments[0].records == 0);
  CHECK(valueOf(daily.segments[0].result, "count") == 0);
  CHECK(daily.segments[1].records == 1);  // 03-28 13:00
  // 03-28 23:30 UTC is 00:30 on the 29th in Berlin; 03-29 21:00 UTC is 23:00 CEST, still the 29th.
  CHECK(daily.segments[2].label.key == "2026-03-29");
  CHECK(daily.segments[2].records == 2);
  CHECK(daily.segments[2].label.period->lengthMs() == 23 * kMsPerHour);
  CHECK(daily.segments[6].records == 1);
  // Weeks from Monday: 03-23 … 03-29 holds three, 03-30 … 04-05 one (the period ends 04-03).
  const SegmentSplit weekly = trend(days, request("volume"), SegmentBy::Week);
  REQUIRE(weekly.segments.size() == 2);
  CHECK(weekly.segments[0].label.label == "week of 2026-03-23");
  CHECK(weekly.segments[0].records == 3);
  CHECK(weekly.segments[0].label.period->beginMs == days.filter().period->beginMs);  // clipped to the period
  const SegmentSplit monthly = trend(days, request("volume"), SegmentBy::Month);
  REQUIRE(monthly.segments.size() == 2);
  CHECK(monthly.segments[1].label.key == "2026-04");
  // Volume per day of each bucket: March's part is 03-27 … 03-31, 5 local days, 3 contacts.
  CHECK(valueOf(monthly.segments[0].result, "daily_mean") == Approx(3.0 / 5.0));
  // A trend needs calendar buckets; too many buckets are refused.
  CHECK(trend(days, request("volume"), SegmentBy::HourOfDay).failure);
  SelectionSet decades(context, Filter{UtcRange{utc(2000, 1, 1), utc(2030, 1, 1)}, {}});
  const SegmentSplit tooMany = trend(decades, request("volume"), SegmentBy::Day);
  REQUIRE(tooMany.failure);
  CHECK(tooMany.failure->message.find("choose a longer bucket") != std::string::npos);
}

TEST_CASE("split by topic and by customer segment") {
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addTimes(t, "created_at", {utc(2026, 3, 1), utc(2026, 3, 2), utc(2026, 3, 3), utc(2026, 3, 4)});
  addTexts(t, "topic", {"Refund?", "refund", "Login", kNA}, ValueType::Text);
  addTexts(t, "customer_id", {"a", "b", "a", "c"}, ValueType::Text);
  addTexts(data.of(RecordKind::Customer), "customer_id", {"a", "b"}, ValueType::Text);
  addTexts(data.of(RecordKind::Customer), "segment", {"vip", "retail"});
  MetricContext context(data, smallSampleSettings());
  SelectionSet all(context, {});
  const SegmentSplit topics = splitBy(all, request("volume"), Segmentation::byField("topic"));
  REQUIRE(topics.segments.size() == 3);
  CHECK(topics.segments[0].label.key == "refund");
  CHECK(topics.segments[0].records == 2);
  const SegmentSplit segments = splitBy(all, request("volume"), Segmentation::byField("customer.segment"));
  REQUIRE(segments.segments.size() == 3);
  CHECK(segments.segments[0].label.key == "vip");
  CHECK(segments.segments[0].records == 2);
  CHECK(segments.segments[2].label.label == "(none)");  // c is not on the list
}

}
