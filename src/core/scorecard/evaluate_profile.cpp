// evaluateProfile: every standard of a profile, scope by scope, then compliance and goals.
// Not a scope's evaluation (evaluate_scope.cpp) nor goals (goal_progress.cpp).
#include "core/scorecard/scorecard.h"

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

StandardCard evaluateStandard(SelectionPool& pool, const Standard& standard, const ScorecardOptions& options) {
  MetricContext& context = pool.context();
  StandardCard card;
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
    return card;
  }
  const std::optional<UtcRange> period =
      options.period ? options.period : latestPeriod(context, metric->kind, periodUnitOf(standard.period));
  for (const ScopePlan& plan : planScopes(standard, metric->kind, context.data(), options.filters)) {
    card.scopes.push_back(evaluateScope(pool, standard, plan, period, options));
  }
  card.verdict = cardVerdict(card.scopes);
  return card;
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

Scorecard evaluateProfile(MetricContext& context, const Profile& profile, const ScorecardOptions& options) {
  Scorecard scorecard;
  scorecard.profileId = profile.id;
  scorecard.profileName = profile.name;
  scorecard.zone = context.settings().zone.name();
  scorecard.period = options.period;
  if (options.compare) {
    scorecard.comparisonPeriod = options.comparisonPeriod;
    if (!scorecard.comparisonPeriod && options.period) {
      scorecard.comparisonPeriod = previousPeriod(context.settings().zone, *options.period);
    }
  }
  scorecard.filters = options.filters;
  SelectionPool pool(context);  // standards of the same scope and period share their selections
  for (const Standard& standard : profile.standards) {
    scorecard.standards.push_back(evaluateStandard(pool, standard, options));
  }
  scorecard.compliance = complianceOf(profile, scorecard.standards);
  if (options.goals) {
    for (const Goal& goal : profile.goals) scorecard.goals.push_back(evaluateGoal(context, goal, options.period));
  }
  return scorecard;
}

} // namespace carescore
