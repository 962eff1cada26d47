// A chart card of a view or the gallery: title, a "Save as PNG" button, then what the caller draws.
// Notes the rectangles scripts need (card, chart, plot, save button, legend entries) and raises the
// PNG request for the whole card when its button is pressed. Not the chart itself (app/charts/).
#pragma once
#include <span>
#include <string>

#include <imgui.h>

#include "app/charts/chart_types.h"

namespace carescore {

struct AppState;

class ChartCard {
public:
  ChartCard(AppState& state, std::string name, const char* title, float width);
  ~ChartCard();
  ChartCard(const ChartCard&) = delete;
  ChartCard& operator=(const ChartCard&) = delete;

  // Notes the chart's rectangles under chart_<name>, plot_<name>, legend_<name>_<i>.
  void note(const charts::ChartResult& result);
  ImVec2 size(float height) const { return ImVec2(width_, height); }
  const std::string& name() const { return name_; }

private:
  AppState& state_;
  std::string name_;
  float width_;
  bool save_ = false;
};

// What an analysis view's chart drew, into AppState::view: points, legend names, tooltip.
void reportChart(AppState& state, const std::string& name, const charts::ChartResult& result);

// One series of bars without a legend (answers per score, SERVQUAL gaps, topic shares), the axis
// named like the series, drawn in `card`, noted and reported; `hasData` false reports no points
// (the view says why instead).
struct SingleBars {
  std::span<const char* const> categories;
  charts::BarSeries series;
  charts::ValueFormat format;
  charts::TargetLine target = {};
};
void drawSingleBars(AppState& state, ChartCard& card, const SingleBars& bars, float height, bool hasData = true);

} // namespace carescore
