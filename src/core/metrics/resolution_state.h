// Whether and when a contact was resolved, from whichever fields the data has: resolved_at, else
// the status word (resolved, solved, closed, done, completed); the instant from resolved_at, else
// created_at + resolution_seconds. Shared by the resolution metrics. Not a metric.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/metrics/field_access.h"

namespace carescore {

class ResolutionReader {
public:
  explicit ResolutionReader(const Dataset& data);

  // Resolved by its resolved_at, or else by its status; false when neither says so.
  bool isResolved(std::size_t row) const {
    if (resolvedAt_.has(row)) return true;
    return status_.has(row) && resolvedStatus_[status_.at(row)];
  }
  // What the status says (nothing without a status).
  std::optional<bool> statusResolved(std::size_t row) const {
    if (!status_.has(row)) return std::nullopt;
    return resolvedStatus_[status_.at(row)] != 0;
  }
  // When it was resolved: resolved_at, else created_at + resolution_seconds.
  std::optional<std::int64_t> resolvedAt(std::size_t row) const;

private:
  TimeField created_;
  TimeField resolvedAt_;
  NumberField resolutionSeconds_;
  CodeField status_;
  std::vector<std::uint8_t> resolvedStatus_;  // per status code
};

} // namespace carescore
