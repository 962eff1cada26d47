// R-7 percentiles by successive nth_element from the highest quantile down: each selection leaves
// the smaller values in front, so the next one works on a shorter range.
#include "core/stats/percentile.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace carescore {

std::vector<double> percentiles(std::span<double> values, std::span<const double> quantiles) {
  std::vector<double> result(quantiles.size(), 0.0);
  const std::size_t n = values.size();
  if (n == 0) return result;
  std::vector<std::size_t> order(quantiles.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  const auto clamped = [&](std::size_t i) { return std::clamp(std::isnan(quantiles[i]) ? 0.5 : quantiles[i], 0.0, 1.0); };
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return clamped(x) > clamped(y); });
  std::size_t end = n;  // values[0, end) are the `end` smallest; values[end] is the order statistic `end`
  std::size_t previousLow = n;
  double below = 0.0;
  double above = 0.0;
  for (const std::size_t i : order) {
    const double h = static_cast<double>(n - 1) * clamped(i);
    const auto low = std::min(static_cast<std::size_t>(h), n - 1);
    if (low != previousLow) {  // a new order statistic: select it among the smaller values
      const auto at = [&](std::size_t k) { return values.begin() + static_cast<std::ptrdiff_t>(k); };
      std::nth_element(at(0), at(low), at(end));
      below = values[low];
      above = low + 1 < end ? *std::min_element(at(low + 1), at(end)) : low + 1 < n ? values[low + 1] : below;
      end = low;
      previousLow = low;
    }
    result[i] = below + (h - static_cast<double>(low)) * (above - below);
  }
  return result;
}

Estimate<DurationSummary> summarizeDurations(std::span<double> values) {
  const auto finiteEnd = std::partition(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
  const std::span<double> finite(values.begin(), finiteEnd);
  DurationSummary summary;
  summary.n = finite.size();
  summary.skipped = values.size() - finite.size();
  if (finite.empty()) return Estimate<DurationSummary>::lacking(0, 1);
  const auto [lowest, highest] = std::minmax_element(finite.begin(), finite.end());
  summary.min = *lowest;
  summary.max = *highest;
  // Neumaier summation: a million durations of mixed magnitude keep their last digits.
  double sum = 0.0;
  double compensation = 0.0;
  for (const double v : finite) {
    const double t = sum + v;
    compensation += std::fabs(sum) >= std::fabs(v) ? (sum - t) + v : (v - t) + sum;
    sum = t;
  }
  summary.mean = (sum + compensation) / static_cast<double>(finite.size());
  constexpr double kQuantiles[] = {0.9, 0.5};
  const std::vector<double> q = percentiles(finite, kQuantiles);
  summary.p90 = q[0];
  summary.median = q[1];
  return Estimate<DurationSummary>::of(summary);
}

} // namespace carescore
