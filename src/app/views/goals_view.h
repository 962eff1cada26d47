// Goals: each SMART goal of the profile as its funnel (customers served → satisfied → returning →
// referring): per step the count in the goal's time frame against its target, progress, the share
// of the step before, time elapsed and left, and "no data" naming the field the data lacks.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/metrics/funnel_counts.h"

namespace carescore {

class Analysis;
struct AppState;

struct GoalFunnel {
  std::optional<UtcRange> frame;
  std::vector<FunnelStepCount> steps;
};

struct GoalsViewState {
  std::uint64_t generation = 0;
  std::optional<std::int64_t> latestMs;  // the data's "now"
  std::vector<GoalFunnel> goals;         // one per goal of the profile
};

void drawGoalsView(Analysis& analysis, GoalsViewState& view, AppState& state);

} // namespace carescore
