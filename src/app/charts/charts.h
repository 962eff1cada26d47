// The chart module: every chart type, drawn with ImDrawList at the cursor from plain arrays the
// caller aggregated (never engine tables). Each returns what it drew and what the mouse is over.
// Dense line series are reduced with M4 to the plot's device-pixel width before drawing.
#pragma once
#include <imgui.h>

#include "app/charts/chart_types.h"

namespace carescore::charts {

// Lines over time or numbers, with optional interval bands, target line, legend and tooltip.
ChartResult lineChart(const char* id, const LineChartSpec& spec, ImVec2 size);

// Bars per category: grouped side by side, stacked, or stacked to 100 %.
ChartResult barChart(const char* id, const BarChartSpec& spec, ImVec2 size);

// Counts per bin of a distribution (wait, handle, resolution time), with an optional threshold.
ChartResult histogram(const char* id, const HistogramSpec& spec, ImVec2 size);

// Hour of week: weekdays down, hours across, a sequential colour per cell.
ChartResult hourOfWeekHeatmap(const char* id, const HeatmapSpec& spec, ImVec2 size);

// A small line without axes for cards; the last point is marked.
ChartResult sparkline(const char* id, const SparklineSpec& spec, ImVec2 size);

} // namespace carescore::charts
