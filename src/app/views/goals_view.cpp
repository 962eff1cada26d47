#include "app/views/goals_view.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <imgui.h>

#include "app/analysis.h"
#include "app/app_state.h"
#include "app/charts/charts.h"
#include "app/i18n/date_format.h"
#include "app/i18n/engine_messages.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/theme.h"
#include "app/verdict_icons.h"
#include "app/views/view_card.h"
#include "app/views/view_support.h"
#include "core/scorecard/goal_progress.h"

namespace carescore {

namespace {

using namespace charts;

constexpr Text kStatusNames[] = {Text::ViewGoalReached, Text::ViewGoalOnTrack, Text::ViewGoalBehind, Text::VerdictNoData};
constexpr Verdict kStatusVerdicts[] = {Verdict::Pass, Verdict::Pass, Verdict::Fail, Verdict::NoData};

void compute(Analysis& analysis, GoalsViewState& view) {
  view.generation = analysis.generation();
  view.goals.clear();
  // Anchored to the chosen period's end (or the data's latest instant), like the scorecard.
  const std::optional<UtcRange> period = analysis.periodRange();
  for (const Goal& goal : analysis.profile().goals) view.goals.push_back(evaluateGoal(analysis.context(), goal, period));
}

CivilDate localDate(const TimeZone& zone, std::int64_t utcMs) { return civilFromDays(dayOf(zone.toLocal(utcMs))); }

// "Mar 1–31, 2026   day 20 of 31, 11 days left".
std::string frameText(const Analysis& analysis, const GoalProgress& goal) {
  const TimeZone& zone = analysis.zone();
  std::string text = formatDateRange(localDate(zone, goal.timeFrame.beginMs), localDate(zone, goal.timeFrame.endMs - 1));
  const double days = std::round(static_cast<double>(goal.timeFrame.lengthMs()) / kMsPerDay);
  const double elapsed = std::ceil(static_cast<double>(goal.elapsedMs) / kMsPerDay);
  text += "   " + trFormat(Text::ViewDaysElapsed, {formatNumber(elapsed, 0), formatNumber(days, 0), formatNumber(days - elapsed, 0)});
  return text;
}

void drawFunnel(AppState& state, const GoalProgress& goal, std::size_t index, float width) {
  const std::string name = "goal_" + std::to_string(index);
  ChartCard card(state, name, localText(goal.label).c_str(), width);
  std::vector<const char*> categories;
  std::vector<double> counts, targets;
  for (const GoalStep& step : goal.steps) {
    categories.push_back(localText(step.label).c_str());
    counts.push_back(step.count ? static_cast<double>(*step.count) : NAN);
    targets.push_back(step.targetCount.value_or(NAN));
  }
  const BarSeries series[] = {{tr(Text::ViewActual), counts}, {tr(Text::ChartTarget), targets}};
  BarChartSpec spec;
  spec.categories = categories;
  spec.series = series;
  spec.valueAxis = {tr(Text::ViewCustomers), {ValueKind::Count, 0}};
  spec.valueLabels = true;  // a target far below the actual count is a bar a pixel tall: its number still reads
  const ChartResult result = barChart("chart", spec, card.size(em(11)));
  card.note(result);
  reportChart(state, name, result);
}

void drawStepsTable(AppState& state, const GoalProgress& goal, std::size_t index) {
  const Text headers[] = {Text::ViewStep, Text::ViewCustomers, Text::ChartTarget, Text::ViewProgress, Text::ViewOfPrevious};
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable(("steps_" + std::to_string(index)).c_str(), static_cast<int>(std::size(headers)), kFlags)) return;
  for (Text header : headers) {
    ImGui::TableSetupColumn(tr(header));
    noteLabel(state, tr(header));
  }
  ImGui::TableHeadersRow();
  for (const GoalStep& step : goal.steps) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(localText(step.label).c_str());
    ImGui::TableNextColumn();
    if (step.count) {
      ImGui::TextUnformatted(formatCount(*step.count).c_str());
    } else {
      verdictBadge(Verdict::NoData);
      if (!step.missing.empty()) {
        ImGui::SameLine();
        const std::string why = messageText(step.missing.front());
        ImGui::TextDisabled("%s", why.c_str());
        state.viewReport.notes.push_back(why);
      }
    }
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(step.targetCount ? formatNumber(*step.targetCount, 0).c_str() : "—");
    ImGui::TableNextColumn();
    if (step.progress) {
      // Reached: the pass colour, light enough for the text over it; on the way: the theme's plain
      // bar colour (not yet a failure).
      const bool reached = *step.progress >= 1.0;
      ImVec4 pass = ImGui::ColorConvertU32ToFloat4(verdictColor(Verdict::Pass));
      pass.w = 0.45f;
      if (reached) ImGui::PushStyleColor(ImGuiCol_PlotHistogram, pass);
      ImGui::ProgressBar(static_cast<float>(std::min(*step.progress, 1.0)), ImVec2(-1, 0), formatPercent(*step.progress * 100, 0).c_str());
      if (reached) ImGui::PopStyleColor();
    } else
      ImGui::TextUnformatted("—");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(step.shareOfPrevious ? formatPercent(*step.shareOfPrevious, 0).c_str() : "—");
  }
  ImGui::EndTable();
}

} // namespace

void drawGoalsView(Analysis& analysis, GoalsViewState& view, AppState& state) {
  if (view.generation != analysis.generation()) compute(analysis, view);
  viewHeading(state, tr(Text::TabGoals));
  if (view.goals.empty()) {
    viewNote(state, tr(Text::ViewNoGoals));
    return;
  }
  ImGui::BeginChild("goals", ImVec2(0, 0), false);
  for (std::size_t i = 0; i < view.goals.size(); ++i) {
    const GoalProgress& goal = view.goals[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::Separator();
    const auto status = static_cast<std::size_t>(goal.status);
    const float size = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    drawVerdictIcon(ImGui::GetWindowDrawList(), ImVec2(at.x + size * 0.5f, at.y + size * 0.5f), size * 0.85f, kStatusVerdicts[status]);
    ImGui::Dummy(ImVec2(size, size));
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(kStatusNames[status]));
    noteLabel(state, tr(kStatusNames[status]));
    if (!localText(goal.explanation).empty()) {
      ImGui::SameLine();
      ImGui::TextDisabled("%s", localText(goal.explanation).c_str());
    }
    if (!goal.message.empty()) {
      viewNote(state, messageText(goal.message));
    } else {
      const std::string frame = frameText(analysis, goal);
      ImGui::TextUnformatted(frame.c_str());
      noteLabel(state, frame);
    }
    drawFunnel(state, goal, i, ImGui::GetContentRegionAvail().x);
    drawStepsTable(state, goal, i);
    ImGui::PopID();
  }
  ImGui::EndChild();
}

} // namespace carescore
