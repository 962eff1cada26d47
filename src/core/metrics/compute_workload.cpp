// The team's workload: handle time, occupancy (agent time against contacts' handle time, per
// agent-day), and how consistent agents are on a key figure.
#include <algorithm>
#include <unordered_map>

#include "core/metrics/compute_functions.h"
#include "core/metrics/metric_engine.h"
#include "core/metrics/queue_outcome.h"
#include "core/metrics/result_builder.h"
#include "core/stats/percentile.h"

namespace carescore {

namespace {

std::uint64_t agentDayKey(std::uint32_t agent, std::int32_t localDay) {
  return std::uint64_t{agent} << 32 | static_cast<std::uint32_t>(localDay);
}

// Σ handle_seconds of contacts per agent-day, keyed by the agent-time table's agent codes.
using HandleByAgentDay = std::unordered_map<std::uint64_t, double>;

const HandleByAgentDay& contactHandleByAgentDay(MetricContext& context, const TimeZone& zone) {
  return context.cached<HandleByAgentDay>("handle_by_agent_day@" + zone.name(), [&] {
    HandleByAgentDay sums;
    const Dataset& data = context.data();
    const CodeField agent = codeField(data, RecordKind::Contact, "agent");
    const NumberField handle = numberField(data, RecordKind::Contact, "handle_seconds");
    const CodeField staff = codeField(data, RecordKind::AgentTime, "agent");
    if (!agent || !handle || !staff) return sums;
    std::vector<std::int64_t> staffCode(agent.dictionarySize(), -1);
    for (std::uint32_t code = 0; code < agent.dictionarySize(); ++code)
      if (const auto found = staff.column->dictionary.find(agent.column->dictionary.at(code))) staffCode[code] = *found;
    const LocalTimes& days = context.localTimes(RecordKind::Contact, "created_at", zone);
    for (std::size_t row = 0; row < days.day.size(); ++row) {
      if (!agent.has(row) || !handle.has(row) || handle.at(row) < 0 || days.day[row] == LocalTimes::kNoDay) continue;
      const std::int64_t code = staffCode[agent.at(row)];
      if (code >= 0) sums[agentDayKey(static_cast<std::uint32_t>(code), days.day[row])] += handle.at(row);
    }
    return sums;
  });
}

} // namespace

std::vector<MetricResult> computeAht(MetricJob& job) {
  const QueueReader queue(job.context);
  const NumberField handle = numberField(job.data(), RecordKind::Contact, "handle_seconds");
  const Selection& selection = job.rows(RecordKind::Contact);
  std::vector<std::vector<double>> values = valueLists(job, selection);
  std::vector<std::uint64_t> notHandled(job.groupCount(), 0), without(job.groupCount(), 0);
  forEachRow(selection, job.groups(RecordKind::Contact), [&](std::uint32_t row, std::size_t g) {
    const QueueOutcome outcome = queue.outcome(row);
    if (queue.isAbandon(outcome) || outcome == QueueOutcome::NotQueued) return void(++notHandled[g]);
    if (!handle.has(row) || handle.at(row) < 0) return void(++without[g]);
    values[g].push_back(handle.at(row));
  });
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setSummary(results[g], job, {"mean_seconds", "median_seconds", {}}, std::move(values[g]));
    exclude(results[g], "not_answered", notHandled[g]);
    exclude(results[g], "without_handle_time", without[g]);
  }
  finish(results, job);
  return results;
}

std::vector<MetricResult> computeOccupancy(MetricJob& job) {
  const Dataset& data = job.data();
  const CodeField agent = codeField(data, RecordKind::AgentTime, "agent");
  const NumberField available = numberField(data, RecordKind::AgentTime, "available_seconds");
  const NumberField reportedHandle = numberField(data, RecordKind::AgentTime, "handle_seconds");
  const bool fromContacts = job.variantIs("contacts_handle_time");
  std::vector<double> handled(job.groupCount(), 0), availableSum(job.groupCount(), 0);
  std::vector<std::uint64_t> n(job.groupCount(), 0), without(job.groupCount(), 0);
  const Selection& selection = job.rows(RecordKind::AgentTime);
  const std::vector<std::uint32_t>* groups = job.groups(RecordKind::AgentTime);
  if (fromContacts) {
    // Rows of one agent-day (interval rows) add up; the contacts' handle time of that day counts once.
    const HandleByAgentDay& handle = contactHandleByAgentDay(job.context, job.zone);
    const LocalTimes& days = job.context.localTimes(RecordKind::AgentTime, "date", job.zone);
    std::unordered_map<std::uint64_t, std::pair<double, std::size_t>> agentDays;  // available, segment
    forEachRow(selection, groups, [&](std::uint32_t row, std::size_t g) {
      if (!agent.has(row) || !available.has(row) || available.at(row) < 0 || days.day[row] == LocalTimes::kNoDay)
        return void(++without[g]);
      auto& entry = agentDays.try_emplace(agentDayKey(agent.at(row), days.day[row]), 0.0, g).first->second;
      entry.first += available.at(row);
    });
    for (const auto& [key, entry] : agentDays) {
      if (entry.first <= 0) continue;
      const auto found = handle.find(key);
      handled[entry.second] += found == handle.end() ? 0.0 : found->second;
      availableSum[entry.second] += entry.first;
      ++n[entry.second];
    }
  } else {
    forEachRow(selection, groups, [&](std::uint32_t row, std::size_t g) {
      if (!available.has(row) || !reportedHandle.has(row) || available.at(row) <= 0 || reportedHandle.at(row) < 0)
        return void(++without[g]);
      handled[g] += reportedHandle.at(row);
      availableSum[g] += available.at(row);
      ++n[g];
    });
  }
  std::vector<MetricResult> results = job.blankResults();
  for (std::size_t g = 0; g < results.size(); ++g) {
    setValue(results[g], job, "share", availableSum[g] > 0 ? std::optional<double>(handled[g] / availableSum[g]) : std::nullopt, n[g]);
    exclude(results[g], "without_available_time", without[g]);
  }
  finish(results, job);
  return results;
}

std::vector<MetricResult> computeAgentConsistency(MetricJob& job) {
  std::vector<MetricResult> results = job.blankResults();
  if (job.segmenter) {
    job.problems.push_back("agent_consistency compares agents with each other: it cannot be split further");
    return results;
  }
  const std::string_view of = job.parameters.choice("of_statistic");
  const auto dot = of.find('.');
  MetricRequest inner;
  inner.metric = std::string(of.substr(0, dot));
  inner.statistic = std::string(of.substr(dot + 1));
  inner.zone = job.zone;
  inner.askedStatisticOnly = true;  // each agent's value of the one statistic compared
  const SegmentSplit perAgent = splitBy(job.selections, inner, Segmentation::byField("agent"));
  MetricResult& result = results.front();
  if (perAgent.failure) {
    result.status = perAgent.failure->status;
    result.missingInputs = perAgent.failure->missingInputs;
    result.message = std::string(of) + ": " + perAgent.failure->message;
    finish(result, job);
    return results;
  }
  const double minContacts = job.number("min_contacts_per_agent");
  std::vector<double> values;
  std::uint64_t tooFew = 0, unnamed = 0;
  for (const Segment& segment : perAgent.segments) {
    if (segment.label.key.empty()) {
      unnamed += segment.records;
      continue;
    }
    const std::optional<double> value = segment.result.value(inner.statistic);
    if (static_cast<double>(segment.result.n) < minContacts || !value) ++tooFew;
    else values.push_back(*value);
  }
  const std::uint64_t agents = values.size();
  std::optional<double> spread;
  if (!values.empty()) {
    constexpr double kQuartiles[] = {0.25, 0.5, 0.75};
    const std::vector<double> q = percentiles(values, kQuartiles);
    if (q[1] != 0) spread = (q[2] - q[0]) / q[1];
  }
  setValue(result, job, "relative_iqr", spread, agents);
  exclude(result, "agents_below_minimum", tooFew);
  exclude(result, "records_without_agent", unnamed);
  finish(result, job);
  return results;
}

} // namespace carescore
