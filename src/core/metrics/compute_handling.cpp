// How contacts are handled: transfers and replies per contact, the backlog left at a period's end,
// and the questions asked so often they belong in the FAQ.
#include <algorithm>
#include <limits>
#include <optional>
#include <set>

#include "core/metrics/compute_functions.h"
#include "core/metrics/resolution_state.h"
#include "core/metrics/time_order.h"
#include "core/metrics/result_builder.h"
#include "core/metrics/topic_tally.h"
#include "core/text/topic_normalization.h"

namespace carescore {

namespace {

constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();

// Per contact, when it stops being open (kNever: not yet), and whether the data can say at all;
// built once per variant and kept in the context, as every backlog split and period reads it.
// Also the contacts ordered by that instant, so that "still open at e" reads the contacts open
// past e (few, for a recent period) instead of every contact of every period for every split.
// Without a filter or a split by field, the open contacts are only counted: open at e ⇔
// created < e ≤ until, so open(e) = #(created < e) − #(until < e) over the contacts that are open
// at all (created ≤ until), two binary searches per instant.
struct OpenUntil {
  std::vector<std::int64_t> untilMs;
  std::vector<std::uint8_t> known;
  std::vector<std::int64_t> sortedUntilMs;  // ascending, of the known contacts with created_at, open at some instant
  std::vector<std::uint32_t> byUntil;       // their rows, in that order
  std::vector<std::uint32_t> unknownRows;   // contacts with created_at whose state is unknown, ascending
  std::vector<std::int64_t> sortedCreatedMs;         // of the contacts in byUntil, ascending
  std::vector<std::int64_t> unknownSortedCreatedMs;  // of unknownRows, ascending

  std::uint64_t openAt(std::int64_t instant) const {
    const auto created = std::lower_bound(sortedCreatedMs.begin(), sortedCreatedMs.end(), instant) - sortedCreatedMs.begin();
    const auto closed = std::lower_bound(sortedUntilMs.begin(), sortedUntilMs.end(), instant) - sortedUntilMs.begin();
    return static_cast<std::uint64_t>(created - closed);
  }
  std::uint64_t unknownCreatedBefore(std::int64_t instant) const {
    return static_cast<std::uint64_t>(
        std::lower_bound(unknownSortedCreatedMs.begin(), unknownSortedCreatedMs.end(), instant) - unknownSortedCreatedMs.begin());
  }
};

const OpenUntil& openUntilOf(MetricContext& context, bool byStatus) {
  return context.cached<OpenUntil>(byStatus ? "open_until:status" : "open_until:times", [&] {
    const Dataset& data = context.data();
    const ResolutionReader resolution(data);
    const TimeField created = timeField(data, RecordKind::Contact, "created_at");
    const TimeField resolvedAt = timeField(data, RecordKind::Contact, "resolved_at");
    const TimeField closedAt = timeField(data, RecordKind::Contact, "closed_at");
    const std::size_t rowCount = data.of(RecordKind::Contact).rowCount();
    OpenUntil out;
    out.untilMs.assign(rowCount, kNever);
    out.known.assign(rowCount, 1);
    for (std::size_t row = 0; row < rowCount; ++row) {
      if (byStatus) {
        const std::optional<bool> resolved = resolution.statusResolved(row);
        if (!resolved) out.known[row] = 0;
        else if (*resolved && created.has(row)) out.untilMs[row] = created.at(row);
      } else if (resolvedAt.has(row)) out.untilMs[row] = resolvedAt.at(row);
      else if (closedAt.has(row)) out.untilMs[row] = closedAt.at(row);
    }
    std::vector<std::uint32_t> never;  // kept out of the sort: its span would need every radix pass
    for (std::uint32_t row = 0; row < rowCount; ++row) {
      if (!created.has(row)) continue;
      if (!out.known[row]) {
        out.unknownRows.push_back(row);
        out.unknownSortedCreatedMs.push_back(created.at(row));
      } else if (out.untilMs[row] == kNever) never.push_back(row);
      else if (out.untilMs[row] >= created.at(row)) {  // resolved before it was created: open at no instant
        out.sortedUntilMs.push_back(out.untilMs[row]);
        out.byUntil.push_back(row);
      }
    }
    sortByTime(out.sortedUntilMs, out.byUntil);
    out.sortedUntilMs.insert(out.sortedUntilMs.end(), never.size(), kNever);
    out.byUntil.insert(out.byUntil.end(), never.begin(), never.end());
    out.sortedCreatedMs.reserve(out.byUntil.size());
    for (const std::uint32_t row : out.byUntil) out.sortedCreatedMs.push_back(created.at(row));
    sortByTime(out.sortedCreatedMs);
    sortByTime(out.unknownSortedCreatedMs);
    return out;
  });
}

} // namespace

std::vector<MetricResult> computeTransfersPerContact(MetricJob& job) {
  const NumberField transfers = numberField(job.data(), RecordKind::Contact, "transfers");
  const Selection& selection = job.rows(RecordKind::Contact);
  std::vector<std::vector<double>> values = valueLists(job, selection);
  std::vector<std::uint64_t> transferred(job.groupCount(), 0), without(job.groupCount(), 0);
  forEachRow(selection, job.groups(RecordKind::Contact), [&](std::uint32_t row, std::size_t g) {
    if (!transfers.has(row) || transfers.at(row) < 0) return void(++without[g]);
    values[g].push_back(transfers.at(row));
    transferred[g] += transfers.at(row) >= 1;
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setShare(results[g], job, "share_transferred", transferred[g], values[g].size());
    setSummary(results[g], job, {"mean", {}, {}}, std::move(values[g]));
    exclude(results[g], "without_transfers", without[g]);
  }
  finish(results, job);
  return results;
}

std::vector<MetricResult> computeRepliesPerContact(MetricJob& job) {
  const ResolutionReader resolution(job.data());
  const NumberField replies = numberField(job.data(), RecordKind::Contact, "agent_replies");
  const bool resolvedOnly = job.variantIs("resolved_contacts");
  const Selection& selection = job.rows(RecordKind::Contact);
  std::vector<std::vector<double>> values = valueLists(job, selection);
  std::vector<std::uint64_t> unresolved(job.groupCount(), 0), without(job.groupCount(), 0);
  forEachRow(selection, job.groups(RecordKind::Contact), [&](std::uint32_t row, std::size_t g) {
    if (resolvedOnly && !resolution.isResolved(row)) return void(++unresolved[g]);
    if (!replies.has(row) || replies.at(row) < 0) return void(++without[g]);
    values[g].push_back(replies.at(row));
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setSummary(results[g], job, {"mean", "median", {}}, std::move(values[g]));
    exclude(results[g], "unresolved", unresolved[g]);
    exclude(results[g], "without_agent_replies", without[g]);
  }
  finish(results, job);
  return results;
}

// Open at an instant e: created before e and not resolved before e (open at e ⇔ created < e ≤ until).
std::vector<MetricResult> computeBacklogRatio(MetricJob& job) {
  const TimeField created = timeField(job.data(), RecordKind::Contact, "created_at");
  const OpenUntil& openUntil = openUntilOf(job.context, job.variantIs("open_by_status"));
  const std::vector<std::int64_t>& untilMs = openUntil.untilMs;

  const std::size_t groupCount = job.groupCount();
  std::vector<std::uint64_t> inflow(groupCount, 0);
  forEachRow(job.rows(RecordKind::Contact), job.groups(RecordKind::Contact), [&](std::uint32_t, std::size_t g) { ++inflow[g]; });

  std::vector<std::uint64_t> open(groupCount, 0);
  std::uint64_t unknown = 0;
  const Selection& all = job.allTimeRows(RecordKind::Contact);
  // Visits the filter's contacts with created_at: onUnknown for those whose state is unknown,
  // onKnown for the others still open at `fromMs` or later. From the contacts ordered by when they
  // stop being open (a recent period's end leaves few) unless the filter's rows are fewer.
  const auto forEachContact = [&](std::int64_t fromMs, auto&& onUnknown, auto&& onKnown) {
    const std::vector<std::int64_t>& sorted = openUntil.sortedUntilMs;
    const auto first = openUntil.byUntil.begin() + (std::lower_bound(sorted.begin(), sorted.end(), fromMs) - sorted.begin());
    const auto suffix = static_cast<std::size_t>(openUntil.byUntil.end() - first);
    const bool everyRow = all.rows.size() == untilMs.size();
    if (!everyRow && suffix + openUntil.unknownRows.size() >= all.rows.size()) {
      for (const std::uint32_t row : all.rows) {
        if (!created.has(row)) continue;
        if (!openUntil.known[row]) onUnknown(row);
        else if (untilMs[row] >= fromMs) onKnown(row);
      }
      return;
    }
    std::vector<std::uint64_t> inAll(everyRow ? 0 : (untilMs.size() + 63) / 64, 0);
    if (!everyRow)
      for (const std::uint32_t row : all.rows) inAll[row / 64] |= std::uint64_t{1} << (row % 64);
    const auto kept = [&](std::uint32_t row) { return everyRow || ((inAll[row / 64] >> (row % 64)) & 1) != 0; };
    for (const std::uint32_t row : openUntil.unknownRows)
      if (kept(row)) onUnknown(row);
    for (auto it = first; it != openUntil.byUntil.end(); ++it)
      if (kept(*it)) onKnown(*it);
  };
  const bool everyContact = all.rows.size() == untilMs.size();
  if (everyContact && job.segmenter && job.segmenter->isCalendar()) {
    for (std::size_t g = 0; g < groupCount; ++g) open[g] = openUntil.openAt(job.periodOf(g)->endMs);
    unknown = openUntil.unknownRows.size();
  } else if (everyContact && !job.segmenter) {
    const std::int64_t end = job.selections.filter().period ? job.selections.filter().period->endMs : kNever;
    if (groupCount) open[0] = openUntil.openAt(end);
    unknown = openUntil.unknownCreatedBefore(end);
  } else if (job.segmenter && job.segmenter->isCalendar()) {
    // Each bucket's own end: a contact is open at the ends in (created, until], a run of buckets.
    std::vector<std::int64_t> ends(groupCount);
    for (std::size_t g = 0; g < groupCount; ++g) ends[g] = job.periodOf(g)->endMs;
    std::vector<std::int64_t> change(groupCount + 1, 0);
    forEachContact(
        groupCount ? ends.front() : kNever, [&](std::uint32_t) { ++unknown; },
        [&](std::uint32_t row) {
          const std::int64_t until = untilMs[row];
          const auto first = std::upper_bound(ends.begin(), ends.end(), created.at(row)) - ends.begin();
          const auto last = until == kNever ? static_cast<std::ptrdiff_t>(groupCount)
                                            : std::upper_bound(ends.begin(), ends.end(), until) - ends.begin();
          if (first < last) {
            ++change[static_cast<std::size_t>(first)];
            --change[static_cast<std::size_t>(last)];
          }
        });
    std::int64_t running = 0;
    for (std::size_t g = 0; g < groupCount; ++g) open[g] = static_cast<std::uint64_t>(running += change[g]);
  } else {
    const std::int64_t end = job.selections.filter().period ? job.selections.filter().period->endMs : kNever;
    const std::vector<std::uint32_t>* groups = job.groups(RecordKind::Contact);
    const auto groupOf = [&](std::uint32_t row) { return groups ? (*groups)[row] : 0; };
    forEachContact(
        end, [&](std::uint32_t row) { unknown += groupOf(row) != kNoSegment && created.at(row) < end; },
        [&](std::uint32_t row) {
          const std::uint32_t g = groupOf(row);
          if (g != kNoSegment && created.at(row) < end) ++open[g];
        });
  }
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < groupCount; ++g) {
    setValue(results[g], job, "ratio",
             inflow[g] ? std::optional<double>(static_cast<double>(open[g]) / static_cast<double>(inflow[g])) : std::nullopt,
             inflow[g]);
    if (g == 0) exclude(results[g], "without_status", unknown);
  }
  finish(results, job);
  return results;
}

std::vector<MetricResult> computeRepeatTopics(MetricJob& job) {
  const Selection& selection = job.rows(RecordKind::Contact);
  const std::vector<TopicTally> tallies = tallyTopics(job.context, selection, job.groups(RecordKind::Contact), job.groupCount());
  const TopicIndex& index = job.context.topics(RecordKind::Contact);
  std::set<std::string> covered;
  for (const std::string& text : job.parameters.texts("covered_topics"))
    if (std::string normalized = normalizeTopic(text); !normalized.empty()) covered.insert(std::move(normalized));
  const double minShare = job.number("min_share_percent");

  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    const TopicTally& tally = tallies[g];
    const std::vector<TopicCount> candidates = candidateTopics(tally, index, minShare);
    std::uint64_t inCandidates = 0, uncovered = 0, top = 0;
    for (const TopicCount& candidate : candidates) {
      inCandidates += candidate.count;
      uncovered += covered.count(index.normalized[candidate.topic]) == 0;
    }
    for (const TopicCount& entry : tally.topics) top = std::max(top, entry.count);
    // No contact with a topic: "no uncovered candidates" would be a number about nothing.
    const auto count = [&](std::uint64_t value) { return tally.withTopic ? std::optional<double>(static_cast<double>(value)) : std::nullopt; };
    setValue(results[g], job, "uncovered_candidates", count(uncovered), tally.withTopic);
    setValue(results[g], job, "candidate_count", count(candidates.size()), tally.withTopic);
    setShare(results[g], job, "top_topic_share", top, tally.withTopic);
    setShare(results[g], job, "candidates_share", inCandidates, tally.withTopic);
    exclude(results[g], "without_topic", tally.withoutTopic);
  }
  finish(results, job);
  return results;
}

} // namespace carescore
