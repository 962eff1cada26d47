// The settings window: language (with how numbers and dates then read), theme, time zone,
// business hours and holidays, and "forget everything". Changes apply at once.
#pragma once

namespace carescore {

struct AppState;

void drawSettingsPanel(AppState& state);

} // namespace carescore
