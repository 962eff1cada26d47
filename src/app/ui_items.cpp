#include "app/ui_items.h"

#include <imgui.h>

#include "app/app_state.h"

namespace carescore {

void noteItem(AppState& state, const char* id) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  noteRect(state, id, min, max);
}

void noteRect(AppState& state, const std::string& id, ImVec2 min, ImVec2 max) {
  state.uiItems[id] = {min.x, min.y, max.x - min.x, max.y - min.y};
}

} // namespace carescore
