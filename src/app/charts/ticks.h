// Axis ticks people can read: "nice" steps of 1, 2 or 5 × 10^k for numbers, and steps of seconds,
// minutes, hours and days for durations. Pure arithmetic; labels are formatted by value_format.h.
#pragma once
#include <vector>

namespace carescore::charts {

struct TickSet {
  std::vector<double> values;  // ascending; the first and last bound the axis
  double step = 1;
  int decimals = 0;            // digits after the separator that the step needs
};

// At most `maxTicks` (≥ 2) ticks covering [min, max], extended outward to whole steps.
// An empty or inverted range is widened around its value.
TickSet niceTicks(double min, double max, int maxTicks);

// Like niceTicks, for durations in seconds: steps of 1, 2, 5, 10, 15, 30 s; 1, 2, 5, 10, 15, 30 min;
// 1, 2, 3, 6, 12 h; then days in 1-2-5 steps, so labels read "30 s", "1 min", "1 min 30 s".
TickSet durationTicks(double minSeconds, double maxSeconds, int maxTicks);

} // namespace carescore::charts
