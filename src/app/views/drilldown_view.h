// The drill-down of one standard: its promise and formula, the metric per day with target and
// interval, bars by channel, team and agent, the hour-of-week heatmap, the drivers of a failure,
// "what it takes" in agents for service level, and the records behind the number.
#pragma once
#include "core/scorecard/scorecard.h"

namespace carescore {

struct AppState;

void drawDrilldownView(AppState& state, const StandardCard& card);

} // namespace carescore
