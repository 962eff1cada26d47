// What a metric's compute function works with: the request resolved against the catalogue (variant,
// parameters, zone, formula), the selections of the click, and the segments when the metric is
// split. A compute function returns one MetricResult per segment (one when not split). Internal to
// metrics/: callers use metric_engine.h.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/metrics/metric_parameters.h"
#include "core/metrics/metric_request.h"
#include "core/metrics/metric_result.h"
#include "core/metrics/segmenter.h"
#include "core/metrics/selection.h"

namespace carescore {

struct MetricJob {
  MetricContext& context;
  SelectionSet& selections;
  const MetricRequest& request;
  const MetricDefinition& metric;
  const VariantDefinition& variant;
  const MetricParameters& parameters;
  const TimeZone& zone;
  std::string_view statistic;      // the one the status is about
  std::string formula;
  Segmenter* segmenter = nullptr;  // null: one result
  std::vector<std::string> problems;  // filters or splits that cannot apply to a selection used
  std::vector<std::uint32_t> unsplittable;  // groups() of a kind the split cannot apply to: no row in any segment

  const Dataset& data() const { return context.data(); }
  const MetricSettings& settings() const { return context.settings(); }
  double number(std::string_view key) const { return parameters.number(key); }
  bool variantIs(std::string_view key) const { return variant.key == key; }
  std::size_t groupCount() const { return segmenter ? segmenter->count() : 1; }

  // The selected rows of a kind, the period on `timeField` (empty: the kind's reference time);
  // a filter that cannot apply is recorded in `problems` (the rows are then empty).
  const Selection& rows(RecordKind kind, std::string_view timeField = {});
  const Selection& allTimeRows(RecordKind kind);
  // Per table row of `kind`: its segment; null when not split (every row is segment 0).
  const std::vector<std::uint32_t>* groups(RecordKind kind, std::string_view timeField = {});
  // The period a segment covers: its calendar bucket within the filter's period, or the filter's.
  std::optional<UtcRange> periodOf(std::size_t group) const;

  // One blank result per segment: metric, variant and formula filled in.
  std::vector<MetricResult> blankResults() const;
};

// One list of values per segment; room for the whole selection when there is one segment.
inline std::vector<std::vector<double>> valueLists(const MetricJob& job, const Selection& selection) {
  std::vector<std::vector<double>> lists(job.groupCount());
  if (lists.size() == 1) lists.front().reserve(selection.rows.size());
  return lists;
}

// Calls visit(row, segment) for each selected row that falls in a segment. One call of `visit`
// in the source: with two (a loop without groups, one with), clang left the row's work a call per
// row in WebAssembly, not inlined.
template <class Visit>
void forEachRow(const Selection& selection, const std::vector<std::uint32_t>* groups, Visit&& visit) {
  const std::uint32_t* groupOf = groups ? groups->data() : nullptr;
  for (const std::uint32_t row : selection.rows) {
    const std::uint32_t group = groupOf ? groupOf[row] : 0;
    if (group != kNoSegment) visit(row, std::size_t{group});
  }
}

} // namespace carescore
