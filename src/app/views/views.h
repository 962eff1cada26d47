// The views below the summary bar, one per tab. Each draws from AppState and its Analysis and
// caches by Analysis::generation(); app.cpp lists them in its view table.
#pragma once
#include <optional>
#include <string_view>

#include "app/app_state.h"

namespace carescore {

void drawScorecardView(AppState& state);  // the cards, or the drill-down of state.openStandard
void drawDataView(AppState& state);       // the loaded files: what was read, and their mappings

// Above the tabs: "11 of 16 standards met", a bar, and the failing / at risk / no data counts.
void drawSummaryBar(AppState& state);

// "scorecard", "trends", "service_level", "surveys", "agents", "topics", "goals", "data".
std::string_view viewKeyOf(ViewId id);
std::optional<ViewId> viewFromKey(std::string_view key);

} // namespace carescore
