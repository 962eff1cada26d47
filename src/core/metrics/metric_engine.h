// The metrics engine's entry points: compute a metric of the catalogue for a click's selections,
// split it into segments in the same pass, or follow it as a trend of day, week or month buckets.
// Every answer is a MetricResult: a number with its formula, n and interval, or why there is none.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/metrics/metric_request.h"
#include "core/metrics/metric_result.h"
#include "core/metrics/segmenter.h"
#include "core/metrics/selection.h"

namespace carescore {

MetricResult computeMetric(SelectionSet& selections, const MetricRequest& request);

struct Segment {
  SegmentLabel label;
  std::uint64_t records = 0;  // selected records of the metric's kind in the segment
  MetricResult result;
};

struct SegmentSplit {
  std::vector<Segment> segments;   // field segments that hold records; every bucket of a time split
  std::optional<MetricResult> failure;  // when nothing can be computed: missing inputs, invalid request or split
};

// One pass over the selection. Field segments are ordered by records, most first; time buckets
// in time order (hour of day, day of week, hour of week, or calendar buckets of the period).
SegmentSplit splitBy(SelectionSet& selections, const MetricRequest& request, const Segmentation& segmentation);

// Day, week or month buckets over the filter's period (or the data's span): a split by calendar
// bucket that keeps empty buckets, for sparklines and charts.
SegmentSplit trend(SelectionSet& selections, const MetricRequest& request, SegmentBy bucket);

} // namespace carescore
