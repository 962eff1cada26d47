// The catalogue as one table, and lookups into it. The definitions themselves are data in the
// catalogue_*.h headers, grouped by what they measure.
#include "core/metrics/catalogue.h"

#include <algorithm>
#include <cassert>

#include "core/metrics/catalogue_operations.h"
#include "core/metrics/catalogue_queue.h"
#include "core/metrics/catalogue_resolution.h"
#include "core/metrics/catalogue_surveys.h"

namespace carescore {

namespace {

using namespace catalogue_data;

// In the order of SPEC §3 (reopen_rate, an addition, beside the resolution metrics).
constexpr MetricDefinition kMetrics[] = {
    kServiceLevel,  kAsa,           kFirstResponse, kAbandonRate,      kFcr,
    kSameDayResolution, kResolutionTime, kReopenRate, kTransfersPerContact, kRepliesPerContact,
    kAht,           kOccupancy,     kBacklogRatio,  kRepeatTopics,     kNps,
    kCsat,          kCes,           kServqual,      kOnTimeDelivery,   kOrderAccuracy,
    kRetention,     kContactsOutsideHours, kAppointmentKept, kVolume,  kStepsToContact,
    kAgentConsistency,
};

template <typename T>
const T* findByKey(std::span<const T> items, std::string_view key) {
  const auto it = std::find_if(items.begin(), items.end(), [key](const T& item) { return item.key == key; });
  return it == items.end() ? nullptr : &*it;
}

} // namespace

std::span<const MetricDefinition> metricCatalogue() { return kMetrics; }

const MetricDefinition* findMetric(std::string_view key) { return findByKey(metricCatalogue(), key); }

const StatisticDefinition* findStatistic(const MetricDefinition& metric, std::string_view key) {
  return findByKey(metric.statistics, key);
}

const ParameterDefinition* findParameter(const MetricDefinition& metric, std::string_view key) {
  return findByKey(metric.parameters, key);
}

const VariantDefinition* findVariant(const MetricDefinition& metric, std::string_view key) {
  return findByKey(metric.variants, key);
}

const VariantDefinition& defaultVariantOf(const MetricDefinition& metric) {
  const VariantDefinition* variant = findVariant(metric, metric.defaultVariant);
  assert(variant && "every metric names one of its variants as the default");
  return *variant;
}

const StatisticDefinition& headlineStatisticOf(const MetricDefinition& metric) {
  assert(!metric.statistics.empty());
  return metric.statistics.front();
}

bool variantUses(const VariantDefinition& variant, std::string_view parameterKey) {
  return std::find(variant.parameters.begin(), variant.parameters.end(), parameterKey) != variant.parameters.end();
}

std::string_view nameOf(StatisticUnit unit) {
  switch (unit) {
    case StatisticUnit::Share: return "share";
    case StatisticUnit::Seconds: return "seconds";
    case StatisticUnit::NpsPoints: return "nps_points";
    case StatisticUnit::ScaleMean: return "scale_mean";
    case StatisticUnit::ScaleGap: return "scale_gap";
    case StatisticUnit::Ratio: return "ratio";
    case StatisticUnit::Count: return "count";
  }
  return "unknown";
}

std::string_view nameOf(Direction direction) {
  switch (direction) {
    case Direction::HigherIsBetter: return "higher_is_better";
    case Direction::LowerIsBetter: return "lower_is_better";
    case Direction::WithinBand: return "within_band";
    case Direction::Neutral: return "neutral";
    case Direction::SetByParameter: return "set_by_parameter";
  }
  return "unknown";
}

std::string_view nameOf(ParameterType type) {
  switch (type) {
    case ParameterType::Seconds: return "seconds";
    case ParameterType::Days: return "days";
    case ParameterType::Count: return "count";
    case ParameterType::Number: return "number";
    case ParameterType::Percent: return "percent";
    case ParameterType::Choice: return "choice";
    case ParameterType::TextList: return "text_list";
  }
  return "unknown";
}

} // namespace carescore
