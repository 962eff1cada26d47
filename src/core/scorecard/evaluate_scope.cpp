// A scope's evaluation: the metric engine's result turned into a verdict with its rule. Its numbers
// are kept in the context, so a change of target recomputes no metric; not the metrics themselves.
#include "core/scorecard/evaluate_scope.h"

#include "core/metrics/comparison.h"
#include "core/metrics/metric_engine.h"
#include "core/metrics/periods.h"
#include "core/scorecard/drivers.h"
#include "core/scorecard/usual_exports.h"
#include "core/scorecard/verdict.h"

namespace carescore {

namespace {

void fillPrevious(Evaluation& evaluation, const MetricComparison& comparison, std::optional<UtcRange> period) {
  PeriodChange& previous = evaluation.previous;
  previous.period = period;
  if (const StatisticResult* before = comparison.previous.find(comparison.statistic)) {
    if (before->value) previous.previousValue = toProfileUnits(evaluation.unit, *before->value);
    previous.previousN = before->n;
  }
  if (comparison.change) previous.change = toProfileUnits(evaluation.unit, *comparison.change);
  previous.test = std::string(comparison.test);
  previous.pValue = comparison.pValue;
  previous.significant = comparison.significant;
  previous.verdict = comparison.verdict;
  previous.insufficient = comparison.insufficient;
}

// What a scope's numbers depend on, apart from its target (a change of standard that only moves
// targets finds them again), and the numbers: kept in the context, one per standard scope.
struct ScopeNumbers {
  MetricChoice metric;
  std::uint64_t minN = 0;
  Filter filter;                            // with the period
  std::optional<UtcRange> comparedWith;     // nothing: no comparison
  SegmentBy trendBucket = SegmentBy::Day;
  MetricResult result;
  std::optional<MetricComparison> comparison;
  // Filled on first need (a verdict that asks for them); the context is single-threaded. Drivers
  // per split, so a scorecard in stages can search them one split at a time.
  mutable std::optional<std::vector<TrendPoint>> trend;
  mutable std::vector<std::pair<std::string, std::vector<DriverCandidate>>> driversBySplit;

  bool sameInputs(const ScopeNumbers& other) const {
    return metric == other.metric && minN == other.minN && filter == other.filter &&
           comparedWith == other.comparedWith && trendBucket == other.trendBucket;
  }
  template <class Search>
  const std::vector<DriverCandidate>& driversOf(const std::string& split, Search&& search) const {
    for (const auto& [name, candidates] : driversBySplit)
      if (name == split) return candidates;
    return driversBySplit.emplace_back(split, search()).second;
  }
  // Whether `result` is the metric of `other` over `period` (its filter with the period before),
  // computed with its sample as a comparison's previous result needs: kept from a compared run.
  bool heldPeriod(const ScopeNumbers& other, const Filter& period) const {
    return comparison && metric == other.metric && minN == other.minN && filter == period;
  }
};

std::vector<TrendPoint> trendOf(SelectionSet& selections, const MetricRequest& request, SegmentBy bucket, StatisticUnit unit) {
  std::vector<TrendPoint> points;
  MetricRequest perBucket = request;
  perBucket.minN = 0;
  perBucket.keepSample = false;
  perBucket.askedStatisticOnly = true;  // a trend point is the one statistic of its bucket
  const SegmentSplit series = trend(selections, perBucket, bucket);
  if (series.failure) return points;
  for (const Segment& segment : series.segments) {
    TrendPoint point;
    point.key = segment.label.key;
    point.label = segment.label.label;
    const std::string_view statistic = segment.result.statistic;
    if (const auto value = segment.result.value(statistic)) point.value = toProfileUnits(unit, *value);
    point.n = segment.result.n;
    points.push_back(std::move(point));
  }
  return points;
}

void judgeResult(Evaluation& evaluation, MetricContext& context, const Standard& standard) {
  const MetricResult& result = evaluation.result;
  switch (result.status) {
    case ResultStatus::Ok: {
      const StatisticResult* statistic = result.find(result.statistic);
      if (!statistic || !statistic->value) break;
      evaluation.value = toProfileUnits(evaluation.unit, *statistic->value);
      evaluation.n = statistic->n;
      if (statistic->interval) {
        evaluation.interval = ValueRange{toProfileUnits(evaluation.unit, statistic->interval->low),
                                         toProfileUnits(evaluation.unit, statistic->interval->high)};
      }
      const Judgement judgement = judge(*evaluation.value, evaluation.interval, evaluation.target, evaluation.unit);
      evaluation.verdict = judgement.verdict;
      evaluation.rule = judgement.rule;
      return;
    }
    case ResultStatus::InsufficientData:
      evaluation.verdict = Verdict::InsufficientData;
      evaluation.insufficient = result.insufficient;
      evaluation.n = result.insufficient.have;
      evaluation.rule = "insufficient data: n = " + std::to_string(result.insufficient.have) + ", needs " +
                        std::to_string(result.insufficient.need) + " (min_n " + std::to_string(standard.minN) + ")";
      return;
    case ResultStatus::MissingInputs: {
      evaluation.verdict = Verdict::NoData;
      evaluation.missing = result.missingInputs;
      if (result.metric && result.variant) {
        evaluation.usualExports = usualExportsFor(context.data(), result.metric->kind, result.variant->inputs);
      }
      std::string fields;
      for (const std::string& missing : result.missingInputs) fields += (fields.empty() ? "" : "; ") + missing;
      evaluation.rule = "no data: " + fields;
      return;
    }
    case ResultStatus::Invalid: break;
  }
  evaluation.verdict = Verdict::Invalid;
  evaluation.message = result.message.empty() ? "the metric gave no value for its statistic" : result.message;
  evaluation.rule = "invalid: " + evaluation.message;
}

} // namespace

bool getsTrend(const Evaluation& evaluation, const ScorecardOptions& options) {
  return options.trends && evaluation.period && evaluation.verdict != Verdict::Invalid && evaluation.verdict != Verdict::NoData;
}

bool getsDrivers(const Evaluation& evaluation, const ScorecardOptions& options) {
  return options.drivers && (evaluation.verdict == Verdict::Fail || evaluation.verdict == Verdict::AtRisk);
}

Evaluation evaluateScope(SelectionPool& pool, const Standard& standard, const ScopePlan& plan,
                         std::optional<UtcRange> period, const ScorecardOptions& options) {
  MetricContext& context = pool.context();
  Evaluation evaluation;
  evaluation.standardId = standard.id;
  evaluation.overrideIndex = plan.overrideIndex;
  evaluation.scope = plan.scope;
  evaluation.excluded = plan.excluded;
  evaluation.scopeLabel = plan.label;
  evaluation.metric = standard.metric;
  evaluation.metric.parameters = plan.parameters;
  evaluation.target = plan.target;
  evaluation.period = period;

  ScopeNumbers inputs;
  inputs.metric = evaluation.metric;
  inputs.minN = standard.minN;
  inputs.filter = plan.filter;
  inputs.filter.period = period;
  if (options.compare && period) {
    inputs.comparedWith = options.comparisonPeriod ? *options.comparisonPeriod : previousPeriod(context.settings().zone, *period);
  }
  inputs.trendBucket = options.trendBucket;
  MetricRequest request = requestFor(evaluation.metric, standard.minN);
  // A verdict reads its one statistic (its interval, its test against the period before): a share
  // of first responses within 3 minutes does not pay for their median and p90.
  request.askedStatisticOnly = true;
  const auto numbers = context.latest<ScopeNumbers>(
      "scorecard.scope " + standard.id + "#" + std::to_string(plan.overrideIndex),
      [&](const ScopeNumbers& kept) { return kept.sameInputs(inputs); },
      [&](const ScopeNumbers* kept) {
        ScopeNumbers built = std::move(inputs);
        SelectionSet& selections = pool.of(built.filter);
        if (built.comparedWith) {
          // What compareWithPrevious does, with the previous period's selections from the pool.
          Filter before = plan.filter;
          before.period = built.comparedWith;
          if (kept && kept->heldPeriod(built, before)) {  // a step to the next period: the last one's numbers
            built.comparison = compare(selections, kept->result, request);
          } else {
            built.comparison = compare(selections, pool.of(before), request, {.previousStatisticOnly = true});  // fillPrevious reads one statistic
          }
          built.result = built.comparison->current;
        } else {
          built.result = computeMetric(selections, request);
        }
        return built;
      });

  evaluation.result = numbers->result;
  evaluation.formula = evaluation.result.formula;
  if (const MetricDefinition* metric = evaluation.result.metric) {
    const std::string_view key = evaluation.result.statistic.empty() ? headlineStatisticOf(*metric).key
                                                                     : evaluation.result.statistic;
    if (const StatisticDefinition* statistic = findStatistic(*metric, key)) {
      evaluation.unit = statistic->unit;
      evaluation.direction = statistic->direction;
    }
  }
  judgeResult(evaluation, context, standard);
  if (numbers->comparison) fillPrevious(evaluation, *numbers->comparison, numbers->comparedWith);
  if (getsTrend(evaluation, options)) {
    if (!numbers->trend) numbers->trend = trendOf(pool.of(numbers->filter), request, options.trendBucket, evaluation.unit);
    evaluation.trend = *numbers->trend;
  }
  if (getsDrivers(evaluation, options)) {
    std::vector<DriverCandidate> candidates;
    for (const std::string& split : options.driverSplits) {
      const std::vector<DriverCandidate>& found = numbers->driversOf(split, [&] {
        return driverCandidates(pool.of(numbers->filter), request, evaluation.unit, {split});
      });
      candidates.insert(candidates.end(), found.begin(), found.end());
    }
    evaluation.drivers = rankDrivers(candidates, evaluation.target, options.maxDriversPerSplit);
  }
  return evaluation;
}

} // namespace carescore
