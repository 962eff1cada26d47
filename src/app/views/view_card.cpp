#include "app/views/view_card.h"

#include <algorithm>

#include "app/app_state.h"
#include "app/charts/charts.h"
#include "app/i18n/translate.h"
#include "app/text_fit.h"
#include "app/ui_items.h"

namespace carescore {

ChartCard::ChartCard(AppState& state, std::string name, const char* title, float width)
    : state_(state), name_(std::move(name)), width_(width) {
  ImGui::BeginGroup();
  ImGui::PushID(name_.c_str());
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title);
  const char* save = tr(Text::ChartSavePng);
  const float buttonWidth = framedTextWidth(save);
  // Inside a group SameLine's offset counts from the group's left edge.
  ImGui::SameLine(std::max(ImGui::CalcTextSize(title).x + ImGui::GetStyle().ItemSpacing.x, width - buttonWidth));
  save_ = ImGui::Button(save);
  noteItem(state, ("save_" + name_).c_str());
}

ChartCard::~ChartCard() {
  ImGui::PopID();
  ImGui::EndGroup();
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  noteRect(state_, "card_" + name_, min, max);
  PngScroll& scroll = state_.request.pngScroll;
  const bool scrolledTo = scroll.card == name_ && scroll.frame + 1 == ImGui::GetFrameCount();  // not a stale one
  if (!save_ && !scrolledTo) return;
  scroll = {};
  // The PNG is read from the frame's pixels: a card the window cuts off (its button in view, its
  // chart below the fold) is scrolled into view first and saved in the next frame, as far as it fits.
  const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowSize().y;
  if (!scrolledTo && (min.y < top || max.y > bottom)) {
    ImGui::SetScrollY(ImGui::GetScrollY() + (max.y > bottom ? std::min(max.y - bottom, min.y - top) : min.y - top));
    scroll = {name_, ImGui::GetFrameCount()};
    state_.request.redraw = true;
    return;
  }
  state_.request.savePng = PngExportRequest{{min.x, min.y, max.x - min.x, max.y - min.y}, "carescore-" + name_ + ".png"};
}

void ChartCard::note(const charts::ChartResult& result) {
  noteRect(state_, "chart_" + name_, result.min, result.max);
  noteRect(state_, "plot_" + name_, result.plotMin, result.plotMax);
  for (std::size_t i = 0; i < result.legend.size(); ++i)
    noteRect(state_, "legend_" + name_ + "_" + std::to_string(i), result.legend[i].min, result.legend[i].max);
}

void reportChart(AppState& state, const std::string& name, const charts::ChartResult& result) {
  state.viewReport.charts[name] = result.pointsDrawn;
  for (const charts::LegendEntry& entry : result.legend) state.viewReport.labels.push_back(entry.name);
  if (result.tooltipShown) state.viewReport.tooltipChart = name;
}

void drawSingleBars(AppState& state, ChartCard& card, const SingleBars& bars, float height, bool hasData) {
  charts::BarChartSpec spec;
  spec.categories = bars.categories;
  spec.series = std::span(&bars.series, 1);
  spec.valueAxis = {bars.series.name, bars.format};
  spec.target = bars.target;
  spec.legend = false;
  const charts::ChartResult result = charts::barChart("chart", spec, card.size(height));
  card.note(result);
  reportChart(state, card.name(), hasData ? result : charts::ChartResult{});
}

} // namespace carescore
