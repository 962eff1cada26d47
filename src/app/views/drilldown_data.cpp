#include "app/views/drilldown_data.h"

#include <cmath>
#include <cstdio>

#include "app/analysis.h"
#include "core/metrics/metric_engine.h"
#include "core/scorecard/verdict.h"

namespace carescore {

namespace {

constexpr std::size_t kMaxBars = 12;  // the biggest segments; an agent split can have hundreds

// The analysis's filter narrowed to the scope (both must hold).
Filter scopedFilter(Analysis& analysis, const Scope& scope) {
  Filter filter = analysis.filter();
  for (FieldFilter& field : filterFor(scope, filter.period).fields) filter.fields.push_back(std::move(field));
  return filter;
}

std::optional<double> headline(const MetricResult& result, StatisticUnit unit) {
  if (!result.ok() || result.statistics.empty()) return std::nullopt;
  const StatisticResult* stat = result.statistic.empty() ? &result.statistics.front() : result.find(result.statistic);
  if (!stat || !stat->value) return std::nullopt;
  return toProfileUnits(unit, *stat->value);
}

std::optional<Interval> intervalOf(const MetricResult& result, StatisticUnit unit) {
  if (!result.ok() || result.statistics.empty()) return std::nullopt;
  const StatisticResult* stat = result.statistic.empty() ? &result.statistics.front() : result.find(result.statistic);
  if (!stat || !stat->interval) return std::nullopt;
  return Interval{toProfileUnits(unit, stat->interval->low), toProfileUnits(unit, stat->interval->high)};
}

double parameterOr(const Parameters& parameters, const char* key, double fallback) {
  auto it = parameters.find(key);
  if (it == parameters.end()) return fallback;
  if (const double* value = std::get_if<double>(&it->second)) return *value;
  return fallback;
}

} // namespace

DrilldownData computeDrilldown(Analysis& analysis, const StandardCard& card, const Evaluation& evaluation) {
  DrilldownData data;
  data.generation = analysis.generation();
  data.standardId = card.id;
  data.evaluation = &evaluation;
  const MetricDefinition* metric = findMetric(evaluation.metric.key);
  if (!metric) return data;
  data.kind = metric->kind;
  SelectionSet selections(analysis.context(), scopedFilter(analysis, evaluation.scope));
  const MetricRequest request = requestFor(evaluation.metric, card.minN);
  const StatisticUnit unit = evaluation.unit;

  const SegmentSplit days = trend(selections, request, SegmentBy::Day);
  for (const Segment& day : days.segments) {
    if (!day.label.period) continue;
    data.dayMs.push_back(static_cast<double>(analysis.zone().toLocal(day.label.period->beginMs)));
    data.dayValue.push_back(headline(day.result, unit).value_or(NAN));
    const auto interval = intervalOf(day.result, unit);
    data.dayLow.push_back(interval ? interval->low : NAN);
    data.dayHigh.push_back(interval ? interval->high : NAN);
    data.dayN.push_back(day.result.n);
  }

  for (const char* field : {"channel", "team", "agent"}) {
    SplitBars bars{field, {}, {}, {}};
    const SegmentSplit split = splitBy(selections, request, Segmentation{.by = SegmentBy::Field, .field = field});
    for (const Segment& segment : split.segments) {
      if (bars.names.size() == kMaxBars) break;
      bars.names.push_back(segment.label.label);
      bars.values.push_back(headline(segment.result, unit).value_or(NAN));
      bars.n.push_back(segment.result.n);
    }
    data.splits.push_back(std::move(bars));
  }

  data.hourOfWeek.assign(168, NAN);
  data.hourOfWeekN.assign(168, 0);
  const SegmentSplit hours = splitBy(selections, request, Segmentation{.by = SegmentBy::HourOfWeek, .field = {}});
  for (std::size_t i = 0; i < hours.segments.size() && i < 168; ++i) {
    data.hourOfWeek[i] = headline(hours.segments[i].result, unit).value_or(NAN);
    data.hourOfWeekN[i] = hours.segments[i].result.n;
  }

  if (evaluation.metric.key == "service_level") {
    StaffingOptions options;
    options.answerTargetSeconds = parameterOr(evaluation.metric.parameters, "threshold_seconds", options.answerTargetSeconds);
    if (evaluation.target.value) options.targetServiceLevel = *evaluation.target.value / 100.0;
    data.staffing = staffingByHourOfWeek(selections, options);
  }

  const Selection& selected = selections.of(data.kind);
  data.rowsTotal = selected.rows.size();
  data.rows.assign(selected.rows.begin(), selected.rows.begin() + static_cast<std::ptrdiff_t>(std::min(selected.rows.size(), kDrilldownMaxRows)));
  for (const Column& column : analysis.dataset().of(data.kind).columns) data.rowColumns.push_back(column.name);
  return data;
}

std::string cellText(const Column& column, std::uint32_t row, const TimeZone& zone) {
  if (row >= column.size() || !column.hasValue(row)) return {};
  char text[40];
  switch (column.type) {
    case ValueType::Timestamp: {
      const std::int64_t local = zone.toLocal(column.epochMs[row]);
      const CivilDate date = civilFromDays(floorDiv(local, kMsPerDay));
      const std::int64_t ms = floorMod(local, kMsPerDay);
      std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d", date.year, date.month, date.day,
                    static_cast<int>(ms / kMsPerHour), static_cast<int>(ms / kMsPerMinute % 60), static_cast<int>(ms / kMsPerSecond % 60));
      return text;
    }
    case ValueType::Boolean: return column.numbers[row] != 0 ? "true" : "false";
    case ValueType::Category:
    case ValueType::Text: return std::string(column.text(row));
    default: {
      const double value = column.numbers[row];
      if (value == std::round(value) && std::fabs(value) < 1e15) std::snprintf(text, sizeof text, "%.0f", value);
      else std::snprintf(text, sizeof text, "%.6g", value);
      return text;
    }
  }
}

} // namespace carescore
