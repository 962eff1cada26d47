// Period comparisons on the evidence each statistic carries (counts, NPS counts or the sample).
#include "core/metrics/comparison.h"

#include <algorithm>
#include <cmath>

#include "core/metrics/metric_parameters.h"
#include "core/metrics/periods.h"
#include "core/stats/mann_whitney.h"

namespace carescore {

namespace {

// The statistic's better side; CES reads it from its scale_direction parameter.
Direction directionOf(const StatisticDefinition& statistic, const MetricDefinition& metric, const MetricRequest& request) {
  if (statistic.direction != Direction::SetByParameter) return statistic.direction;
  const ParameterResolution parameters = resolveParameters(metric, request.parameters);
  return parameters.parameters.choice("scale_direction") == "higher_is_harder" ? Direction::LowerIsBetter
                                                                                : Direction::HigherIsBetter;
}

void testProportions(MetricComparison& out, const StatisticResult& a, const StatisticResult& b, const MetricSettings& settings) {
  // The normal approximation needs n·p̂ and n·(1 − p̂) of at least `expectedCount` in each period (p̂ pooled).
  const double pooled = static_cast<double>(a.numerator + b.numerator) / static_cast<double>(a.denominator + b.denominator);
  const double fewest = static_cast<double>(std::min(a.denominator, b.denominator)) * std::min(pooled, 1.0 - pooled);
  const std::uint64_t need = settings.minimumSamples.expectedCount;
  out.test = "two_proportion";
  if (fewest < static_cast<double>(need)) {
    out.verdict = ChangeVerdict::InsufficientData;
    out.insufficient = {static_cast<std::uint64_t>(std::floor(fewest)), need};
    return;
  }
  const RateComparison test = *twoProportionTest(a.numerator, a.denominator, b.numerator, b.denominator, settings.confidence).value;
  out.z = test.z;
  out.pValue = test.pValue;
  out.changeInterval = test.interval;
  out.significant = test.significant;
}

void testNps(MetricComparison& out, const StatisticResult& a, const StatisticResult& b, const MetricSettings& settings) {
  const std::uint64_t need = settings.minimumSamples.nps;
  out.test = "nps_difference";
  if (std::min(a.npsCounts.n(), b.npsCounts.n()) < need) {
    out.verdict = ChangeVerdict::InsufficientData;
    out.insufficient = {std::min(a.npsCounts.n(), b.npsCounts.n()), need};
    return;
  }
  const NpsComparison test = *npsDifference(a.npsCounts, b.npsCounts, settings.confidence).value;
  out.z = test.z;
  out.pValue = test.pValue;
  out.standardError = test.standardError;
  out.significant = test.significant;
}

// Mann-Whitney says whether one period's values tend to be larger; `larger` reports which.
void testSamples(MetricComparison& out, const StatisticResult& a, const StatisticResult& b, const MetricSettings& settings,
                 bool& larger) {
  const std::uint64_t need = settings.minimumSamples.rankTestGroup;
  out.test = "mann_whitney";
  const std::uint64_t fewest = std::min(a.sample ? a.sample->size() : 0, b.sample ? b.sample->size() : 0);
  if (fewest < need) {
    out.verdict = ChangeVerdict::InsufficientData;
    out.insufficient = {fewest, need};
    return;
  }
  MannWhitneyOptions options;
  options.confidence = settings.confidence;
  const MannWhitneyResult test = *mannWhitneyU(*a.sample, *b.sample, options).value;
  out.z = test.z;
  out.pValue = test.pValue;
  out.significant = test.significant;
  larger = test.probabilityAGreater > 0.5;
}

// The change and its test, once both periods' results are at hand.
MetricComparison judged(MetricComparison out, const MetricRequest& request, const MetricSettings& settings) {
  out.statistic = out.current.statistic;
  const StatisticResult* a = out.current.find(out.statistic);
  const StatisticResult* b = out.previous.find(out.statistic);
  if (!a || !b || !a->value || !b->value) return out;
  out.change = *a->value - *b->value;
  bool larger = *out.change > 0;
  switch (a->evidence) {
    case Evidence::Proportion: testProportions(out, *a, *b, settings); break;
    case Evidence::NpsCounts: testNps(out, *a, *b, settings); break;
    case Evidence::Sample: testSamples(out, *a, *b, settings, larger); break;
    case Evidence::None: out.verdict = ChangeVerdict::NotTested; return out;
  }
  if (out.verdict == ChangeVerdict::InsufficientData) return out;
  if (!out.significant) {
    out.verdict = ChangeVerdict::NoSignificantChange;
    return out;
  }
  const Direction direction = directionOf(*a->definition, *out.current.metric, request);
  if (direction == Direction::HigherIsBetter) out.verdict = larger ? ChangeVerdict::Improved : ChangeVerdict::Worsened;
  else if (direction == Direction::LowerIsBetter) out.verdict = larger ? ChangeVerdict::Worsened : ChangeVerdict::Improved;
  else out.verdict = ChangeVerdict::Changed;
  return out;
}

MetricRequest withSamples(const MetricRequest& request) {
  MetricRequest out = request;
  out.keepSample = true;
  return out;
}

} // namespace

std::string_view nameOf(ChangeVerdict verdict) {
  switch (verdict) {
    case ChangeVerdict::Improved: return "improved";
    case ChangeVerdict::Worsened: return "worsened";
    case ChangeVerdict::Changed: return "changed";
    case ChangeVerdict::NoSignificantChange: return "no_significant_change";
    case ChangeVerdict::InsufficientData: return "insufficient_data";
    case ChangeVerdict::NotTested: return "not_tested";
    case ChangeVerdict::NoValue: return "no_value";
  }
  return "unknown";
}

MetricComparison compare(SelectionSet& current, SelectionSet& previous, const MetricRequest& request,
                         const ComparisonOptions& options) {
  MetricRequest sampled = withSamples(request);
  MetricComparison out;
  out.current = computeMetric(current, sampled);
  sampled.askedStatisticOnly = request.askedStatisticOnly || options.previousStatisticOnly;
  out.previous = computeMetric(previous, sampled);
  return judged(std::move(out), request, current.context().settings());
}

MetricComparison compare(SelectionSet& current, MetricResult previous, const MetricRequest& request) {
  MetricComparison out;
  out.current = computeMetric(current, withSamples(request));
  out.previous = std::move(previous);
  return judged(std::move(out), request, current.context().settings());
}

MetricComparison compareWithPrevious(SelectionSet& current, const MetricRequest& request) {
  Filter before = current.filter();
  if (before.period) {
    const TimeZone& zone = request.zone ? *request.zone : current.context().settings().zone;
    before.period = previousPeriod(zone, *before.period);
  }
  SelectionSet previous(current.context(), std::move(before));
  MetricComparison out = compare(current, previous, request);
  if (!current.filter().period) {  // the same records twice: no change to speak of
    MetricComparison none;
    none.current = std::move(out.current);
    none.previous = std::move(out.previous);
    none.statistic = out.statistic;
    return none;
  }
  return out;
}

} // namespace carescore
