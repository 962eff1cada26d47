// Histograms of a distribution (wait, response, handle, resolution time): touching bars over a
// numeric axis, a threshold line such as "answered within 2 min", and a tooltip with the bin's
// range, count and share of the whole.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "app/charts/chart_canvas.h"
#include "app/charts/charts.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/theme.h"

namespace carescore::charts {

ChartResult histogram(const char* id, const HistogramSpec& spec, ImVec2 size) {
  ChartResult result;
  ChartCanvas canvas(id, size, result);
  canvas.header(spec.countTitle ? spec.countTitle : tr(Text::ChartCount), {});
  const std::size_t bins = std::min(spec.counts.size(), spec.edges.empty() ? 0 : spec.edges.size() - 1);
  if (bins == 0) {
    canvas.layout({}, nullptr, false);
    canvas.drawNoData();
    return result;
  }
  const std::uint64_t peak = *std::max_element(spec.counts.begin(), spec.counts.begin() + static_cast<std::ptrdiff_t>(bins));
  const std::uint64_t total = std::accumulate(spec.counts.begin(), spec.counts.begin() + static_cast<std::ptrdiff_t>(bins), std::uint64_t{0});
  const float lh = ImGui::GetTextLineHeight();
  AxisSpec countAxis;
  countAxis.format = {ValueKind::Count, 0};
  const AxisTicks yTicks = valueTicks(countAxis, 0, static_cast<double>(peak), std::max(2, static_cast<int>((size.y - lh * 4) / (lh * 2.2f))));
  canvas.layout(yTicks.labels, spec.xAxis.title);
  const ImVec2 pmin = canvas.plotMin(), pmax = canvas.plotMax();
  const Scale ys{yTicks.min, yTicks.max, pmax.y, pmin.y};
  // The x axis spans exactly the bins (no padding to nice bounds), ticks inside it.
  const Scale xs{spec.edges[0], spec.edges[bins], pmin.x, pmax.x};
  AxisSpec xAxis = spec.xAxis;
  xAxis.min = spec.edges[0];
  xAxis.max = spec.edges[bins];
  xAxis.includeZero = false;
  const AxisTicks xTicks = valueTicks(xAxis, xAxis.min, xAxis.max, std::max(2, static_cast<int>((pmax.x - pmin.x) / em(5.0f))));
  std::vector<float> positions;
  for (double v : xTicks.values) positions.push_back(xs.map(v));
  canvas.drawYAxis(yTicks, ys);
  canvas.drawXLabels(positions, xTicks.labels);

  ImDrawList* draw = canvas.drawList();
  const bool hovered = canvas.plotHovered();
  const ImVec2 mouse = canvas.mouse();
  const ImU32 color = seriesColor(0);
  for (std::size_t b = 0; b < bins; ++b) {
    const float x0 = xs.map(spec.edges[b]), x1 = xs.map(spec.edges[b + 1]);
    const float top = ys.map(static_cast<double>(spec.counts[b]));
    const bool over = hovered && mouse.x >= x0 && mouse.x < x1;
    if (over) result.hover = {0, static_cast<int>(b)};
    draw->AddRectFilled(ImVec2(x0 + 0.5f, spec.counts[b] ? std::min(top, pmax.y - 1.0f) : pmax.y), ImVec2(x1 - 0.5f, pmax.y),
                        over ? withAlpha(color, 0.75f) : color);
    ++result.pointsDrawn;
  }
  canvas.drawVerticalTarget(spec.threshold, xs, spec.xAxis.format);
  if (result.hover.index < 0) return result;
  const auto b = static_cast<std::size_t>(result.hover.index);
  canvas.beginTooltip(trFormat(Text::ChartRange, {formatValue(spec.edges[b], spec.xAxis.format), formatValue(spec.edges[b + 1], spec.xAxis.format)}));
  canvas.tooltipRow(color, tr(Text::ChartCount), formatCount(spec.counts[b]));
  if (total > 0)
    canvas.tooltipRow(color, tr(Text::ChartShare), formatPercent(static_cast<double>(spec.counts[b]) * 100.0 / static_cast<double>(total), 1));
  return result;
}

} // namespace carescore::charts
