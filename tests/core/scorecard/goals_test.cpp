#include <doctest/doctest.h>

#include <utility>

#include "test_support.h"
#include "core/metrics/metrics_test_support.h"
#include "core/scorecard/goal_progress.h"

using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

namespace {

// March 2026 (UTC): customers c1…c10 contact us once each; c99 only in February.
// Surveys (latest answer counts): c1 5, c2 4, c3 2, c4 5 then 3, c5 4, c99 5 (February).
// Customer list: orders c1 3, c2 1, c3 5, c5 2; referrals c1 1, c3 2, c5 0.
//   served      {c1…c10}                      = 10
//   satisfied   {c1, c2, c5} (CSAT ≥ 4)       =  3 of 10
//   returning   {c1, c5} (≥ 2 orders; c3 was not satisfied) = 2 of 3
//   referring   {c1}                          =  1 of 2
Dataset funnelFixture(bool withSurveys = true) {
  Dataset data;
  Table& contacts = data.of(RecordKind::Contact);
  contacts.add("created_at", ValueType::Timestamp);
  contacts.add("customer_id", ValueType::Text);  // may move created_at: both looked up after
  Column& created = *contacts.find("created_at");
  Column& customer = *contacts.find("customer_id");
  for (int i = 1; i <= 10; ++i) {
    created.appendTime(utc(2026, 3, i, 10));
    std::string id = std::to_string(i);  // not "c" + to_string(i): GCC 12 warns -Wrestrict falsely
    customer.appendText(id.insert(0, 1, 'c'));
  }
  created.appendTime(utc(2026, 2, 20, 10));
  customer.appendText("c99");
  created.appendTime(utc(2026, 3, 16));  // the latest instant: "now" is 15 days into March
  customer.appendText("c1");
  if (withSurveys) {
    Table& surveys = data.of(RecordKind::Survey);
    addTimes(surveys, "submitted_at", {utc(2026, 3, 2), utc(2026, 3, 3), utc(2026, 3, 4), utc(2026, 3, 5),
                                       utc(2026, 3, 9), utc(2026, 3, 6), utc(2026, 2, 21)});
    addTexts(surveys, "customer_id", {"c1", "c2", "c3", "c4", "c4", "c5", "c99"}, ValueType::Text);
    addNumbers(surveys, "csat", {5, 4, 2, 5, 3, 4, 5});
  }
  Table& customers = data.of(RecordKind::Customer);
  addTexts(customers, "customer_id", {"c1", "c2", "c3", "c5"}, ValueType::Text);
  addNumbers(customers, "orders", {3, 1, 5, 2}, ValueType::Integer);
  addNumbers(customers, "referrals", {1, 0, 2, 0}, ValueType::Integer);
  return data;
}

Goal seedGoal(std::string start = "2026-03-01") {
  Goal goal;
  goal.id = "care_funnel";
  goal.timeFrame = {std::move(start), 1, Period::Month};
  goal.steps = {{"served", {}, "customers_served", {}, 10, {}},
                {"satisfied", {}, "customers_satisfied", {{"satisfied_min", 4.0}}, 6, 60},
                {"loyal", {}, "customers_returning", {{"min_orders", 2.0}}, 3, 50},
                {"referring", {}, "customers_referring", {{"min_referrals", 1.0}}, 1, 33.3}};
  return goal;
}

} // namespace

TEST_SUITE("core/scorecard") {

TEST_CASE("goals: each funnel step counts the customers of the step before in its set") {
  const Dataset data = funnelFixture();
  MetricContext context(data, smallSampleSettings());
  const GoalProgress goal = evaluateGoal(context, seedGoal(), std::nullopt);
  CHECK(goal.message.empty());
  CHECK(goal.timeFrame.beginMs == utc(2026, 3, 1));
  CHECK(goal.timeFrame.endMs == utc(2026, 4, 1));
  REQUIRE(goal.steps.size() == 4);
  CHECK(*goal.steps[0].count == 10);
  CHECK(*goal.steps[1].count == 3);
  CHECK(*goal.steps[2].count == 2);
  CHECK(*goal.steps[3].count == 1);
  CHECK(*goal.steps[0].progress == Approx(1.0));
  CHECK(*goal.steps[1].progress == Approx(0.5));      // 3 of 6
  CHECK(*goal.steps[1].shareOfPrevious == Approx(30));  // 3 of 10
  CHECK(*goal.steps[2].shareOfPrevious == Approx(200.0 / 3));
  CHECK(*goal.steps[3].progress == Approx(1.0));
  // Now is 2026-03-16 00:00: 15 of 31 days elapsed, 16 left.
  CHECK(goal.nowMs == utc(2026, 3, 16));
  CHECK(goal.elapsedMs == 15 * kMsPerDay);
  CHECK(goal.leftMs == 16 * kMsPerDay);
  CHECK(goal.elapsedShare == Approx(15.0 / 31));
  // Every step's progress (1, 0.5, 0.67, 1) is at least 15/31 = 0.48: on track.
  CHECK(goal.status == GoalStatus::OnTrack);
}

TEST_CASE("goals: built a part at a time (the keys, then each step's customers), the same counts") {
  const Dataset data = funnelFixture();
  MetricContext context(data, smallSampleSettings());
  const Goal seed = seedGoal();
  CHECK(goalParts(seed) == 5);
  for (std::size_t part = 0; part <= goalParts(seed); ++part) prepareGoalPart(context, seed, std::nullopt, part);  // one past: nothing
  const GoalProgress goal = evaluateGoal(context, seed, std::nullopt);
  REQUIRE(goal.steps.size() == 4);
  CHECK(*goal.steps[0].count == 10);
  CHECK(*goal.steps[1].count == 3);
  CHECK(*goal.steps[2].count == 2);
  CHECK(*goal.steps[3].count == 1);
  // A frame that does not read: every part does nothing, and the goal says why.
  const Goal unread = seedGoal("March");
  for (std::size_t part = 0; part < goalParts(unread); ++part) prepareGoalPart(context, unread, std::nullopt, part);
  CHECK(evaluateGoal(context, unread, std::nullopt).message == "time frame start 'March' is not a date YYYY-MM-DD");
}

TEST_CASE("goals: behind when a step's progress trails the time elapsed; reached when every target is met") {
  const Dataset data = funnelFixture();
  MetricSettings settings = smallSampleSettings();
  settings.nowMs = utc(2026, 3, 25);  // 24 of 31 days: 0.77 > 0.5 of the satisfied step
  MetricContext late(data, settings);
  CHECK(evaluateGoal(late, seedGoal(), std::nullopt).status == GoalStatus::Behind);

  Goal easy = seedGoal();
  easy.steps[1].targetCount = 3;
  easy.steps[2].targetCount = 2;
  MetricContext context(data, smallSampleSettings());
  CHECK(evaluateGoal(context, easy, std::nullopt).status == GoalStatus::Reached);
}

TEST_CASE("goals: a step without its field is no data, naming the field; the steps after it need it") {
  const Dataset data = funnelFixture(false);
  MetricContext context(data, smallSampleSettings());
  const GoalProgress goal = evaluateGoal(context, seedGoal(), std::nullopt);
  CHECK(goal.status == GoalStatus::NoData);
  CHECK(*goal.steps[0].count == 10);
  CHECK(!goal.steps[1].count);
  REQUIRE(!goal.steps[1].missing.empty());
  CHECK(goal.steps[1].missing.front().find("csat") != std::string::npos);
  REQUIRE(!goal.steps[1].usualExports.empty());
  CHECK(goal.steps[1].usualExports.front().find("survey") != std::string::npos);
  CHECK(!goal.steps[2].count);
  CHECK(goal.steps[2].missing.back() == "needs the step before it");
}

TEST_CASE("goals: a survey without a customer reaches one through the contact it rated; orders count without a customer list") {
  // Contacts (March): t1 c1, t2 c2, t3 c3, t4 c1, t3 again for c4 (the last row of an id wins), and
  // t2 again without a customer (the last row of an id with a customer wins: c2).
  // Surveys by contact: t1 2 then t4 5 (c1's latest: 5), t2 3, t3 5 (c4's), t9 5 (no such contact).
  // Orders before April: c1 2, c2 2, c4 1 (its April order is after the frame).
  //   served {c1, c2, c3, c4} = 4; satisfied {c1, c4} = 2; returning {c1, c2} ∩ = {c1} = 1.
  Dataset data;
  Table& contacts = data.of(RecordKind::Contact);
  addTimes(contacts, "created_at", {utc(2026, 3, 1), utc(2026, 3, 2), utc(2026, 3, 3), utc(2026, 3, 4), utc(2026, 3, 10), utc(2026, 3, 11)});
  addTexts(contacts, "id", {"t1", "t2", "t3", "t4", "t3", "t2"}, ValueType::Text);
  addTexts(contacts, "customer_id", {"c1", "c2", "c3", "c1", "c4", std::nullopt}, ValueType::Text);
  Table& surveys = data.of(RecordKind::Survey);
  addTimes(surveys, "submitted_at", {utc(2026, 3, 5), utc(2026, 3, 8), utc(2026, 3, 6), utc(2026, 3, 7), utc(2026, 3, 9)});
  addTexts(surveys, "contact_id", {"t1", "t4", "t2", "t3", "t9"}, ValueType::Text);
  addNumbers(surveys, "csat", {2, 5, 3, 5, 5});
  Table& orders = data.of(RecordKind::Order);
  addTimes(orders, "ordered_at", {utc(2026, 2, 1), utc(2026, 3, 20), utc(2026, 3, 2), utc(2026, 4, 5), utc(2026, 1, 1), utc(2026, 1, 2)});
  addTexts(orders, "customer_id", {"c1", "c1", "c4", "c4", "c2", "c2"}, ValueType::Text);

  contacts.find("id")->dictionary.releaseIndex();  // as after the mapping

  Goal goal = seedGoal();
  goal.steps.pop_back();  // referring needs a customer list
  MetricContext context(data, smallSampleSettings());
  const GoalProgress progress = evaluateGoal(context, goal, std::nullopt);
  // The contacts' ids were looked up from their side: their hash table (16.8 MB for a million
  // ids) was not built again for the rest of the session.
  CHECK_FALSE(std::as_const(data).of(RecordKind::Contact).find("id")->dictionary.hasIndex());
  REQUIRE(progress.steps.size() == 3);
  CHECK(*progress.steps[0].count == 4);
  CHECK(*progress.steps[1].count == 2);
  CHECK(*progress.steps[2].count == 1);
  CHECK(*progress.steps[1].shareOfPrevious == Approx(50));
  CHECK(*progress.steps[2].shareOfPrevious == Approx(50));

  // The same goal a month later: no contact, survey or order in April's frame but the April order.
  const GoalProgress april = evaluateGoal(context, seedGoal("2026-04-01"), std::nullopt);
  CHECK(*april.steps[0].count == 0);
  CHECK(*april.steps[1].count == 0);
}

TEST_CASE("goals: time frames from a start date, or ending with the latest data's period") {
  const TimeZone utcZone;
  // 2026-01-31 + 1 month: to 2026-02-28 (clamped to February's last day), exclusive.
  auto frame = goalTimeFrame(utcZone, {"2026-01-31", 1, Period::Month}, 0);
  REQUIRE(frame);
  CHECK(frame->beginMs == utc(2026, 1, 31));
  CHECK(frame->endMs == utc(2026, 2, 28));
  frame = goalTimeFrame(utcZone, {"2026-03-02", 2, Period::Week}, 0);
  CHECK(frame->endMs == utc(2026, 3, 16));
  // No start: the two months ending with the one holding 2026-03-16.
  frame = goalTimeFrame(utcZone, {"", 2, Period::Month}, utc(2026, 3, 16));
  CHECK(frame->beginMs == utc(2026, 2, 1));
  CHECK(frame->endMs == utc(2026, 4, 1));
  CHECK(!goalTimeFrame(utcZone, {"2026-02-30", 1, Period::Month}, 0));
  CHECK(!goalTimeFrame(utcZone, {"1 March", 1, Period::Month}, 0));

  const Dataset data = funnelFixture();
  MetricContext context(data, smallSampleSettings());
  const GoalProgress bad = evaluateGoal(context, seedGoal("March"), std::nullopt);
  CHECK(bad.status == GoalStatus::NoData);
  CHECK(bad.message == "time frame start 'March' is not a date YYYY-MM-DD");
}

}
