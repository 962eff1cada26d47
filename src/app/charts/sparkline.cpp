// Sparklines for scorecard cards: the trend's shape only, no axes; the last point is marked so the
// eye finds "now", and a dashed target line shows which side of the promise the trend is on.
#include <algorithm>
#include <cmath>

#include "app/charts/charts.h"
#include "app/theme.h"

namespace carescore::charts {

ChartResult sparkline(const char* id, const SparklineSpec& spec, ImVec2 size) {
  ChartResult result;
  ImGui::PushID(id);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + size.x, min.y + size.y);
  ImGui::Dummy(size);
  result.min = result.plotMin = min;
  result.max = result.plotMax = max;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  double lo = INFINITY, hi = -INFINITY;
  for (double v : spec.y)
    if (!std::isnan(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  if (!std::isnan(spec.target.value)) lo = std::min(lo, spec.target.value), hi = std::max(hi, spec.target.value);
  if (lo > hi || spec.y.empty()) {
    draw->AddLine(ImVec2(min.x, (min.y + max.y) * 0.5f), ImVec2(max.x, (min.y + max.y) * 0.5f), palette().noData, 1.0f);
    ImGui::PopID();
    return result;
  }
  if (hi == lo) hi += 1, lo -= 1;
  const float r = std::max(1.5f, em(0.15f));
  const auto px = [&](std::size_t i) {
    return min.x + r + (max.x - min.x - 2 * r) * (spec.y.size() > 1 ? static_cast<float>(i) / static_cast<float>(spec.y.size() - 1) : 0.5f);
  };
  const auto py = [&](double v) { return max.y - r - static_cast<float>((v - lo) / (hi - lo)) * (max.y - min.y - 2 * r); };
  if (!std::isnan(spec.target.value)) {
    const float y = py(spec.target.value);
    for (float x = min.x; x < max.x; x += em(0.5f)) draw->AddLine(ImVec2(x, y), ImVec2(std::min(max.x, x + em(0.25f)), y), palette().textMuted, 1.0f);
  }
  const ImU32 color = spec.color ? spec.color : seriesColor(0);
  std::vector<ImVec2> points;
  for (std::size_t i = 0; i <= spec.y.size(); ++i) {
    if (i == spec.y.size() || std::isnan(spec.y[i])) {
      if (points.size() > 1) draw->AddPolyline(points.data(), static_cast<int>(points.size()), color, 0, std::max(1.5f, em(0.1f)));
      points.clear();
      continue;
    }
    points.emplace_back(px(i), py(spec.y[i]));
    ++result.pointsDrawn;
  }
  for (std::size_t i = spec.y.size(); i-- > 0;)
    if (!std::isnan(spec.y[i])) {
      draw->AddCircleFilled(ImVec2(px(i), py(spec.y[i])), r * 1.4f, color, 12);
      break;
    }
  ImGui::PopID();
  return result;
}

} // namespace carescore::charts
