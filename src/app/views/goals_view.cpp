#include "app/views/goals_view.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <imgui.h>

#include "app/analysis.h"
#include "app/app_state.h"
#include "app/charts/charts.h"
#include "app/i18n/date_format.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/verdict_icons.h"
#include "app/views/view_card.h"
#include "app/views/view_support.h"
#include "core/time/civil.h"

namespace carescore {

namespace {

using namespace charts;

void compute(Analysis& analysis, GoalsViewState& view) {
  view.generation = analysis.generation();
  view.latestMs = latestContactMs(analysis.dataset());
  view.goals.clear();
  for (const Goal& goal : analysis.profile().goals) {
    GoalFunnel& funnel = view.goals.emplace_back();
    funnel.frame = resolveTimeFrame(goal.timeFrame, analysis.zone(), view.latestMs);
    if (funnel.frame) funnel.steps = countFunnel(analysis.dataset(), goal, *funnel.frame);
  }
}

CivilDate localDate(const TimeZone& zone, std::int64_t utcMs) {
  return civilFromDays(dayOf(zone.toLocal(utcMs)));
}

// "Mar 1–31, 2026 · 20 of 31 days elapsed, 11 left" against the data's latest contact.
std::string frameText(const Analysis& analysis, const UtcRange& frame, std::optional<std::int64_t> latestMs) {
  const TimeZone& zone = analysis.zone();
  std::string text = formatDateRange(localDate(zone, frame.beginMs), localDate(zone, frame.endMs - 1));
  const double totalDays = std::round(static_cast<double>(frame.lengthMs()) / kMsPerDay);
  if (latestMs) {
    const double elapsed = std::clamp(std::ceil(static_cast<double>(*latestMs - frame.beginMs) / kMsPerDay), 0.0, totalDays);
    text += "   " + trFormat(Text::ViewDaysElapsed, {formatNumber(elapsed, 0), formatNumber(totalDays, 0), formatNumber(totalDays - elapsed, 0)});
  }
  return text;
}

void drawFunnel(AppState& state, const Goal& goal, const GoalFunnel& funnel, std::size_t index, float width) {
  const std::string name = "goal_" + std::to_string(index);
  ChartCard card(state, name, localText(goal.label).c_str(), width);
  std::vector<const char*> categories;
  std::vector<double> counts, targets;
  for (std::size_t i = 0; i < goal.steps.size(); ++i) {
    categories.push_back(localText(goal.steps[i].label).c_str());
    const std::optional<std::uint64_t> count = i < funnel.steps.size() ? funnel.steps[i].count : std::nullopt;
    counts.push_back(count ? static_cast<double>(*count) : NAN);
    targets.push_back(goal.steps[i].targetCount.value_or(NAN));
  }
  const BarSeries series[] = {{tr(Text::ViewActual), counts}, {tr(Text::ChartTarget), targets}};
  BarChartSpec spec;
  spec.categories = categories;
  spec.series = series;
  spec.valueAxis = {tr(Text::ViewCustomers), {ValueKind::Count, 0}};
  const ChartResult result = barChart("chart", spec, card.size(em(11)));
  card.note(result);
  reportChart(state, name, result);
}

void drawStepsTable(AppState& state, const Goal& goal, const GoalFunnel& funnel, std::size_t index) {
  const Text headers[] = {Text::ViewStep, Text::ViewCustomers, Text::ChartTarget, Text::ViewProgress, Text::ViewOfPrevious};
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable(("steps_" + std::to_string(index)).c_str(), static_cast<int>(std::size(headers)), kFlags)) return;
  for (Text header : headers) {
    ImGui::TableSetupColumn(tr(header));
    noteLabel(state, tr(header));
  }
  ImGui::TableHeadersRow();
  std::optional<std::uint64_t> previous;
  for (std::size_t i = 0; i < goal.steps.size(); ++i) {
    const FunnelStep& step = goal.steps[i];
    const FunnelStepCount* count = i < funnel.steps.size() ? &funnel.steps[i] : nullptr;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(localText(step.label).c_str());
    ImGui::TableNextColumn();
    if (count && count->count) {
      ImGui::TextUnformatted(formatCount(*count->count).c_str());
    } else {
      verdictBadge(Verdict::NoData);
      if (count && !count->missingInputs.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", count->missingInputs.front().c_str());
        state.view.notes.push_back(count->missingInputs.front());
      }
    }
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(step.targetCount ? formatNumber(*step.targetCount, 0).c_str() : "—");
    ImGui::TableNextColumn();
    if (count && count->count && step.targetCount && *step.targetCount > 0) {
      const double progress = static_cast<double>(*count->count) / *step.targetCount;
      ImGui::ProgressBar(static_cast<float>(std::min(progress, 1.0)), ImVec2(-1, 0), formatPercent(progress * 100, 0).c_str());
    } else {
      ImGui::TextUnformatted("—");
    }
    ImGui::TableNextColumn();
    if (previous && count && count->count && *previous > 0)
      ImGui::TextUnformatted(formatPercent(static_cast<double>(*count->count) / static_cast<double>(*previous) * 100, 0).c_str());
    else
      ImGui::TextUnformatted("—");
    previous = count ? count->count : std::nullopt;
  }
  ImGui::EndTable();
}

} // namespace

void drawGoalsView(Analysis& analysis, GoalsViewState& view, AppState& state) {
  if (view.generation != analysis.generation()) compute(analysis, view);
  viewHeading(state, tr(Text::TabGoals));
  const std::vector<Goal>& goals = analysis.profile().goals;
  if (goals.empty()) {
    viewNote(state, tr(Text::ViewNoGoals));
    return;
  }
  ImGui::BeginChild("goals", ImVec2(0, 0), false);
  for (std::size_t i = 0; i < goals.size() && i < view.goals.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const GoalFunnel& funnel = view.goals[i];
    ImGui::Separator();
    if (!localText(goals[i].explanation).empty()) {
      ImGui::PushTextWrapPos(0);
      ImGui::TextDisabled("%s", localText(goals[i].explanation).c_str());
      ImGui::PopTextWrapPos();
    }
    if (!funnel.frame) {
      viewNote(state, tr(Text::ViewNoTimeFrame));
    } else {
      const std::string frame = frameText(analysis, *funnel.frame, view.latestMs);
      ImGui::TextUnformatted(frame.c_str());
      noteLabel(state, frame);
    }
    drawFunnel(state, goals[i], funnel, i, ImGui::GetContentRegionAvail().x);
    drawStepsTable(state, goals[i], funnel, i);
    ImGui::PopID();
  }
  ImGui::EndChild();
}

} // namespace carescore
