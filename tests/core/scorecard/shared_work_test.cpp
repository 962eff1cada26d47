// The scorecard shares work between its standards (selections per scope and period, time buckets
// and derived columns in the context): it must give, bit for bit, what each standard gives alone
// over a fresh context — the straightforward evaluation.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/metrics/metrics_test_support.h"
#include "core/scorecard/demo_data.h"
#include "core/scorecard/scorecard.h"
#include "core/standards/profile_reader.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

void checkSame(const MetricResult& shared, const MetricResult& alone) {
  CHECK(shared.status == alone.status);
  CHECK(shared.n == alone.n);
  REQUIRE(shared.statistics.size() == alone.statistics.size());
  for (std::size_t i = 0; i < shared.statistics.size(); ++i) {
    const StatisticResult& a = shared.statistics[i];
    const StatisticResult& b = alone.statistics[i];
    CHECK(a.value == b.value);  // exact: bit for bit, not Approx
    CHECK(a.n == b.n);
    CHECK(a.numerator == b.numerator);
    CHECK(a.denominator == b.denominator);
    CHECK(a.interval.has_value() == b.interval.has_value());
    if (a.interval && b.interval) {
      CHECK(a.interval->low == b.interval->low);
      CHECK(a.interval->high == b.interval->high);
    }
  }
  REQUIRE(shared.notes.size() == alone.notes.size());
  for (std::size_t i = 0; i < shared.notes.size(); ++i) CHECK(shared.notes[i].count == alone.notes[i].count);
}

void checkSame(const Evaluation& shared, const Evaluation& alone) {
  CAPTURE(shared.standardId);
  CAPTURE(shared.scopeLabel);
  CHECK(shared.verdict == alone.verdict);
  CHECK(shared.rule == alone.rule);
  CHECK(shared.value == alone.value);
  CHECK(shared.interval == alone.interval);
  CHECK(shared.n == alone.n);
  checkSame(shared.result, alone.result);
  CHECK(shared.previous.previousValue == alone.previous.previousValue);
  CHECK(shared.previous.previousN == alone.previous.previousN);
  CHECK(shared.previous.pValue == alone.previous.pValue);
  CHECK(shared.previous.verdict == alone.previous.verdict);
  REQUIRE(shared.trend.size() == alone.trend.size());
  for (std::size_t i = 0; i < shared.trend.size(); ++i) {
    CHECK(shared.trend[i].key == alone.trend[i].key);
    CHECK(shared.trend[i].value == alone.trend[i].value);
    CHECK(shared.trend[i].n == alone.trend[i].n);
  }
  REQUIRE(shared.drivers.size() == alone.drivers.size());
  for (std::size_t i = 0; i < shared.drivers.size(); ++i) {
    CHECK(shared.drivers[i].split == alone.drivers[i].split);
    CHECK(shared.drivers[i].key == alone.drivers[i].key);
    CHECK(shared.drivers[i].records == alone.drivers[i].records);
    CHECK(shared.drivers[i].value == alone.drivers[i].value);
    CHECK(shared.drivers[i].weight == alone.drivers[i].weight);
    CHECK(shared.drivers[i].share == alone.drivers[i].share);
  }
}

MetricSettings demoSettings() {
  MetricSettings settings;
  settings.zone = zoneNamed("Asia/Ho_Chi_Minh");
  settings.businessHours =
      BusinessCalendar::make(Schedule::weekdays(hoursFrom(8, 0, 17, 0), "Asia/Ho_Chi_Minh"), settings.zone).calendar;
  return settings;
}

// Each standard alone: a profile of that one standard, over a context of its own.
void checkEachAlone(const Dataset& data, const Profile& profile, const Scorecard& shared, const ScorecardOptions& options) {
  REQUIRE(shared.standards.size() == profile.standards.size());
  int evaluated = 0;
  for (std::size_t s = 0; s < profile.standards.size(); ++s) {
    Profile one = profile;
    one.standards = {profile.standards[s]};
    MetricContext fresh(data, demoSettings());
    const Scorecard alone = evaluateProfile(fresh, one, options);
    REQUIRE(alone.standards.size() == 1);
    const StandardCard& a = shared.standards[s];
    const StandardCard& b = alone.standards.front();
    CHECK(a.verdict == b.verdict);
    REQUIRE(a.scopes.size() == b.scopes.size());
    for (std::size_t i = 0; i < a.scopes.size(); ++i) checkSame(a.scopes[i], b.scopes[i]);
    evaluated += a.verdict == Verdict::Pass || a.verdict == Verdict::Fail || a.verdict == Verdict::AtRisk;
  }
  CHECK(evaluated >= 10);  // the demo data scores most standards: the comparison compares numbers
}

} // namespace

TEST_SUITE("core/scorecard") {

TEST_CASE("shared work: the default profile on one context equals each standard alone on a fresh one") {
  const Dataset data = demoDataset();
  const std::string_view text(reinterpret_cast<const char*>(assets::defaultProfile().data()), assets::defaultProfile().size());
  const ProfileParse parsed = parseProfile(text);
  REQUIRE(parsed.profile);
  const Profile& profile = *parsed.profile;
  const TimeZone zone = zoneNamed("Asia/Ho_Chi_Minh");
  MetricContext context(data, demoSettings());

  ScorecardOptions february;
  february.period = localDateRange(zone, {2026, 2, 1}, {2026, 2, 28});
  ScorecardOptions march = february;
  march.period = localDateRange(zone, {2026, 3, 1}, {2026, 3, 31});
  ScorecardOptions weekly = march;  // other calendar buckets, a chosen comparison period and a filter
  weekly.trendBucket = SegmentBy::Week;
  weekly.comparisonPeriod = february.period;
  weekly.filters = {{"channel", {"phone", "chat"}}};

  // The context is warm from the period before (its time buckets kept for February) when March is scored.
  evaluateProfile(context, profile, february);
  SUBCASE("March after February") { checkEachAlone(data, profile, evaluateProfile(context, profile, march), march); }
  SUBCASE("weekly trends, a comparison period and a filter") {
    checkEachAlone(data, profile, evaluateProfile(context, profile, weekly), weekly);
  }
  SUBCASE("each standard's latest period") {
    const ScorecardOptions latest;
    checkEachAlone(data, profile, evaluateProfile(context, profile, latest), latest);
  }
}

} // TEST_SUITE
