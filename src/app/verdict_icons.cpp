#include "app/verdict_icons.h"

#include <cmath>

namespace carescore {

namespace {

constexpr ImU32 kMarkColor = IM_COL32(255, 255, 255, 255);  // the check, cross or "!" on the shape

} // namespace

Text verdictText(Verdict verdict) {
  switch (verdict) {
    case Verdict::Pass: return Text::VerdictPass;
    case Verdict::Fail: return Text::VerdictFail;
    case Verdict::AtRisk: return Text::VerdictAtRisk;
    case Verdict::NoData: return Text::VerdictNoData;
    case Verdict::InsufficientData: return Text::VerdictInsufficient;
    case Verdict::Invalid: return Text::VerdictInvalid;
  }
  return Text::VerdictNoData;
}

const char* verdictWord(Verdict verdict) { return tr(verdictText(verdict)); }

void drawVerdictIcon(ImDrawList* drawList, ImVec2 center, float size, Verdict verdict, ImU32 color) {
  if (color == 0) color = verdictColor(verdict);
  const float r = size * 0.5f;
  const float stroke = std::fmax(1.5f, size * 0.14f);
  const auto at = [&](float dx, float dy) { return ImVec2(center.x + dx * r, center.y + dy * r); };
  switch (verdict) {
    case Verdict::Pass: {
      drawList->AddCircleFilled(center, r, color, 24);
      const ImVec2 check[] = {at(-0.48f, 0.02f), at(-0.14f, 0.36f), at(0.50f, -0.32f)};
      drawList->AddPolyline(check, 3, kMarkColor, 0, stroke);
      break;
    }
    case Verdict::Fail: {
      ImVec2 octagon[8];
      for (int i = 0; i < 8; ++i) {
        const float angle = (static_cast<float>(i) + 0.5f) * 3.14159265f / 4.0f;
        octagon[i] = at(std::cos(angle), std::sin(angle));
      }
      drawList->AddConvexPolyFilled(octagon, 8, color);
      drawList->AddLine(at(-0.36f, -0.36f), at(0.36f, 0.36f), kMarkColor, stroke);
      drawList->AddLine(at(-0.36f, 0.36f), at(0.36f, -0.36f), kMarkColor, stroke);
      break;
    }
    case Verdict::AtRisk: {
      drawList->AddTriangleFilled(at(0.0f, -1.0f), at(1.0f, 0.82f), at(-1.0f, 0.82f), color);
      drawList->AddLine(at(0.0f, -0.40f), at(0.0f, 0.24f), kMarkColor, stroke);
      drawList->AddCircleFilled(at(0.0f, 0.54f), stroke * 0.6f, kMarkColor, 8);
      break;
    }
    case Verdict::NoData:
    case Verdict::InsufficientData:
    case Verdict::Invalid: {
      drawList->AddCircle(center, r - stroke * 0.5f, color, 24, stroke);
      drawList->AddLine(at(-0.42f, 0.0f), at(0.42f, 0.0f), color, stroke);
      break;
    }
  }
}

void verdictBadge(Verdict verdict) {
  const float size = ImGui::GetFontSize() * 0.95f;
  const char* word = verdictWord(verdict);
  const ImVec2 textSize = ImGui::CalcTextSize(word);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
  const ImVec2 total(size + gap + textSize.x, std::fmax(size, textSize.y));
  ImGui::Dummy(total);
  ImDrawList* drawList = ImGui::GetWindowDrawList();
  drawVerdictIcon(drawList, ImVec2(start.x + size * 0.5f, start.y + total.y * 0.5f), size, verdict);
  drawList->AddText(ImVec2(start.x + size + gap, start.y + (total.y - textSize.y) * 0.5f), verdictColor(verdict), word);
}

} // namespace carescore
