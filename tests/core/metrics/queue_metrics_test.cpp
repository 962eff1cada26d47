#include <doctest/doctest.h>

#include "test_support.h"
#include "core/metrics/metrics_test_support.h"

using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

namespace {

// Eleven queued contacts, T = 120 s, short abandon below 5 s:
//   row  outcome          wait
//   1    answered         10     within
//   2    answered         30     within
//   3    answered         125
//   4    answered         200
//   5    abandoned        3      short (3 < 5)
//   6    abandoned        60     late
//   7    abandoned        –      wait unknown
//   8    short_abandoned  –      the tool's own short abandon
//   9    voicemail        –      never queued
//   10   answered         –      wait unknown
//   11   –                –      no outcome at all
Dataset queueFixture() {
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addTexts(t, "outcome", {"answered", "answered", "answered", "answered", "abandoned", "abandoned", "abandoned",
                          "short_abandoned", "voicemail", "answered", kNA});
  addNumbers(t, "wait_seconds", {10, 30, 125, 200, 3, 60, kNA, kNA, kNA, kNA, kNA}, ValueType::Duration);
  addRepeated(t, "channel", "phone", 11);
  return data;
}

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("service level: the five denominators of vendors.md §3.4") {
  const Dataset data = queueFixture();
  const MetricSettings settings = smallSampleSettings();
  struct Case {
    const char* variant;
    std::uint64_t hits, total;
  };
  // answered_and_late_abandons: 2 within ÷ (4 answered + row 6 late + row 7 counted late) = 2/6
  // answered_and_all_abandons:  2 ÷ (4 + rows 5–8) = 2/8
  // answered_only:              2 ÷ 4
  // all_offered:                2 ÷ (4 + 4 abandons + 1 voicemail) = 2/9
  // waited_within:              (2 answered + rows 5 and 6 abandoned within 120 s) ÷ (4 + rows 5, 6) = 4/6
  const Case cases[] = {{"answered_and_late_abandons", 2, 6},
                        {"answered_and_all_abandons", 2, 8},
                        {"answered_only", 2, 4},
                        {"all_offered", 2, 9},
                        {"waited_within", 4, 6}};
  for (const Case& c : cases) {
    CAPTURE(c.variant);
    const MetricResult r = computeAll(data, settings, request("service_level", c.variant));
    REQUIRE(r.ok());
    CHECK(r.variant->key == c.variant);
    const StatisticResult* share = r.find("share_within");
    REQUIRE(share);
    CHECK(share->numerator == c.hits);
    CHECK(share->denominator == c.total);
    CHECK(r.n == c.total);
    CHECK(*share->value == Approx(static_cast<double>(c.hits) / static_cast<double>(c.total)));
    REQUIRE(share->interval);
    CHECK(share->interval->low < *share->value);
    CHECK(share->interval->high > *share->value);
  }
  const MetricResult late = computeAll(data, settings, request("service_level"));
  CHECK(late.variant->key == "answered_and_late_abandons");
  CHECK(late.noteCount("short_abandons") == 2);                     // rows 5 and 8
  CHECK(late.noteCount("abandons_without_wait_counted_late") == 1);  // row 7
  CHECK(late.noteCount("not_queued") == 1);                          // row 9
  CHECK(late.noteCount("answered_without_wait") == 1);               // row 10
  CHECK(late.noteCount("unknown_outcome") == 1);                     // row 11
  CHECK(late.formula.find("answered within 120 s") != std::string::npos);
  CHECK(late.formula.find("after 5 s") != std::string::npos);
  // T = 200: rows 1–4 all within → 4/6.
  const MetricResult wide = computeAll(data, settings, request("service_level", "", {{"threshold_seconds", 200.0}}));
  CHECK(wide.find("share_within")->numerator == 4);
  CHECK(wide.formula.find("answered within 200 s") != std::string::npos);
}

TEST_CASE("asa: mean, median and p90 of answered waits") {
  // Answered with a wait: 10, 30, 125, 200. Mean 365/4 = 91.25; median (30 + 125)/2 = 77.5;
  // p90: h = 3 × 0.9 = 2.7 → 125 + 0.7 × (200 − 125) = 177.5.
  const MetricResult r = computeAll(queueFixture(), smallSampleSettings(), request("asa"));
  REQUIRE(r.ok());
  CHECK(r.n == 4);
  CHECK(valueOf(r, "mean_seconds") == Approx(91.25));
  CHECK(valueOf(r, "median_seconds") == Approx(77.5));
  CHECK(valueOf(r, "p90_seconds") == Approx(177.5));
  CHECK(r.noteCount("not_answered") == 5);  // rows 5–9
  CHECK(r.noteCount("answered_without_wait") == 1);
}

TEST_CASE("abandonment: with and without short abandons") {
  const MetricSettings settings = smallSampleSettings();
  // excluding_short_abandons: late abandons rows 6, 7 ÷ (5 answered incl. row 10 + 2) = 2/7.
  const MetricResult late = computeAll(queueFixture(), settings, request("abandon_rate"));
  CHECK(late.find("share")->numerator == 2);
  CHECK(late.find("share")->denominator == 7);
  CHECK(late.noteCount("short_abandons") == 2);
  // all_abandons: rows 5–8 ÷ (5 + 4) = 4/9.
  const MetricResult all = computeAll(queueFixture(), settings, request("abandon_rate", "all_abandons"));
  CHECK(all.find("share")->numerator == 4);
  CHECK(all.find("share")->denominator == 9);
  CHECK(valueOf(all, "share") == Approx(4.0 / 9.0));
  // Short abandons at 0 s: nothing is short except the tool's own mark (row 8) → 3/8.
  const MetricResult none =
      computeAll(queueFixture(), settings, request("abandon_rate", "", {{"short_abandon_seconds", 0.0}}));
  CHECK(none.find("share")->numerator == 3);
  CHECK(none.find("share")->denominator == 8);
}

TEST_CASE("queue metrics: the abandoned flag and answered_at stand in for outcome and wait") {
  // No outcome or wait columns: abandoned flag 0/1 and answered_at − created_at.
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  const std::int64_t base = utc(2026, 3, 2, 9);
  addTimes(t, "created_at", {base, base, base, base});
  addTimes(t, "answered_at", {base + 15'000, base + 90'000, base + 200'000, kNA});
  addNumbers(t, "abandoned", {0, 0, 0, 1}, ValueType::Boolean);
  // Waits 15, 90, 200 s; row 4 abandoned with no wait known (counted late): 2 ÷ 4 within 120 s.
  const MetricResult sl = computeAll(data, smallSampleSettings(), request("service_level"));
  REQUIRE(sl.ok());
  CHECK(sl.find("share_within")->numerator == 2);
  CHECK(sl.find("share_within")->denominator == 4);
  const MetricResult asa = computeAll(data, smallSampleSettings(), request("asa"));
  CHECK(valueOf(asa, "mean_seconds") == Approx((15.0 + 90.0 + 200.0) / 3.0));
}

TEST_CASE("queue metrics: missing fields, empty, all-missing, single row, too little data") {
  // No table at all: the fields are missing, named with their alternatives.
  const Dataset empty;
  const MetricResult missing = computeAll(empty, smallSampleSettings(), request("service_level"));
  CHECK(missing.status == ResultStatus::MissingInputs);
  REQUIRE(missing.missingInputs.size() == 2);
  CHECK(missing.missingInputs[0] == "needs field wait_seconds (or created_at + answered_at)");
  CHECK(missing.missingInputs[1] == "needs field abandoned (or outcome)");
  CHECK_FALSE(missing.value("share_within"));
  CHECK(missing.statistics.size() == 1);

  // Columns present but every cell empty: as good as absent.
  Dataset blank;
  addNumbers(blank.of(RecordKind::Contact), "wait_seconds", {kNA, kNA}, ValueType::Duration);
  addTexts(blank.of(RecordKind::Contact), "outcome", {kNA, kNA});
  CHECK(computeAll(blank, smallSampleSettings(), request("service_level")).status == ResultStatus::MissingInputs);

  // Zero rows selected: insufficient data, n = 0.
  Dataset data = queueFixture();
  MetricContext context(data, smallSampleSettings());
  SelectionSet nobody(context, Filter().where("channel", {"chat"}));
  const MetricResult none = computeMetric(nobody, request("service_level"));
  CHECK(none.status == ResultStatus::InsufficientData);
  CHECK(none.insufficient == InsufficientData{0, 1});

  // One row: a number (answered in 10 s of 1 offered).
  Dataset one;
  addTexts(one.of(RecordKind::Contact), "outcome", {"answered"});
  addNumbers(one.of(RecordKind::Contact), "wait_seconds", {10}, ValueType::Duration);
  const MetricResult single = computeAll(one, smallSampleSettings(), request("service_level"));
  REQUIRE(single.ok());
  CHECK(valueOf(single, "share_within") == 1.0);
  CHECK(single.find("share_within")->interval->high == 1.0);

  // The product's policy: a rate needs 10, p90 needs 10 (6 offered, 4 answered here).
  const MetricSettings policy;  // the defaults
  const MetricResult few = computeAll(queueFixture(), policy, request("service_level"));
  CHECK(few.status == ResultStatus::InsufficientData);
  CHECK(few.insufficient == InsufficientData{6, 10});
  const MetricResult asa = computeAll(queueFixture(), policy, request("asa"));
  CHECK(asa.ok());  // the mean needs one value
  CHECK_FALSE(asa.value("p90_seconds"));
  CHECK(asa.find("p90_seconds")->insufficient == InsufficientData{4, 10});
  // A standard's own minimum n comes on top.
  MetricRequest strict = request("asa");
  strict.minN = 30;
  CHECK(computeAll(queueFixture(), policy, strict).insufficient == InsufficientData{4, 30});
}

TEST_CASE("service level: a Wilson interval matching published values") {
  // Newcombe (1998), Table I, example 81/263: Wilson 95 % 0.2553 – 0.3662.
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  t.add("outcome", ValueType::Category);
  t.add("wait_seconds", ValueType::Duration);  // both added first: add() may move the columns
  Column& outcome = *t.find("outcome");
  Column& wait = *t.find("wait_seconds");
  for (int i = 0; i < 263; ++i) {
    outcome.appendText("answered");
    wait.appendNumber(i < 81 ? 20.0 : 600.0);
  }
  const MetricResult r = computeAll(data, MetricSettings{}, request("service_level"));
  REQUIRE(r.ok());
  const StatisticResult& share = *r.find("share_within");
  CHECK(*share.value == Approx(81.0 / 263.0));
  CHECK(share.interval->low == Approx(0.2553).epsilon(0.0005));
  CHECK(share.interval->high == Approx(0.3662).epsilon(0.0005));
}

}
