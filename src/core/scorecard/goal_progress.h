// SMART goals (seed 003): each funnel step counted from the data within the goal's time frame,
// its progress against the step's target, the time elapsed and left, and "no data" naming the
// field when a step cannot be measured. Not the customer sets themselves (funnel_counts.h).
#pragma once
#include <optional>

#include "core/metrics/metric_context.h"
#include "core/scorecard/scorecard.h"

namespace carescore {

// The frame: from the goal's start date (local, in the context's zone) for `length` units; without
// a start, the `length` units ending with the one holding `anchorMs` (the scored period's end, or
// the data's latest instant).
std::optional<UtcRange> goalTimeFrame(const TimeZone& zone, const TimeFrame& frame, std::int64_t anchorMs);

// Status: NoData when a step has no count; Reached when every step meets its target; OnTrack when
// every step's progress is at least the share of the frame elapsed; else Behind.
GoalProgress evaluateGoal(MetricContext& context, const Goal& goal, std::optional<UtcRange> period);

} // namespace carescore
