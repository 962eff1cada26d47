#include "app/charts/ticks.h"

#include <algorithm>
#include <cmath>

namespace carescore::charts {

namespace {

// Ticks k·step for k in [first, last]. Each value is computed from integers so 0.1 steps print as
// 0.3, not 0.30000000000000004.
TickSet build(double mantissa, int exponent, double min, double max) {
  TickSet set;
  const double scale = std::pow(10.0, std::abs(exponent));
  const double step = exponent >= 0 ? mantissa * scale : mantissa / scale;
  const auto first = static_cast<long long>(std::floor(min / step + 1e-9));
  const auto last = static_cast<long long>(std::ceil(max / step - 1e-9));
  for (long long k = first; k <= last; ++k) {
    const double units = static_cast<double>(k) * mantissa;
    set.values.push_back(exponent >= 0 ? units * scale : units / scale);
  }
  set.step = step;
  set.decimals = exponent >= 0 ? 0 : -exponent;
  return set;
}

void widenEmpty(double& min, double& max) {
  if (!std::isfinite(min) || !std::isfinite(max)) min = 0, max = 1;
  if (min > max) std::swap(min, max);
  if (max - min < 1e-12 * std::max(1.0, std::fabs(max))) {
    const double pad = min == 0 ? 1.0 : std::fabs(min) * 0.1;
    min -= pad;
    max += pad;
  }
}

} // namespace

TickSet niceTicks(double min, double max, int maxTicks) {
  widenEmpty(min, max);
  maxTicks = std::max(2, maxTicks);
  int exponent = static_cast<int>(std::floor(std::log10((max - min) / maxTicks))) - 1;
  for (;; ++exponent)
    for (double mantissa : {1.0, 2.0, 5.0}) {
      TickSet set = build(mantissa, exponent, min, max);
      if (static_cast<int>(set.values.size()) <= maxTicks) return set;
    }
}

TickSet durationTicks(double minSeconds, double maxSeconds, int maxTicks) {
  widenEmpty(minSeconds, maxSeconds);
  maxTicks = std::max(2, maxTicks);
  static constexpr double kSteps[] = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200};
  if (maxSeconds - minSeconds < 1.0) return niceTicks(minSeconds, maxSeconds, maxTicks);  // sub-second: tenths
  for (double step : kSteps) {
    TickSet set = build(step, 0, minSeconds, maxSeconds);
    if (static_cast<int>(set.values.size()) <= maxTicks) return set;
  }
  // Days, in 1-2-5 steps of days.
  TickSet days = niceTicks(minSeconds / 86400.0, maxSeconds / 86400.0, maxTicks);
  for (double& value : days.values) value *= 86400.0;
  days.step *= 86400.0;
  days.decimals = 0;
  return days;
}

} // namespace carescore::charts
