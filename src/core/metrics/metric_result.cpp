// Lookups into a metric result.
#include "core/metrics/metric_result.h"

namespace carescore {

std::string_view nameOf(ResultStatus status) {
  switch (status) {
    case ResultStatus::Ok: return "ok";
    case ResultStatus::InsufficientData: return "insufficient_data";
    case ResultStatus::MissingInputs: return "missing_inputs";
    case ResultStatus::Invalid: return "invalid";
  }
  return "unknown";
}

const StatisticResult* MetricResult::find(std::string_view key) const {
  for (const StatisticResult& entry : statistics)
    if (entry.key() == key) return &entry;
  return nullptr;
}

std::optional<double> MetricResult::value(std::string_view key) const {
  const StatisticResult* found = find(key);
  return found ? found->value : std::nullopt;
}

std::uint64_t MetricResult::noteCount(std::string_view reason) const {
  for (const RecordNote& entry : notes)
    if (entry.reason == reason) return entry.count;
  return 0;
}

MetricResult invalidResult(const MetricDefinition* metric, std::string message) {
  MetricResult result;
  result.metric = metric;
  result.status = ResultStatus::Invalid;
  result.message = std::move(message);
  return result;
}

} // namespace carescore
