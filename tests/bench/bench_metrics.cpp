// carescore-bench-metrics: how long the metrics engine takes over a generated canonical dataset
// (1,000,000 contacts by default, with surveys, orders, customers and agent time in proportion),
// native and as WebAssembly under node. Prints figures; asserts nothing.
//   carescore-bench-metrics [--contacts N] [--repeat N]   (--repeat: more warm runs, for a profiler)
// Figures: the first full set (derived columns built on the way), the full set for one period,
// the full set again after a filter change (new selections), per-metric times, and the heavier
// views (splits, a trend, staffing, a comparison). Then a digest of every number computed (FNV-1a
// over the bits), so that a faster engine can be checked to give bit-for-bit the same results.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "bench/bench_setup.h"
#include "bench/canonical_dataset.h"
#include "bench/result_digest.h"
#include "core/metrics/catalogue.h"
#include "core/metrics/comparison.h"
#include "core/metrics/metric_engine.h"
#include "core/metrics/periods.h"
#include "core/metrics/staffing.h"
#include "embedded_assets.h"

namespace {

using namespace carescore;
using Clock = std::chrono::steady_clock;

// FNV-1a over the bits of every value, count and status: equal digests, equal results.
struct Digest : bench::ResultDigest {
  using ResultDigest::add;
  void add(std::optional<int> value) { add(value ? static_cast<std::uint64_t>(*value) : std::uint64_t{0xFFFF}); }
  void add(const SegmentSplit& split) {
    if (split.failure) add(*split.failure);
    for (const Segment& segment : split.segments) {
      add(segment.records);
      add(segment.result);
    }
  }
  void add(const StaffingTable& table) {
    add(table.contacts);
    add(table.handleSeconds);
    add(table.patienceSeconds);
    for (const StaffingHour& hour : table.hours) {
      add(hour.occurrences);
      add(hour.contacts);
      add(hour.arrivalsPerHour);
      add(hour.handleSeconds);
      add(hour.trafficErlangs);
      add(hour.agentsSeen);
      add(hour.agentsNeeded);
      add(hour.agentsNeededErlangA);
      add(hour.serviceLevelSeen);
      add(hour.asaSecondsSeen);
      add(hour.abandonRateSeen);
    }
  }
};

double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

std::vector<MetricRequest> fullSet() {
  std::vector<MetricRequest> requests;
  for (const MetricDefinition& metric : metricCatalogue()) {
    MetricRequest request;
    request.metric = std::string(metric.key);
    requests.push_back(request);
  }
  return requests;
}

struct SetRun {
  double totalMs = 0;
  std::vector<double> perMetricMs;
  int withValue = 0;
};

SetRun runSet(MetricContext& context, const Filter& filter, const std::vector<MetricRequest>& requests) {
  SetRun run;
  const auto start = Clock::now();
  SelectionSet selections(context, filter);
  for (const MetricRequest& request : requests) {
    const auto one = Clock::now();
    const MetricResult result = computeMetric(selections, request);
    run.perMetricMs.push_back(msSince(one));
    run.withValue += result.ok();
  }
  run.totalMs = msSince(start);
  return run;
}

SetRun bestOf(int runs, MetricContext& context, const Filter& filter, const std::vector<MetricRequest>& requests) {
  SetRun best;
  best.totalMs = 1e30;
  for (int i = 0; i < runs; ++i) {
    SetRun run = runSet(context, filter, requests);
    if (run.totalMs < best.totalMs) best = std::move(run);
  }
  return best;
}

} // namespace

int main(int argc, char** argv) {
  const bench::BenchArgs args = bench::parseBenchArgs(argc, argv);
  const std::optional<MetricSettings> settings = bench::shopSettings();
  if (!settings) return 1;
  const TimeZone& zone = settings->zone;

  auto start = Clock::now();
  const Dataset data = bench::makeCanonicalDataset(args.spec);
  std::printf("dataset: %llu contacts, %zu surveys, %zu orders, %zu customers, %zu agent-days; generated in %.0f ms\n",
              static_cast<unsigned long long>(args.spec.contacts), data.of(RecordKind::Survey).rowCount(),
              data.of(RecordKind::Order).rowCount(), data.of(RecordKind::Customer).rowCount(),
              data.of(RecordKind::AgentTime).rowCount(), msSince(start));

  MetricContext context(data, *settings);
  const std::vector<MetricRequest> requests = fullSet();
  const Filter month{localDateRange(zone, {2026, 2, 1}, {2026, 2, 28}), {}};
  Filter narrowed = month;
  narrowed.where("channel", {"chat"}).where("team", {"team A"});

  const SetRun cold = runSet(context, month, requests);
  std::printf("full set, first run (%zu metrics, February, derived columns built): %8.1f ms, %d with a value\n",
              requests.size(), cold.totalMs, cold.withValue);
  const SetRun warm = bestOf(3 + args.repeat, context, month, requests);
  std::printf("full set, one period (new selections, best of 3):                 %8.1f ms, %d with a value\n", warm.totalMs,
              warm.withValue);
  const SetRun changed = bestOf(3, context, narrowed, requests);
  std::printf("full set after a filter change (chat, team A; best of 3):         %8.1f ms, %d with a value\n",
              changed.totalMs, changed.withValue);

  std::vector<std::size_t> order(requests.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return warm.perMetricMs[a] > warm.perMetricMs[b]; });
  std::printf("per metric, one period (ms):");
  for (std::size_t i : order) std::printf(" %s %.1f;", requests[i].metric.c_str(), warm.perMetricMs[i]);
  std::printf("\n");

  SelectionSet selections(context, month);
  start = Clock::now();
  for (const RecordKind kind : kRecordKinds) selections.of(kind);
  std::printf("selections of every kind for the period: %.1f ms\n", msSince(start));
  std::printf("per metric, selections built (ms):");
  for (const MetricRequest& request : requests) {
    const auto one = Clock::now();
    computeMetric(selections, request);
    std::printf(" %s %.1f;", request.metric.c_str(), msSince(one));
  }
  std::printf("\n");
  Digest metrics, splits, staffingDigest;
  for (const MetricRequest& request : requests) metrics.add(computeMetric(selections, request));
  {
    SelectionSet narrowedSelections(context, narrowed);
    for (const MetricRequest& request : requests) metrics.add(computeMetric(narrowedSelections, request));
  }
  start = Clock::now();
  std::size_t segments = 0;
  for (const MetricRequest& request : requests) {
    const SegmentSplit split = splitBy(selections, request, Segmentation::byField("channel"));
    segments += split.segments.size();
    splits.add(split);
  }
  std::printf("full set split by channel: %.1f ms (%zu segments)\n", msSince(start), segments);
  start = Clock::now();
  const SegmentSplit days = trend(selections, requests.front(), SegmentBy::Day);
  std::printf("service level by day: %.1f ms (%zu days)\n", msSince(start), days.segments.size());
  splits.add(days);
  start = Clock::now();
  const StaffingTable staffing = staffingByHourOfWeek(selections);
  std::printf("staffing per hour of week: %.1f ms (%llu contacts)\n", msSince(start), static_cast<unsigned long long>(staffing.contacts));
  staffingDigest.add(staffing);
  start = Clock::now();
  MetricRequest asa;
  asa.metric = "asa";
  const MetricComparison comparison = compareWithPrevious(selections, asa);
  std::printf("ASA against the month before (Mann-Whitney): %.1f ms (%s)\n", msSince(start),
              std::string(nameOf(comparison.verdict)).c_str());
  const MetricResult sl = computeMetric(selections, requests.front());
  if (const auto value = sl.value("share_within"))
    std::printf("(check: service level %.4f of %llu)\n", *value, static_cast<unsigned long long>(sl.n));
  metrics.add(comparison.change);
  metrics.add(comparison.pValue);
  std::printf("digest: metrics %016llx, splits %016llx, staffing %016llx\n", static_cast<unsigned long long>(metrics.hash),
              static_cast<unsigned long long>(splits.hash), static_cast<unsigned long long>(staffingDigest.hash));
  return 0;
}
