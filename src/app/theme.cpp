#include "app/theme.h"

#include <algorithm>
#include <cmath>

namespace carescore {

namespace {

constexpr ImU32 rgb(std::uint32_t hex) { return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF); }
constexpr ImU32 rgba(std::uint32_t hex, int alpha) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

// Okabe & Ito (2008): blue #0072B2, vermillion #D55E00, orange #E69F00, bluish green #009E73,
// reddish purple #CC79A7, sky blue #56B4E9, yellow #F0E442. On the dark background the darker
// hues are lifted so they keep a contrast of at least 4.5:1 without changing hue.
constexpr Palette kLight = {
  rgb(0x0072B2), rgb(0xD55E00), rgb(0xE69F00), rgb(0x8A8F98),
  {rgb(0x0072B2), rgb(0xE69F00), rgb(0x009E73), rgb(0xCC79A7), rgb(0x56B4E9), rgb(0xD55E00), rgb(0x5F6670), rgb(0xB8A600)},
  rgb(0x1C2129), rgb(0x5F6670),
  rgb(0xFFFFFF), rgb(0xE6E8EC), rgb(0x9AA0A8),
  rgb(0x1C2129),
  rgba(0x0072B2, 46),
  rgba(0x1C2129, 90),
  rgb(0xFFFFFF), rgb(0xC9CDD3),
  {rgb(0xEFF5FB), rgb(0xB7D3EA), rgb(0x6BAED6), rgb(0x2C7BB6), rgb(0x08306B)},
};

constexpr Palette kDark = {
  rgb(0x4BA3E3), rgb(0xF07B3F), rgb(0xF0B43C), rgb(0x9AA0A8),
  {rgb(0x56B4E9), rgb(0xE69F00), rgb(0x2BC09A), rgb(0xDA92B8), rgb(0xF0E442), rgb(0xF07B3F), rgb(0xB8BEC6), rgb(0x4BA3E3)},
  rgb(0xE6E8EC), rgb(0xA3AAB4),
  rgb(0x1B1F26), rgb(0x2E343D), rgb(0x6B727D),
  rgb(0xE6E8EC),
  rgba(0x56B4E9, 56),
  rgba(0xE6E8EC, 110),
  rgb(0x262B33), rgb(0x434A55),
  {rgb(0x1F2A36), rgb(0x1F4E79), rgb(0x2C7BB6), rgb(0x6BAED6), rgb(0xDCEBF7)},
};

ThemeKind gTheme = ThemeKind::Light;

ImVec4 vec(ImU32 color) { return ImGui::ColorConvertU32ToFloat4(color); }

} // namespace

void applyTheme(ThemeKind kind) {
  gTheme = kind;
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  if (kind == ThemeKind::Dark) ImGui::StyleColorsDark(&style);
  else ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(16, 12);
  style.FramePadding = ImVec2(10, 5);
  style.ItemSpacing = ImVec2(10, 8);
  style.CellPadding = ImVec2(8, 4);
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.ChildRounding = 6;
  style.PopupRounding = 4;
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.ScrollbarSize = 14;
  const Palette& p = palette();
  ImVec4* c = style.Colors;
  if (kind == ThemeKind::Light) {
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
    c[ImGuiCol_ChildBg] = vec(p.plotBackground);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.91f, 0.94f, 1.0f);
  } else {
    c[ImGuiCol_WindowBg] = ImVec4(0.075f, 0.086f, 0.106f, 1.0f);
    c[ImGuiCol_ChildBg] = vec(p.plotBackground);
  }
  c[ImGuiCol_Text] = vec(p.text);
  c[ImGuiCol_TextDisabled] = vec(p.textMuted);
  c[ImGuiCol_PopupBg] = vec(p.tooltipBackground);
  c[ImGuiCol_Border] = vec(p.tooltipBorder);
}

ThemeKind currentTheme() { return gTheme; }

const Palette& palette() { return gTheme == ThemeKind::Dark ? kDark : kLight; }

ImU32 verdictColor(Verdict verdict) {
  const Palette& p = palette();
  switch (verdict) {
    case Verdict::Pass: return p.pass;
    case Verdict::Fail: return p.fail;
    case Verdict::AtRisk: return p.atRisk;
    case Verdict::NoData:
    case Verdict::InsufficientData:
    case Verdict::Invalid: return p.noData;
  }
  return p.noData;
}

ImU32 seriesColor(int index) {
  const int wrapped = ((index % kSeriesColors) + kSeriesColors) % kSeriesColors;
  return palette().series[static_cast<std::size_t>(wrapped)];
}

ImU32 heatColor(float t) {
  const auto& ramp = palette().heatRamp;
  if (!(t > 0.0f)) return ramp.front();  // also NaN
  if (t >= 1.0f) return ramp.back();
  const float scaled = t * static_cast<float>(ramp.size() - 1);
  const auto lower = static_cast<std::size_t>(scaled);
  const float f = scaled - static_cast<float>(lower);
  const ImVec4 a = vec(ramp[lower]), b = vec(ramp[lower + 1]);
  return ImGui::ColorConvertFloat4ToU32(ImVec4(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f, a.z + (b.z - a.z) * f, 1.0f));
}

ImU32 withAlpha(ImU32 color, float alpha) {
  const auto a = static_cast<ImU32>(std::lround(std::clamp(alpha, 0.0f, 1.0f) * 255.0f));
  return (color & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

float em(float multiple) { return multiple * ImGui::GetFontSize(); }

} // namespace carescore
