// The hour-of-week heatmap: weekdays down (Monday first), hours across, one cell per hour on a
// sequential, colour-blind-safe ramp; empty hours are hatched rather than coloured as zero. A
// colour key with the extremes sits top right; the tooltip gives the day, hour, value and n.
#include <algorithm>
#include <cmath>

#include "app/charts/chart_canvas.h"
#include "app/charts/charts.h"
#include "app/i18n/date_format.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/theme.h"

namespace carescore::charts {

namespace {

constexpr int kDays = 7, kHours = 24;

void hatch(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 color) {
  draw->PushClipRect(a, b, true);
  const float step = em(0.4f);
  for (float x = a.x - (b.y - a.y); x < b.x; x += step) draw->AddLine(ImVec2(x, b.y), ImVec2(x + (b.y - a.y), a.y), color, 1.0f);
  draw->PopClipRect();
}

} // namespace

ChartResult hourOfWeekHeatmap(const char* id, const HeatmapSpec& spec, ImVec2 size) {
  ChartResult result;
  ChartCanvas canvas(id, size, result);
  canvas.header(spec.valueTitle, {});
  double lo = INFINITY, hi = -INFINITY;
  const std::size_t cells = std::min<std::size_t>(spec.values.size(), kDays * kHours);
  for (std::size_t i = 0; i < cells; ++i)
    if (!std::isnan(spec.values[i])) lo = std::min(lo, spec.values[i]), hi = std::max(hi, spec.values[i]);
  std::vector<std::string> dayLabels;
  for (int d = 1; d <= kDays; ++d) dayLabels.emplace_back(weekdayName(d, NameWidth::Short));
  canvas.layout(dayLabels, tr(Text::ChartHourOfDay));
  if (lo > hi) {
    canvas.drawNoData();
    return result;
  }
  const ImVec2 pmin = canvas.plotMin(), pmax = canvas.plotMax();
  const float cw = (pmax.x - pmin.x) / kHours, ch = (pmax.y - pmin.y) / kDays;
  ImDrawList* draw = canvas.drawList();
  const Palette& p = palette();
  const float lh = ImGui::GetTextLineHeight();
  for (int d = 0; d < kDays; ++d) {
    const float y = pmin.y + ch * static_cast<float>(d);
    const float width = ImGui::CalcTextSize(dayLabels[static_cast<std::size_t>(d)].c_str()).x;
    draw->AddText(ImVec2(pmin.x - em(0.4f) - width, y + (ch - lh) * 0.5f), p.textMuted, dayLabels[static_cast<std::size_t>(d)].c_str());
    for (int h = 0; h < kHours; ++h) {
      const auto i = static_cast<std::size_t>(d * kHours + h);
      const ImVec2 a(pmin.x + cw * static_cast<float>(h) + 1, y + 1), b(pmin.x + cw * static_cast<float>(h + 1) - 1, y + ch - 1);
      const double v = i < cells ? spec.values[i] : NAN;
      if (std::isnan(v)) hatch(draw, a, b, p.grid);
      else draw->AddRectFilled(a, b, heatColor(hi > lo ? static_cast<float>((v - lo) / (hi - lo)) : 0.5f), em(0.1f));
      ++result.pointsDrawn;
    }
  }
  std::vector<float> positions;
  std::vector<std::string> labels;
  for (int h = 0; h < kHours; h += 3) {
    positions.push_back(pmin.x + cw * (static_cast<float>(h) + 0.5f));
    labels.push_back(std::to_string(h));
  }
  canvas.drawXLabels(positions, labels);

  // Colour key, top right: "less ▭▭▭▭▭ more" with the extremes in the tooltip-free text.
  const std::string lowText = std::string(tr(Text::ChartLess)) + " " + formatValue(lo, spec.format);
  const std::string highText = formatValue(hi, spec.format) + " " + tr(Text::ChartMore);
  const float keyWidth = em(5.0f);
  const float highWidth = ImGui::CalcTextSize(highText.c_str()).x;
  const float keyRight = result.max.x - em(0.5f) - highWidth - em(0.3f);
  const float keyTop = result.min.y + em(0.5f);
  for (int k = 0; k < 5; ++k) {
    const float x0 = keyRight - keyWidth + keyWidth * static_cast<float>(k) / 5.0f;
    draw->AddRectFilled(ImVec2(x0, keyTop + lh * 0.2f), ImVec2(x0 + keyWidth / 5.0f, keyTop + lh * 0.8f), heatColor(static_cast<float>(k) / 4.0f));
  }
  draw->AddText(ImVec2(keyRight + em(0.3f), keyTop), p.textMuted, highText.c_str());
  draw->AddText(ImVec2(keyRight - keyWidth - em(0.3f) - ImGui::CalcTextSize(lowText.c_str()).x, keyTop), p.textMuted, lowText.c_str());

  if (!canvas.plotHovered()) return result;
  const ImVec2 mouse = canvas.mouse();
  const int h = std::clamp(static_cast<int>((mouse.x - pmin.x) / cw), 0, kHours - 1);
  const int d = std::clamp(static_cast<int>((mouse.y - pmin.y) / ch), 0, kDays - 1);
  const auto i = static_cast<std::size_t>(d * kHours + h);
  result.hover = {0, static_cast<int>(i)};
  draw->AddRect(ImVec2(pmin.x + cw * static_cast<float>(h), pmin.y + ch * static_cast<float>(d)),
                ImVec2(pmin.x + cw * static_cast<float>(h + 1), pmin.y + ch * static_cast<float>(d + 1)), p.text, 0, 0, 2.0f);
  canvas.beginTooltip(std::string(weekdayName(d + 1, NameWidth::Long)) + ", " + formatClock(h, 0) + "–" + formatClock((h + 1) % 24, 0));
  const double v = i < cells ? spec.values[i] : NAN;
  canvas.tooltipRow(std::isnan(v) ? p.noData : heatColor(hi > lo ? static_cast<float>((v - lo) / (hi - lo)) : 0.5f),
                    spec.valueTitle ? spec.valueTitle : tr(Text::ChartValue), std::isnan(v) ? tr(Text::VerdictNoData) : formatValue(v, spec.format));
  if (i < spec.n.size()) canvas.tooltipNote(trFormat(Text::ChartSampleSize, {formatCount(spec.n[i])}));
  return result;
}

} // namespace carescore::charts
