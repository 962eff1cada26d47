// Reaching the team outside the queue: first response (reported, timestamps, business hours),
// contacts arriving while closed, steps before contact, and volume.
#include <cmath>

#include "core/metrics/business_clock.h"
#include "core/metrics/compute_functions.h"
#include "core/metrics/queue_outcome.h"
#include "core/metrics/result_builder.h"

namespace carescore {

namespace {

// Local days a period touches (a month is 28–31 of them whatever DST does), or nothing.
std::optional<double> daysOf(const TimeZone& zone, const std::optional<UtcRange>& period) {
  if (!period || period->endMs <= period->beginMs) return std::nullopt;
  return static_cast<double>(localDayOf(zone, period->endMs - 1) - localDayOf(zone, period->beginMs) + 1);
}

// Seconds to the first response per contact, NaN when there is none yet, negative for bad data;
// built once per variant and kept in the context (every split, trend and period reads it).
const std::vector<double>& firstResponseSeconds(MetricJob& job) {
  if (job.variantIs("business_hours"))
    return businessSecondsBetween(job.context, RecordKind::Contact, "created_at", {"first_response_at", "answered_at"});
  const bool asReported = job.variantIs("reported_or_timestamps");
  return job.context.cached<std::vector<double>>("first_response_seconds:" + std::string(job.variant.key), [&] {
    const Dataset& data = job.data();
    const QueueReader queue(job.context);
    const NumberField reported = numberField(data, RecordKind::Contact, "first_response_seconds");
    const TimeField created = timeField(data, RecordKind::Contact, "created_at");
    const TimeField firstAt = timeField(data, RecordKind::Contact, "first_response_at");
    const TimeField answeredAt = timeField(data, RecordKind::Contact, "answered_at");
    const auto secondsOf = [&](std::size_t row) -> double {
      constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
      if (asReported && reported.has(row)) return reported.at(row);
      if (created.has(row)) {
        if (firstAt.has(row)) return static_cast<double>(firstAt.at(row) - created.at(row)) / 1000.0;
        if (!asReported && answeredAt.has(row)) return static_cast<double>(answeredAt.at(row) - created.at(row)) / 1000.0;
      }
      if (asReported) {  // calls and live chats: the answer is the first response, unless the customer left first
        const QueueOutcome outcome = queue.outcome(row);
        if (outcome == QueueOutcome::Answered || outcome == QueueOutcome::Unknown)
          if (const auto wait = queue.waitSeconds(row)) return *wait;
      }
      return kNone;
    };
    std::vector<double> seconds(data.of(RecordKind::Contact).rowCount());
    for (std::size_t row = 0; row < seconds.size(); ++row) seconds[row] = secondsOf(row);
    return seconds;
  });
}

} // namespace

std::vector<MetricResult> computeFirstResponse(MetricJob& job) {
  const std::vector<double>& secondsOf = firstResponseSeconds(job);
  const double threshold = job.number("threshold_seconds");

  struct Counts {
    std::uint64_t within = 0, withoutResponse = 0, negative = 0;
  };
  std::vector<Counts> counts(job.groupCount());
  const Selection& selection = job.rows(RecordKind::Contact);
  std::vector<std::vector<double>> values = valueLists(job, selection);
  forEachRow(selection, job.groups(RecordKind::Contact), [&](std::uint32_t row, std::size_t g) {
    const double seconds = secondsOf[row];
    if (std::isnan(seconds)) ++counts[g].withoutResponse;
    else if (seconds < 0) ++counts[g].negative;
    else {
      values[g].push_back(seconds);
      counts[g].within += seconds <= threshold;
    }
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setShare(results[g], job, "share_within", counts[g].within, values[g].size());
    setSummary(results[g], job, {"mean_seconds", "median_seconds", "p90_seconds"}, std::move(values[g]));
    exclude(results[g], "without_response", counts[g].withoutResponse);
    exclude(results[g], "negative_durations", counts[g].negative);
  }
  finish(results, job);
  return results;
}

std::vector<MetricResult> computeContactsOutsideHours(MetricJob& job) {
  const std::vector<std::uint8_t>& open = openAt(job.context, RecordKind::Contact, "created_at");
  std::vector<std::uint64_t> closed(job.groupCount(), 0), total(job.groupCount(), 0), undated(job.groupCount(), 0);
  forEachRow(job.rows(RecordKind::Contact), job.groups(RecordKind::Contact), [&](std::uint32_t row, std::size_t g) {
    if (open[row] == kNoInstant) {
      ++undated[g];
      return;
    }
    ++total[g];
    closed[g] += open[row] == kClosed;
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setShare(results[g], job, "share", closed[g], total[g]);
    exclude(results[g], "without_created_at", undated[g]);
  }
  finish(results, job);
  return results;
}

std::vector<MetricResult> computeStepsToContact(MetricJob& job) {
  const NumberField steps = numberField(job.data(), RecordKind::Contact, "steps_before_contact");
  const Selection& selection = job.rows(RecordKind::Contact);
  std::vector<std::vector<double>> values = valueLists(job, selection);
  std::vector<std::uint64_t> without(job.groupCount(), 0);
  forEachRow(selection, job.groups(RecordKind::Contact), [&](std::uint32_t row, std::size_t g) {
    if (steps.has(row) && steps.at(row) >= 0) values[g].push_back(steps.at(row));
    else ++without[g];
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setSummary(results[g], job, {"mean", "median", {}}, std::move(values[g]));
    exclude(results[g], "without_steps", without[g]);
  }
  finish(results, job);
  return results;
}

std::vector<MetricResult> computeVolume(MetricJob& job) {
  const Selection& selection = job.rows(RecordKind::Contact);
  const std::vector<std::uint32_t>* groups = job.groups(RecordKind::Contact);
  std::vector<std::uint64_t> count(job.groupCount(), 0);
  forEachRow(selection, groups, [&](std::uint32_t, std::size_t g) { ++count[g]; });
  // Without a period, the days from the first to the last contact selected.
  std::optional<UtcRange> span;
  if (!selection.period) {
    const TimeField created = timeField(job.data(), RecordKind::Contact, "created_at");
    for (const std::uint32_t row : selection.rows)
      if (created.has(row)) {
        const std::int64_t t = created.at(row);
        span = span ? UtcRange{std::min(span->beginMs, t), std::max(span->endMs, t + 1)} : UtcRange{t, t + 1};
      }
  }
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    const std::optional<UtcRange> period = job.periodOf(g) ? job.periodOf(g) : span;
    const std::optional<double> days = daysOf(job.zone, period);
    setValue(results[g], job, "count", static_cast<double>(count[g]), count[g]);
    setValue(results[g], job, "daily_mean",
             days ? std::optional<double>(static_cast<double>(count[g]) / *days) : std::nullopt, count[g]);
  }
  finish(results, job);
  return results;
}

} // namespace carescore
