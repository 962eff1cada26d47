// What charts are given: plain arrays the caller has already aggregated (never engine tables),
// how values read (percent, duration, count), and what a chart reports back (its rectangle, what
// the mouse is over, where its legend entries are). Option structs with sensible defaults.
#pragma once
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <imgui.h>

namespace carescore::charts {

enum class ValueKind {
  Number,    // plain decimal
  Count,     // whole numbers with group separators
  Percent,   // given in percent (82.4), shown "82.4%" / "82,4 %"
  Duration,  // given in seconds, shown "2 min 5 s", ticks on 15 s / 1 min / 1 h steps
};

struct ValueFormat {
  ValueKind kind = ValueKind::Number;
  int decimals = 1;  // for tooltips (exact values); ticks use what their step needs
};

inline constexpr double kAuto = NAN;

struct AxisSpec {
  const char* title = nullptr;  // drawn along the axis; units are in the tick labels themselves
  ValueFormat format;
  double min = kAuto, max = kAuto;  // fixed bounds, or NaN for "from the data"
  bool includeZero = true;          // bars and counts start at zero; rates may not
};

// A series over time (x in wall-clock epoch ms, ascending) or over numbers.
struct LineSeries {
  const char* name = "";
  std::span<const double> x;               // ascending; empty means 0, 1, 2…
  std::span<const double> y;               // NaN is a gap
  std::span<const std::uint64_t> n = {};   // sample size behind each point, shown in the tooltip
  std::span<const double> lower = {};      // optional interval band, same length as y
  std::span<const double> upper = {};
};

struct TargetLine {
  double value = NAN;
  const char* label = nullptr;  // shown as given ("target ≥ 90%"); null: "Target" and the value
};

struct LineChartSpec {
  std::span<const LineSeries> series;
  bool timeAxis = true;  // x is epoch ms
  AxisSpec xAxis;        // used when !timeAxis
  AxisSpec yAxis;
  TargetLine target;
  bool legend = true;
};

enum class BarLayout { Grouped, Stacked, Stacked100 };

struct BarSeries {
  const char* name = "";
  std::span<const double> values;  // one per category
  std::span<const std::uint64_t> n = {};
};

struct BarChartSpec {
  std::span<const char* const> categories;
  std::span<const BarSeries> series;
  BarLayout layout = BarLayout::Grouped;
  AxisSpec valueAxis;
  TargetLine target;
  bool legend = true;
  int colorOffset = 0;                       // first palette slot (so NPS bars can follow a fixed order)
  std::span<const ImU32> colors = {};        // explicit colours per series, overriding the palette
  bool valueLabels = false;                  // grouped bars: each bar's value over it, so a bar a pixel tall still reads
};

struct HistogramSpec {
  std::span<const double> edges;           // bins + 1 ascending edges, in the x axis's units
  std::span<const std::uint64_t> counts;   // one per bin
  AxisSpec xAxis;
  const char* countTitle = nullptr;
  TargetLine threshold;                    // a vertical line, e.g. "answered within 120 s"
};

struct HeatmapSpec {
  std::span<const double> values;          // 7 × 24, Monday 00:00 first; NaN = no data
  std::span<const std::uint64_t> n = {};
  ValueFormat format;
  const char* valueTitle = nullptr;
};

struct SparklineSpec {
  std::span<const double> y;
  TargetLine target;
  ImU32 color = 0;  // 0: first series colour
};

// Where the mouse is in a chart: which series and which point or bar (-1: none).
struct Hover {
  int series = -1;
  int index = -1;
};

struct LegendEntry {
  std::string name;
  ImVec2 min, max;  // screen rectangle, for tests and scripts that click it
  bool visible = true;
};

struct ChartResult {
  ImVec2 min, max;      // the whole chart, axes and legend included
  ImVec2 plotMin, plotMax;
  Hover hover;
  bool tooltipShown = false;
  std::vector<LegendEntry> legend;
  std::size_t pointsDrawn = 0;  // after downsampling; benchmarks and tests read it
  std::size_t xLabelsDrawn = 0;      // category or tick labels under the plot (crowded ones are skipped)
  std::size_t valueLabelsDrawn = 0;  // numbers written on bars (BarChartSpec::valueLabels)
};

} // namespace carescore::charts
