// One standard over one planned scope and period: the metric with its comparison, the verdict,
// the trend series and the drivers. Not the planning of scopes (scope_plan.h) nor compliance.
#pragma once
#include <optional>

#include "core/metrics/metric_context.h"
#include "core/scorecard/scope_plan.h"
#include "core/scorecard/scorecard.h"

namespace carescore {

Evaluation evaluateScope(MetricContext& context, const Standard& standard, const ScopePlan& plan,
                         std::optional<UtcRange> period, const ScorecardOptions& options);

} // namespace carescore
