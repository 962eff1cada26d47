// Files still loading, above whichever view is open: name, progress and Cancel, so a big export
// can be stopped without leaving the scorecard. The Data view lists them in full instead.
#include <string>

#include <imgui.h>

#include "app/app_state.h"
#include "app/i18n/translate.h"
#include "app/shell/top_bar.h"
#include "app/ui_items.h"

namespace carescore {

void drawLoadingStrip(AppState& state) {
  if (state.view == ViewId::Data) return;
  for (const LoadedFile& file : state.files) {
    if (file.finished) continue;
    const FileStats stats = file.counter.stats();
    const float progress = file.announcedBytes ? static_cast<float>(stats.bytes) / static_cast<float>(file.announcedBytes) : 0.0f;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(file.name.c_str());
    ImGui::SameLine();
    const std::string cancelId = std::string(tr(Text::Cancel)) + "##strip_cancel" + std::to_string(file.id);
    ImGui::ProgressBar(progress, ImVec2(-ImGui::CalcTextSize(tr(Text::Cancel)).x - 3 * ImGui::GetStyle().FramePadding.x, 0.0f));
    ImGui::SameLine();
    if (ImGui::SmallButton(cancelId.c_str())) state.request.cancelFiles.push_back(file.id);
    noteItem(state, ("cancel_" + std::to_string(file.id)).c_str());
  }
}

} // namespace carescore
