#include "app/views/surveys_view.h"

#include <cmath>
#include <span>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/analysis.h"
#include "app/app_state.h"
#include "app/charts/charts.h"
#include "app/i18n/date_format.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/ui_items.h"
#include "app/verdict_icons.h"
#include "app/views/view_card.h"
#include "app/views/scorecard_text.h"
#include "app/views/view_support.h"
#include "core/metrics/metric_engine.h"
#include "core/time/civil.h"

namespace carescore {

namespace {

using namespace charts;

constexpr const char* kDimensions[] = {"reliability", "assurance", "tangibles", "empathy", "responsiveness"};
constexpr Text kDimensionNames[] = {Text::ViewReliability, Text::ViewAssurance, Text::ViewTangibles, Text::ViewEmpathy,
                                    Text::ViewResponsiveness};

MetricRequest requestOf(const Analysis& analysis, std::string_view metric) {
  MetricRequest request = viewRequest(standardFor(analysis.profile(), metric), metric, analysis.zone());
  request.statistic.clear();
  return request;
}

// A scale parameter of the request, or the catalogue's default.
int scaleBound(const MetricRequest& request, std::string_view key) {
  if (auto it = request.parameters.find(std::string(key)); it != request.parameters.end())
    if (const double* value = std::get_if<double>(&it->second)) return static_cast<int>(*value);
  const MetricDefinition* metric = findMetric(request.metric);
  const ParameterDefinition* parameter = metric ? findParameter(*metric, key) : nullptr;
  return parameter ? static_cast<int>(parameter->defaultNumber) : 0;
}

void compute(Analysis& analysis, SurveysViewState& view) {
  view.generation = analysis.generation();
  view.cachedBucket = view.bucket;
  SelectionSet& selections = analysis.selections();
  const MetricRequest nps = requestOf(analysis, "nps");
  const MetricRequest csat = requestOf(analysis, "csat");
  const MetricRequest ces = requestOf(analysis, "ces");
  view.nps = computeMetric(selections, nps);
  view.csat = computeMetric(selections, csat);
  view.ces = computeMetric(selections, ces);
  view.servqual = computeMetric(selections, requestOf(analysis, "servqual"));
  view.npsAnswers = scoreDistribution(selections, "nps", 0, 10);
  view.csatAnswers = scoreDistribution(selections, "csat", scaleBound(csat, "scale_min"), scaleBound(csat, "scale_max"));
  view.cesAnswers = scoreDistribution(selections, "ces", scaleBound(ces, "scale_min"), scaleBound(ces, "scale_max"));

  view.bucketStartMs.clear(), view.promoters.clear(), view.passives.clear(), view.detractors.clear();
  const SegmentSplit buckets = trend(selections, nps, view.bucket);
  for (const Segment& segment : buckets.segments) {
    const StatisticResult* score = segment.result.find("score");
    const NpsCounts counts = score ? score->npsCounts : NpsCounts{};
    view.bucketStartMs.push_back(segment.label.period ? analysis.zone().toLocal(segment.label.period->beginMs) : 0);
    view.promoters.push_back(static_cast<double>(counts.promoters));
    view.passives.push_back(static_cast<double>(counts.passives));
    view.detractors.push_back(static_cast<double>(counts.detractors));
  }
}

std::string bucketLabel(std::int64_t localMs, SegmentBy bucket) {
  const CivilDate date = civilFromDays(static_cast<std::int32_t>(floorDiv(localMs, kMsPerDay)));
  return bucket == SegmentBy::Month ? formatMonthYear(date) : formatDayMonth(date);
}

// A headline: verdict against the profile's standard, name, value with its interval, n.
void headline(AppState& state, const Analysis& analysis, const MetricResult& result, const char* metricKey) {
  ImGui::BeginGroup();
  const char* name = metricName(metricKey);
  ImGui::TextUnformatted(name);
  noteLabel(state, name);
  const StatisticResult* statistic = result.metric ? result.find(result.statistic) : nullptr;
  if (!result.ok() || !statistic || !statistic->value) {
    verdictBadge(Verdict::NoData);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + em(16));
    ImGui::TextDisabled("%s", whyNoValue(result).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    return;
  }
  const StatisticUnit unit = statistic->definition->unit;
  const Standard* standard = standardFor(analysis.profile(), metricKey);
  verdictBadge(standard ? verdictOf(*standard, statistic) : Verdict::NoData);
  ImGui::SameLine();
  std::string text = std::string(statisticName(statistic->key())) + ": " + formatDisplay(unit, statistic->value);
  if (statistic->interval)
    text += "  [" + formatDisplay(unit, statistic->interval->low) + " … " + formatDisplay(unit, statistic->interval->high) + "]";
  ImGui::TextUnformatted(text.c_str());
  ImGui::TextDisabled("n = %s%s%s", formatCount(statistic->n).c_str(), standard ? "   " : "",
                      standard ? targetText(standard->target, unit).c_str() : "");
  ImGui::EndGroup();
}

void distributionCard(AppState& state, const char* name, const char* title, const ScoreDistribution& answers, float width, float height) {
  ChartCard card(state, name, title, width);
  std::vector<std::string> labels;
  for (int score = answers.minScore; score <= answers.maxScore; ++score) labels.push_back(formatCount(static_cast<std::uint64_t>(score)));
  std::vector<const char*> categories;
  for (const std::string& label : labels) categories.push_back(label.c_str());
  std::vector<double> counts(answers.counts.begin(), answers.counts.end());
  drawSingleBars(state, card, {categories, {tr(Text::ViewAnswers), counts, answers.counts}, {ValueKind::Count, 0}}, height,
                 answers.answered > 0);
  if (!answers.missingInputs.empty()) noteLabel(state, answers.missingInputs.front());
}

// Detractors, passives and promoters as stacked bars in the verdict colours (fail, neutral, pass).
void npsCard(AppState& state, const char* name, const char* title, std::span<const char* const> categories,
             std::span<const double> detractors, std::span<const double> passives, std::span<const double> promoters,
             BarLayout layout, bool hasData, float width, float height) {
  ChartCard card(state, name, title, width);
  const BarSeries series[] = {{tr(Text::SurveyDetractors), detractors}, {tr(Text::SurveyPassives), passives},
                              {tr(Text::SurveyPromoters), promoters}};
  const ImU32 colors[] = {verdictColor(Verdict::Fail), verdictColor(Verdict::NoData), verdictColor(Verdict::Pass)};
  BarChartSpec spec;
  spec.categories = categories;
  spec.series = series;
  spec.layout = layout;
  spec.valueAxis = {layout == BarLayout::Stacked100 ? tr(Text::ChartShare) : tr(Text::ViewAnswers), {ValueKind::Count, 0}};
  spec.colors = colors;
  const ChartResult result = barChart("chart", spec, card.size(height));
  card.note(result);
  reportChart(state, name, hasData ? result : ChartResult{});
}

// The 0–10 answers coloured by group: detractors 0–6, passives 7–8, promoters 9–10.
void npsAnswersCard(AppState& state, const ScoreDistribution& answers, float width, float height) {
  static const char* const kScores[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};
  std::vector<double> detractors(11, NAN), passives(11, NAN), promoters(11, NAN);
  for (std::size_t score = 0; score < answers.counts.size() && score < 11; ++score) {
    const double count = static_cast<double>(answers.counts[score]);
    (score <= 6 ? detractors : score <= 8 ? passives : promoters)[score] = count;
  }
  npsCard(state, "nps_answers", tr(Text::ViewNpsAnswers), kScores, detractors, passives, promoters, BarLayout::Stacked,
          answers.answered > 0, width, height);
}

void npsBucketsCard(AppState& state, const SurveysViewState& view, float width, float height) {
  std::vector<std::string> labels;
  for (std::int64_t ms : view.bucketStartMs) labels.push_back(bucketLabel(ms, view.bucket));
  std::vector<const char*> categories;
  for (const std::string& label : labels) categories.push_back(label.c_str());
  npsCard(state, "nps_buckets", tr(Text::ViewNpsByPeriod), categories, view.detractors, view.passives, view.promoters,
          BarLayout::Stacked100, view.npsAnswers.answered > 0, width, height);
}

void servqualCard(AppState& state, const MetricResult& servqual, float width, float height) {
  ChartCard card(state, "servqual", metricName("servqual"), width);
  std::vector<double> gaps;
  std::vector<std::uint64_t> n;
  std::vector<const char*> categories;
  for (std::size_t i = 0; i < std::size(kDimensions); ++i) {
    const StatisticResult* gap = servqual.find(std::string(kDimensions[i]) + "_gap");
    gaps.push_back(gap && gap->value ? *gap->value : NAN);
    n.push_back(gap ? gap->n : 0);
    categories.push_back(tr(kDimensionNames[i]));
  }
  drawSingleBars(state, card, {categories, {tr(Text::ViewGap), gaps, n}, {ValueKind::Number, 2}}, height, servqual.ok());
  if (!servqual.ok()) viewNote(state, whyNoValue(servqual));
}

void drawComments(AppState& state, SurveysViewState& view) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Text::ViewComments));
  noteLabel(state, tr(Text::ViewComments));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em(20));
  ImGui::InputTextWithHint("##comment_search", tr(Text::ViewSearchHint), &view.query);
  noteItem(state, "comment_search");
  ImGui::SameLine();
  ImGui::TextDisabled("%s", trFormat(Text::ViewCommentsFound, {formatCount(view.comments.matched), formatCount(view.comments.withComment)}).c_str());
  if (!view.comments.missingInputs.empty()) {
    viewNote(state, trFormat(Text::ViewMissingInputs, {view.comments.missingInputs.front()}));
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("comments", 3, kFlags, ImVec2(0, std::max(em(8), ImGui::GetContentRegionAvail().y)))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr(Text::ChartDate), ImGuiTableColumnFlags_WidthFixed, em(7));
  ImGui::TableSetupColumn(tr(Text::ViewScore), ImGuiTableColumnFlags_WidthFixed, em(4));
  ImGui::TableSetupColumn(tr(Text::ViewComment), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(view.comments.comments.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const SurveyComment& comment = view.comments.comments[static_cast<std::size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(comment.submittedMs ? bucketLabel(comment.submittedMs.value(), SegmentBy::Day).c_str() : "—");
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(comment.score ? formatNumber(*comment.score, 0).c_str() : "—");
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(comment.text.data(), comment.text.data() + comment.text.size());
    }
  ImGui::EndTable();
}

} // namespace

void drawSurveysView(Analysis& analysis, SurveysViewState& view, AppState& state) {
  viewHeading(state, tr(Text::TabSurveys));
  const std::pair<SegmentBy, Text> buckets[] = {{SegmentBy::Day, Text::PeriodDay}, {SegmentBy::Week, Text::PeriodWeek}, {SegmentBy::Month, Text::PeriodMonth}};
  for (const auto& [bucket, text] : buckets) {
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(text), view.bucket == bucket)) view.bucket = bucket;
    noteItem(state, ("surveys_bucket_" + std::string(nameOf(bucket))).c_str());
  }
  const bool recompute = view.generation != analysis.generation() || view.cachedBucket != view.bucket;
  if (recompute) compute(analysis, view);
  if (recompute || view.cachedQuery != view.query) {
    view.cachedQuery = view.query;
    view.comments = searchComments(analysis.selections(), view.query);
  }

  ImGui::BeginChild("surveys", ImVec2(0, 0), false);
  const float spacing = ImGui::GetStyle().ItemSpacing.x * 2;
  const float third = (ImGui::GetContentRegionAvail().x - spacing * 2) / 3;
  headline(state, analysis, view.nps, "nps");
  ImGui::SameLine(third + spacing);
  headline(state, analysis, view.csat, "csat");
  ImGui::SameLine((third + spacing) * 2);
  headline(state, analysis, view.ces, "ces");

  const float half = (ImGui::GetContentRegionAvail().x - spacing) / 2;
  const float height = em(11);
  npsBucketsCard(state, view, half, height);
  ImGui::SameLine(0, spacing);
  npsAnswersCard(state, view.npsAnswers, half, height);
  distributionCard(state, "csat_answers", metricName("csat"), view.csatAnswers, third, height);
  ImGui::SameLine(0, spacing);
  distributionCard(state, "ces_answers", metricName("ces"), view.cesAnswers, third, height);
  ImGui::SameLine(0, spacing);
  servqualCard(state, view.servqual, third, height);
  drawComments(state, view);
  ImGui::EndChild();
  state.viewReport.charts["comments"] = static_cast<std::size_t>(view.comments.matched);
}

} // namespace carescore
