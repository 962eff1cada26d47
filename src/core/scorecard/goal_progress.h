// SMART goals (seed 003): each funnel step counted from the data within the goal's time frame,
// its progress against the step's target, the time elapsed and left, and "no data" naming the
// field when a step cannot be measured. Not the customer sets themselves (funnel_counts.h).
#pragma once
#include <cstddef>
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

// What evaluateGoal builds on a fresh context, a part at a time, for a caller that spreads the work
// between frames (ScorecardInProgress::step): part 0 the customer keys, part i + 1 the customers
// of step i, each kept in the context, where evaluateGoal then finds them. A part past
// goalParts(goal), or of a goal whose time frame does not read, does nothing.
std::size_t goalParts(const Goal& goal);
void prepareGoalPart(MetricContext& context, const Goal& goal, std::optional<UtcRange> period, std::size_t part);

} // namespace carescore
