// evaluateProfile and ScorecardInProgress: every standard of a profile, scope by scope, with
// compliance; then each scope's trend and drivers; then the goals. Not a scope's evaluation
// (evaluate_scope.cpp) nor goals (goal_progress.cpp).
#include "core/scorecard/scorecard.h"

#include <algorithm>

#include "core/metrics/catalogue.h"
#include "core/metrics/periods.h"
#include "core/scorecard/evaluate_scope.h"
#include "core/scorecard/goal_progress.h"
#include "core/scorecard/period_unit.h"
#include "core/scorecard/scope_plan.h"

namespace carescore {

namespace {

int severity(Verdict verdict) {
  switch (verdict) {
    case Verdict::Fail: return 3;
    case Verdict::AtRisk: return 2;
    case Verdict::Pass: return 1;
    default: return 0;
  }
}

// Fail over AtRisk over Pass among the scopes; when none has a verdict, the first scope's reason.
Verdict cardVerdict(const std::vector<Evaluation>& scopes) {
  Verdict worst = scopes.empty() ? Verdict::NoData : scopes.front().verdict;
  for (const Evaluation& scope : scopes) {
    if (severity(scope.verdict) > severity(worst)) worst = scope.verdict;
  }
  return worst;
}

// A standard's card with its scopes planned, or invalid: an unknown metric.
struct PlannedCard {
  StandardCard card;
  std::vector<ScopePlan> plans;
  std::optional<UtcRange> period;
};

PlannedCard planCard(MetricContext& context, const Standard& standard, const ScorecardOptions& options) {
  PlannedCard planned;
  StandardCard& card = planned.card;
  card.id = standard.id;
  card.group = standard.group;
  card.label = standard.label;
  card.explanation = standard.explanation;
  card.period = standard.period;
  card.minN = standard.minN;
  const MetricDefinition* metric = findMetric(standard.metric.key);
  if (!metric) {
    Evaluation invalid;
    invalid.standardId = standard.id;
    invalid.metric = standard.metric;
    invalid.target = standard.target;
    invalid.verdict = Verdict::Invalid;
    invalid.message = "unknown metric " + standard.metric.key;
    invalid.rule = "invalid: " + invalid.message;
    card.scopes.push_back(std::move(invalid));
    card.verdict = Verdict::Invalid;
    return planned;
  }
  planned.period = options.period ? options.period : latestPeriod(context, metric->kind, periodUnitOf(standard.period));
  planned.plans = planScopes(standard, metric->kind, context.data(), options.filters);
  return planned;
}

// The details of a scope's evaluation still to compute, a part per step: its trend, then its
// drivers a split at a time (a quarter's five splits over 1M contacts take ~40 ms together).
struct ScopeDetails {
  std::size_t done = 0, parts = 0;
  bool finished() const { return done == parts; }
};

// Part 0 the trend, part k the drivers of the first k splits.
ScopeDetails detailsOf(const Evaluation& evaluation, const ScorecardOptions& options) {
  const bool trend = getsTrend(evaluation, options), drivers = getsDrivers(evaluation, options);
  return {0, trend || drivers ? 1 + (drivers ? options.driverSplits.size() : 0) : 0};
}

Compliance complianceOf(const Profile& profile, const std::vector<StandardCard>& cards) {
  Compliance compliance;
  for (const Group& group : profile.groups) compliance.groups.push_back({group.id, group.label, {}});
  for (const StandardCard& card : cards) {
    const auto index = static_cast<std::size_t>(card.verdict);
    ++compliance.verdicts.counts[index];
    for (GroupSummary& group : compliance.groups) {
      if (group.id == card.group) ++group.verdicts.counts[index];
    }
  }
  if (compliance.verdicts.evaluated() > 0) {
    compliance.metShare = double(compliance.verdicts.met()) / double(compliance.verdicts.evaluated());
  }
  return compliance;
}

} // namespace

struct ScorecardInProgress::Stages {
  MetricContext* context;
  Profile profile;
  ScorecardOptions options;
  SelectionPool pool;  // standards of the same scope and period share their selections, across stages
  Scorecard scorecard;
  std::vector<PlannedCard> cards;  // planned; their StandardCards moved into `scorecard`
  std::vector<std::vector<ScopeDetails>> details;  // per standard, per scope
  std::size_t nextStandard = 0, nextScope = 0;  // where step() looks for details next
  std::size_t nextGoalPart = 0;                 // of the next goal: its parts built a step each, then the goal

  Stages(MetricContext& of, Profile&& scored, ScorecardOptions&& asked)
      : context(&of), profile(std::move(scored)), options(std::move(asked)), pool(of) {}

  // A scope's evaluation again, with one part more of its details (`whole`: all that are left, in
  // one evaluation, for a caller that waits for them): its numbers, and the parts before, are kept
  // in the context. The last part asks for all of them.
  void detail(std::size_t standard, std::size_t scope, bool whole) {
    ScopeDetails& part = details[standard][scope];
    if (part.finished()) return;
    ScorecardOptions asked = options;
    part.done = whole ? part.parts : part.done + 1;
    if (part.done == 1) asked.drivers = false;
    else asked.driverSplits.resize(part.done - 1);
    const PlannedCard& planned = cards[standard];
    scorecard.standards[standard].scopes[scope] = evaluateScope(pool, profile.standards[standard], planned.plans[scope], planned.period, asked);
  }
  bool detailsDone() const { return nextStandard == scorecard.standards.size(); }
  bool goalsDone() const { return !options.goals || scorecard.goals.size() == profile.goals.size(); }
};

ScorecardInProgress::ScorecardInProgress(MetricContext& context, Profile profile, ScorecardOptions options)
    : stages_(std::make_unique<Stages>(context, std::move(profile), std::move(options))) {
  Stages& s = *stages_;
  Scorecard& scorecard = s.scorecard;
  scorecard.profileId = s.profile.id;
  scorecard.profileName = s.profile.name;
  scorecard.zone = context.settings().zone.name();
  scorecard.period = s.options.period;
  if (s.options.compare) {
    scorecard.comparisonPeriod = s.options.comparisonPeriod;
    if (!scorecard.comparisonPeriod && s.options.period) {
      scorecard.comparisonPeriod = previousPeriod(context.settings().zone, *s.options.period);
    }
  }
  scorecard.filters = s.options.filters;
  ScorecardOptions verdictsOnly = s.options;
  verdictsOnly.trends = verdictsOnly.drivers = false;
  for (const Standard& standard : s.profile.standards) {
    PlannedCard planned = planCard(context, standard, s.options);
    StandardCard card = std::move(planned.card);
    for (const ScopePlan& plan : planned.plans) card.scopes.push_back(evaluateScope(s.pool, standard, plan, planned.period, verdictsOnly));
    if (!planned.plans.empty()) card.verdict = cardVerdict(card.scopes);
    std::vector<ScopeDetails>& details = s.details.emplace_back();
    for (const Evaluation& evaluation : card.scopes) details.push_back(planned.plans.empty() ? ScopeDetails{} : detailsOf(evaluation, s.options));
    scorecard.standards.push_back(std::move(card));
    s.cards.push_back(std::move(planned));
  }
  scorecard.compliance = complianceOf(s.profile, scorecard.standards);
}

ScorecardInProgress::ScorecardInProgress(ScorecardInProgress&&) noexcept = default;
ScorecardInProgress& ScorecardInProgress::operator=(ScorecardInProgress&&) noexcept = default;
ScorecardInProgress::~ScorecardInProgress() = default;

const Scorecard& ScorecardInProgress::scorecard() const { return stages_->scorecard; }

bool ScorecardInProgress::finished() const { return stages_->detailsDone() && stages_->goalsDone(); }

bool ScorecardInProgress::detailed(std::size_t standard) const {
  const std::vector<std::vector<ScopeDetails>>& details = stages_->details;
  return standard >= details.size() ||
         std::all_of(details[standard].begin(), details[standard].end(), [](const ScopeDetails& d) { return d.finished(); });
}

void ScorecardInProgress::step() {
  Stages& s = *stages_;
  while (!s.detailsDone()) {
    const std::vector<ScopeDetails>& scopes = s.details[s.nextStandard];
    if (s.nextScope == scopes.size()) {
      ++s.nextStandard;
      s.nextScope = 0;
    } else if (scopes[s.nextScope].finished()) {
      ++s.nextScope;
    } else {
      s.detail(s.nextStandard, s.nextScope, false);
      return;
    }
  }
  if (!s.goalsDone()) {
    const Goal& goal = s.profile.goals[s.scorecard.goals.size()];
    // A goal's customer keys and each step's customers take a step each on a fresh context (its
    // first scorecard): one step for all of them was the longest of the scorecard.
    if (s.nextGoalPart < goalParts(goal)) {
      prepareGoalPart(*s.context, goal, s.options.period, s.nextGoalPart++);
      return;
    }
    s.nextGoalPart = 0;
    s.scorecard.goals.push_back(evaluateGoal(*s.context, goal, s.options.period));
  }
}

void ScorecardInProgress::detailStandard(std::size_t standard) {
  Stages& s = *stages_;
  if (standard >= s.details.size()) return;
  for (std::size_t scope = 0; scope < s.details[standard].size(); ++scope) s.detail(standard, scope, true);
}

void ScorecardInProgress::finish() {
  for (std::size_t standard = 0; standard < stages_->details.size(); ++standard) detailStandard(standard);
  while (!finished()) step();  // the cursor past the details, then the goals
}

Scorecard ScorecardInProgress::take() && {
  finish();
  return std::move(stages_->scorecard);
}

Scorecard evaluateProfile(MetricContext& context, const Profile& profile, const ScorecardOptions& options) {
  return ScorecardInProgress(context, profile, options).take();
}

} // namespace carescore
