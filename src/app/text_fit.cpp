#include "app/text_fit.h"

#include <imgui.h>

namespace carescore {

std::string fitText(const char* text, float width) {
  if (ImGui::CalcTextSize(text).x <= width) return text;
  std::string out(text);
  while (!out.empty()) {
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();  // continuation bytes
    if (!out.empty()) out.pop_back();  // the lead byte of the last character (or an ASCII one)
    if (ImGui::CalcTextSize((out + "…").c_str()).x <= width) return out + "…";
  }
  return "…";
}

float framedTextWidth(const char* text) { return ImGui::CalcTextSize(text).x + ImGui::GetStyle().FramePadding.x * 2; }

} // namespace carescore
