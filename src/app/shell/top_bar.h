// The shell's two top rows: the top bar (Open files…, period vs comparison, profile, languages,
// theme, settings), the filter row (one combo per filter field, Export, the demo banner), and
// the files still loading.
#pragma once

namespace carescore {

struct AppState;

void drawTopBar(AppState& state);
void drawFilterRow(AppState& state);
void drawLoadingStrip(AppState& state);  // files still loading, with Cancel (loading_strip.cpp)

} // namespace carescore
