// The period and comparison pickers of the top bar: presets anchored to the data, a custom range
// typed as dates, and the comparison (previous period, none, or a custom range).
#pragma once

namespace carescore {

struct AppState;

void drawPeriodPicker(AppState& state);
void drawComparisonPicker(AppState& state);

// How wide each picker draws now (UI units), so the top bar can lay them out before drawing.
float periodPickerWidth(AppState& state);
float comparisonPickerWidth(AppState& state);

} // namespace carescore
