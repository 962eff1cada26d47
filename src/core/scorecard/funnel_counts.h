// The customer sets of the funnel measures (metrics/funnel_measures.h) within a time frame, as
// customer ids: who was served, satisfied, promoting, returning, referring. Not the goal's
// progress (goal_progress.h).
#pragma once
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/metrics/funnel_measures.h"
#include "core/model/dataset.h"
#include "core/standards/profile.h"
#include "core/time/calendar.h"

namespace carescore {

using CustomerSet = std::unordered_set<std::string>;

struct FunnelSet {
  std::optional<CustomerSet> customers;  // nothing when the data lacks a field
  std::vector<std::string> missing;      // "needs field csat", when it does
  std::string message;                   // an unknown measure
};

FunnelSet customersOf(const Dataset& data, const FunnelMeasureDefinition& measure, const Parameters& parameters,
                      const UtcRange& frame);

} // namespace carescore
