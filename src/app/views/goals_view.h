// Goals: each SMART goal of the profile as its funnel (customers served → satisfied → returning →
// referring), evaluated by the scorecard engine (scorecard/goal_progress.h): per step the count in
// the goal's time frame against its target, progress, the share of the step before, time elapsed
// and left, the goal's status, and "no data" naming the field the data lacks.
#pragma once
#include <cstdint>
#include <vector>

#include "core/scorecard/scorecard.h"

namespace carescore {

class Analysis;
struct AppState;

struct GoalsViewState {
  std::uint64_t generation = 0;
  std::vector<GoalProgress> goals;  // one per goal of the profile
};

void drawGoalsView(Analysis& analysis, GoalsViewState& view, AppState& state);

} // namespace carescore
