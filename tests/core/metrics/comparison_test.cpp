#include <algorithm>

#include <doctest/doctest.h>

#include "test_support.h"
#include "core/metrics/comparison.h"
#include "core/metrics/metrics_test_support.h"

using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

namespace {

const UtcRange kMarch{utc(2026, 3, 1), utc(2026, 4, 1)};

// Answered calls: March `fastNow` of `now` within 120 s, February `fastBefore` of `before`;
// waits 10 s (fast) or 500 s, each call on its own minute of the month.
Dataset callsFixture(int now, int fastNow, int before, int fastBefore) {
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  t.add("created_at", ValueType::Timestamp);
  t.add("wait_seconds", ValueType::Duration);
  t.add("outcome", ValueType::Category);
  const auto add = [&](std::int64_t at, double wait) {
    t.find("created_at")->appendTime(at);
    t.find("wait_seconds")->appendNumber(wait);
    t.find("outcome")->appendText("answered");
  };
  for (int i = 0; i < now; ++i) add(utc(2026, 3, 2) + i * kMsPerMinute, i < fastNow ? 10 : 500);
  for (int i = 0; i < before; ++i) add(utc(2026, 2, 2) + i * kMsPerMinute, i < fastBefore ? 10 : 500);
  return data;
}

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("compare: a rate against the month before, two-proportion test") {
  // 90/100 against 70/100: pooled 0.8, SE = √(0.8 × 0.2 × 2/100) = 0.0565685, z = 0.2/SE = 3.5355,
  // p = 0.000407 (python statistics.NormalDist): a significant rise of a higher-is-better share.
  const Dataset data = callsFixture(100, 90, 100, 70);
  MetricContext context(data);
  SelectionSet march(context, Filter{kMarch, {}});
  const MetricComparison c = compareWithPrevious(march, request("service_level"));
  CHECK(c.statistic == "share_within");
  REQUIRE(c.change);
  CHECK(*c.change == Approx(0.2));
  CHECK(c.test == "two_proportion");
  CHECK(*c.z == Approx(3.5355339).epsilon(1e-6));
  CHECK(*c.pValue == Approx(0.000406952).epsilon(1e-4));
  CHECK(c.verdict == ChangeVerdict::Improved);
  CHECK(c.previous.find("share_within")->denominator == 100);  // February: the month before March
  // Abandonment is lower-is-better: the same kind of rise would be a worsening; here nothing abandons.
  // A small change: 90/100 against 86/100 is not significant.
  const Dataset close = callsFixture(100, 90, 100, 86);
  MetricContext closeContext(close);
  SelectionSet closeMarch(closeContext, Filter{kMarch, {}});
  CHECK(compareWithPrevious(closeMarch, request("service_level")).verdict == ChangeVerdict::NoSignificantChange);
  // Too few expected failures: 10 calls each, pooled p̂ = 0.9 → n(1 − p̂) = 1 < 5.
  const Dataset few = callsFixture(10, 9, 10, 9);
  MetricContext fewContext(few);
  SelectionSet fewMarch(fewContext, Filter{kMarch, {}});
  const MetricComparison tiny = compareWithPrevious(fewMarch, request("service_level"));
  CHECK(tiny.verdict == ChangeVerdict::InsufficientData);
  CHECK(tiny.insufficient.need == 5);
}

TEST_CASE("compare: durations with Mann-Whitney U, NPS with its standard error, counts untested") {
  // ASA: March waits 1…10 s, February 11…20 s. U = 0 of 100 pairs; σ² = 10·10·21/12 = 175;
  // z = (0 − 50 + ½)/√175 = −3.7418, p = 0.000183: March is faster, which is better.
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  t.add("created_at", ValueType::Timestamp);
  t.add("wait_seconds", ValueType::Duration);
  t.add("outcome", ValueType::Category);
  for (int i = 1; i <= 20; ++i) {
    t.find("created_at")->appendTime(i <= 10 ? utc(2026, 3, i) : utc(2026, 2, i - 10));
    t.find("wait_seconds")->appendNumber(i);
    t.find("outcome")->appendText("answered");
  }
  MetricContext context(data);
  SelectionSet march(context, Filter{kMarch, {}});
  const MetricComparison asa = compareWithPrevious(march, request("asa"));
  CHECK(asa.statistic == "mean_seconds");
  CHECK(*asa.change == Approx(5.5 - 15.5));
  CHECK(asa.test == "mann_whitney");
  CHECK(*asa.z == Approx(-3.7418483).epsilon(1e-6));
  CHECK(*asa.pValue == Approx(0.000182672).epsilon(1e-4));
  CHECK(asa.verdict == ChangeVerdict::Improved);
  // Volume is a count: reported, not tested.
  const MetricComparison volume = compareWithPrevious(march, request("volume"));
  CHECK(*volume.change == 0);  // 10 and 10
  CHECK(volume.verdict == ChangeVerdict::NotTested);

  // NPS 100/60/40 (30) against 80/70/50 (15): +15 points, SE 7.80, p = 0.058: not significant
  // (stats/nps_test.cpp holds the arithmetic).
  Dataset surveys;
  Table& s = surveys.of(RecordKind::Survey);
  s.add("submitted_at", ValueType::Timestamp);
  s.add("nps", ValueType::Integer);
  const auto answer = [&](std::int64_t at, double score) {
    s.find("submitted_at")->appendTime(at);
    s.find("nps")->appendNumber(score);
  };
  for (int i = 0; i < 200; ++i) answer(utc(2026, 3, 5), i < 100 ? 10 : i < 160 ? 8 : 2);
  for (int i = 0; i < 200; ++i) answer(utc(2026, 2, 5), i < 80 ? 9 : i < 150 ? 7 : 0);
  MetricContext npsContext(surveys);
  SelectionSet npsMarch(npsContext, Filter{kMarch, {}});
  const MetricComparison nps = compareWithPrevious(npsMarch, request("nps"));
  CHECK(*nps.change == Approx(15.0));
  CHECK(nps.test == "nps_difference");
  CHECK(*nps.standardError == Approx(7.801819099).epsilon(1e-9));
  CHECK(*nps.pValue == Approx(0.0581964378).epsilon(1e-8));
  CHECK(nps.verdict == ChangeVerdict::NoSignificantChange);
}

TEST_CASE("compare: a period without a value says so") {
  const Dataset data = callsFixture(20, 18, 0, 0);
  MetricContext context(data);
  SelectionSet march(context, Filter{kMarch, {}});
  const MetricComparison c = compareWithPrevious(march, request("service_level"));
  CHECK(c.verdict == ChangeVerdict::NoValue);
  CHECK(c.previous.status == ResultStatus::InsufficientData);
  CHECK_FALSE(c.change);
}


TEST_CASE("a duration's kept sample: every answered wait of the period, beside statistics read from the same values") {
  // March: 5 calls of 10 s then 3 of 500 s. Mean (50 + 1500)/8 = 193.75; R-7 median h = 3.5, between
  // two 10s → 10; p90 h = 6.3, between two 500s → 500. The sample is the values the statistics were read from.
  const Dataset data = callsFixture(8, 5, 0, 0);
  MetricContext context(data, smallSampleSettings());  // a p90 of 8 values
  SelectionSet march(context, Filter{kMarch, {}});
  MetricRequest sampled = request("asa");
  sampled.keepSample = true;
  const MetricResult result = computeMetric(march, sampled);
  CHECK(*result.find("mean_seconds")->value == 193.75);
  CHECK(*result.find("median_seconds")->value == 10.0);
  CHECK(*result.find("p90_seconds")->value == 500.0);
  REQUIRE(result.find("mean_seconds")->sample);
  CHECK(result.find("median_seconds")->sample == result.find("mean_seconds")->sample);  // one sample, shared
  std::vector<double> sample = *result.find("mean_seconds")->sample;
  std::sort(sample.begin(), sample.end());
  CHECK(sample == std::vector<double>{10, 10, 10, 10, 10, 500, 500, 500});
  CHECK_FALSE(computeMetric(march, request("asa")).find("mean_seconds")->sample);  // not asked: none kept
}

TEST_CASE("compare: with February's result at hand, as when it was computed with its sample") {
  // The scorecard keeps each scope's latest numbers; stepping to March compares with them. Same
  // change, test and verdict as computing February again; a rate and a sample-tested duration.
  const Dataset data = callsFixture(400, 380, 300, 240);
  MetricContext context(data);
  SelectionSet march(context, Filter{kMarch, {}});
  SelectionSet february(context, Filter{UtcRange{utc(2026, 2, 1), utc(2026, 3, 1)}, {}});
  for (const char* metric : {"service_level", "asa"}) {
    CAPTURE(metric);
    MetricRequest sampled = request(metric);
    sampled.keepSample = true;
    const MetricResult kept = computeMetric(february, sampled);
    const MetricComparison again = compare(march, february, request(metric));
    const MetricComparison reused = compare(march, kept, request(metric));
    REQUIRE(again.change);
    CHECK(reused.change == again.change);
    CHECK(reused.test == again.test);
    CHECK(reused.z == again.z);
    CHECK(reused.pValue == again.pValue);
    CHECK(reused.verdict == again.verdict);
    CHECK(reused.verdict == ChangeVerdict::Improved);  // 95 % within 120 s against 80 %; 10 s waits more often
  }
}

}
