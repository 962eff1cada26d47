#include "app/views/drilldown_view.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "app/app_state.h"
#include "app/charts/charts.h"
#include "app/i18n/engine_texts.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/local_text.h"
#include "app/theme.h"
#include "app/ui_items.h"
#include "app/verdict_icons.h"
#include "app/views/drilldown_data.h"
#include "app/views/drilldown_rows.h"
#include "app/views/scorecard_text.h"
#include "app/views/view_card.h"
#include "app/views/view_support.h"

namespace carescore {

namespace {

charts::ValueFormat formatOf(StatisticUnit unit) {
  switch (unit) {
    case StatisticUnit::Share: return {charts::ValueKind::Percent, 1};
    case StatisticUnit::Seconds: return {charts::ValueKind::Duration, 0};
    case StatisticUnit::Count: return {charts::ValueKind::Count, 0};
    default: return {charts::ValueKind::Number, 2};
  }
}

DrilldownData& drilldownOf(AppState& state, const StandardCard& card, const Evaluation& evaluation) {
  DrilldownData& data = state.drilldown;
  if (data.generation != state.analysis.generation() || data.standardId != card.id || data.evaluation != &evaluation)
    data = computeDrilldown(state.analysis, card, evaluation);
  return data;
}

void drawHeader(AppState& state, const StandardCard& card, const Evaluation& e) {
  if (ImGui::Button(tr(Text::BackToScorecard)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) state.openStandard.clear();
  noteItem(state, "drilldown_back");
  ImGui::SameLine(0, em(1));
  verdictBadge(card.verdict);
  ImGui::SameLine(0, em(1));
  ImGui::TextUnformatted(inLanguage(card.label).c_str());
  noteItem(state, "drilldown_title");
  ImGui::TextWrapped("%s", inLanguage(card.explanation).c_str());
  std::string line;
  if (e.value) line = formatProfileValue(*e.value, e.unit) + "   ";
  line += targetText(e.target, e.unit);
  if (e.interval) line += std::string("   ") + trFormat(Text::CardInterval, {formatProfileValue(e.interval->low, e.unit), formatProfileValue(e.interval->high, e.unit)});
  line += std::string("   ") + trFormat(Text::ChartSampleSize, {formatCount(e.n)});
  ImGui::TextUnformatted(line.c_str());
  if (e.previous.previousValue)
    ImGui::TextDisabled("%s · %s", trFormat(Text::DrillPrevious, {formatProfileValue(*e.previous.previousValue, e.unit), formatCount(e.previous.previousN)}).c_str(),
                        changeText(e, state.analysis.zone()).c_str());
  // The engine's formula and scope are English; these are worded from its codes in the UI's language.
  ImGui::PushTextWrapPos(0.0f);  // formulas run long: wrapped at the window's edge, not cut off
  if (const std::string formula = e.formula.empty() ? std::string() : formulaText(e.metric); !formula.empty()) {
    const std::string formulaLine = trFormat(Text::DrillFormula, {formula});
    ImGui::TextDisabled("%s", formulaLine.c_str());
    noteLabel(state, formulaLine);
  }
  const std::string scope = trFormat(Text::DrillScope, {scopeText(e.scope)});
  ImGui::TextDisabled("%s", scope.c_str());
  noteLabel(state, scope);
  ImGui::PopTextWrapPos();
}

// Each chart is a ChartCard like the analysis views' (title, "Save as PNG", the rectangles
// card_/chart_/save_drilldown_<part>), so every chart of the app saves through one path.
void drawPerDay(AppState& state, const DrilldownData& data, const Evaluation& e, float width) {
  ChartCard card(state, "drilldown_per_day", tr(Text::DrillPerDay), width);
  const charts::LineSeries series[] = {{tr(Text::ChartValue), data.dayMs, data.dayValue, data.dayN, data.dayLow, data.dayHigh}};
  charts::LineChartSpec spec;
  spec.series = series;
  spec.yAxis.format = formatOf(e.unit);
  spec.yAxis.includeZero = false;
  spec.legend = false;
  const std::string target = targetText(e.target, e.unit);
  if (e.target.value) spec.target = {*e.target.value, target.c_str()};
  const charts::ChartResult result = charts::lineChart("per_day", spec, card.size(em(14)));
  card.note(result);
  reportChart(state, card.name(), result);
}

void drawSplits(AppState& state, const DrilldownData& data, const Evaluation& e, float width) {
  const Text titles[] = {Text::DrillByChannel, Text::DrillByTeam, Text::DrillByAgent};
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float each = (width - 2 * gap) / 3;
  const std::string target = targetText(e.target, e.unit);
  for (std::size_t i = 0; i < data.splits.size() && i < 3; ++i) {
    if (i) ImGui::SameLine(0, gap);
    const SplitBars& bars = data.splits[i];
    if (bars.names.empty()) {  // nothing to save: a title and why, in the chart's place
      ImGui::BeginGroup();
      ImGui::TextUnformatted(tr(titles[i]));
      ImGui::TextDisabled("%s", tr(Text::DrillNoSplit));
      ImGui::Dummy(ImVec2(each, em(10)));
      ImGui::EndGroup();
    } else {
      ChartCard card(state, "drilldown_" + bars.field, tr(titles[i]), each);
      // Channel values are the engine's words ("phone"): named in the UI's language.
      std::vector<std::string> shown;
      for (const std::string& name : bars.names) shown.push_back(bars.field == "channel" ? channelName(name) : name);
      std::vector<const char*> names;
      for (const std::string& name : shown) names.push_back(name.c_str());
      const charts::BarSeries series[] = {{tr(Text::ChartValue), bars.values, bars.n}};
      charts::BarChartSpec spec;
      spec.categories = names;
      spec.series = series;
      spec.valueAxis.format = formatOf(e.unit);
      spec.legend = false;
      if (e.target.value) spec.target = {*e.target.value, target.c_str()};
      const charts::ChartResult result = charts::barChart("chart", spec, card.size(em(11)));
      card.note(result);
      reportChart(state, card.name(), result);
    }
  }
}

void drawHeatmap(AppState& state, const DrilldownData& data, const Evaluation& e, float width) {
  ChartCard card(state, "drilldown_hour_of_week", tr(Text::DrillHourOfWeek), width);
  charts::HeatmapSpec spec;
  spec.values = data.hourOfWeek;
  spec.n = data.hourOfWeekN;
  spec.format = formatOf(e.unit);
  const charts::ChartResult result = charts::hourOfWeekHeatmap("hour_of_week", spec, card.size(em(12)));
  card.note(result);
  reportChart(state, card.name(), result);
}

void drawDrivers(const Evaluation& e) {
  if (e.drivers.empty()) return;
  ImGui::TextUnformatted(tr(Text::DrillDrivers));
  for (const Driver& driver : e.drivers)
    ImGui::BulletText("%s", trFormat(Text::DrillDriverLine, {driverLabel(driver), formatProfileValue(driver.value, e.unit), formatCount(driver.records),
                                                             formatPercent(driver.share * 100.0, 0)}).c_str());
}

void drawStaffing(AppState& state, const DrilldownData& data, float width) {
  if (!data.staffing || data.staffing->hours.size() != 168) return;
  ChartCard card(state, "drilldown_staffing", tr(Text::DrillWhatItTakes), width);
  std::vector<double> hour(168), needed(168), seen(168);
  for (std::size_t i = 0; i < 168; ++i) {
    hour[i] = static_cast<double>(i);
    const StaffingHour& h = data.staffing->hours[i];
    needed[i] = h.agentsNeeded ? static_cast<double>(*h.agentsNeeded) : NAN;
    seen[i] = h.contacts ? h.agentsSeen : NAN;
  }
  const charts::LineSeries series[] = {{tr(Text::ChartAgentsNeeded), hour, needed}, {tr(Text::ChartAgentsSeen), hour, seen}};
  charts::LineChartSpec spec;
  spec.series = series;
  spec.timeAxis = false;
  spec.xAxis = {tr(Text::ChartHourOfWeek), {charts::ValueKind::Count, 0}, 0, 167, true};
  spec.yAxis = {nullptr, {charts::ValueKind::Number, 1}};
  const charts::ChartResult result = charts::lineChart("staffing", spec, card.size(em(12)));
  card.note(result);
  reportChart(state, card.name(), result);
}

} // namespace

void drawDrilldownView(AppState& state, const StandardCard& card) {
  const Evaluation* evaluation = headlineOf(card);
  if (!evaluation) return;
  const Evaluation& e = *evaluation;
  DrilldownData& data = drilldownOf(state, card, e);
  const float width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
  drawHeader(state, card, e);
  ImGui::Separator();
  drawPerDay(state, data, e, width);
  drawSplits(state, data, e, width);
  drawHeatmap(state, data, e, width);
  drawDrivers(e);
  drawStaffing(state, data, width);
  ImGui::Separator();
  drawDrilldownRows(state, data);
}

} // namespace carescore
