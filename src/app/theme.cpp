#include "app/theme.h"

#include <imgui.h>

namespace carescore {

void applyTheme(bool dark) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  if (dark) ImGui::StyleColorsDark(&style);
  else ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(16, 12);
  style.FramePadding = ImVec2(10, 5);
  style.ItemSpacing = ImVec2(10, 8);
  style.CellPadding = ImVec2(8, 4);
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.ScrollbarSize = 14;
  if (!dark) {
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
    c[ImGuiCol_Text] = ImVec4(0.11f, 0.13f, 0.17f, 1.0f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.91f, 0.94f, 1.0f);
  }
}

} // namespace carescore
