#include "app/charts/downsample.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace carescore::charts {

namespace {

struct Column {
  std::uint32_t first, minAt, maxAt, last;
};

void flush(const Column& c, std::vector<std::uint32_t>& out) {
  // min and max in the order they occur, so the polyline visits them as the data did.
  const std::uint32_t picked[4] = {c.first, std::min(c.minAt, c.maxAt), std::max(c.minAt, c.maxAt), c.last};
  for (std::uint32_t index : picked)
    if (out.empty() || out.back() != index) out.push_back(index);
}

} // namespace

void m4Indices(std::span<const double> x, std::span<const double> y, double xMin, double xMax, int columns,
               std::vector<std::uint32_t>& out) {
  out.clear();
  assert(x.empty() || x.size() == y.size());
  assert(y.size() <= UINT32_MAX);
  if (y.empty() || columns <= 0 || !(xMax >= xMin)) return;
  const double span = xMax - xMin;
  const double perColumn = span > 0 ? columns / span : 0.0;
  const bool implicitX = x.empty();
  long long current = -1;
  Column column{};
  const std::size_t n = y.size();
  for (std::size_t i = 0; i < n; ++i) {
    const double value = y[i];
    if (std::isnan(value)) continue;
    const double xi = implicitX ? static_cast<double>(i) : x[i];
    if (!(xi >= xMin && xi <= xMax)) continue;
    const auto col = std::min<long long>(columns - 1, static_cast<long long>((xi - xMin) * perColumn));
    const auto index = static_cast<std::uint32_t>(i);
    if (col != current) {
      if (current >= 0) flush(column, out);
      current = col;
      column = {index, index, index, index};
      continue;
    }
    if (value < y[column.minAt]) column.minAt = index;
    if (value > y[column.maxAt]) column.maxAt = index;
    column.last = index;
  }
  if (current >= 0) flush(column, out);
}

} // namespace carescore::charts
