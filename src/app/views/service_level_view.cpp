#include "app/views/service_level_view.h"

#include <algorithm>
#include <cmath>
#include <span>

#include <imgui.h>

#include "app/analysis.h"
#include "app/app_state.h"
#include "app/charts/charts.h"
#include "app/i18n/date_format.h"
#include "app/i18n/engine_messages.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/theme.h"
#include "app/ui_items.h"
#include "app/verdict_icons.h"
#include "app/views/view_card.h"
#include "app/views/view_support.h"
#include "core/metrics/metric_engine.h"

namespace carescore {

namespace {

using namespace charts;

constexpr int kHoursOfWeek = 168;

void compute(Analysis& analysis, ServiceLevelViewState& view) {
  view.generation = analysis.generation();
  const Standard* standard = standardFor(analysis.profile(), "service_level");
  view.fromProfile = standard != nullptr;
  MetricRequest request = viewRequest(standard, "service_level", analysis.zone());
  request.minN = 0;  // the standard's minimum n is for a period, not for each hour of the week (n is in the tooltip)
  view.thresholdSeconds = 120;
  if (auto it = request.parameters.find("threshold_seconds"); it != request.parameters.end())
    if (const double* seconds = std::get_if<double>(&it->second)) view.thresholdSeconds = *seconds;
  view.targetPercent = standard && standard->target.value ? *standard->target.value : 90;

  view.level.assign(kHoursOfWeek, NAN);
  view.levelN.assign(kHoursOfWeek, 0);
  view.levelFailure.reset();
  const SegmentSplit split = splitBy(analysis.selections(), request, Segmentation::byTime(SegmentBy::HourOfWeek));
  view.levelFailure = split.failure;
  for (std::size_t i = 0; i < split.segments.size() && i < kHoursOfWeek; ++i) {
    const MetricResult& result = split.segments[i].result;
    view.levelN[i] = result.n;
    if (auto value = result.value("share_within"); value && result.ok()) view.level[i] = *value * 100;
  }

  StaffingOptions options;
  options.answerTargetSeconds = view.thresholdSeconds;
  options.targetServiceLevel = std::clamp(view.targetPercent / 100, 0.01, 0.999);
  options.zone = analysis.zone();
  view.staffing = staffingByHourOfWeek(analysis.selections(), options);
  view.contacts.assign(kHoursOfWeek, NAN);
  view.contactsN.assign(kHoursOfWeek, 0);
  for (const StaffingHour& hour : view.staffing.hours) {
    view.contacts[hour.hourOfWeek] = static_cast<double>(hour.contacts);
    view.contactsN[hour.hourOfWeek] = hour.contacts;
  }
  if (view.weekday < 0 && !view.staffing.hours.empty()) {
    std::uint64_t best = 0;
    for (int day = 0; day < 7; ++day) {
      std::uint64_t total = 0;
      for (int h = 0; h < 24; ++h) total += view.contactsN[static_cast<std::size_t>(day * 24 + h)];
      if (total > best) best = total, view.weekday = day;
    }
  }
  if (view.weekday < 0) view.weekday = 0;
}

void heatmapCard(AppState& state, const char* name, const char* title, std::span<const double> values,
                 std::span<const std::uint64_t> n, charts::ValueFormat format, const char* valueTitle, ImVec2 size) {
  ChartCard card(state, name, title, size.x);
  HeatmapSpec spec;
  spec.values = values;
  spec.n = n;
  spec.format = format;
  spec.valueTitle = valueTitle;
  const ChartResult result = hourOfWeekHeatmap("chart", spec, card.size(size.y));
  card.note(result);
  reportChart(state, name, result);
}

// Per hour of the chosen day: agents needed (Erlang C, A) and seen, as grouped bars.
void drawAgentsChart(AppState& state, const ServiceLevelViewState& view, float width, float height) {
  ChartCard card(state, "staffing", tr(Text::ViewStaffingTitle), width);
  static const char* const kHourLabels[] = {"00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
                                            "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"};
  std::vector<double> neededC(24, NAN), neededA(24, NAN), seen(24, NAN);
  bool anyA = false;
  for (const StaffingHour& hour : view.staffing.hours) {
    if (hour.hourOfWeek / 24 != view.weekday) continue;
    const std::size_t h = hour.hourOfWeek % 24;
    if (hour.agentsNeeded) neededC[h] = *hour.agentsNeeded;
    if (hour.agentsNeededErlangA) neededA[h] = *hour.agentsNeededErlangA, anyA = true;
    seen[h] = hour.agentsSeen;
  }
  std::vector<BarSeries> series = {{tr(Text::ChartAgentsNeeded), neededC}};
  if (anyA) series.push_back({tr(Text::ViewAgentsNeededErlangA), neededA});
  series.push_back({tr(Text::ChartAgentsSeen), seen});
  BarChartSpec spec;
  spec.categories = kHourLabels;
  spec.series = series;
  spec.valueAxis = {tr(Text::ViewAgents), {ValueKind::Number, 1}};
  const ChartResult result = barChart("chart", spec, card.size(height));
  card.note(result);
  reportChart(state, "staffing", result);
}

void drawStaffingTable(AppState& state, const ServiceLevelViewState& view) {
  const Text headers[] = {Text::ViewHour, Text::ViewArrivalsPerHour, Text::MetricHandleTime, Text::ViewTraffic,
                          Text::ChartAgentsNeeded, Text::ViewAgentsNeededErlangA, Text::ChartAgentsSeen,
                          Text::ViewExpectedServiceLevel, Text::ViewExpectedAsa};
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("staffing_table", static_cast<int>(std::size(headers)), kFlags, ImVec2(0, std::max(em(8), ImGui::GetContentRegionAvail().y))))
    return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (Text header : headers) {
    ImGui::TableSetupColumn(tr(header));
    noteLabel(state, tr(header));
  }
  ImGui::TableHeadersRow();
  const double target = view.targetPercent;
  for (const StaffingHour& hour : view.staffing.hours) {
    if (hour.hourOfWeek / 24 != view.weekday || hour.contacts == 0) continue;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(formatClock(hour.hourOfWeek % 24, 0).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(formatNumber(hour.arrivalsPerHour, 1).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(hour.handleSeconds ? formatDuration(*hour.handleSeconds).c_str() : "—");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(formatNumber(hour.trafficErlangs, 2).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(hour.agentsNeeded ? formatCount(static_cast<std::uint64_t>(*hour.agentsNeeded)).c_str() : "—");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(hour.agentsNeededErlangA ? formatCount(static_cast<std::uint64_t>(*hour.agentsNeededErlangA)).c_str() : "—");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(formatNumber(hour.agentsSeen, 1).c_str());
    ImGui::TableNextColumn();
    if (hour.serviceLevelSeen) {
      const double percent = *hour.serviceLevelSeen * 100;
      verdictBadge(percent >= target ? Verdict::Pass : Verdict::Fail);
      ImGui::SameLine();
      ImGui::TextUnformatted(formatPercent(percent, 1).c_str());
    } else {
      ImGui::TextUnformatted("—");
    }
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(hour.asaSecondsSeen ? formatDuration(*hour.asaSecondsSeen).c_str() : "—");
  }
  ImGui::EndTable();
}

} // namespace

void drawServiceLevelView(Analysis& analysis, ServiceLevelViewState& view, AppState& state) {
  // A new analysis: one frame that says so (the tab opens at once), the work in the next frame.
  if (view.generation != analysis.generation()) {
    if (view.computing) compute(analysis, view);
    view.computing = !view.computing;
  }
  viewHeading(state, tr(Text::TabServiceLevel));
  if (view.computing) {
    viewNote(state, tr(Text::ViewComputingStaffing));
    state.viewReport.computing = true;
    state.request.redraw = true;
    return;
  }
  ImGui::SameLine();
  const std::string target = trFormat(Text::ViewServiceLevelTarget, {formatPercent(view.targetPercent, 0), formatDuration(view.thresholdSeconds)});
  ImGui::TextDisabled("%s%s", target.c_str(), view.fromProfile ? "" : tr(Text::ViewNoStandardDefault));
  noteLabel(state, target);

  if (!view.staffing.missingInputs.empty() || !view.staffing.message.empty()) {
    std::string why = messageText(view.staffing.message);
    for (const std::string& input : view.staffing.missingInputs) why += (why.empty() ? "" : "; ") + messageText(input);
    viewNote(state, trFormat(Text::ViewStaffingUnavailable, {why}));
  }
  if (view.levelFailure) viewNote(state, whyNoValue(*view.levelFailure));

  const float spacing = ImGui::GetStyle().ItemSpacing.x * 2;
  const float half = (ImGui::GetContentRegionAvail().x - spacing) / 2;
  const float heatHeight = std::max(em(10), ImGui::GetContentRegionAvail().y * 0.3f);
  heatmapCard(state, "volume_heatmap", tr(Text::ViewVolumeByHour), view.contacts, view.contactsN, {ValueKind::Count, 0},
              tr(Text::ChartContacts), ImVec2(half, heatHeight));
  ImGui::SameLine(0, spacing);
  heatmapCard(state, "level_heatmap", tr(Text::ViewServiceLevelByHour), view.level, view.levelN, {ValueKind::Percent, 1},
              tr(Text::MetricServiceLevel), ImVec2(half, heatHeight));

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Text::ViewWeekday));
  for (int day = 0; day < 7; ++day) {
    ImGui::SameLine();
    if (ImGui::RadioButton(weekdayName(day + 1, NameWidth::Short), view.weekday == day)) view.weekday = day;
    noteItem(state, ("weekday_" + std::to_string(day)).c_str());
  }
  if (view.staffing.patienceSeconds) {
    ImGui::SameLine(0, spacing);
    ImGui::TextDisabled("%s", trFormat(Text::ViewPatience, {formatDuration(*view.staffing.patienceSeconds)}).c_str());
  }
  drawAgentsChart(state, view, ImGui::GetContentRegionAvail().x, std::max(em(10), ImGui::GetContentRegionAvail().y * 0.45f));
  drawStaffingTable(state, view);
}

} // namespace carescore
