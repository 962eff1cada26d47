// The shell's two top rows: the top bar (Open files…, period vs comparison, profile, languages,
// theme, settings), the filter row (one combo per filter field, Export, the demo banner), and
// the files still loading.
#pragma once
#include <string>

namespace carescore {

struct AppState;

void drawTopBar(AppState& state);
void drawFilterRow(AppState& state);
// What the banner under the filter row says: the data is generated test data
// (window.carescore.useGeneratedData) or the demo shop; empty when it is the user's own.
std::string dataBannerText(const AppState& state);
void drawLoadingStrip(AppState& state);  // files still loading, with Cancel (loading_strip.cpp)

} // namespace carescore
