// Statistics from counts and values, with the minimum-n policy applied in one place.
#include "core/metrics/result_builder.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <memory>

#include "core/stats/normal.h"
#include "core/stats/percentile.h"

namespace carescore {

namespace {

StatisticResult& slot(MetricResult& result, const MetricJob& job, std::string_view key) {
  const StatisticDefinition* definition = findStatistic(job.metric, key);
  assert(definition && "compute functions set only their metric's statistics");
  for (StatisticResult& statistic : result.statistics)
    if (statistic.definition == definition) return statistic;
  result.statistics.push_back({});
  result.statistics.back().definition = definition;
  return result.statistics.back();
}

void lacking(StatisticResult& statistic, std::uint64_t have, std::uint64_t need) {
  statistic.value.reset();
  statistic.interval.reset();
  statistic.marginOfError.reset();
  statistic.insufficient = {have, std::max<std::uint64_t>(need, have + 1)};
}

// Neumaier summation: a million durations of mixed magnitude keep their last digits.
double meanOf(const std::vector<double>& values) {
  double sum = 0.0, compensation = 0.0;
  for (const double v : values) {
    const double t = sum + v;
    compensation += std::fabs(sum) >= std::fabs(v) ? (sum - t) + v : (v - t) + sum;
    sum = t;
  }
  return (sum + compensation) / static_cast<double>(values.size());
}

} // namespace

std::uint64_t minimumFor(const StatisticDefinition& statistic, const MetricJob& job) {
  const MinimumSamples& policy = job.settings().minimumSamples;
  std::uint64_t need = 1;
  if (statistic.direction == Direction::Neutral) return job.request.minN;  // descriptive: 0 contacts is an answer
  switch (statistic.unit) {
    case StatisticUnit::Share: need = policy.rate; break;
    case StatisticUnit::NpsPoints: need = policy.nps; break;
    case StatisticUnit::Count: need = 0; break;
    default: need = statistic.key.rfind("p90", 0) == 0 ? policy.durationPercentile : 1;
  }
  return std::max<std::uint64_t>(need, job.request.minN);
}

void setShare(MetricResult& result, const MetricJob& job, std::string_view key, std::uint64_t hits, std::uint64_t total) {
  StatisticResult& statistic = slot(result, job, key);
  statistic.n = total;
  statistic.numerator = hits;
  statistic.denominator = total;
  statistic.evidence = Evidence::Proportion;
  const std::uint64_t need = std::max<std::uint64_t>(minimumFor(*statistic.definition, job), 1);
  if (total < need) return lacking(statistic, total, need);
  const Estimate<RateEstimate> rate = wilson(hits, total, zForConfidence(job.settings().confidence));
  statistic.value = rate.value->rate;
  statistic.interval = rate.value->interval;
}

void setValue(MetricResult& result, const MetricJob& job, std::string_view key, std::optional<double> value, std::uint64_t n) {
  StatisticResult& statistic = slot(result, job, key);
  statistic.n = n;
  const std::uint64_t need = minimumFor(*statistic.definition, job);
  if (!value || !std::isfinite(*value) || n < need) return lacking(statistic, n, std::max<std::uint64_t>(need, 1));
  statistic.value = *value;
}

void setSummary(MetricResult& result, const MetricJob& job, const SummaryKeys& keys, std::vector<double>&& values) {
  // Infinite or NaN values (a corrupt cell) would break the order statistics: left out and counted.
  const auto finiteEnd = std::partition(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
  exclude(result, "not_finite", static_cast<std::uint64_t>(values.end() - finiteEnd));
  values.erase(finiteEnd, values.end());
  const std::uint64_t n = values.size();
  // A statistic not asked for (askedStatisticOnly) is left unset: finish() fills it in empty.
  const auto wanted = [&](std::string_view key) {
    return !key.empty() && (!job.request.askedStatisticOnly || key == job.statistic);
  };
  std::optional<double> mean, median, p90;
  if (!values.empty()) {
    if (wanted(keys.mean)) mean = meanOf(values);  // before the order statistics reorder the values: the sum's order is fixed
    if (wanted(keys.median) && wanted(keys.p90)) {
      constexpr double kQuantiles[] = {0.9, 0.5};
      const std::vector<double> q = percentiles(values, kQuantiles);
      median = q[1];
      p90 = q[0];
    } else if (wanted(keys.median) || wanted(keys.p90)) {  // one order statistic: the same value as when read with the other
      const double quantile[] = {wanted(keys.median) ? 0.5 : 0.9};
      (wanted(keys.median) ? median : p90) = percentiles(values, quantile).front();
    }
  }
  // The values themselves become the sample, after the statistics: no copy of a million values. In
  // whatever order the percentiles left them: the rank test reads them sorted (and sorts them only
  // when both periods have enough values to test).
  std::shared_ptr<const std::vector<double>> sample;
  if (job.request.keepSample) sample = std::make_shared<const std::vector<double>>(std::move(values));
  const auto place = [&](std::string_view key, std::optional<double> value, bool asked) {
    if (key.empty() || (n > 0 && !asked)) return;  // no values: every statistic placed, lacking
    setValue(result, job, key, value, n);
    StatisticResult& statistic = slot(result, job, key);
    statistic.evidence = Evidence::Sample;
    statistic.sample = sample;
  };
  place(keys.mean, mean, wanted(keys.mean));
  place(keys.median, median, wanted(keys.median));
  place(keys.p90, p90, wanted(keys.p90));
}

void setNps(MetricResult& result, const MetricJob& job, const NpsCounts& counts) {
  StatisticResult& score = slot(result, job, "score");
  score.n = counts.n();
  score.evidence = Evidence::NpsCounts;
  score.npsCounts = counts;
  const std::uint64_t need = std::max<std::uint64_t>(minimumFor(*score.definition, job), 1);
  if (counts.n() < need) lacking(score, counts.n(), need);
  else {
    const NpsResult nps = *carescore::nps(counts, zForConfidence(job.settings().confidence)).value;
    score.value = nps.score;
    score.interval = nps.adjustedWald;
    score.marginOfError = nps.marginOfError;
  }
  setShare(result, job, "promoters_share", counts.promoters, counts.n());
  setShare(result, job, "detractors_share", counts.detractors, counts.n());
}

namespace {

void addNote(MetricResult& result, std::string_view reason, std::uint64_t count, bool leftOut) {
  if (count == 0) return;
  for (RecordNote& entry : result.notes)
    if (entry.reason == reason) {
      entry.count += count;
      return;
    }
  result.notes.push_back({reason, count, leftOut});
}

} // namespace

void exclude(MetricResult& result, std::string_view reason, std::uint64_t count) { addNote(result, reason, count, true); }
void note(MetricResult& result, std::string_view reason, std::uint64_t count) { addNote(result, reason, count, false); }

void finish(MetricResult& result, const MetricJob& job) {
  std::vector<StatisticResult> ordered;
  for (const StatisticDefinition& definition : job.metric.statistics) {
    const auto it = std::find_if(result.statistics.begin(), result.statistics.end(),
                                 [&](const StatisticResult& s) { return s.definition == &definition; });
    if (it != result.statistics.end()) {
      ordered.push_back(std::move(*it));
      continue;
    }
    StatisticResult missing;
    missing.definition = &definition;
    missing.insufficient = {0, std::max<std::uint64_t>(minimumFor(definition, job), 1)};
    ordered.push_back(std::move(missing));
  }
  result.statistics = std::move(ordered);
  result.statistic = job.statistic;
  if (result.status == ResultStatus::Invalid || result.status == ResultStatus::MissingInputs) return;
  const StatisticResult* chosen = result.find(job.statistic);
  assert(chosen);
  result.n = chosen->n;
  if (chosen->value) {
    result.status = ResultStatus::Ok;
  } else {
    result.status = ResultStatus::InsufficientData;
    result.insufficient = chosen->insufficient;
  }
}

void finish(std::vector<MetricResult>& results, const MetricJob& job) {
  for (MetricResult& result : results) finish(result, job);
}

} // namespace carescore
