// Bar charts by category: grouped, stacked, or stacked to 100 % (shares of a whole, as NPS
// promoters / passives / detractors). Category labels that do not fit are shortened with "…";
// the tooltip always has the full name, every series' exact value, its share and n.
#include <algorithm>
#include <cmath>
#include <vector>

#include "app/charts/chart_canvas.h"
#include "app/charts/charts.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/text_fit.h"
#include "app/theme.h"

namespace carescore::charts {

namespace {

double valueOf(const BarSeries& s, std::size_t category) {
  return category < s.values.size() ? s.values[category] : NAN;
}

// The bar's value over its top, or inside it when the plot has no room above; left out when wider than the bar.
void valueLabel(ChartCanvas& canvas, ChartResult& result, double v, ImVec2 a, ImVec2 b, const ValueFormat& format) {
  const std::string text = formatValue(v, format);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  if (size.x > b.x - a.x + em(0.2f)) return;
  const float x = (a.x + b.x - size.x) * 0.5f;
  if (a.y - size.y - 1 >= canvas.plotMin().y) {
    canvas.drawList()->AddText(ImVec2(x, a.y - size.y - 1), palette().text, text.c_str());
  } else if (b.y - a.y >= size.y + 2) {
    canvas.drawList()->AddText(ImVec2(x, a.y + 1), palette().plotBackground, text.c_str());
  } else {
    return;
  }
  ++result.valueLabelsDrawn;
}

} // namespace

ChartResult barChart(const char* id, const BarChartSpec& spec, ImVec2 size) {
  ChartResult result;
  ChartCanvas canvas(id, size, result);
  const auto colorOf = [&](std::size_t s) {
    return s < spec.colors.size() ? spec.colors[s] : seriesColor(spec.colorOffset + static_cast<int>(s));
  };
  std::vector<LegendItem> legend;
  if (spec.legend && spec.series.size() > 1)
    for (std::size_t s = 0; s < spec.series.size(); ++s) legend.push_back({spec.series[s].name, colorOf(s)});
  const bool stacked = spec.layout != BarLayout::Grouped;
  const bool shares = spec.layout == BarLayout::Stacked100;
  AxisSpec axis = spec.valueAxis;
  if (shares) axis.format = {ValueKind::Percent, 1}, axis.min = 0, axis.max = 100;
  canvas.header(axis.title, legend);

  const std::size_t categories = spec.categories.size();
  std::vector<int> shown;
  for (std::size_t s = 0; s < spec.series.size(); ++s)
    if (canvas.visible(static_cast<int>(s))) shown.push_back(static_cast<int>(s));
  // Totals per category over the shown series: the stack heights and the base of shares.
  std::vector<double> totals(categories, 0.0);
  double lo = 0, hi = -INFINITY;
  for (std::size_t c = 0; c < categories; ++c)
    for (int s : shown) {
      const double v = valueOf(spec.series[static_cast<std::size_t>(s)], c);
      if (std::isnan(v)) continue;
      totals[c] += v;
      if (!stacked) lo = std::min(lo, v), hi = std::max(hi, v);
    }
  if (stacked && !shares)
    for (double t : totals) hi = std::max(hi, t);
  if (shares) hi = 100;
  if (!std::isnan(spec.target.value)) hi = std::max(hi, spec.target.value);
  if (categories == 0 || shown.empty() || !(hi > -INFINITY)) {
    canvas.layout({}, nullptr, false);
    canvas.drawNoData();
    return result;
  }
  const float lh = ImGui::GetTextLineHeight();
  const AxisTicks ticks = valueTicks(axis, lo, hi, std::max(2, static_cast<int>((size.y - lh * 4) / (lh * 2.2f))));
  canvas.layout(ticks.labels, nullptr);
  const ImVec2 pmin = canvas.plotMin(), pmax = canvas.plotMax();
  const Scale ys{ticks.min, ticks.max, pmax.y, pmin.y};
  canvas.drawYAxis(ticks, ys);

  const float slot = (pmax.x - pmin.x) / static_cast<float>(categories);
  const float groupWidth = slot * 0.72f;
  const float barWidth = stacked ? groupWidth : groupWidth / static_cast<float>(shown.size());
  std::vector<float> centres;
  std::vector<std::string> labels;
  for (std::size_t c = 0; c < categories; ++c) {
    centres.push_back(pmin.x + slot * (static_cast<float>(c) + 0.5f));
    // Narrower than the slot by drawXLabels' minimum gap, so no category label is skipped as crowded.
    labels.push_back(fitText(spec.categories[c], slot - em(0.7f)));
  }
  ImDrawList* draw = canvas.drawList();
  const bool hovered = canvas.plotHovered();
  const ImVec2 mouse = canvas.mouse();
  for (std::size_t c = 0; c < categories; ++c) {
    float x = centres[c] - groupWidth * 0.5f;
    double base = 0;
    for (std::size_t k = 0; k < shown.size(); ++k) {
      const auto s = static_cast<std::size_t>(shown[k]);
      double v = valueOf(spec.series[s], c);
      if (std::isnan(v)) {
        if (!stacked) x += barWidth;
        continue;
      }
      if (shares) v = totals[c] > 0 ? v / totals[c] * 100.0 : 0.0;
      const double from = stacked ? base : 0.0, to = stacked ? base + v : v;
      ImVec2 a(x + (stacked ? 0 : barWidth * 0.06f), ys.map(std::max(from, to)));
      ImVec2 b(x + barWidth - (stacked ? 0 : barWidth * 0.06f), ys.map(std::min(from, to)));
      if (b.y - a.y < 1.0f && v != 0) a.y = b.y - 1.0f;  // a tiny value is still visible
      draw->AddRectFilled(a, b, colorOf(s));
      if (stacked && k > 0) draw->AddLine(ImVec2(a.x, b.y), ImVec2(b.x, b.y), palette().plotBackground, 1.0f);  // separates segments
      result.pointsDrawn += 1;
      if (spec.valueLabels && !stacked) valueLabel(canvas, result, v, a, b, axis.format);
      if (hovered && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y - 2 && mouse.y <= b.y + 2)
        result.hover = {static_cast<int>(s), static_cast<int>(c)};
      if (stacked) base = to;
      else x += barWidth;
    }
  }
  draw->PushClipRect(pmin, pmax, true);
  canvas.drawHorizontalTarget(spec.target, ys, axis.format);
  draw->PopClipRect();
  canvas.drawXLabels(centres, labels);

  // Hovering anywhere in a category's slot shows all of its series; the bar under the mouse is outlined.
  if (!hovered) return result;
  const auto c = static_cast<std::size_t>(std::clamp((mouse.x - pmin.x) / slot, 0.0f, static_cast<float>(categories) - 0.01f));
  draw->AddRectFilled(ImVec2(centres[c] - slot * 0.5f, pmin.y), ImVec2(centres[c] + slot * 0.5f, pmax.y), withAlpha(palette().hoverLine, 0.08f));
  if (result.hover.index < 0) result.hover = {-1, static_cast<int>(c)};
  canvas.beginTooltip(spec.categories[c]);
  for (int s : shown) {
    const BarSeries& series = spec.series[static_cast<std::size_t>(s)];
    const double v = valueOf(series, c);
    std::string text = formatValue(v, spec.valueAxis.format);
    if (stacked && totals[c] > 0 && !std::isnan(v) && !shares) text += " (" + formatPercent(v / totals[c] * 100.0, 1) + ")";
    if (shares && totals[c] > 0 && !std::isnan(v)) text = formatPercent(v / totals[c] * 100.0, 1) + " (" + formatValue(v, spec.valueAxis.format) + ")";
    if (c < series.n.size()) text += "   " + trFormat(Text::ChartSampleSize, {formatCount(series.n[c])});
    canvas.tooltipRow(colorOf(static_cast<std::size_t>(s)), series.name, text);
  }
  if (!std::isnan(spec.target.value))
    canvas.tooltipNote(targetLabel(spec.target, axis.format));
  return result;
}

} // namespace carescore::charts
