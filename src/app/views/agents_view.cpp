#include "app/views/agents_view.h"

#include <algorithm>
#include <map>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/analysis.h"
#include "app/app_state.h"
#include "app/charts/value_format.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/text_fit.h"
#include "app/ui_items.h"
#include "app/verdict_icons.h"
#include "app/views/scorecard_text.h"
#include "app/views/view_support.h"
#include "core/metrics/metric_engine.h"
#include "core/scorecard/verdict.h"
#include "core/text/search_folding.h"

namespace carescore {

namespace {

// The table's columns, as data: which metric each shows (the statistic of its standard when the
// profile has one, else the one named here).
struct AgentColumn {
  std::string_view metric;
  std::string_view statistic;
};
constexpr AgentColumn kColumns[] = {
  {"volume", "count"}, {"first_response", "median_seconds"}, {"resolution_time", "median_seconds"},
  {"fcr", "share"},    {"csat", "satisfied_share"},          {"aht", "mean_seconds"},
};

// A column's standard (or none) and the statistic it shows.
struct ColumnChoice {
  const Standard* standard = nullptr;
  const StatisticDefinition* statistic = nullptr;
};

ColumnChoice choiceOf(const Profile& profile, const AgentColumn& column) {
  ColumnChoice choice;
  choice.standard = anyStandardFor(profile, column.metric);
  const MetricDefinition* metric = findMetric(column.metric);
  if (metric) choice.statistic = findStatistic(*metric, choice.standard ? statisticOf(*choice.standard) : column.statistic);
  return choice;
}

void compute(Analysis& analysis, AgentsViewState& view) {
  view.generation = analysis.generation();
  view.cachedByTeam = view.byTeam;
  view.rows.clear();
  view.columnFailures.assign(std::size(kColumns), std::nullopt);
  std::map<std::string, std::size_t> rowOf;
  const Segmentation by = Segmentation::byField(view.byTeam ? "team" : "agent");
  for (std::size_t c = 0; c < std::size(kColumns); ++c) {
    const auto [standard, definition] = choiceOf(analysis.profile(), kColumns[c]);
    if (!definition) continue;
    MetricRequest request = viewRequest(standard, kColumns[c].metric, analysis.zone());
    const std::string statistic(definition->key);
    request.statistic = statistic;
    const SegmentSplit split = splitBy(analysis.selections(), request, by);
    if (split.failure) {
      view.columnFailures[c] = split.failure;
      continue;
    }
    for (const Segment& segment : split.segments) {
      if (segment.label.key.empty()) continue;  // records without an agent
      auto [it, added] = rowOf.try_emplace(segment.label.key, view.rows.size());
      if (added) view.rows.push_back({segment.label.label, std::vector<AgentCell>(std::size(kColumns))});
      AgentCell& cell = view.rows[it->second].cells[c];
      const StatisticResult* found = segment.result.find(statistic);
      cell.n = found ? found->n : 0;
      if (found && found->value) cell.value = toProfileUnits(definition->unit, *found->value);
      cell.verdict = standard ? verdictOf(*standard, found) : Verdict::NoData;
    }
  }
}

void sortRows(std::vector<AgentRow>& rows, const ImGuiTableColumnSortSpecs& spec) {
  const bool ascending = spec.SortDirection == ImGuiSortDirection_Ascending;
  const int column = spec.ColumnIndex;
  std::stable_sort(rows.begin(), rows.end(), [&](const AgentRow& a, const AgentRow& b) {
    if (column == 0) return ascending ? a.name < b.name : a.name > b.name;
    const AgentCell& x = a.cells[static_cast<std::size_t>(column - 1)];
    const AgentCell& y = b.cells[static_cast<std::size_t>(column - 1)];
    if (x.value.has_value() != y.value.has_value()) return x.value.has_value();  // no value last, either way
    if (!x.value) return false;
    return ascending ? *x.value < *y.value : *x.value > *y.value;
  });
}

bool judged(Verdict verdict) { return verdict == Verdict::Pass || verdict == Verdict::Fail || verdict == Verdict::AtRisk; }

void drawCell(const AgentCell& cell, const StatisticDefinition* definition) {
  if (!cell.value) {
    ImGui::TextDisabled("—");
    return;
  }
  const float size = ImGui::GetTextLineHeight();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  if (judged(cell.verdict)) {
    drawVerdictIcon(ImGui::GetWindowDrawList(), ImVec2(at.x + size * 0.5f, at.y + size * 0.5f), size * 0.85f, cell.verdict);
    ImGui::Dummy(ImVec2(size, size));
    ImGui::SameLine();
  }
  const std::string text = charts::formatValue(*cell.value, displayFormat(definition ? definition->unit : StatisticUnit::Count));
  if (judged(cell.verdict)) ImGui::PushStyleColor(ImGuiCol_Text, verdictColor(cell.verdict));
  ImGui::TextUnformatted(text.c_str());
  if (judged(cell.verdict)) ImGui::PopStyleColor();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s · n = %s", verdictWord(cell.verdict), formatCount(cell.n).c_str());
}

} // namespace

void drawAgentsView(Analysis& analysis, AgentsViewState& view, AppState& state) {
  viewHeading(state, tr(Text::TabAgents));
  ImGui::SameLine();
  if (ImGui::RadioButton(tr(Text::FilterAgent), !view.byTeam)) view.byTeam = false;
  noteItem(state, "agents_by_agent");
  ImGui::SameLine();
  if (ImGui::RadioButton(tr(Text::FilterTeam), view.byTeam)) view.byTeam = true;
  noteItem(state, "agents_by_team");
  ImGui::SameLine();
  const char* hint = tr(Text::ViewSearchHint);  // wide enough for the hint: ru's is the longest
  const float hintWidth = framedTextWidth(hint);
  ImGui::SetNextItemWidth(std::min(std::max(em(14), hintWidth), std::max(em(14), ImGui::GetContentRegionAvail().x)));
  ImGui::InputTextWithHint("##agent_filter", hint, &view.filter);
  noteItem(state, "agents_filter");
  const bool recomputed = view.generation != analysis.generation() || view.cachedByTeam != view.byTeam;
  if (recomputed) compute(analysis, view);
  for (std::size_t c = 0; c < view.columnFailures.size(); ++c)
    if (view.columnFailures[c]) viewNote(state, std::string(metricName(kColumns[c].metric)) + ": " + whyNoValue(*view.columnFailures[c]));

  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("agents", static_cast<int>(std::size(kColumns)) + 1, kFlags, ImVec2(0, ImGui::GetContentRegionAvail().y)))
    return;
  ImGui::TableSetupScrollFreeze(1, 1);
  const char* first = view.byTeam ? tr(Text::FilterTeam) : tr(Text::FilterAgent);
  ImGui::TableSetupColumn(first, ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthStretch, 1.4f);
  noteLabel(state, first);
  for (const AgentColumn& column : kColumns) {
    ImGui::TableSetupColumn(metricName(column.metric), ImGuiTableColumnFlags_PreferSortDescending);
    noteLabel(state, metricName(column.metric));
  }
  ImGui::TableHeadersRow();
  // The targets under the headers, so a colour is never read without what it is measured against.
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", tr(Text::ChartTarget));
  std::vector<ColumnChoice> choices;
  for (const AgentColumn& column : kColumns) {
    const ColumnChoice& choice = choices.emplace_back(choiceOf(analysis.profile(), column));
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", choice.standard && choice.statistic ? targetText(choice.standard->target, choice.statistic->unit).c_str() : "—");
  }
  if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs(); sort && (sort->SpecsDirty || recomputed) && sort->SpecsCount > 0) {
    sortRows(view.rows, sort->Specs[0]);
    sort->SpecsDirty = false;
  }
  const std::string needle = foldForSearch(view.filter);
  std::size_t shown = 0;
  for (const AgentRow& row : view.rows) {
    if (!needle.empty() && !containsFolded(foldForSearch(row.name), needle)) continue;
    ++shown;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.name.c_str());
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(c));
      drawCell(row.cells[c], choices[c].statistic);
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
  state.viewReport.charts["table"] = shown;
}

} // namespace carescore
