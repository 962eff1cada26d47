// Resolution metrics: first-contact resolution (repeat-contact windows, the tool's flag, one-touch),
// same-day resolution (local day or business day), time to resolve, and reopens.
#include <cmath>

#include "core/metrics/business_clock.h"
#include "core/metrics/compute_functions.h"
#include "core/metrics/resolution_state.h"
#include "core/metrics/result_builder.h"

namespace carescore {

std::vector<MetricResult> computeFcr(MetricJob& job) {
  const Dataset& data = job.data();
  const ResolutionReader resolution(data);
  const Selection& selection = job.rows(RecordKind::Contact);
  const std::vector<std::uint32_t>* groups = job.groups(RecordKind::Contact);
  enum { kUnresolved, kNoCustomer, kNoTopic, kTooRecent, kNoFlag, kNoReplies };
  ShareTally<6> tally(job.groupCount());

  if (job.variantIs("explicit_flag")) {
    const NumberField flag = numberField(data, RecordKind::Contact, "first_contact_resolved");
    forEachRow(selection, groups, [&](std::uint32_t row, std::size_t g) {
      if (!flag.has(row)) return void(++tally.left[g][kNoFlag]);
      ++tally.counts[g].total;
      tally.counts[g].hits += flag.at(row) != 0;
    });
  } else if (job.variantIs("one_touch")) {
    const NumberField replies = numberField(data, RecordKind::Contact, "agent_replies");
    const double maxReplies = job.number("one_touch_max_replies");
    forEachRow(selection, groups, [&](std::uint32_t row, std::size_t g) {
      if (!resolution.isResolved(row)) return void(++tally.left[g][kUnresolved]);
      if (!replies.has(row)) return void(++tally.left[g][kNoReplies]);
      ++tally.counts[g].total;
      tally.counts[g].hits += replies.at(row) <= maxReplies;
    });
  } else {
    const bool sameTopic = job.variantIs("repeat_contact");
    const CodeField customer = codeField(data, RecordKind::Contact, "customer_id");
    const TimeField created = timeField(data, RecordKind::Contact, "created_at");
    const CodeField topic = codeField(data, RecordKind::Contact, "topic");
    const TopicIndex* topics = sameTopic ? &job.context.topics(RecordKind::Contact) : nullptr;
    const RepeatGaps& gaps = job.context.repeatGaps();
    const std::vector<std::int64_t>& gap = sameTopic ? gaps.sameTopicMs : gaps.anyTopicMs;
    const std::int64_t windowMs = static_cast<std::int64_t>(job.number("repeat_window_days")) * kMsPerDay;
    const std::int64_t now = job.context.nowMs(RecordKind::Contact);
    forEachRow(selection, groups, [&](std::uint32_t row, std::size_t g) {
      if (!resolution.isResolved(row)) return void(++tally.left[g][kUnresolved]);
      if (!customer.has(row) || !created.has(row)) return void(++tally.left[g][kNoCustomer]);
      if (topics && (!topic.has(row) || topics->normalizedOfCode[topic.at(row)] == TopicIndex::kNone))
        return void(++tally.left[g][kNoTopic]);
      const std::int64_t next = gap[row];
      const bool repeated = next >= 0 && next <= windowMs;
      // Not yet known: the window has not passed and no repeat has come (yet).
      if (!repeated && created.at(row) + windowMs > now) return void(++tally.left[g][kTooRecent]);
      ++tally.counts[g].total;
      tally.counts[g].hits += !repeated;
    });
  }
  return finishShares<6>(job, "share", tally,
                         {"unresolved", "without_customer_id", "without_topic", "window_not_passed", "without_flag",
                          "without_agent_replies"});
}

namespace {

// What a contact is to same-day resolution; depends on the row, the zone and the kind of day alone.
enum class SameDay : std::uint8_t { Undated, Negative, Open, ThatDay, Later };

// Per contact, built once per zone and kind of day (local or business) and kept in the context:
// the local day of each resolution takes a zone lookup, too much to repeat for every split.
const std::vector<SameDay>& sameDayOf(MetricContext& context, const TimeZone& zone, bool businessDay) {
  const std::string key = std::string("same_day:") + (businessDay ? "business" : "local") + "@" + zone.name();
  return context.cached<std::vector<SameDay>>(key, [&] {
    const ResolutionReader resolution(context.data());
    const TimeField created = timeField(context.data(), RecordKind::Contact, "created_at");
    const std::vector<std::int64_t>* dayEnd = businessDay ? &businessDayEnd(context, RecordKind::Contact, "created_at") : nullptr;
    const LocalTimes& createdDays = context.localTimes(RecordKind::Contact, "created_at", zone);
    std::vector<SameDay> classes(context.data().of(RecordKind::Contact).rowCount(), SameDay::Undated);
    for (std::size_t row = 0; row < classes.size(); ++row) {
      if (!created.has(row)) continue;
      const std::optional<std::int64_t> resolved = resolution.resolvedAt(row);
      if (resolved && *resolved < created.at(row)) classes[row] = SameDay::Negative;
      else if (!resolved) classes[row] = SameDay::Open;
      else if (dayEnd) classes[row] = (*dayEnd)[row] >= 0 && *resolved <= (*dayEnd)[row] ? SameDay::ThatDay : SameDay::Later;
      else classes[row] = localDayOf(zone, *resolved) == createdDays.day[row] ? SameDay::ThatDay : SameDay::Later;
    }
    return classes;
  });
}

} // namespace

std::vector<MetricResult> computeSameDayResolution(MetricJob& job) {
  const bool ofResolved = job.variantIs("of_resolved");
  const std::vector<SameDay>& sameDay = sameDayOf(job.context, job.zone, job.variantIs("business_day"));
  enum { kUndated, kStillOpen, kNegative };
  ShareTally<3> tally(job.groupCount());
  forEachRow(job.rows(RecordKind::Contact), job.groups(RecordKind::Contact), [&](std::uint32_t row, std::size_t g) {
    switch (sameDay[row]) {
      case SameDay::Undated: ++tally.left[g][kUndated]; return;
      case SameDay::Negative: ++tally.left[g][kNegative]; return;
      case SameDay::Open:  // still open: not resolved that day
        if (ofResolved) ++tally.left[g][kStillOpen];
        else ++tally.counts[g].total;
        return;
      case SameDay::ThatDay: ++tally.counts[g].hits; [[fallthrough]];
      case SameDay::Later: ++tally.counts[g].total; return;
    }
  });
  return finishShares<3>(job, "share", tally, {"without_created_at", "open", "negative_durations"});
}

std::vector<MetricResult> computeResolutionTime(MetricJob& job) {
  const Dataset& data = job.data();
  const TimeField created = timeField(data, RecordKind::Contact, "created_at");
  const TimeField closed = timeField(data, RecordKind::Contact, "closed_at");
  const TimeField resolvedAt = timeField(data, RecordKind::Contact, "resolved_at");
  const NumberField reported = numberField(data, RecordKind::Contact, "resolution_seconds");
  const bool full = job.variantIs("full_resolution");
  const std::vector<double>* business =
      job.variantIs("business_hours") ? &businessSecondsBetween(job.context, RecordKind::Contact, "created_at", {"resolved_at"})
                                      : nullptr;
  const double threshold = job.number("threshold_seconds");
  const auto secondsOf = [&](std::uint32_t row) -> double {
    if (business) return (*business)[row];
    if (full) return created.has(row) && closed.has(row) ? static_cast<double>(closed.at(row) - created.at(row)) / 1000.0 : NAN;
    if (reported.has(row)) return reported.at(row);
    if (created.has(row) && resolvedAt.has(row)) return static_cast<double>(resolvedAt.at(row) - created.at(row)) / 1000.0;
    return NAN;
  };
  const Selection& selection = job.rows(RecordKind::Contact);
  std::vector<std::vector<double>> values = valueLists(job, selection);
  std::vector<std::array<std::uint64_t, 3>> counts(job.groupCount(), {0, 0, 0});  // within, unresolved, negative
  forEachRow(selection, job.groups(RecordKind::Contact), [&](std::uint32_t row, std::size_t g) {
    const double seconds = secondsOf(row);
    if (std::isnan(seconds)) ++counts[g][1];
    else if (seconds < 0) ++counts[g][2];
    else {
      values[g].push_back(seconds);
      counts[g][0] += seconds <= threshold;
    }
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setShare(results[g], job, "share_within", counts[g][0], values[g].size());
    setSummary(results[g], job, {"mean_seconds", "median_seconds", "p90_seconds"}, std::move(values[g]));
    exclude(results[g], full ? "not_closed" : "unresolved", counts[g][1]);
    exclude(results[g], "negative_durations", counts[g][2]);
  }
  finish(results, job);
  return results;
}

std::vector<MetricResult> computeReopenRate(MetricJob& job) {
  const ResolutionReader resolution(job.data());
  const NumberField reopens = numberField(job.data(), RecordKind::Contact, "reopens");
  enum { kUnresolved, kNoCount };
  ShareTally<2> tally(job.groupCount());
  forEachRow(job.rows(RecordKind::Contact), job.groups(RecordKind::Contact), [&](std::uint32_t row, std::size_t g) {
    if (!resolution.isResolved(row)) return void(++tally.left[g][kUnresolved]);
    if (!reopens.has(row)) return void(++tally.left[g][kNoCount]);
    ++tally.counts[g].total;
    tally.counts[g].hits += reopens.at(row) >= 1;
  });
  return finishShares<2>(job, "share", tally, {"unresolved", "without_reopens"});
}

} // namespace carescore
