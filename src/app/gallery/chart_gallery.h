// The chart gallery: every chart type drawn from fixed demo series, in the current language and
// theme, each with a "Save as PNG" button. Reached from the JavaScript API only
// (window.carescore.showGallery(true)); browser tests screenshot it in every language.
#pragma once

namespace carescore {

struct AppState;

void drawChartGallery(AppState& state);

} // namespace carescore
