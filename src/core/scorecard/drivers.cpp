// Drivers of a failure by shortfall × volume.
#include "core/scorecard/drivers.h"

#include <algorithm>

#include "core/scorecard/verdict.h"

namespace carescore {

namespace {

Segmentation segmentationOf(const std::string& split) {
  if (split == "hour_of_week") return Segmentation::byTime(SegmentBy::HourOfWeek);
  if (split == "hour_of_day") return Segmentation::byTime(SegmentBy::HourOfDay);
  if (split == "day_of_week") return Segmentation::byTime(SegmentBy::DayOfWeek);
  return Segmentation::byField(split);
}

} // namespace

std::vector<DriverCandidate> driverCandidates(SelectionSet& selections, const MetricRequest& request,
                                              StatisticUnit unit, const std::vector<std::string>& splits) {
  MetricRequest perSegment = request;
  perSegment.minN = 0;  // a segment needs only the statistic's policy minimum
  perSegment.keepSample = false;
  perSegment.askedStatisticOnly = true;  // a driver reads the one statistic of its segment
  std::vector<DriverCandidate> candidates;
  for (const std::string& split : splits) {
    const SegmentSplit segments = splitBy(selections, perSegment, segmentationOf(split));
    if (segments.failure) continue;
    for (const Segment& segment : segments.segments) {
      const std::optional<double> value = segment.result.value(segment.result.statistic);
      // Records without the field ("(none)": abandoned calls have no agent) are not a segment to act on.
      if (!value || segment.records == 0 || segment.label.key.empty()) continue;
      candidates.push_back({split, segment.label.key, segment.label.label, segment.records, toProfileUnits(unit, *value)});
    }
  }
  return candidates;
}

std::vector<Driver> rankDrivers(const std::vector<DriverCandidate>& candidates, const Target& target,
                                std::size_t maxPerSplit) {
  std::vector<Driver> drivers;
  for (std::size_t begin = 0; begin < candidates.size();) {
    std::size_t end = begin;
    std::vector<Driver> found;
    double total = 0;
    for (; end < candidates.size() && candidates[end].split == candidates[begin].split; ++end) {
      const DriverCandidate& candidate = candidates[end];
      Driver driver;
      driver.split = candidate.split;
      driver.key = candidate.key;
      driver.label = candidate.label;
      driver.records = candidate.records;
      driver.value = candidate.value;
      driver.shortfall = shortfallOf(driver.value, target);
      driver.weight = driver.shortfall * static_cast<double>(candidate.records);
      total += driver.weight;
      if (driver.weight > 0) found.push_back(std::move(driver));
    }
    std::stable_sort(found.begin(), found.end(), [](const Driver& a, const Driver& b) { return a.weight > b.weight; });
    if (found.size() > maxPerSplit) found.resize(maxPerSplit);
    for (Driver& driver : found) {
      driver.share = total > 0 ? driver.weight / total : 0;
      drivers.push_back(std::move(driver));
    }
    begin = end;
  }
  return drivers;
}

std::vector<Driver> findDrivers(SelectionSet& selections, const MetricRequest& request, StatisticUnit unit,
                                const Target& target, const std::vector<std::string>& splits, std::size_t maxPerSplit) {
  return rankDrivers(driverCandidates(selections, request, unit, splits), target, maxPerSplit);
}

} // namespace carescore
