#include "app/views/trends_view.h"

#include <cmath>

#include <imgui.h>

#include "app/analysis.h"
#include "app/app_state.h"
#include "app/charts/charts.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/ui_items.h"
#include "app/views/view_card.h"
#include "app/views/scorecard_text.h"
#include "app/views/view_support.h"
#include "core/metrics/comparison.h"
#include "core/metrics/metric_engine.h"
#include "core/metrics/requirements.h"
#include "core/scorecard/verdict.h"

namespace carescore {

namespace {

using namespace charts;

MetricRequest requestOf(const Analysis& analysis, const TrendsViewState& view) {
  const Standard* standard = standardFor(analysis.profile(), view.metric, view.statistic);
  MetricRequest request = viewRequest(standard, view.metric, analysis.zone());
  request.statistic = view.statistic;
  return request;
}

// The statistic's values per bucket, in display units; NaN where a bucket has none.
void valuesOf(const SegmentSplit& split, std::string_view statistic, std::vector<double>& values, std::vector<std::uint64_t>& n,
              std::vector<double>* lower = nullptr, std::vector<double>* upper = nullptr) {
  for (const Segment& segment : split.segments) {
    const StatisticResult* found = segment.result.find(statistic);
    const bool has = found && found->value && segment.result.status != ResultStatus::Invalid;
    const StatisticUnit unit = found && found->definition ? found->definition->unit : StatisticUnit::Count;
    values.push_back(has ? toProfileUnits(unit, *found->value) : NAN);
    n.push_back(found ? found->n : 0);
    if (lower) lower->push_back(has && found->interval ? toProfileUnits(unit, found->interval->low) : NAN);
    if (upper) upper->push_back(has && found->interval ? toProfileUnits(unit, found->interval->high) : NAN);
  }
}

void compute(Analysis& analysis, TrendsViewState& view) {
  view.generation = analysis.generation();
  view.cachedMetric = view.metric;
  view.cachedStatistic = view.statistic;
  view.cachedBucket = view.bucket;
  view.x.clear(), view.current.clear(), view.lower.clear(), view.upper.clear(), view.previous.clear();
  view.currentN.clear(), view.previousN.clear();
  view.failure.reset(), view.previousFailure.reset();
  view.now.reset(), view.before.reset(), view.change.reset(), view.pValue.reset();
  view.significant = false;
  const MetricDefinition* metric = findMetric(view.metric);
  if (!metric) return;
  const StatisticDefinition* statistic = view.statistic.empty() ? &headlineStatisticOf(*metric) : findStatistic(*metric, view.statistic);
  if (!statistic) return;
  view.unit = statistic->unit;
  const MetricRequest request = requestOf(analysis, view);
  // Per bucket, the standard's minimum n (meant for a whole period) would hide most days of a small
  // business and leave only its busiest, worst ones; each statistic's own minimum still applies,
  // and every point's n is in its tooltip.
  MetricRequest bucketRequest = request;
  bucketRequest.minN = 0;

  const SegmentSplit current = trend(analysis.selections(), bucketRequest, view.bucket);
  view.failure = current.failure;
  valuesOf(current, statistic->key, view.current, view.currentN, &view.lower, &view.upper);
  for (std::size_t i = 0; i < current.segments.size(); ++i) {
    const auto& period = current.segments[i].label.period;
    view.x.push_back(period ? static_cast<double>(analysis.zone().toLocal(period->beginMs)) : static_cast<double>(i));
  }

  view.comparing = analysis.comparisonRange().has_value();
  if (view.comparing) {
    const SegmentSplit previous = trend(analysis.comparisonSelections(), bucketRequest, view.bucket);
    view.previousFailure = previous.failure;
    valuesOf(previous, statistic->key, view.previous, view.previousN);
    // Aligned by bucket index on the current period's dates: day 1 over day 1.
    view.previous.resize(view.current.size(), NAN);
    view.previousN.resize(view.current.size(), 0);
    const MetricComparison comparison = compare(analysis.selections(), analysis.comparisonSelections(), request);
    const StatisticResult* now = comparison.current.find(statistic->key);
    const StatisticResult* before = comparison.previous.find(statistic->key);
    if (now) view.now = now->value;
    if (before) view.before = before->value;
    view.change = comparison.change;
    view.pValue = comparison.pValue;
    view.significant = comparison.significant;
  }
}

// "This period: 86.7%   Previous period: 87.8%  change −1.1 pp  not significant".
std::string summaryText(const TrendsViewState& view) {
  std::string text = trFormat(Text::ViewTrendSummary, {formatDisplay(view.unit, view.now), formatDisplay(view.unit, view.before)});
  if (!view.change) return text;
  const double change = toProfileUnits(view.unit, *view.change);
  text += "  " + (view.unit == StatisticUnit::Share ? trFormat(Text::ViewChangePoints, {formatSigned(change, 1)})
                                                     : trFormat(Text::ViewChange, {formatSigned(change, 2)}));
  if (view.pValue)
    text += "  " + (view.significant ? trFormat(Text::ViewSignificant, {formatNumber(*view.pValue, 3)}) : std::string(tr(Text::NotSignificant)));
  return text;
}

void drawPickers(const Analysis& analysis, TrendsViewState& view, AppState& state) {
  const MetricDefinition* metric = findMetric(view.metric);
  ImGui::SetNextItemWidth(em(16));
  if (ImGui::BeginCombo("##metric", metric ? metricName(*metric) : "")) {
    // Metrics the loaded data cannot give are greyed; choosing one still says which field is missing.
    const FieldAvailability has = [&](RecordKind kind, std::string_view field) { return analysis.dataset().field(kind, field) != nullptr; };
    for (const MetricDefinition& candidate : metricCatalogue()) {
      const bool available = missingInputs(candidate, defaultVariantOf(candidate), has).empty();
      if (!available) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      if (ImGui::Selectable(metricName(candidate), candidate.key == view.metric)) {
        view.metric = std::string(candidate.key);
        view.statistic.clear();
      }
      if (!available) ImGui::PopStyleColor();
    }
    ImGui::EndCombo();
  }
  noteItem(state, "trends_metric");
  if (!metric) return;
  ImGui::SameLine();
  const StatisticDefinition& headline = headlineStatisticOf(*metric);
  const StatisticDefinition* chosen = view.statistic.empty() ? &headline : findStatistic(*metric, view.statistic);
  ImGui::SetNextItemWidth(em(14));
  if (ImGui::BeginCombo("##statistic", chosen ? statisticName(chosen->key) : "")) {
    for (const StatisticDefinition& candidate : metric->statistics)
      if (ImGui::Selectable(statisticName(candidate.key), chosen == &candidate))
        view.statistic = &candidate == &headline ? std::string() : std::string(candidate.key);
    ImGui::EndCombo();
  }
  noteItem(state, "trends_statistic");
  const std::pair<SegmentBy, Text> buckets[] = {{SegmentBy::Day, Text::PeriodDay}, {SegmentBy::Week, Text::PeriodWeek}, {SegmentBy::Month, Text::PeriodMonth}};
  for (const auto& [bucket, text] : buckets) {
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(text), view.bucket == bucket)) view.bucket = bucket;
    noteItem(state, ("trends_bucket_" + std::string(nameOf(bucket))).c_str());
  }
}

} // namespace

void drawTrendsView(Analysis& analysis, TrendsViewState& view, AppState& state) {
  viewHeading(state, tr(Text::TabTrends));
  ImGui::SameLine();
  drawPickers(analysis, view, state);
  if (view.generation != analysis.generation() || view.cachedMetric != view.metric || view.cachedStatistic != view.statistic ||
      view.cachedBucket != view.bucket)
    compute(analysis, view);
  if (view.comparing) {
    const std::string summary = summaryText(view);
    ImGui::TextUnformatted(summary.c_str());
    noteLabel(state, summary);
  }
  if (view.failure) viewNote(state, whyNoValue(*view.failure));
  if (view.previousFailure) viewNote(state, tr(Text::ViewPreviousPeriod) + std::string(": ") + whyNoValue(*view.previousFailure));

  const MetricDefinition* metric = findMetric(view.metric);
  const char* title = metric ? metricName(*metric) : "";
  ChartCard card(state, "trend", title, ImGui::GetContentRegionAvail().x);
  std::vector<LineSeries> series = {{tr(Text::ViewCurrentPeriod), view.x, view.current, view.currentN, view.lower, view.upper}};
  if (view.comparing) series.push_back({tr(Text::ViewPreviousPeriod), view.x, view.previous, view.previousN});
  LineChartSpec spec;
  spec.series = series;
  const std::string statistic = statisticName(view.statistic.empty() && metric ? headlineStatisticOf(*metric).key : view.statistic);
  spec.yAxis = {statistic.c_str(), displayFormat(view.unit), kAuto, kAuto, view.unit == StatisticUnit::Count};
  std::string target;
  if (const Standard* standard = standardFor(analysis.profile(), view.metric, view.statistic))
    if (auto value = targetLineValue(standard->target)) {
      target = targetText(standard->target, view.unit);
      spec.target = {*value, target.c_str()};
      noteLabel(state, target);
    }
  const ChartResult result = lineChart("chart", spec, card.size(std::max(em(12), ImGui::GetContentRegionAvail().y - em(2.5f))));
  card.note(result);
  reportChart(state, "trend", result);
  noteLabel(state, title);
  noteLabel(state, statistic);
}

} // namespace carescore
