#include "app/charts/chart_canvas.h"

#include <algorithm>
#include <cmath>

#include "app/i18n/translate.h"
#include "app/theme.h"

namespace carescore::charts {

namespace {

float lineHeight() { return ImGui::GetTextLineHeight(); }

} // namespace

ChartCanvas::ChartCanvas(const char* id, ImVec2 size, ChartResult& result) : result_(result) {
  ImGui::PushID(id);
  if (size.x <= 0) size.x = std::max(em(10), ImGui::GetContentRegionAvail().x);
  min_ = ImGui::GetCursorScreenPos();
  max_ = ImVec2(min_.x + size.x, min_.y + size.y);
  top_ = min_.y;
  drawList_ = ImGui::GetWindowDrawList();
  drawList_->AddRectFilled(min_, max_, palette().plotBackground, em(0.3f));
  result_.min = min_;
  result_.max = max_;
  result_.legend.clear();
}

ChartCanvas::~ChartCanvas() {
  if (tooltipOpen_) endTooltip();
  ImGui::SetCursorScreenPos(min_);
  ImGui::Dummy(ImVec2(max_.x - min_.x, max_.y - min_.y));
  ImGui::PopID();
}

void ChartCanvas::header(const char* yTitle, std::span<const LegendItem> items) {
  const float pad = em(0.5f);
  const float swatch = em(0.7f);
  const float gap = em(1.0f);
  const float lh = lineHeight();
  float left = min_.x + pad;
  if (yTitle) {
    drawList_->AddText(ImVec2(left, min_.y + pad), palette().textMuted, yTitle);
    left += ImGui::CalcTextSize(yTitle).x + gap;
  }
  // Entries right-aligned, laid out right to left; a row that would reach the title wraps, and
  // rows after the first may use the full width.
  std::vector<float> widths;
  for (const LegendItem& item : items) widths.push_back(swatch + em(0.35f) + ImGui::CalcTextSize(item.name).x);
  float x = max_.x - pad, y = min_.y + pad;
  std::vector<ImVec2> positions(items.size());
  for (std::size_t i = items.size(); i-- > 0;) {
    if (x - widths[i] < left && x < max_.x - pad) {
      x = max_.x - pad;
      y += lh + em(0.2f);
      left = min_.x + pad;
    }
    x -= widths[i];
    positions[i] = ImVec2(x, y);
    x -= gap;
  }
  ImGuiStorage* storage = ImGui::GetStateStorage();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const ImVec2 at = positions[i];
    ImGui::SetCursorScreenPos(at);
    ImGui::PushID(static_cast<int>(i));
    const ImGuiID key = ImGui::GetID("hidden");
    if (ImGui::InvisibleButton("legend", ImVec2(widths[i], lh))) storage->SetBool(key, !storage->GetBool(key));
    const bool shown = !storage->GetBool(key);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Text::ChartLegendHint));
    ImGui::PopID();
    const ImVec2 center(at.x + swatch * 0.5f, at.y + lh * 0.5f);
    if (shown) drawMarker(drawList_, center, swatch * 0.5f, static_cast<int>(i), items[i].color);
    else drawList_->AddCircle(center, swatch * 0.45f, palette().textMuted, 12, 1.2f);
    drawList_->AddText(ImVec2(at.x + swatch + em(0.35f), at.y), shown ? palette().text : palette().textMuted, items[i].name);
    result_.legend.push_back({items[i].name, at, ImVec2(at.x + widths[i], at.y + lh), shown});
  }
  if (yTitle || !items.empty()) top_ = y + lh;
}

bool ChartCanvas::visible(int series) const {
  ImGui::PushID(series);
  const bool hidden = ImGui::GetStateStorage()->GetBool(ImGui::GetID("hidden"));
  ImGui::PopID();
  return !hidden;
}

void ChartCanvas::layout(const std::vector<std::string>& yLabels, const char* xTitle, bool xLabels) {
  const float pad = em(0.5f);
  const float lh = lineHeight();
  float labelWidth = 0;
  for (const std::string& label : yLabels) labelWidth = std::max(labelWidth, ImGui::CalcTextSize(label.c_str()).x);
  const float top = std::max(top_, min_.y + pad) + lh * 0.6f;  // room for the top tick label, centred on its line
  float bottom = max_.y - pad;
  if (xTitle) {
    const float width = ImGui::CalcTextSize(xTitle).x;
    drawList_->AddText(ImVec2((min_.x + max_.x - width) * 0.5f, bottom - lh), palette().textMuted, xTitle);
    bottom -= lh;
  }
  if (xLabels) bottom -= lh + em(0.3f);
  plotMin_ = ImVec2(min_.x + pad + labelWidth + em(0.5f), top);
  plotMax_ = ImVec2(max_.x - pad - em(0.5f), std::max(top + lh, bottom));
  result_.plotMin = plotMin_;
  result_.plotMax = plotMax_;
}

float ChartCanvas::plotWidthPixels() const {
  return (plotMax_.x - plotMin_.x) * std::max(1.0f, ImGui::GetIO().DisplayFramebufferScale.x);
}

void ChartCanvas::drawYAxis(const AxisTicks& ticks, const Scale& y) {
  const Palette& p = palette();
  const float lh = lineHeight();
  for (std::size_t i = 0; i < ticks.values.size(); ++i) {
    const float py = std::round(y.map(ticks.values[i])) + 0.5f;  // on a pixel row: crisp 1 px lines
    drawList_->AddLine(ImVec2(plotMin_.x, py), ImVec2(plotMax_.x, py), ticks.values[i] == 0 ? p.axis : p.grid, 1.0f);
    const float width = ImGui::CalcTextSize(ticks.labels[i].c_str()).x;
    drawList_->AddText(ImVec2(plotMin_.x - em(0.4f) - width, py - lh * 0.5f), p.textMuted, ticks.labels[i].c_str());
  }
}

void ChartCanvas::drawXLabels(std::span<const float> positions, std::span<const std::string> labels) {
  float lastEnd = -1e9f;
  const float y = plotMax_.y + em(0.3f);
  for (std::size_t i = 0; i < positions.size() && i < labels.size(); ++i) {
    const float width = ImGui::CalcTextSize(labels[i].c_str()).x;
    const float x = std::clamp(positions[i] - width * 0.5f, min_.x, max_.x - width);
    if (x < lastEnd + em(0.6f)) continue;
    drawList_->AddText(ImVec2(x, y), palette().textMuted, labels[i].c_str());
    drawList_->AddLine(ImVec2(positions[i], plotMax_.y), ImVec2(positions[i], plotMax_.y + em(0.2f)), palette().axis);
    lastEnd = x + width;
    ++result_.xLabelsDrawn;
  }
  drawList_->AddLine(ImVec2(plotMin_.x, plotMax_.y + 0.5f), ImVec2(plotMax_.x, plotMax_.y + 0.5f), palette().axis);
}

void ChartCanvas::drawXGrid(std::span<const float> positions) {
  for (float x : positions) {
    const float px = std::round(x) + 0.5f;
    drawList_->AddLine(ImVec2(px, plotMin_.y), ImVec2(px, plotMax_.y), palette().grid);
  }
}

namespace {

void dashedLine(ImDrawList* drawList, ImVec2 a, ImVec2 b, ImU32 color, float thickness) {
  const float length = std::hypot(b.x - a.x, b.y - a.y);
  const float dash = em(0.5f), gap = em(0.3f);
  for (float t = 0; t < length; t += dash + gap) {
    const float e = std::min(length, t + dash);
    drawList->AddLine(ImVec2(a.x + (b.x - a.x) * t / length, a.y + (b.y - a.y) * t / length),
                      ImVec2(a.x + (b.x - a.x) * e / length, a.y + (b.y - a.y) * e / length), color, thickness);
  }
}

} // namespace

std::string targetLabel(const TargetLine& target, const ValueFormat& format) {
  if (target.label) return target.label;
  std::string out = tr(Text::ChartTarget);
  out += ' ';
  out += formatValue(target.value, format);
  return out;
}

void ChartCanvas::drawHorizontalTarget(const TargetLine& target, const Scale& y, const ValueFormat& format) {
  if (std::isnan(target.value)) return;
  const float py = y.map(target.value);
  if (py < plotMin_.y - 1 || py > plotMax_.y + 1) return;
  dashedLine(drawList_, ImVec2(plotMin_.x, py), ImVec2(plotMax_.x, py), palette().target, std::max(1.5f, em(0.1f)));
  const std::string label = targetLabel(target, format);
  const ImVec2 size = ImGui::CalcTextSize(label.c_str());
  // Above the line, or below it when the line runs along the top of the plot.
  const float above = py - size.y - em(0.15f);
  const ImVec2 at(plotMax_.x - size.x - em(0.3f), above >= plotMin_.y ? above : py + em(0.15f));
  drawList_->AddRectFilled(ImVec2(at.x - em(0.2f), at.y), ImVec2(at.x + size.x + em(0.2f), at.y + size.y),
                           withAlpha(palette().plotBackground, 0.85f), em(0.2f));
  drawList_->AddText(at, palette().target, label.c_str());
}

void ChartCanvas::drawVerticalTarget(const TargetLine& target, const Scale& x, const ValueFormat& format) {
  if (std::isnan(target.value)) return;
  const float px = x.map(target.value);
  if (px < plotMin_.x - 1 || px > plotMax_.x + 1) return;
  dashedLine(drawList_, ImVec2(px, plotMin_.y), ImVec2(px, plotMax_.y), palette().target, std::max(1.5f, em(0.1f)));
  const std::string label = targetLabel(target, format);
  const float width = ImGui::CalcTextSize(label.c_str()).x;
  const float lx = px + em(0.3f) + width < plotMax_.x ? px + em(0.3f) : px - em(0.3f) - width;
  drawList_->AddText(ImVec2(lx, plotMin_.y), palette().target, label.c_str());
}

void ChartCanvas::drawNoData() {
  const char* text = tr(Text::ChartNoData);
  const ImVec2 size = ImGui::CalcTextSize(text);
  drawList_->AddText(ImVec2((min_.x + max_.x - size.x) * 0.5f, (min_.y + max_.y - size.y) * 0.5f), palette().textMuted, text);
}

bool ChartCanvas::plotHovered() const {
  return ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(plotMin_, plotMax_, false);
}

void ChartCanvas::beginTooltip(const std::string& header) {
  ImGui::BeginTooltip();
  tooltipOpen_ = true;
  result_.tooltipShown = true;
  ImGui::TextUnformatted(header.c_str());
}

void ChartCanvas::tooltipRow(ImU32 color, const char* name, const std::string& value) {
  const float swatch = em(0.6f);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + (lineHeight() - swatch) * 0.5f),
                                            ImVec2(at.x + swatch, at.y + (lineHeight() + swatch) * 0.5f), color, em(0.1f));
  ImGui::Dummy(ImVec2(swatch, lineHeight()));
  ImGui::SameLine();
  ImGui::TextUnformatted(name);
  ImGui::SameLine(0, em(1.0f));
  ImGui::TextUnformatted(value.c_str());
}

void ChartCanvas::tooltipNote(const std::string& text) { ImGui::TextDisabled("%s", text.c_str()); }

void ChartCanvas::endTooltip() {
  ImGui::EndTooltip();
  tooltipOpen_ = false;
}

void drawMarker(ImDrawList* drawList, ImVec2 c, float r, int series, ImU32 color) {
  switch (((series % 4) + 4) % 4) {
    case 0: drawList->AddCircleFilled(c, r, color, 12); break;
    case 1: drawList->AddRectFilled(ImVec2(c.x - r * 0.85f, c.y - r * 0.85f), ImVec2(c.x + r * 0.85f, c.y + r * 0.85f), color); break;
    case 2: drawList->AddQuadFilled(ImVec2(c.x, c.y - r * 1.1f), ImVec2(c.x + r * 1.1f, c.y), ImVec2(c.x, c.y + r * 1.1f), ImVec2(c.x - r * 1.1f, c.y), color); break;
    case 3: drawList->AddTriangleFilled(ImVec2(c.x, c.y - r * 1.1f), ImVec2(c.x + r, c.y + r * 0.8f), ImVec2(c.x - r, c.y + r * 0.8f), color); break;
  }
}

} // namespace carescore::charts
