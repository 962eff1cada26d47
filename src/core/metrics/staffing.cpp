// One pass over the selected contacts for arrivals, handle times, waits and (hour, agent) pairs;
// the period's hours are then counted per hour of week, and Erlang runs once per hour of week.
#include "core/metrics/staffing.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "core/metrics/erlang_a_cell.h"
#include "core/metrics/field_access.h"
#include "core/metrics/queue_outcome.h"

namespace carescore {

namespace {

constexpr const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::int64_t kMaxPeriodMs = 5 * 366 * kMsPerDay;  // the hours of the period are walked one by one

std::string labelOf(int hourOfWeek) {
  std::string label = std::string(kDays[hourOfWeek / 24]) + " ";
  const int hour = hourOfWeek % 24;
  label += static_cast<char>('0' + hour / 10);
  label += static_cast<char>('0' + hour % 10);
  return label + ":00";
}

// How often each hour of the week occurs in [begin, end): UTC hours, each counted on the local
// hour of week its middle falls in, partial hours at the ends by their share. DST makes a local
// hour occur twice or not at all, as it did for the callers.
std::vector<double> occurrencesOf(const TimeZone& zone, const UtcRange& period) {
  std::vector<double> occurrences(168, 0.0);
  const std::int64_t first = floorDiv(period.beginMs, kMsPerHour) * kMsPerHour;
  for (std::int64_t hour = first; hour < period.endMs; hour += kMsPerHour) {
    const std::int64_t from = std::max(hour, period.beginMs), to = std::min(hour + kMsPerHour, period.endMs);
    const std::int64_t wall = zone.toLocal(hour + kMsPerHour / 2);
    const auto hourOfWeek = static_cast<std::size_t>(weekdayOf(dayOf(wall))) * 24 + static_cast<std::size_t>(msOfDay(wall) / kMsPerHour);
    occurrences[hourOfWeek] += static_cast<double>(to - from) / static_cast<double>(kMsPerHour);
  }
  return occurrences;
}

// Distinct agents per UTC hour, counted on that hour's local hour of week. The pairs are bucketed
// by hour (a counting sort over the hours they span, at most the five years a period may have),
// and an agent's repeats within a bucket are skipped by stamping the agent with the bucket.
std::vector<double> agentHoursOf(const std::vector<std::pair<std::int64_t, std::uint32_t>>& hourAgents, std::size_t agentCount,
                                 const TimeZone& zone) {
  std::vector<double> agentHours(168, 0.0);
  if (hourAgents.empty()) return agentHours;
  const auto [lowest, highest] = std::minmax_element(hourAgents.begin(), hourAgents.end());
  const std::int64_t first = lowest->first;
  const auto hours = static_cast<std::size_t>(highest->first - first + 1);
  std::vector<std::uint32_t> start(hours + 1, 0);
  for (const auto& pair : hourAgents) ++start[static_cast<std::size_t>(pair.first - first) + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<std::uint32_t> agents(hourAgents.size());
  std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
  for (const auto& [hourIndex, code] : hourAgents) agents[fill[static_cast<std::size_t>(hourIndex - first)]++] = code;
  std::vector<std::uint32_t> stamp(agentCount, UINT32_MAX);
  for (std::size_t bucket = 0; bucket < hours; ++bucket) {
    if (start[bucket] == start[bucket + 1]) continue;
    const std::int64_t wall = zone.toLocal((first + static_cast<std::int64_t>(bucket)) * kMsPerHour + kMsPerHour / 2);
    const auto hourOfWeek = static_cast<std::size_t>(weekdayOf(dayOf(wall))) * 24 + static_cast<std::size_t>(msOfDay(wall) / kMsPerHour);
    for (std::uint32_t i = start[bucket]; i < start[bucket + 1]; ++i)
      if (stamp[agents[i]] != bucket) {
        stamp[agents[i]] = static_cast<std::uint32_t>(bucket);
        agentHours[hourOfWeek] += 1;
      }
  }
  return agentHours;
}

} // namespace

StaffingTable staffingByHourOfWeek(SelectionSet& selections, const StaffingOptions& options) {
  StaffingTable table;
  MetricContext& context = selections.context();
  const Dataset& data = context.data();
  const TimeField created = timeField(data, RecordKind::Contact, "created_at");
  const NumberField handle = numberField(data, RecordKind::Contact, "handle_seconds");
  const CodeField agent = codeField(data, RecordKind::Contact, "agent");
  if (!created) table.missingInputs.push_back("needs field created_at");
  if (!handle) table.missingInputs.push_back("needs field handle_seconds");
  const Selection& selection = selections.of(RecordKind::Contact);
  for (const std::string& problem : selection.problems) table.missingInputs.push_back(problem);
  if (!table.missingInputs.empty()) return table;

  const TimeZone& zone = options.zone ? *options.zone : context.settings().zone;
  const LocalTimes& local = context.localTimes(RecordKind::Contact, "created_at", zone);
  const QueueReader queue(context);
  std::vector<std::uint64_t> contacts(168, 0), handled(168, 0);
  std::vector<double> handleSum(168, 0.0);
  std::vector<std::pair<std::int64_t, std::uint32_t>> hourAgents;  // UTC hour index, agent code
  double waitSum = 0, allHandle = 0;
  std::uint64_t allHandled = 0;
  std::optional<UtcRange> span;
  for (const std::uint32_t row : selection.rows) {
    if (!created.has(row)) continue;
    const std::int64_t t = created.at(row);
    span = span ? UtcRange{std::min(span->beginMs, t), std::max(span->endMs, t + 1)} : UtcRange{t, t + 1};
    const std::uint8_t hour = local.hourOfWeek[row];
    ++contacts[hour];
    const QueueOutcome outcome = queue.outcome(row);
    if (outcome == QueueOutcome::Answered || outcome == QueueOutcome::Abandoned)
      if (const auto wait = queue.waitSeconds(row)) waitSum += *wait;
    table.abandons += outcome == QueueOutcome::Abandoned;
    if (queue.isAbandon(outcome) || outcome == QueueOutcome::NotQueued) continue;
    if (handle.has(row) && handle.at(row) >= 0) {
      handleSum[hour] += handle.at(row);
      ++handled[hour];
      allHandle += handle.at(row);
      ++allHandled;
    }
    if (agent.has(row)) hourAgents.emplace_back(floorDiv(t, kMsPerHour), agent.at(row));
  }
  const std::optional<UtcRange> period = selection.period ? selection.period : span;
  if (!period) {
    table.message = "no contacts selected: nothing to staff";
    return table;
  }
  if (period->lengthMs() > kMaxPeriodMs) {
    table.message = "the period spans more than five years: choose a shorter one to staff";
    return table;
  }
  table.contacts = std::accumulate(contacts.begin(), contacts.end(), std::uint64_t{0});
  if (allHandled > 0) table.handleSeconds = allHandle / static_cast<double>(allHandled);
  if (table.abandons > 0 && waitSum > 0) table.patienceSeconds = waitSum / static_cast<double>(table.abandons);

  const std::vector<double> agentHours = agentHoursOf(hourAgents, agent.dictionarySize(), zone);

  const std::vector<double> occurrences = occurrencesOf(zone, *period);
  for (int h = 0; h < 168; ++h) {
    StaffingHour hour;
    hour.hourOfWeek = static_cast<std::uint8_t>(h);
    hour.label = labelOf(h);
    hour.occurrences = occurrences[h];
    hour.contacts = contacts[h];
    if (hour.occurrences > 0) {
      hour.arrivalsPerHour = static_cast<double>(contacts[h]) / hour.occurrences;
      hour.agentsSeen = agentHours[h] / hour.occurrences;
    }
    hour.handleFromPeriod = handled[h] == 0;
    hour.handleSeconds = handled[h] ? std::optional<double>(handleSum[h] / static_cast<double>(handled[h])) : table.handleSeconds;
    if (contacts[h] == 0) {
      hour.agentsNeeded = 0;  // no demand seen in this hour
    } else if (hour.handleSeconds && *hour.handleSeconds > 0) {
      const QueueLoad load{hour.arrivalsPerHour, *hour.handleSeconds, options.answerTargetSeconds};
      hour.trafficErlangs = load.trafficErlangs();
      if (const auto needed = agentsForServiceLevel(load, {options.targetServiceLevel, options.maxOccupancy}))
        hour.agentsNeeded = needed->agents;
      const int seen = static_cast<int>(std::lround(hour.agentsSeen));
      if (table.patienceSeconds) {
        ErlangACell cell(load, *table.patienceSeconds);
        hour.agentsNeededErlangA = cell.agentsNeeded({options.targetServiceLevel, options.maxAbandonRate});
        if (seen > 0)
          if (const auto achieved = cell.at(seen)) {
            hour.serviceLevelSeen = achieved->serviceLevel;
            hour.asaSecondsSeen = achieved->asaSeconds;
            hour.abandonRateSeen = achieved->abandonProbability;
          }
      } else if (seen > 0) {
        const ErlangCResult achieved = erlangC(load, seen);
        hour.serviceLevelSeen = achieved.stable ? achieved.serviceLevel : 0.0;  // an unstable queue answers ever later
        if (achieved.stable) hour.asaSecondsSeen = achieved.asaSeconds;
      }
    }
    table.hours.push_back(std::move(hour));
  }
  return table;
}

} // namespace carescore
