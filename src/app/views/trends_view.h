// Trends: any metric and statistic of the catalogue per day, week or month over the period, the
// comparison period overlaid bucket by bucket, the profile's target as a line, n and intervals in
// the tooltip. Reads the analysis; owns its choices and a cache keyed by the analysis generation.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <optional>

#include "core/metrics/catalogue.h"
#include "core/metrics/metric_result.h"
#include "core/metrics/segmenter.h"

namespace carescore {

class Analysis;
struct AppState;

struct TrendsViewState {
  std::string metric = "service_level";
  std::string statistic;  // empty: the headline
  SegmentBy bucket = SegmentBy::Day;
  // The cache: valid while the analysis generation and the three choices above are unchanged.
  std::uint64_t generation = 0;
  std::string cachedMetric, cachedStatistic;
  SegmentBy cachedBucket = SegmentBy::Day;
  StatisticUnit unit = StatisticUnit::Share;
  std::vector<double> x, current, lower, upper, previous;  // x: local wall-clock ms of each bucket
  std::vector<std::uint64_t> currentN, previousN;
  // Results, not text: what is shown is worded at draw time, in the language of that frame.
  std::optional<MetricResult> failure, previousFailure;  // why a period has no trend
  bool comparing = false;
  std::optional<double> now, before, change, pValue;     // the period against the previous one
  bool significant = false;
};

void drawTrendsView(Analysis& analysis, TrendsViewState& view, AppState& state);

} // namespace carescore
