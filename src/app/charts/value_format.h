// Chart values as text in the current language: exact values for tooltips, short ones for ticks,
// and the tick positions each kind of value reads best with.
#pragma once
#include <string>
#include <vector>

#include "app/charts/chart_types.h"

namespace carescore::charts {

// Exact, for tooltips: "82.4%", "2 min 5 s", "1,234".
std::string formatValue(double value, const ValueFormat& format);

struct AxisTicks {
  std::vector<double> values;
  std::vector<std::string> labels;
  double min = 0, max = 1;  // the axis domain (the first and last tick)
};

// Ticks for a value axis over the data range, honouring the axis's fixed bounds and includeZero.
AxisTicks valueTicks(const AxisSpec& axis, double dataMin, double dataMax, int maxTicks);

} // namespace carescore::charts
