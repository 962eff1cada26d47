// Percentiles and the summary of a duration column. ONE method everywhere: linear interpolation
// between order statistics at h = (n − 1)·q (Hyndman & Fan type 7 = Excel PERCENTILE.INC = numpy's
// default), because that is what users recompute in a spreadsheet, and it never leaves [min, max].
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "core/stats/sample_size.h"

namespace carescore {

struct DurationSummary {
  std::uint64_t n = 0;        // finite values used
  std::uint64_t skipped = 0;  // values that were not finite numbers
  double mean = 0.0;
  double median = 0.0;
  double p90 = 0.0;
  double min = 0.0;
  double max = 0.0;
};

// Reorders `values` (partial selection, no full sort, one pass per percentile).
// Insufficient when no value is finite.
Estimate<DurationSummary> summarizeDurations(std::span<double> values);

// Any percentiles at once, q in [0, 1] (clamped); reorders `values`, which must all be finite.
// Empty input gives an empty result.
std::vector<double> percentiles(std::span<double> values, std::span<const double> quantiles);

} // namespace carescore
