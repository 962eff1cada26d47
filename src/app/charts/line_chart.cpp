// Line charts: time or numeric x, M4-reduced when dense, bands, target, legend and a tooltip that
// shows every visible series' exact value and n at the point under the mouse.
#include <algorithm>
#include <cmath>
#include <vector>

#include "app/charts/chart_canvas.h"
#include "app/charts/charts.h"
#include "app/charts/downsample.h"
#include "app/charts/time_ticks.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/theme.h"

namespace carescore::charts {

namespace {

double xAt(const LineSeries& s, std::size_t i) { return s.x.empty() ? static_cast<double>(i) : s.x[i]; }

// Index of the point nearest to `x` (x ascending), or -1 for an empty series.
int nearestIndex(const LineSeries& s, double x) {
  const std::size_t n = s.y.size();
  if (n == 0) return -1;
  std::size_t lo = 0, hi = n;  // first index with xAt >= x
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (xAt(s, mid) < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo == n) return static_cast<int>(n - 1);
  if (lo > 0 && x - xAt(s, lo - 1) < xAt(s, lo) - x) --lo;
  return static_cast<int>(lo);
}

// The calendar unit of a time series' points, from the spacing of its first two points.
TimeStep spacingUnit(const LineSeries& s) {
  if (s.x.size() < 2) return TimeStep::Day;
  const double step = s.x[1] - s.x[0];
  if (step < 8.64e7) return TimeStep::Hour;
  if (step < 2.5e9) return TimeStep::Day;  // days and weeks read best as dates
  if (step < 3e10) return TimeStep::Month;
  return TimeStep::Year;
}

struct Range {
  double min = INFINITY, max = -INFINITY;
  void add(double v) {
    if (std::isnan(v)) return;
    min = std::min(min, v);
    max = std::max(max, v);
  }
  bool empty() const { return min > max; }
};

} // namespace

ChartResult lineChart(const char* id, const LineChartSpec& spec, ImVec2 size) {
  ChartResult result;
  ChartCanvas canvas(id, size, result);
  std::vector<LegendItem> legend;
  if (spec.legend)
    for (std::size_t i = 0; i < spec.series.size(); ++i) legend.push_back({spec.series[i].name, seriesColor(static_cast<int>(i))});
  canvas.header(spec.yAxis.title, legend);

  Range xr, yr;
  for (std::size_t s = 0; s < spec.series.size(); ++s) {
    if (!canvas.visible(static_cast<int>(s))) continue;
    const LineSeries& series = spec.series[s];
    if (series.y.empty()) continue;
    xr.add(xAt(series, 0));
    xr.add(xAt(series, series.y.size() - 1));
    for (double v : series.y) yr.add(v);
    for (double v : series.lower) yr.add(v);
    for (double v : series.upper) yr.add(v);
  }
  if (!std::isnan(spec.target.value)) yr.add(spec.target.value);
  if (xr.empty() || yr.empty()) {
    canvas.layout({}, nullptr, false);
    canvas.drawNoData();
    return result;
  }
  if (xr.max == xr.min) xr.max = xr.min + (spec.timeAxis ? 8.64e7 : 1.0);

  const float lh = ImGui::GetTextLineHeight();
  const int maxYTicks = std::max(2, static_cast<int>((size.y - lh * 4) / (lh * 2.2f)));
  const AxisTicks yTicks = valueTicks(spec.yAxis, yr.min, yr.max, maxYTicks);
  canvas.layout(yTicks.labels, spec.timeAxis ? nullptr : spec.xAxis.title);
  const ImVec2 pmin = canvas.plotMin(), pmax = canvas.plotMax();
  const Scale ys{yTicks.min, yTicks.max, pmax.y, pmin.y};
  // A little room at both ends, so the first and last points and their markers are not cut in half.
  const double xPad = (xr.max - xr.min) * 0.015;
  Scale xs{xr.min - xPad, xr.max + xPad, pmin.x, pmax.x};

  std::vector<float> tickPositions;
  std::vector<std::string> tickLabels;
  const int maxXTicks = std::max(2, static_cast<int>((pmax.x - pmin.x) / em(5.5f)));
  if (spec.timeAxis) {
    for (const TimeTick& tick : timeTicks(xs.d0, xs.d1, maxXTicks).ticks) {
      tickPositions.push_back(xs.map(tick.epochMs));
      tickLabels.push_back(tick.label);
    }
  } else {
    const AxisTicks xTicks = valueTicks(spec.xAxis, xr.min, xr.max, maxXTicks);
    xs = {xTicks.min, xTicks.max, pmin.x, pmax.x};
    for (std::size_t i = 0; i < xTicks.values.size(); ++i) tickPositions.push_back(xs.map(xTicks.values[i]));
    tickLabels = xTicks.labels;
  }
  canvas.drawXGrid(tickPositions);
  canvas.drawYAxis(yTicks, ys);
  canvas.drawXLabels(tickPositions, tickLabels);

  ImDrawList* draw = canvas.drawList();
  draw->PushClipRect(ImVec2(pmin.x - 1, pmin.y - 1), ImVec2(pmax.x + 1, pmax.y + 1), true);
  const int columns = std::max(1, static_cast<int>(canvas.plotWidthPixels()));
  const float thickness = std::max(1.5f, em(0.13f));
  std::vector<std::uint32_t> indices;
  std::vector<ImVec2> points;
  for (std::size_t s = 0; s < spec.series.size(); ++s) {
    const LineSeries& series = spec.series[s];
    if (!canvas.visible(static_cast<int>(s)) || series.y.empty()) continue;
    const ImU32 color = seriesColor(static_cast<int>(s));
    const bool dense = series.y.size() > static_cast<std::size_t>(2 * columns);
    if (dense) m4Indices(series.x, series.y, xs.d0, xs.d1, columns, indices);
    else {
      indices.resize(series.y.size());
      for (std::size_t i = 0; i < indices.size(); ++i) indices[i] = static_cast<std::uint32_t>(i);
    }
    result.pointsDrawn += indices.size();
    const bool band = series.lower.size() == series.y.size() && series.upper.size() == series.y.size();
    for (std::size_t k = 0; band && k + 1 < indices.size(); ++k) {
      const std::uint32_t a = indices[k], b = indices[k + 1];
      if (std::isnan(series.lower[a]) || std::isnan(series.lower[b]) || std::isnan(series.upper[a]) || std::isnan(series.upper[b])) continue;
      const float xa = xs.map(xAt(series, a)), xb = xs.map(xAt(series, b));
      draw->AddQuadFilled(ImVec2(xa, ys.map(series.upper[a])), ImVec2(xb, ys.map(series.upper[b])),
                          ImVec2(xb, ys.map(series.lower[b])), ImVec2(xa, ys.map(series.lower[a])), withAlpha(color, 0.18f));
    }
    // Few points: mark each, with the series' own shape, so series differ by more than colour.
    const bool sparse = !dense && static_cast<float>(indices.size()) * em(0.9f) < pmax.x - pmin.x;
    // A polyline per run of numbers: NaN breaks the line instead of drawing a false bridge.
    const auto flush = [&] {
      if (points.size() > 1) draw->AddPolyline(points.data(), static_cast<int>(points.size()), color, 0, thickness);
      if (sparse || points.size() == 1)
        for (const ImVec2& p : points) drawMarker(draw, p, thickness * 1.6f, static_cast<int>(s), color);
      points.clear();
    };
    for (std::uint32_t i : indices) {
      if (std::isnan(series.y[i])) {
        flush();
        continue;
      }
      points.emplace_back(xs.map(xAt(series, i)), ys.map(series.y[i]));
    }
    flush();
  }
  canvas.drawHorizontalTarget(spec.target, ys, spec.yAxis.format);
  draw->PopClipRect();

  if (!canvas.plotHovered()) return result;
  // The tooltip: the point nearest the mouse on the first visible series sets the x; every
  // visible series reports its value there.
  const double mouseX = xs.invert(canvas.mouse().x);
  int reference = -1;
  for (std::size_t s = 0; s < spec.series.size() && reference < 0; ++s)
    if (canvas.visible(static_cast<int>(s)) && !spec.series[s].y.empty()) reference = static_cast<int>(s);
  if (reference < 0) return result;
  const LineSeries& ref = spec.series[static_cast<std::size_t>(reference)];
  const int at = nearestIndex(ref, mouseX);
  const double x = xAt(ref, static_cast<std::size_t>(at));
  result.hover = {reference, at};
  const float px = xs.map(x);
  draw->AddLine(ImVec2(px, pmin.y), ImVec2(px, pmax.y), palette().hoverLine, 1.0f);
  canvas.beginTooltip(spec.timeAxis ? timeLabel(x, spacingUnit(ref)) : formatValue(x, spec.xAxis.format));
  for (std::size_t s = 0; s < spec.series.size(); ++s) {
    const LineSeries& series = spec.series[s];
    if (!canvas.visible(static_cast<int>(s)) || series.y.empty()) continue;
    const int i = nearestIndex(series, x);
    const auto index = static_cast<std::size_t>(i);
    const ImU32 color = seriesColor(static_cast<int>(s));
    if (!std::isnan(series.y[index])) draw->AddCircleFilled(ImVec2(xs.map(xAt(series, index)), ys.map(series.y[index])), em(0.25f), color, 12);
    std::string value = formatValue(series.y[index], spec.yAxis.format);
    if (series.n.size() == series.y.size()) value += "   " + trFormat(Text::ChartSampleSize, {formatCount(series.n[index])});
    canvas.tooltipRow(color, series.name, value);
    if (series.lower.size() == series.y.size() && series.upper.size() == series.y.size())
      canvas.tooltipNote(std::string(tr(Text::ChartInterval)) + ": " + formatValue(series.lower[index], spec.yAxis.format) + "–" +
                         formatValue(series.upper[index], spec.yAxis.format));
  }
  if (!std::isnan(spec.target.value))
    canvas.tooltipNote(targetLabel(spec.target, spec.yAxis.format));
  return result;
}

} // namespace carescore::charts
