// A standard's metric choice as a request.
#include "core/metrics/metric_request.h"

namespace carescore {

MetricRequest requestFor(const MetricChoice& choice, std::uint64_t minN) {
  MetricRequest request;
  request.metric = choice.key;
  request.variant = choice.variant;
  request.statistic = choice.statistic;
  request.parameters = choice.parameters;
  request.minN = minN;
  return request;
}

} // namespace carescore
