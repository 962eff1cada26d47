// The period and comparison pickers of the top bar: presets anchored to the data, a custom range
// typed as dates, and the comparison (previous period, none, or a custom range).
#pragma once

namespace carescore {

struct AppState;

void drawPeriodPicker(AppState& state);
void drawComparisonPicker(AppState& state);

} // namespace carescore
