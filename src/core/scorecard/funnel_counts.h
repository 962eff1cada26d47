// The customer sets of the funnel measures (metrics/funnel_measures.h) within a time frame: who was
// served, satisfied, promoting, returning, referring. Not the goal's progress (goal_progress.h).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/metrics/funnel_measures.h"
#include "core/metrics/metric_context.h"
#include "core/standards/profile.h"
#include "core/table/bitmap.h"
#include "core/time/calendar.h"

namespace carescore {

// One bit per customer key (customerKeys): a set is a few words per thousand customers, and a
// funnel step is the word-wise AND of its set with the step before.
using CustomerSet = Bitmap;

// Each distinct customer id text of any table, as a dense key. The tables' customer_id columns
// have dictionaries of their own; the funnel's steps cross tables (contacts, surveys, orders, the
// customer list), so their codes are mapped once to keys shared by all of them.
struct CustomerKeys {
  std::size_t count = 0;
  std::vector<std::vector<std::uint32_t>> keyOfCode;  // per record kind, per customer_id code
  const std::vector<std::uint32_t>& of(RecordKind kind) const { return keyOfCode[static_cast<std::size_t>(kind)]; }
};
const CustomerKeys& customerKeys(MetricContext& context);

struct FunnelSet {
  std::optional<CustomerSet> customers;  // nothing when the data lacks a field
  std::vector<std::string> missing;      // "needs field csat", when it does
  std::string message;                   // an unknown measure
};

FunnelSet customersOf(MetricContext& context, const FunnelMeasureDefinition& measure, const Parameters& parameters,
                      const UtcRange& frame);

} // namespace carescore
