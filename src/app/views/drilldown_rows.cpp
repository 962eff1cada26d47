#include "app/views/drilldown_rows.h"

#include <algorithm>

#include <imgui.h>

#include "app/app_state.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/ui_items.h"
#include "core/scorecard/csv_cell.h"

namespace carescore {

namespace {

// Orders the rows by the column the user sorted on (missing values last either way).
void sortRows(const Table& table, DrilldownData& data, const ImGuiTableColumnSortSpecs& spec) {
  if (spec.ColumnIndex < 0 || static_cast<std::size_t>(spec.ColumnIndex) >= table.columns.size()) return;
  const Column& column = table.columns[static_cast<std::size_t>(spec.ColumnIndex)];
  const bool ascending = spec.SortDirection != ImGuiSortDirection_Descending;
  auto less = [&](std::uint32_t a, std::uint32_t b) {
    const bool hasA = column.hasValue(a), hasB = column.hasValue(b);
    if (hasA != hasB) return hasA;
    if (!hasA) return a < b;
    int order = 0;
    switch (column.type) {
      case ValueType::Timestamp: order = column.epochMs[a] < column.epochMs[b] ? -1 : column.epochMs[a] > column.epochMs[b] ? 1 : 0; break;
      case ValueType::Category:
      case ValueType::Text: order = column.text(a).compare(column.text(b)); break;
      default: order = column.numbers[a] < column.numbers[b] ? -1 : column.numbers[a] > column.numbers[b] ? 1 : 0; break;
    }
    if (order == 0) return a < b;
    return ascending ? order < 0 : order > 0;
  };
  std::stable_sort(data.rows.begin(), data.rows.end(), less);
}

} // namespace

std::string rowsCsv(const Dataset& dataset, const DrilldownData& data, const TimeZone& zone) {
  const Table& table = dataset.of(data.kind);
  std::string csv;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (c) csv += ',';
    csv += csvCell(table.columns[c].name);
  }
  csv += "\r\n";
  for (std::uint32_t row : data.rows) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (c) csv += ',';
      csv += csvCell(cellText(table.columns[c], row, zone));
    }
    csv += "\r\n";
  }
  return csv;
}

void drawDrilldownRows(AppState& state, DrilldownData& data) {
  const Table& table = state.analysis.dataset().of(data.kind);
  ImGui::TextUnformatted(tr(Text::DrillRows));
  ImGui::SameLine();
  ImGui::TextDisabled("%s", trFormat(Text::DrillRowsShown, {formatCount(data.rows.size()), formatCount(data.rowsTotal)}).c_str());
  ImGui::SameLine();
  if (ImGui::SmallButton(tr(Text::DrillExportRows)))
    state.request.downloads.push_back({"carescore-" + data.standardId + "-records.csv", "text/csv;charset=utf-8",
                                       rowsCsv(state.analysis.dataset(), data, state.analysis.zone())});
  noteItem(state, "drilldown_export_rows");
  const int columns = static_cast<int>(std::min<std::size_t>(table.columns.size(), 64));  // ImGui's table column limit
  if (columns == 0) return;
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                     ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                     ImGuiTableFlags_SizingFixedFit;
  const float height = std::min(ImGui::GetTextLineHeightWithSpacing() * (static_cast<float>(data.rows.size()) + 2.0f), ImGui::GetTextLineHeightWithSpacing() * 16);
  // Where the table goes, noted even when it lies below the fold (ImGui then skips drawing it).
  const ImVec2 start = ImGui::GetCursorScreenPos();
  noteRect(state, "drilldown_rows", start, ImVec2(start.x + ImGui::GetContentRegionAvail().x, start.y + height));
  if (!ImGui::BeginTable("rows", columns, kFlags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (int c = 0; c < columns; ++c) ImGui::TableSetupColumn(table.columns[static_cast<std::size_t>(c)].name.c_str());
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) sortRows(table, data, specs->Specs[0]);
    specs->SpecsDirty = false;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(data.rows.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      ImGui::TableNextRow();
      for (int c = 0; c < columns; ++c) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(cellText(table.columns[static_cast<std::size_t>(c)], data.rows[static_cast<std::size_t>(i)], state.analysis.zone()).c_str());
      }
    }
  ImGui::EndTable();
}

} // namespace carescore
