#include <doctest/doctest.h>

#include "test_support.h"
#include "core/metrics/metrics_test_support.h"

using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

TEST_SUITE("core/metrics") {

TEST_CASE("aht: handled contacts only") {
  // Handle times 100, 300, 200 of answered calls; an abandoned call's 0 and a row without a time
  // are left out → mean 200, median 200.
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addNumbers(t, "handle_seconds", {100, 300, 0, 200, kNA}, ValueType::Duration);
  addNumbers(t, "abandoned", {0, 0, 1, 0, 0}, ValueType::Boolean);
  const MetricResult r = computeAll(data, smallSampleSettings(), request("aht"));
  REQUIRE(r.ok());
  CHECK(valueOf(r, "mean_seconds") == 200);
  CHECK(valueOf(r, "median_seconds") == 200);
  CHECK(r.noteCount("not_answered") == 1);
  CHECK(r.noteCount("without_handle_time") == 1);
}

TEST_CASE("occupancy: contacts' handle time over agents' available time, per agent-day") {
  // Agent time (UTC): Ann 03-02 two interval rows 28800 + 3600 s; Bob 03-02 28800; Ann 03-03 0
  // (not an agent-day); Bob 03-03 14400. Contacts: Ann 03-02 7200 + 9000; Bob 03-02 14400;
  // Bob 03-03 3600; Cid (no agent time) and Ann 03-04 (no agent time that day) are not counted.
  // Total (16200 + 14400 + 3600) / (32400 + 28800 + 14400) = 34200/75600 over 3 agent-days.
  Dataset data;
  Table& agents = data.of(RecordKind::AgentTime);
  addTexts(agents, "agent", {"Ann", "Ann", "Bob", "Ann", "Bob"});
  addTimes(agents, "date", {utc(2026, 3, 2), utc(2026, 3, 2, 12), utc(2026, 3, 2), utc(2026, 3, 3), utc(2026, 3, 3)});
  addNumbers(agents, "available_seconds", {28800, 3600, 28800, 0, 14400}, ValueType::Duration);
  addNumbers(agents, "handle_seconds", {14400, kNA, 10000, kNA, 5000}, ValueType::Duration);
  Table& contacts = data.of(RecordKind::Contact);
  addTexts(contacts, "agent", {"Ann", "Ann", "Bob", "Bob", "Cid", "Ann"});
  addTimes(contacts, "created_at", {utc(2026, 3, 2, 10), utc(2026, 3, 2, 15), utc(2026, 3, 2, 9), utc(2026, 3, 3, 9),
                                    utc(2026, 3, 2, 9), utc(2026, 3, 4, 9)});
  addNumbers(contacts, "handle_seconds", {7200, 9000, 14400, 3600, 1000, 5000}, ValueType::Duration);
  const MetricResult r = computeAll(data, smallSampleSettings(), request("occupancy"));
  REQUIRE(r.ok());
  CHECK(valueOf(r, "share") == Approx(34200.0 / 75600.0));
  CHECK(r.n == 3);
  CHECK_FALSE(r.find("share")->interval);  // a ratio of times, not of counts: no Wilson interval
  // Per agent: Ann 16200/32400 = 0.5; Bob 18000/43200.
  MetricContext context(data, smallSampleSettings());
  SelectionSet all(context, {});
  const SegmentSplit perAgent = splitBy(all, request("occupancy"), Segmentation::byField("agent"));
  REQUIRE(perAgent.segments.size() == 2);
  for (const Segment& segment : perAgent.segments)
    CHECK(valueOf(segment.result, "share") == Approx(segment.label.key == "Ann" ? 0.5 : 18000.0 / 43200.0));
  // The agent-time rows' own handle time: (14400 + 10000 + 5000) / (28800 + 28800 + 14400).
  const MetricResult reported = computeAll(data, smallSampleSettings(), request("occupancy", "reported_handle_time"));
  CHECK(valueOf(reported, "share") == Approx(29400.0 / 72000.0));
}

TEST_CASE("agent consistency: relative IQR of a per-agent figure") {
  // AHT per agent with at least 2 contacts: X 100, 200, 300 → 200; Y 400, 400 → 400; Z 100, 300 →
  // 200; W has 1 contact. Sorted 200, 200, 400: Q1 = 200, median 200, Q3 = 200 + 0.5 × 200 = 300
  // → (300 − 200)/200 = 0.5 over 3 agents.
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addTexts(t, "agent", {"X", "X", "X", "Y", "Y", "Z", "Z", "W", kNA});
  addNumbers(t, "handle_seconds", {100, 200, 300, 400, 400, 100, 300, 1000, 50}, ValueType::Duration);
  const Parameters parameters{{"of_statistic", std::string("aht.mean_seconds")}, {"min_contacts_per_agent", 2.0}};
  const MetricResult r = computeAll(data, smallSampleSettings(), request("agent_consistency", "", parameters));
  REQUIRE(r.ok());
  CHECK(valueOf(r, "relative_iqr") == Approx(0.5));
  CHECK(r.n == 3);
  CHECK(r.noteCount("agents_below_minimum") == 1);
  CHECK(r.noteCount("records_without_agent") == 1);
  // The compared metric's own inputs are its own: first response has none here.
  const MetricResult missing = computeAll(data, smallSampleSettings(), request("agent_consistency"));
  CHECK(missing.status == ResultStatus::MissingInputs);
}

}
