// How a queued contact (call, live chat) ended and how long the customer waited, from whichever of
// the canonical fields the data has: the outcome word, else the abandoned flag, else whether it was
// answered at all; the wait from wait_seconds, else answered_at − created_at. Shared by service
// level, ASA, abandonment, handle time and staffing. Not a metric.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/metrics/field_access.h"

namespace carescore {

enum class QueueOutcome : std::uint8_t {
  Unknown,         // nothing says how it ended (an e-mail, or a row without the fields)
  Answered,
  Abandoned,       // left the queue before an answer
  ShortAbandoned,  // the tool itself marked a short abandon
  NotQueued,       // missed, voicemail, out of hours: offered but never waiting for an agent
};

class QueueReader {
public:
  explicit QueueReader(const Dataset& data);

  QueueOutcome outcome(std::size_t row) const;
  // Seconds waited before the answer or the abandon; nothing when unknown or negative (bad data).
  std::optional<double> waitSeconds(std::size_t row, QueueOutcome outcome) const;
  bool isAbandon(QueueOutcome outcome) const {
    return outcome == QueueOutcome::Abandoned || outcome == QueueOutcome::ShortAbandoned;
  }

private:
  CodeField outcomeWord_;
  std::vector<QueueOutcome> outcomeOfCode_;
  NumberField abandoned_;
  NumberField wait_;
  TimeField created_;
  TimeField answered_;
};

} // namespace carescore
