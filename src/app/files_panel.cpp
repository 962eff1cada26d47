#include "app/files_panel.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "app/app_state.h"
#include "app/file_details_panel.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/mapping_panel.h"
#include "app/theme.h"
#include "app/ui_items.h"

namespace carescore {

namespace {

void drawStatus(AppState& state, const LoadedFile& file, const FileStats& stats) {
  if (!file.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().fail);
    ImGui::TextUnformatted(trFormat(Text::FileFailed, {file.error}).c_str());
    ImGui::PopStyleColor();
  } else if (!file.finished) {
    const float progress = file.announcedBytes ? static_cast<float>(stats.bytes) / static_cast<float>(file.announcedBytes) : 0.0f;
    const std::string cancelId = std::string(tr(Text::Cancel)) + "##cancel" + std::to_string(file.id);
    ImGui::ProgressBar(progress, ImVec2(-ImGui::CalcTextSize(tr(Text::Cancel)).x - 3 * ImGui::GetStyle().FramePadding.x, 0.0f));
    ImGui::SameLine();
    if (ImGui::SmallButton(cancelId.c_str())) state.request.cancelFiles.push_back(file.id);
    noteItem(state, ("cancel_" + std::to_string(file.id)).c_str());
  } else if (file.result) {
    const ReadResult& r = *file.result;
    const std::string rows = trCount(Counted::Rows, r.rowsRead), columns = trCount(Counted::Columns, r.table.columns.size());
    if (!r.ok()) {
      ImGui::PushStyleColor(ImGuiCol_Text, palette().fail);
      ImGui::TextUnformatted(trFormat(Text::FileReadWithErrors, {rows, columns}).c_str());
      ImGui::PopStyleColor();
    } else {
      ImGui::TextUnformatted(trFormat(file.cancelled ? Text::FileCancelledSummary : Text::FileReadSummary, {rows, columns}).c_str());
    }
  } else {
    ImGui::TextUnformatted(tr(file.cancelled ? Text::FileCancelled : Text::FileRead));
  }
}

} // namespace

void drawFilesPanel(AppState& state) {
  if (state.files.empty()) {
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr(Text::NoFilesHint));
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY;
  // The list shows up to six files (a loading one is as tall as its progress bar); the details of
  // each follow below it.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float textRow = ImGui::GetTextLineHeight() + 2 * style.CellPadding.y;
  const float barRow = ImGui::GetFrameHeight() + 2 * style.CellPadding.y;
  float listHeight = textRow + 2.0f;  // the header row and the borders
  for (std::size_t i = 0; i < state.files.size() && i < 6; ++i) listHeight += state.files[i].finished ? textRow : barRow;
  if (ImGui::BeginTable("files", 4, kFlags, ImVec2(0.0f, listHeight))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Text::ColumnFile), ImGuiTableColumnFlags_WidthStretch, 4.0f);
    ImGui::TableSetupColumn(tr(Text::ColumnSize), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(Text::ColumnLines), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(Text::ColumnStatus), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableHeadersRow();
    for (const LoadedFile& file : state.files) {
      const FileStats stats = file.counter.stats();
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(file.name.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(formatBytes(stats.bytes).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(formatCount(stats.lines).c_str());
      ImGui::TableNextColumn();
      drawStatus(state, file, stats);
      if (file.finished) {
        ImGui::SameLine();
        const std::string removeId = std::string(tr(Text::RemoveFile)) + "##remove" + std::to_string(file.id);
        if (ImGui::SmallButton(removeId.c_str())) state.request.removeFiles.push_back(file.id);
        noteItem(state, ("remove_" + std::to_string(file.id)).c_str());
      }
    }
    ImGui::EndTable();
  }
  ImGui::Spacing();
  if (!ImGui::BeginChild("file_details")) {
    ImGui::EndChild();
    return;
  }
  for (const LoadedFile& file : state.files) {
    if (!file.result) continue;
    const std::string header = file.name + "##details" + std::to_string(file.id);
    const bool open = &file == &state.files.back() || !file.result->ok();  // the newest, and any with errors
    if (ImGui::CollapsingHeader(header.c_str(), open ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
      drawMappingReview(state, file);
      ImGui::Spacing();
      drawFileDetails(state, file);
    }
  }
  ImGui::EndChild();
}

} // namespace carescore
