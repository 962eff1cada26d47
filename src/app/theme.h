// Colours and spacing of the app: light and dark themes, and the named semantic colours every
// panel and chart uses (verdicts, series, axes). Colour-blind safe (Okabe–Ito hues), and never the
// only carrier of meaning: verdicts also have a word and an icon (verdict_icons.h).
#pragma once
#include <array>
#include <cstdint>

#include <imgui.h>

#include "core/scorecard/scorecard.h"

namespace carescore {

enum class ThemeKind { Light, Dark };

// Verdicts are the scorecard engine's (core/scorecard/scorecard.h): pass, fail, at risk, no data,
// and the two kinds of "no verdict" (too few records, a standard that cannot be computed), drawn
// as no data with their own word.

inline constexpr int kSeriesColors = 8;

struct Palette {
  ImU32 pass, fail, atRisk, noData;        // Okabe–Ito blue, vermillion, orange; grey
  std::array<ImU32, kSeriesColors> series;  // categorical, in the order charts hand them out
  ImU32 text, textMuted;
  ImU32 plotBackground, grid, axis;
  ImU32 target;                             // the target line of a standard
  ImU32 band;                               // an interval band (translucent)
  ImU32 hoverLine;                          // the crosshair under the mouse
  ImU32 tooltipBackground, tooltipBorder;
  std::array<ImU32, 5> heatRamp;            // sequential, low → high, readable in both themes
};

void applyTheme(ThemeKind kind);
ThemeKind currentTheme();
const Palette& palette();

ImU32 verdictColor(Verdict verdict);
ImU32 seriesColor(int index);            // wraps around after kSeriesColors
ImU32 heatColor(float t);                // t in [0, 1] along the heat ramp
ImU32 withAlpha(ImU32 color, float alpha);

// A length in UI units that grows with the font, so charts and icons keep their proportions when
// the font size changes: em(1) is the font size.
float em(float multiple);

} // namespace carescore
