// A SMART goal's funnel counted from the loaded records (seed 003: customers served → satisfied →
// returning → referring): its time frame resolved in a zone against the data, and per step the
// customers of the step before who also fall in the step's measure (funnel_measures.h), or the
// fields the data lacks. Business-wide: the goal's own time frame, no view filters. Not the
// goal's verdict (the scorecard's), nor the measures' definitions.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/metrics/metric_context.h"
#include "core/standards/profile.h"
#include "core/time/calendar.h"

namespace carescore {

// The goal's time frame: from its start date (or the start of the day, week or month holding the
// latest contact, when it names none), `length` units long. Nothing when the start is not a date
// or there is no data to anchor an open start.
std::optional<UtcRange> resolveTimeFrame(const TimeFrame& frame, const TimeZone& zone, std::optional<std::int64_t> latestMs);

// The latest contact's created_at (the data's "now"); nothing without contacts.
std::optional<std::int64_t> latestContactMs(const Dataset& data);

struct FunnelStepCount {
  std::string id;
  std::string measure;
  std::optional<std::uint64_t> count;      // nothing when the data lacks what the measure reads
  std::vector<std::string> missingInputs;  // "needs field customer.referrals", …
};

// Steps in order; a step after one without a count has none either (it counts within that step).
std::vector<FunnelStepCount> countFunnel(const Dataset& data, const Goal& goal, const UtcRange& frame);

} // namespace carescore
