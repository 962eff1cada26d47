// The engine's fast paths against the straightforward ones, exactly: period selections from the
// time-sorted index against a scan of every row, and one-statistic results (drivers, trends)
// against the full result. Generated data with several channels, agents and teams, unsorted and
// sorted tables, empty segments and periods without rows.
#include <algorithm>
#include <cstring>

#include <doctest/doctest.h>

#include "bench/canonical_dataset.h"
#include "core/metrics/catalogue.h"
#include "core/metrics/comparison.h"
#include "core/metrics/metrics_test_support.h"
#include "core/metrics/selection_pool.h"
#include "core/metrics/time_order.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

bench::DatasetSpec smallSpec() {
  bench::DatasetSpec spec;
  spec.contacts = 6000;
  spec.days = 40;
  spec.agents = 12;
  spec.topics = 30;
  return spec;
}

const Dataset& generated() {
  static const Dataset data = bench::makeCanonicalDataset(smallSpec());
  return data;
}

MetricSettings generatedSettings() { return weekdayShopSettings("Asia/Ho_Chi_Minh"); }

std::uint64_t bitsOf(double value) {
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return bits;
}

void requireSameSelection(MetricContext& context, RecordKind kind, const Filter& filter, std::string_view field = {}) {
  const Selection fast = select(context, kind, filter, field);
  const Selection scan = selectByScan(context, kind, filter, field);
  CHECK(fast.rows == scan.rows);
  CHECK(fast.withoutTime == scan.withoutTime);
  CHECK(fast.problems == scan.problems);
  CHECK(fast.periodField == scan.periodField);
}

std::vector<Filter> periodsToTry(const TimeZone& zone) {
  std::vector<Filter> filters;
  const auto day = [&](int month, int dayOfMonth) { return localDateRange(zone, {2026, month, dayOfMonth}, {2026, month, dayOfMonth}); };
  filters.push_back({localDateRange(zone, {2026, 1, 1}, {2026, 1, 31}), {}});
  filters.push_back({localDateRange(zone, {2026, 1, 10}, {2026, 2, 28}), {}});
  filters.push_back({day(1, 15), {}});
  filters.push_back({localDateRange(zone, {2025, 6, 1}, {2025, 6, 30}), {}});  // before the data: no rows
  filters.push_back({UtcRange{utc(2026, 1, 20), utc(2026, 1, 20)}, {}});      // empty range
  filters.push_back({UtcRange{utc(2026, 1, 20), utc(2026, 1, 10)}, {}});      // reversed range
  filters.push_back({UtcRange{INT64_MIN, INT64_MAX}, {}});                    // every instant
  filters.push_back({UtcRange{utc(2026, 1, 12, 9, 30, 1), utc(2026, 1, 12, 9, 30, 2)}, {}});  // one second
  return filters;
}

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("selection pool: selections narrowed from the pool's broader ones equal those made alone, in every period") {
  MetricContext context(generated(), generatedSettings());
  SelectionPool pool(context);  // one pool for every period: none may start from another period's rows
  for (const Filter& period : periodsToTry(context.settings().zone)) {
    Filter chatOrPhone = period, ofTeamA = period;
    chatOrPhone.where("channel", {"chat", "phone"});
    ofTeamA.where("team", {"team A"});
    Filter both = chatOrPhone;
    both.where("team", {"team A"});
    for (const Filter& filter : {period, chatOrPhone, ofTeamA, both}) {
      for (const RecordKind kind : kRecordKinds) {
        CHECK(pool.of(filter).of(kind).rows == select(context, kind, filter).rows);
        CHECK(pool.of(filter).of(kind).withoutTime == select(context, kind, filter).withoutTime);
        CHECK(pool.of(filter).allTime(kind).rows == select(context, kind, filter, {}, false).rows);
      }
      CHECK(pool.of(filter).of(RecordKind::Contact, "resolved_at").rows == select(context, RecordKind::Contact, filter, "resolved_at").rows);
    }
  }
}

TEST_CASE("time order: a period's rows from the time-sorted index equal a scan, with and without value filters") {
  MetricContext context(generated(), generatedSettings());
  for (Filter filter : periodsToTry(context.settings().zone)) {
    for (const RecordKind kind : kRecordKinds) requireSameSelection(context, kind, filter);
    requireSameSelection(context, RecordKind::Order, filter, "promised_at");
    requireSameSelection(context, RecordKind::Contact, filter, "resolved_at");
    filter.where("channel", {"chat", "phone"});
    requireSameSelection(context, RecordKind::Contact, filter);
    filter.where("team", {"team A"});
    requireSameSelection(context, RecordKind::Contact, filter);
    filter.where("team", {"no such team"});
    requireSameSelection(context, RecordKind::Contact, filter);
    requireSameSelection(context, RecordKind::Survey, filter);  // a filter a kind cannot apply: the same problems
  }
}

TEST_CASE("time order: unsorted, sorted and tied times with missing cells select as a scan does") {
  // created_at out of order, ties, missing cells; then the same in time order.
  const std::initializer_list<std::optional<std::int64_t>> unsorted = {
      utc(2026, 3, 5), kNA, utc(2026, 3, 1), utc(2026, 3, 5), utc(2026, 2, 28, 23, 59), kNA, utc(2026, 4, 1), utc(2026, 3, 31, 23, 59)};
  const std::initializer_list<std::optional<std::int64_t>> sorted = {
      kNA, utc(2026, 2, 28, 23, 59), utc(2026, 3, 1), utc(2026, 3, 5), utc(2026, 3, 5), utc(2026, 3, 31, 23, 59), utc(2026, 4, 1), kNA};
  for (const auto& times : {unsorted, sorted}) {
    Dataset data;
    addTimes(data.of(RecordKind::Contact), "created_at", times);
    addTexts(data.of(RecordKind::Contact), "channel", {"chat", "chat", "phone", "email", "chat", "phone", "chat", "chat"});
    MetricContext context(data);
    const TimeOrder& order = timeOrderOf(context, RecordKind::Contact, "created_at");
    CHECK(order.withoutTime == 2);
    CHECK(std::is_sorted(order.epochMs.begin(), order.epochMs.end()));
    for (Filter filter : {Filter{UtcRange{utc(2026, 3, 1), utc(2026, 4, 1)}, {}}, Filter{UtcRange{utc(2026, 3, 5), utc(2026, 3, 6)}, {}},
                          Filter{UtcRange{utc(2026, 5, 1), utc(2026, 6, 1)}, {}}}) {
      requireSameSelection(context, RecordKind::Contact, filter);
      filter.where("channel", {"chat"});
      requireSameSelection(context, RecordKind::Contact, filter);
    }
    // March: the rows of 1, 5, 5 and 31 March, in row order (3 of them in both tables).
    CHECK(select(context, RecordKind::Contact, {UtcRange{utc(2026, 3, 1), utc(2026, 4, 1)}, {}}).rows.size() == 4);
  }
}

TEST_CASE("time order: instants at the ends of the range sort and select as a scan does") {
  constexpr std::int64_t kMin = INT64_MIN, kMax = INT64_MAX;
  Dataset data;
  addTimes(data.of(RecordKind::Contact), "created_at", {kMax, 0, kMin, -1, kMax - 1, 1, kMin + 1, kNA, 0, utc(2026, 3, 1)});
  MetricContext context(data);
  const TimeOrder& order = timeOrderOf(context, RecordKind::Contact, "created_at");
  CHECK(order.epochMs == std::vector<std::int64_t>{kMin, kMin + 1, -1, 0, 0, 1, utc(2026, 3, 1), kMax - 1, kMax});
  CHECK(order.rows == std::vector<std::uint32_t>{2, 6, 3, 1, 8, 5, 9, 4, 0});  // ties in row order
  for (const UtcRange range : {UtcRange{kMin, kMax}, UtcRange{kMin, 0}, UtcRange{0, 1}, UtcRange{-1, kMax}, UtcRange{kMax - 1, kMax}})
    requireSameSelection(context, RecordKind::Contact, {range, {}});
}

TEST_CASE("asked statistic only: every statistic of every metric, per segment, as the full result gives it") {
  MetricContext context(generated(), generatedSettings());
  const TimeZone& zone = context.settings().zone;
  SelectionSet selections(context, {localDateRange(zone, {2026, 1, 1}, {2026, 1, 31}), {}});
  SelectionSet narrowed(context, Filter{localDateRange(zone, {2026, 1, 5}, {2026, 1, 6}), {}}.where("channel", {"chat"}));
  SelectionSet nothing(context, {localDateRange(zone, {2025, 6, 1}, {2025, 6, 30}), {}});  // a period with no rows
  const Segmentation splits[] = {Segmentation::byField("channel"), Segmentation::byField("agent"), Segmentation::byField("team"),
                                 Segmentation::byTime(SegmentBy::HourOfWeek), Segmentation::byTime(SegmentBy::Day)};
  int compared = 0, withValue = 0;
  for (SelectionSet* set : {&selections, &narrowed, &nothing}) {
    for (const MetricDefinition& metric : metricCatalogue()) {
      for (const StatisticDefinition& statistic : metric.statistics) {
        MetricRequest full;
        full.metric = std::string(metric.key);
        full.statistic = std::string(statistic.key);
        MetricRequest one = full;
        one.askedStatisticOnly = true;
        for (const Segmentation& split : splits) {
          const SegmentSplit a = splitBy(*set, full, split);
          const SegmentSplit b = splitBy(*set, one, split);
          REQUIRE(a.failure.has_value() == b.failure.has_value());
          REQUIRE(a.segments.size() == b.segments.size());
          for (std::size_t i = 0; i < a.segments.size(); ++i) {
            const MetricResult& x = a.segments[i].result;
            const MetricResult& y = b.segments[i].result;
            CHECK(a.segments[i].label.key == b.segments[i].label.key);
            CHECK(x.status == y.status);
            CHECK(x.n == y.n);
            CHECK(x.insufficient.have == y.insufficient.have);
            const StatisticResult* sx = x.find(statistic.key);
            const StatisticResult* sy = y.find(statistic.key);
            REQUIRE((sx && sy));
            CHECK(sx->value.has_value() == sy->value.has_value());
            if (sx->value && sy->value) {
              CHECK(bitsOf(*sx->value) == bitsOf(*sy->value));
              ++withValue;
            }
            ++compared;
          }
        }
      }
    }
  }
  CHECK(compared > 1000);
  CHECK(withValue > 500);
}

TEST_CASE("asked statistic only: a comparison with the previous period's one statistic equals the full comparison") {
  MetricContext context(generated(), generatedSettings());
  const TimeZone& zone = context.settings().zone;
  SelectionSet current(context, {localDateRange(zone, {2026, 2, 1}, {2026, 2, 9}), {}});
  SelectionSet previous(context, {localDateRange(zone, {2026, 1, 1}, {2026, 1, 31}), {}});
  SelectionSet nothing(context, {localDateRange(zone, {2025, 6, 1}, {2025, 6, 30}), {}});
  int tested = 0;
  for (SelectionSet* before : {&previous, &nothing}) {
    for (const MetricDefinition& metric : metricCatalogue()) {
      for (const StatisticDefinition& statistic : metric.statistics) {
        MetricRequest request;
        request.metric = std::string(metric.key);
        request.statistic = std::string(statistic.key);
        const MetricComparison full = compare(current, *before, request);
        const MetricComparison one = compare(current, *before, request, {.previousStatisticOnly = true});
        CHECK(full.verdict == one.verdict);
        CHECK(full.test == one.test);
        CHECK(full.change == one.change);
        CHECK(full.pValue == one.pValue);
        CHECK(full.z == one.z);
        CHECK(full.insufficient.have == one.insufficient.have);
        const StatisticResult* a = full.previous.find(statistic.key);
        const StatisticResult* b = one.previous.find(statistic.key);
        REQUIRE((a && b));
        CHECK(a->value == b->value);
        CHECK(a->n == b->n);
        tested += full.pValue.has_value();
      }
    }
  }
  CHECK(tested >= 20);  // the tests ran: proportions, NPS and Mann-Whitney
}

} // TEST_SUITE
