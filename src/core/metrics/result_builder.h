// Turning counts and values into statistics, the same way for every metric: shares with their
// Wilson interval, summaries (mean, median, p90: R-7), NPS with its margin and adjusted-Wald
// interval, plain values; each against its minimum n (the request's and the product's policy). Then
// the result's status from the statistic asked for. Internal to metrics/.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/metrics/metric_job.h"

namespace carescore {

// The n a statistic needs: the request's minimum, and the policy for its kind (rates 10, NPS 30,
// p90 10; counts and descriptive statistics none).
std::uint64_t minimumFor(const StatisticDefinition& statistic, const MetricJob& job);

// hits ÷ total as a proportion with its Wilson interval; n = total.
void setShare(MetricResult& result, const MetricJob& job, std::string_view key, std::uint64_t hits, std::uint64_t total);

// A value computed elsewhere (a ratio, a count, a mean of sums); nothing when `value` is empty.
void setValue(MetricResult& result, const MetricJob& job, std::string_view key, std::optional<double> value, std::uint64_t n);

struct SummaryKeys {
  std::string_view mean;    // empty: the metric has no such statistic
  std::string_view median;
  std::string_view p90;
};
// Mean, median and p90 of `values` (reordered); the sample is kept for period tests when asked.
void setSummary(MetricResult& result, const MetricJob& job, const SummaryKeys& keys, std::vector<double>&& values);

void setNps(MetricResult& result, const MetricJob& job, const NpsCounts& counts);

// Notes on records left out (exclude) or kept under an assumption (note); recorded when count > 0.
void exclude(MetricResult& result, std::string_view reason, std::uint64_t count);
void note(MetricResult& result, std::string_view reason, std::uint64_t count);

// Every statistic present (those not set: no value, insufficient 0 of their need), the status and
// n from the statistic asked for.
void finish(MetricResult& result, const MetricJob& job);
void finish(std::vector<MetricResult>& results, const MetricJob& job);

// The common shape of a rate metric: per segment, hits of a total, and counts of the records left
// out under each reason; finishShares() turns them into the statistic `key` and the notes.
struct ShareCounts {
  std::uint64_t hits = 0, total = 0;
};

template <std::size_t kReasons>
struct ShareTally {
  std::vector<ShareCounts> counts;
  std::vector<std::array<std::uint64_t, kReasons>> left;
  explicit ShareTally(std::size_t groups) : counts(groups), left(groups, std::array<std::uint64_t, kReasons>{}) {}
};

template <std::size_t kReasons>
std::vector<MetricResult> finishShares(const MetricJob& job, std::string_view key, const ShareTally<kReasons>& tally,
                                       const std::array<std::string_view, kReasons>& reasons) {
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setShare(results[g], job, key, tally.counts[g].hits, tally.counts[g].total);
    for (std::size_t r = 0; r < kReasons; ++r) exclude(results[g], reasons[r], tally.left[g][r]);
  }
  finish(results, job);
  return results;
}

} // namespace carescore
