#include "app/charts/value_format.h"

#include <algorithm>
#include <cmath>

#include "app/charts/ticks.h"
#include "app/i18n/date_format.h"
#include "app/i18n/format.h"

namespace carescore::charts {

std::string formatValue(double value, const ValueFormat& format) {
  if (std::isnan(value)) return "—";
  switch (format.kind) {
    case ValueKind::Number: return formatNumber(value, format.decimals);
    case ValueKind::Count: return formatNumber(value, 0);
    case ValueKind::Percent: return formatPercent(value, format.decimals);
    case ValueKind::Duration: return formatDuration(value);
  }
  return formatNumber(value, format.decimals);
}

AxisTicks valueTicks(const AxisSpec& axis, double dataMin, double dataMax, int maxTicks) {
  double lo = std::isnan(axis.min) ? dataMin : axis.min;
  double hi = std::isnan(axis.max) ? dataMax : axis.max;
  if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0, hi = 1;  // no data: an empty 0–1 axis
  if (axis.includeZero) lo = std::min(lo, 0.0), hi = std::max(hi, 0.0);
  if (hi == lo && hi == 0.0) hi = 1;  // a series of zeros: 0–1 rather than −1–1
  const TickSet set = axis.format.kind == ValueKind::Duration ? durationTicks(lo, hi, maxTicks) : niceTicks(lo, hi, maxTicks);
  AxisTicks ticks;
  ticks.values = set.values;
  // Fixed bounds stay where the caller put them (a percent axis ends at 100, not 120).
  const auto inside = [&](double v) {
    return (std::isnan(axis.min) || v >= axis.min - 1e-9) && (std::isnan(axis.max) || v <= axis.max + 1e-9);
  };
  ticks.values.erase(std::remove_if(ticks.values.begin(), ticks.values.end(), [&](double v) { return !inside(v); }),
                     ticks.values.end());
  ticks.min = std::isnan(axis.min) ? set.values.front() : axis.min;
  ticks.max = std::isnan(axis.max) ? set.values.back() : axis.max;
  for (double v : ticks.values) {
    switch (axis.format.kind) {
      case ValueKind::Percent: ticks.labels.push_back(formatPercent(v, set.decimals)); break;
      case ValueKind::Duration: ticks.labels.push_back(formatDuration(v)); break;
      case ValueKind::Count:
      case ValueKind::Number: ticks.labels.push_back(formatNumber(v, set.decimals)); break;
    }
  }
  return ticks;
}

} // namespace carescore::charts
