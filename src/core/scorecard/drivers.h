// The segments that drive a failing standard: for each split (hour of week, agent, team, channel,
// customer segment), every segment's shortfall against the target weighted by its records, largest
// first. One splitBy pass per split; the segments' values (candidates) do not depend on the target,
// so a change of target only re-ranks them. Not the verdict (verdict.h).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/metrics/metric_engine.h"
#include "core/scorecard/scorecard.h"

namespace carescore {

// weight = shortfall × records, where shortfall is how far the segment's value lies on the wrong
// side of the target in profile units (verdict.h shortfallOf); share = weight / Σ weight of the
// split. Segments meeting the target, without a value, or of records lacking the field are no
// drivers. Splits that do not apply to the metric's records (an agent split of orders) give none.
// A segment that could drive a failure, before any target: its value in profile units.
struct DriverCandidate {
  std::string split, key, label;
  std::uint64_t records = 0;
  double value = 0;
};

// Every segment of every split with a value, records and a key, split by split in `splits` order.
std::vector<DriverCandidate> driverCandidates(SelectionSet& selections, const MetricRequest& request,
                                              StatisticUnit unit, const std::vector<std::string>& splits);
// The candidates against `target`: per split, those with a shortfall, largest weight first, at most `maxPerSplit`.
std::vector<Driver> rankDrivers(const std::vector<DriverCandidate>& candidates, const Target& target,
                                std::size_t maxPerSplit);

std::vector<Driver> findDrivers(SelectionSet& selections, const MetricRequest& request, StatisticUnit unit,
                                const Target& target, const std::vector<std::string>& splits, std::size_t maxPerSplit);

} // namespace carescore
