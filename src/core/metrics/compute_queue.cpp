// Queue metrics: service level (five denominators), ASA and abandonment, from each contact's queue
// outcome and wait (queue_outcome.h). One pass over the selection per metric.
#include "core/metrics/compute_functions.h"
#include "core/metrics/queue_outcome.h"
#include "core/metrics/result_builder.h"

namespace carescore {

namespace {

struct QueueCounts {
  std::uint64_t hits = 0, total = 0;
  std::uint64_t unknownOutcome = 0, notQueued = 0, shortAbandons = 0, abandonsLeftOut = 0;
  std::uint64_t answeredWithoutWait = 0, abandonsWithoutWait = 0, abandonsAssumedLate = 0;
};

void noteQueue(MetricResult& result, const QueueCounts& c) {
  exclude(result, "unknown_outcome", c.unknownOutcome);
  exclude(result, "not_queued", c.notQueued);
  exclude(result, "short_abandons", c.shortAbandons);
  exclude(result, "abandons", c.abandonsLeftOut);
  exclude(result, "answered_without_wait", c.answeredWithoutWait);
  exclude(result, "abandons_without_wait", c.abandonsWithoutWait);
  note(result, "abandons_without_wait_counted_late", c.abandonsAssumedLate);
}

} // namespace

std::vector<MetricResult> computeServiceLevel(MetricJob& job) {
  const QueueReader queue(job.context);
  const double threshold = job.number("threshold_seconds");
  const bool lateOnly = job.variantIs("answered_and_late_abandons");
  const bool answeredOnly = job.variantIs("answered_only");
  const bool allOffered = job.variantIs("all_offered");
  const bool waitedWithin = job.variantIs("waited_within");
  const double shortAbandon = lateOnly ? job.number("short_abandon_seconds") : 0.0;
  std::vector<QueueCounts> counts(job.groupCount());
  forEachRow(job.rows(RecordKind::Contact), job.groups(RecordKind::Contact), [&](std::uint32_t row, std::size_t g) {
    QueueCounts& c = counts[g];
    const QueueOutcome outcome = queue.outcome(row);
    const std::optional<double> wait = queue.waitSeconds(row);
    switch (outcome) {
      case QueueOutcome::Unknown: ++c.unknownOutcome; return;
      case QueueOutcome::NotQueued:
        if (allOffered) ++c.total;
        else ++c.notQueued;
        return;
      case QueueOutcome::Answered:
        if (!wait) {
          ++c.answeredWithoutWait;
          return;
        }
        ++c.total;
        c.hits += *wait <= threshold;
        return;
      case QueueOutcome::Abandoned:
      case QueueOutcome::ShortAbandoned: break;
    }
    if (answeredOnly) {
      ++c.abandonsLeftOut;
      return;
    }
    if (waitedWithin) {
      if (!wait) {
        ++c.abandonsWithoutWait;
        return;
      }
      ++c.total;
      c.hits += *wait <= threshold;
      return;
    }
    if (lateOnly) {
      if (outcome == QueueOutcome::ShortAbandoned || (wait && *wait < shortAbandon)) {
        ++c.shortAbandons;
        return;
      }
      if (!wait) ++c.abandonsAssumedLate;  // cannot be told apart from a late abandon: counted against the level
    }
    ++c.total;
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setShare(results[g], job, "share_within", counts[g].hits, counts[g].total);
    noteQueue(results[g], counts[g]);
  }
  finish(results, job);
  return results;
}

std::vector<MetricResult> computeAsa(MetricJob& job) {
  const QueueReader queue(job.context);
  const Selection& selection = job.rows(RecordKind::Contact);
  std::vector<std::vector<double>> waits = valueLists(job, selection);
  std::vector<QueueCounts> counts(job.groupCount());
  forEachRow(selection, job.groups(RecordKind::Contact), [&](std::uint32_t row, std::size_t g) {
    const QueueOutcome outcome = queue.outcome(row);
    if (outcome != QueueOutcome::Answered) {
      if (outcome == QueueOutcome::Unknown) ++counts[g].unknownOutcome;
      else ++counts[g].abandonsLeftOut;
      return;
    }
    if (const std::optional<double> wait = queue.waitSeconds(row)) waits[g].push_back(*wait);
    else ++counts[g].answeredWithoutWait;
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setSummary(results[g], job, {"mean_seconds", "median_seconds", "p90_seconds"}, std::move(waits[g]));
    exclude(results[g], "unknown_outcome", counts[g].unknownOutcome);
    exclude(results[g], "not_answered", counts[g].abandonsLeftOut);
    exclude(results[g], "answered_without_wait", counts[g].answeredWithoutWait);
  }
  finish(results, job);
  return results;
}

std::vector<MetricResult> computeAbandonRate(MetricJob& job) {
  const QueueReader queue(job.context);
  const bool excludeShort = job.variantIs("excluding_short_abandons");
  const double shortAbandon = excludeShort ? job.number("short_abandon_seconds") : 0.0;
  std::vector<QueueCounts> counts(job.groupCount());
  forEachRow(job.rows(RecordKind::Contact), job.groups(RecordKind::Contact), [&](std::uint32_t row, std::size_t g) {
    QueueCounts& c = counts[g];
    const QueueOutcome outcome = queue.outcome(row);
    if (outcome == QueueOutcome::Unknown) {
      ++c.unknownOutcome;
      return;
    }
    if (outcome == QueueOutcome::NotQueued) {
      ++c.notQueued;
      return;
    }
    if (outcome == QueueOutcome::Answered) {
      ++c.total;
      return;
    }
    if (excludeShort) {
      const std::optional<double> wait = queue.waitSeconds(row);
      if (outcome == QueueOutcome::ShortAbandoned || (wait && *wait < shortAbandon)) {
        ++c.shortAbandons;
        return;
      }
      if (!wait) ++c.abandonsAssumedLate;
    }
    ++c.total;
    ++c.hits;
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setShare(results[g], job, "share", counts[g].hits, counts[g].total);
    noteQueue(results[g], counts[g]);
  }
  finish(results, job);
  return results;
}

} // namespace carescore
