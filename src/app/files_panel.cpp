#include "app/files_panel.h"

#include <imgui.h>

#include "app/app_state.h"
#include "app/format.h"

namespace carescore {

void drawFilesPanel(AppState& state) {
  if (state.files.empty()) {
    ImGui::Spacing();
    ImGui::TextWrapped("No files loaded yet. Drop CSV or JSON exports of your helpdesk, call center, chat or "
                       "survey tools anywhere on this page, or use \"Open files…\". Files are read on this "
                       "computer; nothing is uploaded.");
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY;
  if (!ImGui::BeginTable("files", 4, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("File", ImGuiTableColumnFlags_WidthStretch, 4.0f);
  ImGui::TableSetupColumn("Size", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Lines", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthStretch, 2.0f);
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
    if (!file.error.empty()) {
      ImGui::TextColored(ImVec4(0.84f, 0.37f, 0.0f, 1.0f), "Failed: %s", file.error.c_str());
    } else if (!file.finished) {
      const float progress = file.announcedBytes ? static_cast<float>(stats.bytes) / static_cast<float>(file.announcedBytes) : 0.0f;
      ImGui::ProgressBar(progress, ImVec2(-1.0f, 0.0f));
    } else {
      ImGui::TextUnformatted("Read");
    }
  }
  ImGui::EndTable();
}

} // namespace carescore
