// Dispatch from catalogue key to compute function, after resolving the request against the
// catalogue and checking the data holds the variant's inputs: whatever cannot be computed comes
// back as a result that says why, never as a number.
#include "core/metrics/metric_engine.h"

#include <algorithm>

#include "core/metrics/compute_functions.h"
#include "core/metrics/field_access.h"
#include "core/metrics/requirements.h"
#include "core/metrics/result_builder.h"

namespace carescore {

namespace {

struct ComputeEntry {
  std::string_view metric;
  ComputeFunction compute;
};

constexpr ComputeEntry kComputers[] = {
    {"service_level", computeServiceLevel},
    {"asa", computeAsa},
    {"first_response", computeFirstResponse},
    {"abandon_rate", computeAbandonRate},
    {"fcr", computeFcr},
    {"same_day_resolution", computeSameDayResolution},
    {"resolution_time", computeResolutionTime},
    {"reopen_rate", computeReopenRate},
    {"transfers_per_contact", computeTransfersPerContact},
    {"replies_per_contact", computeRepliesPerContact},
    {"aht", computeAht},
    {"occupancy", computeOccupancy},
    {"backlog_ratio", computeBacklogRatio},
    {"repeat_topics", computeRepeatTopics},
    {"nps", computeNps},
    {"csat", computeCsat},
    {"ces", computeCes},
    {"servqual", computeServqual},
    {"on_time_delivery", computeOnTimeDelivery},
    {"order_accuracy", computeOrderAccuracy},
    {"retention", computeRetention},
    {"contacts_outside_hours", computeContactsOutsideHours},
    {"appointment_kept", computeAppointmentKept},
    {"volume", computeVolume},
    {"steps_to_contact", computeStepsToContact},
    {"agent_consistency", computeAgentConsistency},
};

// Variants that read the business hours of the schedule in Settings.
constexpr std::string_view kScheduleVariants[] = {
    "first_response.business_hours", "resolution_time.business_hours", "same_day_resolution.business_day",
    "contacts_outside_hours.settings_schedule"};

ComputeFunction computerOf(std::string_view metric) {
  for (const ComputeEntry& entry : kComputers)
    if (entry.metric == metric) return entry.compute;
  return nullptr;
}

bool readsSchedule(const MetricDefinition& metric, const VariantDefinition& variant) {
  const std::string key = std::string(metric.key) + "." + std::string(variant.key);
  return std::find(std::begin(kScheduleVariants), std::end(kScheduleVariants), key) != std::end(kScheduleVariants);
}

std::string listOf(auto items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + std::string(item.key);
  return text;
}

bool isMissingField(const std::string& problem) { return problem.rfind("needs ", 0) == 0; }

// A result that is not a number, with every statistic of the metric present and empty.
MetricResult failed(const MetricJob& job, const std::vector<std::string>& problems) {
  MetricResult result = job.blankResults().front();
  const bool missing = std::all_of(problems.begin(), problems.end(), isMissingField);
  result.status = missing ? ResultStatus::MissingInputs : ResultStatus::Invalid;
  for (const std::string& problem : problems) {
    if (isMissingField(problem)) result.missingInputs.push_back(problem);
    else result.message += (result.message.empty() ? "" : "; ") + problem;
  }
  finish(result, job);
  return result;
}

struct Run {
  std::vector<MetricResult> results;
  std::optional<MetricResult> failure;
  std::vector<std::uint64_t> records;  // per segment
  std::vector<SegmentLabel> labels;
  bool fieldSplit = false;
};

Run run(SelectionSet& selections, const MetricRequest& request, const Segmentation* segmentation) {
  Run out;
  MetricContext& context = selections.context();
  const MetricDefinition* metric = findMetric(request.metric);
  if (!metric || !computerOf(metric->key)) {
    out.failure = invalidResult(nullptr, "no metric " + request.metric + " in the catalogue");
    return out;
  }
  const VariantDefinition* variant = request.variant.empty() ? &defaultVariantOf(*metric) : findVariant(*metric, request.variant);
  if (!variant) {
    out.failure = invalidResult(metric, request.metric + " has no variant " + request.variant + " (it has " + listOf(metric->variants) + ")");
    return out;
  }
  const StatisticDefinition* statistic =
      request.statistic.empty() ? &headlineStatisticOf(*metric) : findStatistic(*metric, request.statistic);
  if (!statistic) {
    out.failure = invalidResult(metric, request.metric + " has no statistic " + request.statistic + " (it has " +
                                            listOf(metric->statistics) + ")");
    return out;
  }
  ParameterResolution parameters = resolveParameters(*metric, request.parameters);
  const TimeZone& zone = request.zone ? *request.zone : context.settings().zone;
  MetricJob job{context, selections, request, *metric, *variant, parameters.parameters, zone, statistic->key,
                filledFormula(*variant, parameters.parameters), nullptr, {}, {}};
  if (!parameters.error.empty()) {
    out.failure = failed(job, {parameters.error});
    return out;
  }
  std::vector<std::string> missing = missingInputs(*metric, *variant, [&](RecordKind kind, std::string_view field) {
    return hasField(context.data(), kind, field);
  });
  if (readsSchedule(*metric, *variant) && !context.settings().businessHours)
    missing.push_back("needs business hours (the schedule in Settings)");
  if (!missing.empty()) {
    out.failure = failed(job, missing);
    return out;
  }
  std::optional<Segmenter> segmenter;
  if (segmentation) {
    segmenter.emplace(selections, metric->kind, *segmentation, zone);
    if (!segmenter->error().empty()) {
      out.failure = failed(job, {segmenter->error()});
      return out;
    }
    job.segmenter = &*segmenter;
    out.labels = segmenter->labels();
    out.fieldSplit = segmentation->by == SegmentBy::Field;
  }
  out.results = computerOf(metric->key)(job);
  if (!job.problems.empty()) {
    out.failure = failed(job, job.problems);
    out.results.clear();
    return out;
  }
  out.records.assign(job.groupCount(), 0);
  const Selection& selection = selections.of(metric->kind);
  const std::vector<std::uint32_t>* groups = job.groups(metric->kind);
  if (!segmenter) out.records.front() = selection.rows.size();  // one segment: every selected row, no pass needed
  else if (!segmenter->isCalendar() && groups != &job.unsplittable)  // groups kept by the context: counted once per selection
    out.records = selections.recordsPerSegment(metric->kind, *groups, out.records.size());
  else forEachRow(selection, groups, [&](std::uint32_t, std::size_t g) { ++out.records[g]; });
  return out;
}

} // namespace

MetricResult computeMetric(SelectionSet& selections, const MetricRequest& request) {
  Run out = run(selections, request, nullptr);
  if (out.failure) return std::move(*out.failure);
  return std::move(out.results.front());
}

SegmentSplit splitBy(SelectionSet& selections, const MetricRequest& request, const Segmentation& segmentation) {
  Run out = run(selections, request, &segmentation);
  SegmentSplit split;
  if (out.failure) {
    split.failure = std::move(out.failure);
    return split;
  }
  for (std::size_t g = 0; g < out.results.size(); ++g) {
    if (out.fieldSplit && out.records[g] == 0) continue;
    split.segments.push_back({std::move(out.labels[g]), out.records[g], std::move(out.results[g])});
  }
  if (out.fieldSplit)
    std::stable_sort(split.segments.begin(), split.segments.end(),
                     [](const Segment& a, const Segment& b) { return a.records > b.records; });
  return split;
}

SegmentSplit trend(SelectionSet& selections, const MetricRequest& request, SegmentBy bucket) {
  if (bucket != SegmentBy::Day && bucket != SegmentBy::Week && bucket != SegmentBy::Month) {
    SegmentSplit split;
    split.failure = invalidResult(findMetric(request.metric), "a trend runs over day, week or month buckets");
    return split;
  }
  return splitBy(selections, request, Segmentation::byTime(bucket));
}

} // namespace carescore
