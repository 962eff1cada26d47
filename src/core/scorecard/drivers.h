// The segments that drive a failing standard: for each split (hour of week, agent, team, channel,
// customer segment), every segment's shortfall against the target weighted by its records, largest
// first. One splitBy pass per split. Not the verdict (verdict.h).
#pragma once
#include <string>
#include <vector>

#include "core/metrics/metric_engine.h"
#include "core/scorecard/scorecard.h"

namespace carescore {

// weight = shortfall × records, where shortfall is how far the segment's value lies on the wrong
// side of the target in profile units (verdict.h shortfallOf); share = weight / Σ weight of the
// split. Segments meeting the target, without a value, or of records lacking the field are no
// drivers. Splits that do not apply to the metric's records (an agent split of orders) give none.
std::vector<Driver> findDrivers(SelectionSet& selections, const MetricRequest& request, StatisticUnit unit,
                                const Target& target, const std::vector<std::string>& splits, std::size_t maxPerSplit);

} // namespace carescore
