// How a queued contact (call, live chat) ended and how long the customer waited, from whichever of
// the canonical fields the data has: the outcome word, else the abandoned flag, else whether it was
// answered at all; the wait from wait_seconds, else answered_at − created_at. Derived once per
// context for every row and shared by service level, ASA, abandonment, first response, handle time
// and staffing. Not a metric.
#pragma once
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/metrics/metric_context.h"

namespace carescore {

enum class QueueOutcome : std::uint8_t {
  Unknown,         // nothing says how it ended (an e-mail, or a row without the fields)
  Answered,
  Abandoned,       // left the queue before an answer
  ShortAbandoned,  // the tool itself marked a short abandon
  NotQueued,       // missed, voicemail, out of hours: offered but never waiting for an agent
};

struct QueueColumns {
  std::vector<QueueOutcome> outcome;  // per contact row
  std::vector<double> waitSeconds;    // per contact row; NaN when unknown or negative (bad data)
};

class QueueReader {
public:
  explicit QueueReader(MetricContext& context);

  QueueOutcome outcome(std::size_t row) const { return columns_->outcome[row]; }
  // Seconds waited before the answer or the abandon; nothing when unknown or negative.
  std::optional<double> waitSeconds(std::size_t row) const {
    const double wait = columns_->waitSeconds[row];
    return std::isnan(wait) ? std::nullopt : std::optional<double>(wait);
  }
  static bool isAbandon(QueueOutcome outcome) {
    return outcome == QueueOutcome::Abandoned || outcome == QueueOutcome::ShortAbandoned;
  }

private:
  const QueueColumns* columns_;
};

} // namespace carescore
