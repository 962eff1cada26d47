// The context's derived columns on hand-made tables, with hand-computed values: the customer join
// by id text, the customer keys of the funnel, the repeat-contact gaps, and the time sort under
// the time-sorted index.
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/metrics/customer_join.h"
#include "core/metrics/metrics_test_support.h"
#include "core/metrics/time_order.h"
#include "core/scorecard/funnel_counts.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

// Contacts' ids K2 K1 – K9 K2 (codes K2 0, K1 1, K9 2); the list K1 K2 K3 (codes 0 1 2); orders'
// ids K7 K3 K7 (codes K7 0, K3 1); surveys without customer_id.
Dataset joinFixture() {
  Dataset data;
  Table& contacts = data.of(RecordKind::Contact);
  addTexts(contacts, "customer_id", {"K2", "K1", kNA, "K9", "K2"}, ValueType::Text);
  addTimes(contacts, "created_at", {utc(2026, 2, 1), utc(2026, 2, 2), utc(2026, 2, 3), utc(2026, 2, 4), utc(2026, 2, 5)});
  Table& customers = data.of(RecordKind::Customer);
  addTexts(customers, "customer_id", {"K1", "K2", "K3"}, ValueType::Text);
  addTexts(customers, "segment", {"vip", kNA, "retail"});
  Table& orders = data.of(RecordKind::Order);
  addTexts(orders, "customer_id", {"K7", "K3", "K7"}, ValueType::Text);
  addTimes(orders, "ordered_at", {utc(2026, 2, 1), utc(2026, 2, 2), utc(2026, 2, 3)});
  Table& surveys = data.of(RecordKind::Survey);
  addNumbers(surveys, "csat", {5, 4}, ValueType::Integer);
  return data;
}

} // namespace

TEST_CASE("customer join: each table's customer id codes to the customer list's codes of the same text") {
  const Dataset data = joinFixture();
  MetricContext context(data, smallSampleSettings());
  CHECK(listedCustomerCodes(context, RecordKind::Contact) == std::vector<std::uint32_t>{1, 0, kNotListed});
  CHECK(listedCustomerCodes(context, RecordKind::Order) == std::vector<std::uint32_t>{kNotListed, 2});
  CHECK(listedCustomerCodes(context, RecordKind::Customer) == std::vector<std::uint32_t>{0, 1, 2});
  CHECK(listedCustomerCodes(context, RecordKind::Survey).empty());
  // The segment codes (vip 0, retail 1) joined through it: K2 is listed without a segment, K9 not at all.
  CHECK(context.customerField(RecordKind::Contact, "segment") == std::vector<std::int64_t>{-1, 0, -1});
  CHECK(context.customerField(RecordKind::Order, "segment") == std::vector<std::int64_t>{-1, 1});
}

TEST_CASE("customer join: ids past several windows of read-ahead lookups, each listed or not, in code order") {
  // Contacts' ids C0 … C99 (codes 0 … 99); the list has every third of them, backwards, and the
  // list's index was dropped (a finished column's), so the join builds it again first.
  Dataset data;
  Column& contactIds = data.of(RecordKind::Contact).add("customer_id", ValueType::Text);
  for (int i = 0; i < 100; ++i) contactIds.appendText(std::string("C").append(std::to_string(i)));
  Column& listIds = data.of(RecordKind::Customer).add("customer_id", ValueType::Text);
  for (int i = 99; i >= 0; --i)
    if (i % 3 == 0) listIds.appendText(std::string("C").append(std::to_string(i)));
  listIds.dictionary.releaseIndex();
  MetricContext context(data, smallSampleSettings());
  std::vector<std::uint32_t> expected(100, kNotListed);
  for (int i = 0; i < 100; i += 3) expected[std::size_t(i)] = static_cast<std::uint32_t>((99 - i) / 3);  // C99 is the list's 0
  CHECK(listedCustomerCodes(context, RecordKind::Contact) == expected);
}

TEST_CASE("customer join: without a customer list nothing is listed, and the funnel keys every id text once") {
  Dataset data = joinFixture();
  data.share(RecordKind::Customer, std::make_shared<const Table>());
  MetricContext context(data, smallSampleSettings());
  CHECK(listedCustomerCodes(context, RecordKind::Contact) ==
        std::vector<std::uint32_t>{kNotListed, kNotListed, kNotListed});
  const CustomerKeys& keys = customerKeys(context);
  // K2 K1 K9 from the contacts, then K7 K3 from the orders.
  CHECK(keys.count == 5);
  CHECK(keys.of(RecordKind::Contact) == std::vector<std::uint32_t>{0, 1, 2});
  CHECK(keys.of(RecordKind::Order) == std::vector<std::uint32_t>{3, 4});
}

TEST_CASE("customer keys: the customer list's codes first, then the ids it lacks, one key per text across tables") {
  const Dataset data = joinFixture();
  MetricContext context(data, smallSampleSettings());
  const CustomerKeys& keys = customerKeys(context);
  // K1 0, K2 1, K3 2 (the list); K9 3 (contacts); K7 4 (orders).
  CHECK(keys.count == 5);
  CHECK(keys.of(RecordKind::Customer) == std::vector<std::uint32_t>{0, 1, 2});
  CHECK(keys.of(RecordKind::Contact) == std::vector<std::uint32_t>{1, 0, 3});
  CHECK(keys.of(RecordKind::Order) == std::vector<std::uint32_t>{4, 2});
  CHECK(keys.of(RecordKind::Survey).empty());
}

TEST_CASE("repeat gaps: next strictly later contact of the customer, on any topic and on the same topic") {
  Dataset data;
  Table& contacts = data.of(RecordKind::Contact);
  const std::int64_t t0 = utc(2026, 2, 2, 9);
  const std::int64_t h = kMsPerHour;
  // Rows (customer, topic, hours after t0):
  //   0 A late 5   1 A late 0   2 B late 1   3 A refund 2   4 A late 2   5 A – 7   6 – late 3
  //   7 A late 5 (a tie with row 0)   8 B refund 4   9 A late (no time)
  addTexts(contacts, "customer_id", {"A", "A", "B", "A", "A", "A", kNA, "A", "B", "A"}, ValueType::Text);
  addTexts(contacts, "topic", {"late", "late", "late", "refund", "late", kNA, "late", "late", "refund", "late"},
           ValueType::Text);
  addTimes(contacts, "created_at", {t0 + 5 * h, t0, t0 + h, t0 + 2 * h, t0 + 2 * h, t0 + 7 * h, t0 + 3 * h, t0 + 5 * h, t0 + 4 * h, kNA});
  MetricContext context(data, smallSampleSettings());
  const RepeatGaps& gaps = context.repeatGaps();
  // A's contacts in time: 1 (0h) 3 (2h) 4 (2h) 0 (5h) 7 (5h) 5 (7h); B's: 2 (1h) 8 (4h).
  // Any topic: 1 → 2h; 3, 4 → 5h − 2h; 0, 7 → 7h − 5h; 5 none; 2 → 3h; 8 none; 6 and 9 none (no customer, no time).
  CHECK(gaps.anyTopicMs == std::vector<std::int64_t>{2 * h, 2 * h, 3 * h, 3 * h, 3 * h, -1, -1, 2 * h, -1, -1});
  // A late: 1 (0h) 4 (2h) 0 (5h) 7 (5h): 1 → 2h, 4 → 3h, 0 and 7 none (tied, nothing later).
  // A refund 3 alone; 5 has no topic; B late 2 and B refund 8 alone.
  CHECK(gaps.sameTopicMs == std::vector<std::int64_t>{-1, 2 * h, -1, -1, 3 * h, -1, -1, -1, -1, -1});
}

TEST_CASE("sort by time: stable, rows along, ties in their order, spans of 11-bit digits and of centuries") {
  std::vector<std::int64_t> times{30, -5, 30, 4096, -5, 0};
  std::vector<std::uint32_t> rows{7, 1, 3, 9, 2, 5};
  sortByTime(times, rows);
  CHECK(times == std::vector<std::int64_t>{-5, -5, 0, 30, 30, 4096});
  CHECK(rows == std::vector<std::uint32_t>{1, 2, 5, 7, 3, 9});

  std::vector<std::int64_t> alone{3, 1, 2, 1};
  sortByTime(alone);
  CHECK(alone == std::vector<std::int64_t>{1, 1, 2, 3});

  // Year −200,000 to +200,000 in ms needs 54 bits: with 4 rows (3 bits) the words still fit;
  // the extremes of int64 do not, and sort by comparison, as stably.
  const std::int64_t far = std::int64_t{200000} * 365 * kMsPerDay;
  std::vector<std::int64_t> wide{far, -far, 0, -far};
  std::vector<std::uint32_t> wideRows{4, 3, 2, 1};
  sortByTime(wide, wideRows);
  CHECK(wide == std::vector<std::int64_t>{-far, -far, 0, far});
  CHECK(wideRows == std::vector<std::uint32_t>{3, 1, 2, 4});
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max(), kMin = std::numeric_limits<std::int64_t>::min();
  std::vector<std::int64_t> extreme{kMax, 0, kMin, 0};
  std::vector<std::uint32_t> extremeRows{0, 1, 2, 3};
  sortByTime(extreme, extremeRows);
  CHECK(extreme == std::vector<std::int64_t>{kMin, 0, 0, kMax});
  CHECK(extremeRows == std::vector<std::uint32_t>{2, 1, 3, 0});
  std::vector<std::int64_t> extremeAlone{kMax, kMin, -1};
  sortByTime(extremeAlone);
  CHECK(extremeAlone == std::vector<std::int64_t>{kMin, -1, kMax});
}
