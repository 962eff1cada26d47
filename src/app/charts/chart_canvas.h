// The frame every chart draws in: reserves its rectangle at the cursor, lays out legend, axes and
// plot area in units that scale with the font, maps values to pixels, draws grid, ticks, target
// lines and tooltips, and remembers which series the legend hid (per chart, in ImGui's storage).
// Chart types (line_chart.cpp, bar_chart.cpp, …) are built on it; views never use it directly.
#pragma once
#include <span>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/charts/chart_types.h"
#include "app/charts/value_format.h"

namespace carescore::charts {

struct Scale {
  double d0 = 0, d1 = 1;   // domain
  float p0 = 0, p1 = 1;    // pixels
  float map(double v) const { return p0 + static_cast<float>((v - d0) / (d1 - d0)) * (p1 - p0); }
  double invert(float p) const { return d0 + static_cast<double>((p - p0) / (p1 - p0)) * (d1 - d0); }
};

struct LegendItem {
  const char* name;
  ImU32 color;
};

class ChartCanvas {
public:
  // Begins a chart of `size` (UI units; a width ≤ 0 fills the available width) at the cursor.
  ChartCanvas(const char* id, ImVec2 size, ChartResult& result);
  ~ChartCanvas();  // reserves the rectangle in the layout
  ChartCanvas(const ChartCanvas&) = delete;
  ChartCanvas& operator=(const ChartCanvas&) = delete;

  ImDrawList* drawList() const { return drawList_; }

  // The top row: the y axis title on the left, the legend on the right (wrapping onto more rows
  // when the two would meet). Each legend entry toggles its series when clicked.
  void header(const char* yTitle, std::span<const LegendItem> items);
  bool visible(int series) const;

  // Splits what is left below the header into plot area and axis margins: room for the widest
  // y label, a row of x labels, and the x axis title.
  void layout(const std::vector<std::string>& yLabels, const char* xTitle, bool xLabels = true);
  ImVec2 plotMin() const { return plotMin_; }
  ImVec2 plotMax() const { return plotMax_; }
  float plotWidthPixels() const;  // in device pixels: the resolution M4 reduces to

  void drawYAxis(const AxisTicks& ticks, const Scale& y);
  // Labels centred under `positions`, skipping any that would overlap the previous one.
  void drawXLabels(std::span<const float> positions, std::span<const std::string> labels);
  void drawXGrid(std::span<const float> positions);
  void drawHorizontalTarget(const TargetLine& target, const Scale& y, const ValueFormat& format);
  void drawVerticalTarget(const TargetLine& target, const Scale& x, const ValueFormat& format);
  void drawNoData();

  // True while the mouse is over the plot area (and the window is hovered).
  bool plotHovered() const;
  ImVec2 mouse() const { return ImGui::GetIO().MousePos; }

  // A tooltip: a header line, then rows of colour swatch, name and value.
  void beginTooltip(const std::string& header);
  void tooltipRow(ImU32 color, const char* name, const std::string& value);
  void tooltipNote(const std::string& text);
  void endTooltip();

private:
  ChartResult& result_;
  ImDrawList* drawList_ = nullptr;
  ImVec2 min_, max_;
  float top_ = 0;  // where the space below the legend starts
  ImVec2 plotMin_, plotMax_;
  bool tooltipOpen_ = false;
};

// The target's own label ("target ≥ 90%"), or "Target" and its value.
std::string targetLabel(const TargetLine& target, const ValueFormat& format);

// Marker shapes by series index, so series differ by shape as well as colour.
void drawMarker(ImDrawList* drawList, ImVec2 center, float radius, int series, ImU32 color);

} // namespace carescore::charts
