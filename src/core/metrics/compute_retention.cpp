// Retention and churn: customers who bought in the previous period (the month before a month, else
// the same length before) and again in this one; customers active in the previous period still seen
// since; or the customer list's churn flag.
#include <vector>

#include "core/metrics/compute_functions.h"
#include "core/metrics/periods.h"
#include "core/metrics/result_builder.h"

namespace carescore {

namespace {

void setRetention(MetricResult& result, const MetricJob& job, std::uint64_t retained, std::uint64_t base) {
  setShare(result, job, "retained_share", retained, base);
  setShare(result, job, "churn_share", base - retained, base);
}

// Customer codes (of the order table's customer_id) that ordered within `rows`.
std::vector<std::uint8_t> customersOf(const Selection& rows, const CodeField& customer) {
  std::vector<std::uint8_t> seen(customer.dictionarySize(), 0);
  for (const std::uint32_t row : rows.rows)
    if (customer.has(row)) seen[customer.at(row)] = 1;
  return seen;
}

} // namespace

std::vector<MetricResult> computeRetention(MetricJob& job) {
  std::vector<MetricResult> results = job.blankResults();
  const Dataset& data = job.data();
  const std::optional<UtcRange> period = job.selections.filter().period;
  if (job.variantIs("churn_flag")) {
    const NumberField churned = numberField(data, RecordKind::Customer, "churned");
    std::vector<std::uint64_t> kept(job.groupCount(), 0), listed(job.groupCount(), 0), unflagged(job.groupCount(), 0);
    forEachRow(job.rows(RecordKind::Customer), job.groups(RecordKind::Customer), [&](std::uint32_t row, std::size_t g) {
      if (!churned.has(row)) return void(++unflagged[g]);
      ++listed[g];
      kept[g] += churned.at(row) == 0;
    });
    for (std::size_t g = 0; g < results.size(); ++g) {
      setRetention(results[g], job, kept[g], listed[g]);
      exclude(results[g], "without_churned_flag", unflagged[g]);
    }
    finish(results, job);
    return results;
  }
  if (!period) {
    job.problems.push_back("retention compares a period with the one before: choose a period");
    return results;
  }
  const UtcRange previous = previousPeriod(job.zone, *period);
  if (job.variantIs("last_seen")) {
    const TimeField firstSeen = timeField(data, RecordKind::Customer, "first_seen");
    const TimeField lastSeen = timeField(data, RecordKind::Customer, "last_seen");
    std::vector<std::uint64_t> kept(job.groupCount(), 0), active(job.groupCount(), 0), undated(job.groupCount(), 0);
    forEachRow(job.rows(RecordKind::Customer), job.groups(RecordKind::Customer), [&](std::uint32_t row, std::size_t g) {
      if (!firstSeen.has(row) || !lastSeen.has(row)) return void(++undated[g]);
      if (firstSeen.at(row) >= previous.endMs || lastSeen.at(row) < previous.beginMs) return;  // not active then
      ++active[g];
      kept[g] += lastSeen.at(row) >= period->beginMs;
    });
    for (std::size_t g = 0; g < results.size(); ++g) {
      setRetention(results[g], job, kept[g], active[g]);
      exclude(results[g], "without_first_or_last_seen", undated[g]);
    }
    finish(results, job);
    return results;
  }
  // repeat_purchase: customers are not rows of the order table, so it is not split.
  if (job.segmenter) {
    job.problems.push_back("retention by repeat purchase counts customers across two periods: it cannot be split");
    return results;
  }
  const CodeField customer = codeField(data, RecordKind::Order, "customer_id");
  Filter before = job.selections.filter();
  before.period = previous;
  const Selection earlier = select(job.context, RecordKind::Order, before);
  for (const std::string& problem : earlier.problems) job.problems.push_back(problem);
  const std::vector<std::uint8_t> then = customersOf(earlier, customer);
  const std::vector<std::uint8_t> now = customersOf(job.rows(RecordKind::Order), customer);
  std::uint64_t base = 0, kept = 0;
  for (std::size_t code = 0; code < then.size(); ++code) {
    base += then[code];
    kept += then[code] && now[code];
  }
  setRetention(results.front(), job, kept, base);
  finish(results, job);
  return results;
}

} // namespace carescore
