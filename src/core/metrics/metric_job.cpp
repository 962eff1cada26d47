// Selections and segments as a compute function sees them.
#include "core/metrics/metric_job.h"

#include <algorithm>

namespace carescore {

const Selection& MetricJob::rows(RecordKind kind, std::string_view timeField) {
  const Selection& selection = selections.of(kind, timeField);
  for (const std::string& problem : selection.problems)
    if (std::find(problems.begin(), problems.end(), problem) == problems.end()) problems.push_back(problem);
  return selection;
}

const Selection& MetricJob::allTimeRows(RecordKind kind) {
  const Selection& selection = selections.allTime(kind);
  for (const std::string& problem : selection.problems)
    if (std::find(problems.begin(), problems.end(), problem) == problems.end()) problems.push_back(problem);
  return selection;
}

const std::vector<std::uint32_t>* MetricJob::groups(RecordKind kind, std::string_view timeField) {
  if (!segmenter) return nullptr;
  const std::vector<std::uint32_t>* groups = segmenter->groupsOf(kind, timeField);
  if (!groups) {
    const std::string problem = std::string(nameOf(kind)) + " records cannot be split this way";
    if (std::find(problems.begin(), problems.end(), problem) == problems.end()) problems.push_back(problem);
    unsplittable.assign(data().of(kind).rowCount(), kNoSegment);  // every row outside every segment
    return &unsplittable;
  }
  return groups;
}

std::optional<UtcRange> MetricJob::periodOf(std::size_t group) const {
  if (segmenter && segmenter->isCalendar()) return segmenter->labels()[group].period;
  return selections.filter().period;
}

std::vector<MetricResult> MetricJob::blankResults() const {
  MetricResult blank;
  blank.metric = &metric;
  blank.variant = &variant;
  blank.formula = formula;
  blank.statistic = statistic;
  return std::vector<MetricResult>(groupCount(), blank);
}

} // namespace carescore
