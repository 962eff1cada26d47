#include "app/views/view_support.h"

#include <imgui.h>

#include "app/app_state.h"
#include "app/charts/value_format.h"
#include "app/i18n/date_format.h"
#include "app/i18n/engine_messages.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "core/scorecard/verdict.h"

namespace carescore {

namespace {

struct NameKey {
  std::string_view key;
  Text text;
};

// Catalogue keys → UI text keys; a metric missing here shows the catalogue's English label.
constexpr NameKey kMetricNames[] = {
  {"service_level", Text::MetricServiceLevel},     {"asa", Text::MetricAverageSpeedOfAnswer},
  {"abandon_rate", Text::MetricAbandonment},       {"first_response", Text::MetricFirstResponse},
  {"resolution_time", Text::MetricResolutionTime}, {"fcr", Text::MetricFirstContactResolution},
  {"aht", Text::MetricHandleTime},                 {"occupancy", Text::MetricOccupancy},
  {"csat", Text::MetricCsat},                      {"nps", Text::MetricNps},
  {"volume", Text::MetricVolume},                  {"agent_consistency", Text::MetricAgentConsistency},
  {"on_time_delivery", Text::MetricOnTimeDelivery}, {"order_accuracy", Text::MetricOrderAccuracy},
  {"appointment_kept", Text::MetricAppointmentKept}, {"retention", Text::MetricRetention},
  {"contacts_outside_hours", Text::MetricOutsideHours}, {"steps_to_contact", Text::MetricStepsToContact},
  {"same_day_resolution", Text::MetricSameDayResolution}, {"reopen_rate", Text::MetricReopenRate},
  {"transfers_per_contact", Text::MetricTransfers}, {"replies_per_contact", Text::MetricReplies},
  {"backlog_ratio", Text::MetricBacklog},          {"repeat_topics", Text::MetricRepeatTopics},
  {"ces", Text::MetricCes},                        {"servqual", Text::MetricServqual},
};

constexpr NameKey kStatisticNames[] = {
  {"share", Text::StatShare}, {"median_seconds", Text::StatMedianSeconds}, {"mean_seconds", Text::StatMeanSeconds},
  {"share_within", Text::StatShareWithin}, {"p90_seconds", Text::StatP90Seconds}, {"mean", Text::StatMean},
  {"median", Text::StatMedian}, {"uncovered_candidates", Text::StatUncoveredCandidates},
  {"top_topic_share", Text::StatTopTopicShare}, {"tangibles_gap", Text::StatTangiblesGap},
  {"share_transferred", Text::StatShareTransferred}, {"score", Text::StatScore},
  {"satisfied_share", Text::StatSatisfiedShare}, {"retained_share", Text::StatRetainedShare},
  {"responsiveness_gap", Text::StatResponsivenessGap}, {"reliability_gap", Text::StatReliabilityGap},
  {"relative_iqr", Text::StatRelativeIqr}, {"ratio", Text::StatRatio}, {"promoters_share", Text::StatPromotersShare},
  {"overall_gap", Text::StatOverallGap}, {"low_effort_share", Text::StatLowEffortShare},
  {"empathy_gap", Text::StatEmpathyGap}, {"detractors_share", Text::StatDetractorsShare},
  {"deficient_share", Text::StatDeficientShare}, {"daily_mean", Text::StatDailyMean}, {"count", Text::StatCount},
  {"churn_share", Text::StatChurnShare}, {"candidates_share", Text::StatCandidatesShare},
  {"candidate_count", Text::StatCandidateCount}, {"assurance_gap", Text::StatAssuranceGap},
};

const NameKey* findName(std::span<const NameKey> names, std::string_view key) {
  for (const NameKey& name : names)
    if (name.key == key) return &name;
  return nullptr;
}

std::string formatValue(StatisticUnit unit, double displayed) {
  return charts::formatValue(displayed, displayFormat(unit));
}

} // namespace

const char* metricName(const MetricDefinition& metric) {
  if (const NameKey* name = findName(kMetricNames, metric.key)) return tr(name->text);
  return metric.label.data();  // catalogue labels are string literals: terminated
}

const char* metricName(std::string_view metricKey) {
  if (const MetricDefinition* metric = findMetric(metricKey)) return metricName(*metric);
  return "";
}

const char* statisticName(std::string_view statisticKey) {
  if (const NameKey* name = findName(kStatisticNames, statisticKey)) return tr(name->text);
  return "";
}

charts::ValueFormat displayFormat(StatisticUnit unit) {
  switch (unit) {
    case StatisticUnit::Share: return {charts::ValueKind::Percent, 1};
    case StatisticUnit::Seconds: return {charts::ValueKind::Duration, 0};
    case StatisticUnit::Count: return {charts::ValueKind::Count, 0};
    case StatisticUnit::NpsPoints: return {charts::ValueKind::Number, 1};
    case StatisticUnit::ScaleMean:
    case StatisticUnit::ScaleGap:
    case StatisticUnit::Ratio: return {charts::ValueKind::Number, 2};
  }
  return {};
}

std::string formatDisplay(StatisticUnit unit, std::optional<double> value) {
  return value ? formatValue(unit, toProfileUnits(unit, *value)) : std::string("—");
}

std::string_view statisticOf(const Standard& standard) {
  if (!standard.metric.statistic.empty()) return standard.metric.statistic;
  const MetricDefinition* metric = findMetric(standard.metric.key);
  return metric ? headlineStatisticOf(*metric).key : std::string_view{};
}

const Standard* standardFor(const Profile& profile, std::string_view metricKey, std::string_view statisticKey) {
  const MetricDefinition* metric = findMetric(metricKey);
  if (!metric) return nullptr;
  const std::string_view wanted = statisticKey.empty() ? headlineStatisticOf(*metric).key : statisticKey;
  const Standard* scoped = nullptr;
  for (const Standard& standard : profile.standards) {
    if (standard.metric.key != metricKey || statisticOf(standard) != wanted) continue;
    if (standard.scope.empty()) return &standard;
    if (!scoped) scoped = &standard;
  }
  return scoped;
}

const Standard* anyStandardFor(const Profile& profile, std::string_view metricKey) {
  const Standard* scoped = nullptr;
  for (const Standard& standard : profile.standards) {
    if (standard.metric.key != metricKey) continue;
    if (standard.scope.empty()) return &standard;
    if (!scoped) scoped = &standard;
  }
  return scoped;
}

MetricRequest viewRequest(const Standard* standard, std::string_view metricKey, const TimeZone& zone) {
  MetricRequest request;
  if (standard) request = requestFor(standard->metric, standard->minN);
  else request.metric = std::string(metricKey);
  request.zone = zone;
  return request;
}

Verdict verdictOf(const Standard& standard, const StatisticResult* statistic) {
  if (!statistic || !statistic->value || !statistic->definition) return Verdict::NoData;
  if (statistic->n < standard.minN) return Verdict::InsufficientData;
  const StatisticUnit unit = statistic->definition->unit;
  std::optional<ValueRange> interval;
  if (statistic->interval)
    interval = ValueRange{toProfileUnits(unit, statistic->interval->low), toProfileUnits(unit, statistic->interval->high)};
  return judge(toProfileUnits(unit, *statistic->value), interval, standard.target, unit).verdict;
}

std::optional<double> targetLineValue(const Target& target) {
  return target.comparator == Comparator::Between ? std::nullopt : target.value;
}

std::string whyNoValue(const MetricResult& result) {
  switch (result.status) {
    case ResultStatus::Ok: return {};
    case ResultStatus::InsufficientData:
      return trFormat(Text::ViewInsufficient, {formatCount(result.insufficient.have), formatCount(result.insufficient.need)});
    case ResultStatus::MissingInputs: {
      std::string fields;
      for (const std::string& input : result.missingInputs) fields += (fields.empty() ? "" : "; ") + messageText(input);
      return trFormat(Text::ViewMissingInputs, {fields});
    }
    case ResultStatus::Invalid: return messageText(result.message);
  }
  return {};
}

const std::string& localText(const LocalText& text) {
  switch (currentLanguage()) {
    case Language::Vietnamese: return text.vi.empty() ? text.en : text.vi;
    case Language::Russian: return text.ru.empty() ? text.en : text.ru;
    default: return text.en;
  }
}

void noteLabel(AppState& state, std::string_view text) { state.viewReport.labels.emplace_back(text); }

void viewHeading(AppState& state, const char* text) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  noteLabel(state, text);
}

void viewNote(AppState& state, const std::string& text) {
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", text.c_str());
  ImGui::PopTextWrapPos();
  state.viewReport.notes.push_back(text);
}

} // namespace carescore
