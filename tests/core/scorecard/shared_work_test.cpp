// The scorecard shares work between its standards (selections per scope and period, time buckets
// and derived columns in the context): it must give, bit for bit, what each standard gives alone
// over a fresh context — the straightforward evaluation. Also after a change of targets, which finds
// each scope's numbers kept in the context and recomputes no metric.
#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/metrics/metrics_test_support.h"
#include "core/scorecard/demo_data.h"
#include "core/scorecard/goal_progress.h"
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

MetricSettings demoSettings() { return weekdayShopSettings("Asia/Ho_Chi_Minh"); }

Profile defaultProfile() {
  const std::string_view text(reinterpret_cast<const char*>(assets::defaultProfile().data()), assets::defaultProfile().size());
  const ProfileParse parsed = parseProfile(text);
  REQUIRE(parsed.profile);
  return *parsed.profile;
}

// Each standard alone: a profile of that one standard, over a context of its own.
void checkEachAlone(const Dataset& data, const Profile& profile, const Scorecard& shared, const ScorecardOptions& options,
                    int minEvaluated = 10) {
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
  CHECK(evaluated >= minEvaluated);  // the demo data scores most standards: the comparison compares numbers
}

// Goals keep their customer sets in the context while the frame stays: the same as a fresh context.
void checkGoalsAlone(const Dataset& data, const Profile& profile, const Scorecard& shared, const ScorecardOptions& options) {
  MetricContext fresh(data, demoSettings());
  Profile goalsOnly = profile;
  goalsOnly.standards.clear();
  const Scorecard alone = evaluateProfile(fresh, goalsOnly, options);
  REQUIRE(shared.goals.size() == alone.goals.size());
  REQUIRE_FALSE(shared.goals.empty());
  int counted = 0;
  for (std::size_t g = 0; g < shared.goals.size(); ++g) {
    const GoalProgress& a = shared.goals[g];
    const GoalProgress& b = alone.goals[g];
    CHECK(a.timeFrame == b.timeFrame);
    CHECK(a.status == b.status);
    REQUIRE(a.steps.size() == b.steps.size());
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
      CHECK(a.steps[i].count == b.steps[i].count);
      CHECK(a.steps[i].shareOfPrevious == b.steps[i].shareOfPrevious);
      CHECK(a.steps[i].progress == b.steps[i].progress);
      CHECK(a.steps[i].missing == b.steps[i].missing);
      counted += a.steps[i].count.has_value() && *a.steps[i].count > 0;
    }
  }
  CHECK(counted >= 2);  // the demo data counts customers: the comparison compares numbers
}

// Every target `factor` further (tighter for AtLeast, looser… whichever way the factor moves it).
Profile movedTargets(const Profile& profile, double factor) {
  Profile moved = profile;
  for (Standard& standard : moved.standards) {
    for (std::optional<double>* bound : {&standard.target.value, &standard.target.low, &standard.target.high}) {
      if (*bound) **bound *= standard.target.comparator == Comparator::AtMost ? 1 / factor : factor;
    }
  }
  return moved;
}

int verdictsChanged(const Scorecard& a, const Scorecard& b) {
  int changed = 0;
  for (std::size_t s = 0; s < a.standards.size() && s < b.standards.size(); ++s) {
    changed += a.standards[s].verdict != b.standards[s].verdict;
  }
  return changed;
}

} // namespace

TEST_SUITE("core/scorecard") {

TEST_CASE("shared work: the default profile on one context equals each standard alone on a fresh one") {
  const Dataset data = demoDataset();
  const Profile profile = defaultProfile();
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
  SUBCASE("March after February") {
    const Scorecard shared = evaluateProfile(context, profile, march);
    checkEachAlone(data, profile, shared, march);
    checkGoalsAlone(data, profile, shared, march);
    checkGoalsAlone(data, profile, evaluateProfile(context, profile, february), february);  // back to February's frame
  }
  SUBCASE("weekly trends, a comparison period and a filter") {
    const Scorecard shared = evaluateProfile(context, profile, weekly);
    checkEachAlone(data, profile, shared, weekly);
    checkGoalsAlone(data, profile, shared, weekly);
  }
  SUBCASE("targets moved after February, then back, then a min_n changed") {
    const Scorecard before = evaluateProfile(context, profile, february);
    const Profile stricter = movedTargets(profile, 1.1);
    const Scorecard shared = evaluateProfile(context, stricter, february);
    CHECK(verdictsChanged(before, shared) >= 2);  // passes turned fails: their drivers are searched now
    checkEachAlone(data, stricter, shared, february);
    const Profile looser = movedTargets(profile, 0.8);
    checkEachAlone(data, looser, evaluateProfile(context, looser, february), february);
    checkEachAlone(data, profile, evaluateProfile(context, profile, february), february);
    Profile larger = profile;
    for (Standard& standard : larger.standards) standard.minN = 400;  // the demo data has fewer: insufficient
    const Scorecard insufficient = evaluateProfile(context, larger, february);
    CHECK(verdictsChanged(before, insufficient) >= 2);
    checkEachAlone(data, larger, insufficient, february, 1);  // the insufficient ones compare their have/need
  }
  SUBCASE("each standard's latest period") {
    const ScorecardOptions latest;
    checkEachAlone(data, profile, evaluateProfile(context, profile, latest), latest);
  }
}

TEST_CASE("in stages: the verdicts at once, each scope's trend and drivers a step at a time, then the goals") {
  const Dataset data = demoDataset();
  const Profile profile = defaultProfile();
  const TimeZone zone = zoneNamed("Asia/Ho_Chi_Minh");
  ScorecardOptions february;
  february.period = localDateRange(zone, {2026, 2, 1}, {2026, 2, 28});
  ScorecardOptions march = february;
  march.period = localDateRange(zone, {2026, 3, 1}, {2026, 3, 31});
  MetricContext fresh(data, demoSettings());
  const Scorecard whole = evaluateProfile(fresh, profile, march);

  MetricContext context(data, demoSettings());
  evaluateProfile(context, profile, february);
  ScorecardInProgress staged(context, profile, march);
  const Scorecard& partial = staged.scorecard();
  REQUIRE(partial.standards.size() == whole.standards.size());
  // The verdicts, values, intervals and comparisons are all there; trends, drivers and goals not yet.
  std::size_t withDetails = 0, failing = whole.standards.size();
  for (std::size_t s = 0; s < whole.standards.size(); ++s) {
    const StandardCard& card = partial.standards[s];
    CHECK(card.verdict == whole.standards[s].verdict);
    REQUIRE(card.scopes.size() == whole.standards[s].scopes.size());
    bool wantsDetails = false;
    for (std::size_t i = 0; i < card.scopes.size(); ++i) {
      Evaluation bare = whole.standards[s].scopes[i];
      // A trend for every verdict but these (a period is given), drivers for fails and at-risks.
      wantsDetails = wantsDetails || (bare.verdict != Verdict::NoData && bare.verdict != Verdict::Invalid);
      if (!bare.drivers.empty() && failing == whole.standards.size()) failing = s;
      bare.trend.clear();
      bare.drivers.clear();
      checkSame(card.scopes[i], bare);
    }
    CHECK(staged.detailed(s) == !wantsDetails);
    withDetails += wantsDetails;
  }
  CHECK(partial.compliance.verdicts.counts == whole.compliance.verdicts.counts);
  CHECK(partial.goals.empty());
  CHECK_FALSE(staged.finished());
  REQUIRE(withDetails >= 10);
  REQUIRE(failing < whole.standards.size());  // the demo data fails a standard: its drivers are searched

  // A drill-down opened on the failing standard details it at once, and it alone.
  staged.detailStandard(failing);
  CHECK(staged.detailed(failing));
  for (std::size_t i = 0; i < whole.standards[failing].scopes.size(); ++i)
    checkSame(partial.standards[failing].scopes[i], whole.standards[failing].scopes[i]);
  CHECK(std::count_if(partial.standards.begin(), partial.standards.end(),
                      [&](const StandardCard& card) { return staged.detailed(static_cast<std::size_t>(&card - partial.standards.data())); }) ==
        static_cast<std::ptrdiff_t>(whole.standards.size() - withDetails + 1));

  // Then a step per part of each scope's details still missing — its trend, then its drivers a
  // split at a time (the drivers so far the whole ones of those splits) — and per goal, a step per
  // part (its customer keys, each funnel step's customers), then one for the goal.
  std::size_t goalSteps = 0;
  for (const Goal& goal : profile.goals) goalSteps += goalParts(goal) + 1;
  const std::size_t splits = march.driverSplits.size();
  std::size_t parts = 0;
  for (std::size_t s = 0; s < whole.standards.size(); ++s)
    for (const Evaluation& e : whole.standards[s].scopes)
      if (s != failing && e.verdict != Verdict::NoData && e.verdict != Verdict::Invalid)
        parts += 1 + (e.verdict == Verdict::Fail || e.verdict == Verdict::AtRisk ? splits : 0);
  std::size_t steps = 0;
  while (!staged.finished() && steps <= parts + goalSteps) {
    staged.step();
    ++steps;
    for (std::size_t s = 0; s < whole.standards.size(); ++s)
      for (std::size_t i = 0; i < whole.standards[s].scopes.size(); ++i) {
        const std::vector<Driver>& sofar = partial.standards[s].scopes[i].drivers;
        const std::vector<Driver>& all = whole.standards[s].scopes[i].drivers;
        REQUIRE(sofar.size() <= all.size());
        for (std::size_t d = 0; d < sofar.size(); ++d) CHECK((sofar[d].split == all[d].split && sofar[d].key == all[d].key));
      }
  }
  CHECK(staged.finished());
  CHECK(steps == parts + goalSteps);
  for (std::size_t s = 0; s < whole.standards.size(); ++s) {
    CHECK(staged.detailed(s));
    for (std::size_t i = 0; i < whole.standards[s].scopes.size(); ++i) checkSame(partial.standards[s].scopes[i], whole.standards[s].scopes[i]);
  }
  REQUIRE(partial.goals.size() == whole.goals.size());
  REQUIRE_FALSE(whole.goals.empty());
  for (std::size_t g = 0; g < whole.goals.size(); ++g) CHECK(partial.goals[g].status == whole.goals[g].status);
  const Scorecard taken = std::move(staged).take();
  CHECK(taken.standards.size() == whole.standards.size());
}

} // TEST_SUITE
