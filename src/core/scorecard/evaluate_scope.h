// One standard over one planned scope and period: the metric with its comparison, the verdict,
// the trend series and the drivers. Not the planning of scopes (scope_plan.h) nor compliance.
#pragma once
#include <optional>

#include "core/metrics/selection_pool.h"
#include "core/scorecard/scope_plan.h"
#include "core/scorecard/scorecard.h"

namespace carescore {

// Whether an evaluation gets a trend series (a period, and a verdict with a value or a shortfall
// of records) and drivers (a fail or an at-risk): one rule for a scorecard in one go or in stages.
bool getsTrend(const Evaluation& evaluation, const ScorecardOptions& options);
bool getsDrivers(const Evaluation& evaluation, const ScorecardOptions& options);

// `pool`: the scorecard's selections, shared with every other scope of the same filter and period.
Evaluation evaluateScope(SelectionPool& pool, const Standard& standard, const ScopePlan& plan,
                         std::optional<UtcRange> period, const ScorecardOptions& options);

} // namespace carescore
