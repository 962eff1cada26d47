// A metric in two periods (or any two selections): the change of a statistic and whether it is
// significant, by the test that fits the statistic — two-proportion z-test for shares of counts,
// the NPS difference with its standard error, Mann-Whitney U for durations and scale answers — with
// "insufficient data" when a period has too few records for the test.
#pragma once
#include <optional>
#include <string_view>

#include "core/metrics/metric_engine.h"

namespace carescore {

enum class ChangeVerdict : std::uint8_t {
  Improved,             // significant, in the statistic's better direction
  Worsened,
  Changed,              // significant, for a statistic without a better side (volume, occupancy band)
  NoSignificantChange,
  InsufficientData,     // `insufficient` says how much the test lacks
  NotTested,            // no test fits (ratios of totals, counts)
  NoValue,              // a period has no value for the statistic (see its result)
};
std::string_view nameOf(ChangeVerdict verdict);

struct MetricComparison {
  MetricResult current;
  MetricResult previous;
  std::string_view statistic;
  std::optional<double> change;          // current − previous, in the statistic's unit
  std::string_view test;                 // "two_proportion", "nps_difference", "mann_whitney", or empty
  std::optional<double> z;
  std::optional<double> pValue;          // two-sided
  std::optional<double> standardError;   // NPS: of the difference, in points
  std::optional<Interval> changeInterval;  // shares: Newcombe's interval of the difference
  bool significant = false;
  ChangeVerdict verdict = ChangeVerdict::NoValue;
  InsufficientData insufficient;
};

struct ComparisonOptions {
  // The previous result holds only the compared statistic (with its sample), its other statistics
  // empty: for callers that read nothing else of it (the scorecard). The comparison is the same.
  bool previousStatisticOnly = false;
};

// The request's statistic (its headline by default) in `current` against `previous`.
MetricComparison compare(SelectionSet& current, SelectionSet& previous, const MetricRequest& request,
                         const ComparisonOptions& options = {});

// The same, with the previous period's result at hand: computed with its sample (keepSample), as
// compare computes it. The scorecard keeps each scope's latest numbers, and a step to the next
// period compares with them instead of computing that period again.
MetricComparison compare(SelectionSet& current, MetricResult previous, const MetricRequest& request);

// Against the period before the current filter's (periods.h previousPeriod), with the same value
// filters. Nothing to compare without a period: NoValue, and the results say why.
MetricComparison compareWithPrevious(SelectionSet& current, const MetricRequest& request);

} // namespace carescore
