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

std::vector<Driver> findDrivers(SelectionSet& selections, const MetricRequest& request, StatisticUnit unit,
                                const Target& target, const std::vector<std::string>& splits, std::size_t maxPerSplit) {
  MetricRequest perSegment = request;
  perSegment.minN = 0;  // a segment needs only the statistic's policy minimum
  perSegment.keepSample = false;
  perSegment.askedStatisticOnly = true;  // a driver reads the one statistic of its segment
  std::vector<Driver> drivers;
  for (const std::string& split : splits) {
    const SegmentSplit segments = splitBy(selections, perSegment, segmentationOf(split));
    if (segments.failure) continue;
    std::vector<Driver> found;
    double total = 0;
    for (const Segment& segment : segments.segments) {
      const std::optional<double> value = segment.result.value(segment.result.statistic);
      // Records without the field ("(none)": abandoned calls have no agent) are not a segment to act on.
      if (!value || segment.records == 0 || segment.label.key.empty()) continue;
      Driver driver;
      driver.split = split;
      driver.key = segment.label.key;
      driver.label = segment.label.label;
      driver.records = segment.records;
      driver.value = toProfileUnits(unit, *value);
      driver.shortfall = shortfallOf(driver.value, target);
      driver.weight = driver.shortfall * static_cast<double>(segment.records);
      total += driver.weight;
      if (driver.weight > 0) found.push_back(std::move(driver));
    }
    std::stable_sort(found.begin(), found.end(), [](const Driver& a, const Driver& b) { return a.weight > b.weight; });
    if (found.size() > maxPerSplit) found.resize(maxPerSplit);
    for (Driver& driver : found) {
      driver.share = total > 0 ? driver.weight / total : 0;
      drivers.push_back(std::move(driver));
    }
  }
  return drivers;
}

} // namespace carescore
