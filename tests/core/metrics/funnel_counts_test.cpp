#include <doctest/doctest.h>

#include "core/metrics/funnel_counts.h"
#include "core/metrics/metrics_test_support.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

Goal careFunnel() {
  Goal goal;
  goal.id = "funnel";
  goal.timeFrame = {"2026-03-01", 1, Period::Month};
  goal.steps = {{"served", {}, "customers_served", {}, 4, {}},
                {"satisfied", {}, "customers_satisfied", {}, 3, {}},
                {"returning", {}, "customers_returning", {{"min_orders", 2.0}}, 2, {}},
                {"referring", {}, "customers_referring", {}, 1, {}}};
  return goal;
}

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("time frames: a start date and whole months or weeks; an open start from the latest data") {
  const TimeZone hcm = zoneNamed("Asia/Ho_Chi_Minh");  // UTC+7
  const auto march = resolveTimeFrame({"2026-03-01", 1, Period::Month}, hcm, std::nullopt);
  REQUIRE(march);
  CHECK(march->beginMs == utc(2026, 2, 28, 17));  // March 1 00:00 local
  CHECK(march->endMs == utc(2026, 3, 31, 17));
  CHECK(resolveTimeFrame({"2026-01-31", 1, Period::Month}, hcm, {})->endMs == utc(2026, 2, 27, 17));  // Feb has 28 days: to Feb 28
  CHECK(resolveTimeFrame({"2026-03-02", 2, Period::Week}, hcm, {})->lengthMs() == 14 * kMsPerDay);
  // Open start: the month holding the latest contact (Apr 30 20:00 UTC = May 1 03:00 local).
  const auto open = resolveTimeFrame({"", 1, Period::Month}, hcm, utc(2026, 4, 30, 20));
  REQUIRE(open);
  CHECK(open->beginMs == utc(2026, 4, 30, 17));
  CHECK_FALSE(resolveTimeFrame({"", 1, Period::Month}, hcm, std::nullopt));
  CHECK_FALSE(resolveTimeFrame({"2026-02-30", 1, Period::Month}, hcm, {}));
  CHECK_FALSE(resolveTimeFrame({"March", 1, Period::Month}, hcm, {}));
}

TEST_CASE("the funnel counts each step within the step before") {
  Dataset data;
  // Contacts in March: customers A, B, C, D (A twice); E only in February.
  Table& contacts = data.of(RecordKind::Contact);
  addTexts(contacts, "customer_id", {"A", "A", "B", "C", "D", "E"}, ValueType::Text);
  addTimes(contacts, "created_at", {utc(2026, 3, 2), utc(2026, 3, 5), utc(2026, 3, 9), utc(2026, 3, 10), utc(2026, 3, 20), utc(2026, 2, 10)});
  // CSAT in March, latest per customer: A 5 then 2 (latest 2: not satisfied), B 4, C 5, E 5 (not served).
  Table& surveys = data.of(RecordKind::Survey);
  addTexts(surveys, "customer_id", {"A", "A", "B", "C", "E"}, ValueType::Text);
  addNumbers(surveys, "csat", {5, 2, 4, 5, 5}, ValueType::Integer);
  addTimes(surveys, "submitted_at", {utc(2026, 3, 3), utc(2026, 3, 6), utc(2026, 3, 9), utc(2026, 3, 11), utc(2026, 3, 12)});
  // Customer list: orders B 3, C 1, E 5; referrals B 1.
  Table& customers = data.of(RecordKind::Customer);
  addTexts(customers, "customer_id", {"B", "C", "E"}, ValueType::Text);
  addNumbers(customers, "orders", {3, 1, 5}, ValueType::Integer);
  addNumbers(customers, "referrals", {1, 0, 2}, ValueType::Integer);

  const Goal goal = careFunnel();
  const UtcRange frame{utc(2026, 3, 1), utc(2026, 4, 1)};
  const std::vector<FunnelStepCount> steps = countFunnel(data, goal, frame);
  REQUIRE(steps.size() == 4);
  CHECK(steps[0].count == 4u);  // A B C D
  CHECK(steps[1].count == 2u);  // B C (A's latest is 2; E was not served)
  CHECK(steps[2].count == 1u);  // B (C has 1 order)
  CHECK(steps[3].count == 1u);  // B
  CHECK(latestContactMs(data) == utc(2026, 3, 20));
}

TEST_CASE("a measure the data cannot count names the field; later steps have no count either") {
  Dataset data;
  addTexts(data.of(RecordKind::Contact), "customer_id", {"A"}, ValueType::Text);
  addTimes(data.of(RecordKind::Contact), "created_at", {utc(2026, 3, 2)});
  const std::vector<FunnelStepCount> steps = countFunnel(data, careFunnel(), {utc(2026, 3, 1), utc(2026, 4, 1)});
  REQUIRE(steps.size() == 4);
  CHECK(steps[0].count == 1u);
  CHECK_FALSE(steps[1].count);
  REQUIRE_FALSE(steps[1].missingInputs.empty());
  CHECK(steps[1].missingInputs.front().find("csat") != std::string::npos);
  CHECK_FALSE(steps[2].count);
  CHECK_FALSE(steps[3].count);
  CHECK_FALSE(latestContactMs(Dataset{}).has_value());
}

}
