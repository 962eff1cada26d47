#include <algorithm>

#include <doctest/doctest.h>

#include "test_support.h"
#include "core/metrics/metrics_test_support.h"
#include "core/scorecard/scope_plan.h"
#include "core/scorecard/scorecard.h"
#include "core/scorecard/scorecard_json.h"
#include "core/standards/profile_reader.h"

using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

namespace {

// 120 answered phone calls in Asia/Ho_Chi_Minh (UTC+7), the week of Monday 2026-03-02:
//   agent An, team A, Tuesday 14:00 local: 60 calls, all waited 10 s          → 60 within 60 s
//   agent Binh, team B, Monday 09:00 local: 60 calls, 20 waited 10 s, 40 waited 100 s → 20 within
// Service level (answered_only, T = 60 s) = 80 / 120 = 66.67 %, Wilson 95 % 57.83–74.47.
// And 30 chats on Wednesday 10:00 local, all answered after 200 s.
// The week before: 40 phone calls by An, all within (min_n 30 applies to that week too).
Dataset callsFixture() {
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  // Every column first: adding one may move the others.
  t.add("created_at", ValueType::Timestamp);
  for (const char* name : {"channel", "agent", "team", "outcome"}) t.add(name, ValueType::Category);
  t.add("wait_seconds", ValueType::Duration);
  Column& created = *t.find("created_at");
  Column& channel = *t.find("channel");
  Column& agent = *t.find("agent");
  Column& team = *t.find("team");
  Column& outcome = *t.find("outcome");
  Column& wait = *t.find("wait_seconds");
  auto call = [&](std::int64_t at, const char* ch, const char* who, const char* group, double waitSeconds) {
    created.appendTime(at);
    channel.appendText(ch);
    agent.appendText(who);
    team.appendText(group);
    outcome.appendText("answered");
    wait.appendNumber(waitSeconds);
  };
  for (int i = 0; i < 60; ++i) call(utc(2026, 3, 3, 7, i % 50), "phone", "An", "A", 10);                   // Tue 14:xx
  for (int i = 0; i < 60; ++i) call(utc(2026, 3, 2, 2, i % 50), "phone", "Binh", "B", i < 20 ? 10 : 100);  // Mon 09:xx
  for (int i = 0; i < 30; ++i) call(utc(2026, 3, 4, 3, i), "chat", "Chi", "A", 200);                      // Wed 10:xx
  for (int i = 0; i < 40; ++i) call(utc(2026, 2, 24, 3, i), "phone", "An", "A", 10);                      // week before
  return data;
}

Standard serviceLevel(std::string id, double target, std::uint32_t minN = 30) {
  Standard s;
  s.id = std::move(id);
  s.group = "accessibility";
  s.label = {"Calls answered within 1 minute", "Cuộc gọi được trả lời trong 1 phút", "Звонки приняты за 1 минуту"};
  s.metric = {"service_level", "share_within", "answered_only", {{"threshold_seconds", 60.0}}};
  s.target = {Comparator::AtLeast, target, {}, {}};
  s.scope.channels = {"phone"};
  s.period = Period::Week;
  s.minN = minN;
  return s;
}

Profile fixtureProfile() {
  Profile p;
  p.id = "fixture";
  p.groups = {{"accessibility", {"Accessibility", "Khả năng tiếp cận", "Доступность"}, {}},
              {"friendliness", {"Friendliness", "Thân thiện", "Доброжелательность"}, {}}};
  p.standards.push_back(serviceLevel("sl_80", 80));
  p.standards.push_back(serviceLevel("sl_70", 70));
  p.standards.push_back(serviceLevel("sl_50", 50));
  p.standards.push_back(serviceLevel("sl_big_n", 50, 500));
  Standard csat;
  csat.id = "csat";
  csat.group = "friendliness";
  csat.metric = {"csat", "satisfied_share", "rated_responses", {}};
  csat.target = {Comparator::AtLeast, 80.0, {}, {}};
  p.standards.push_back(csat);
  return p;
}

const Evaluation& only(const StandardCard& card) {
  REQUIRE(card.scopes.size() == 1);
  return card.scopes.front();
}

ScorecardOptions weekOf20260302() {
  ScorecardOptions options;
  // Monday 2026-03-02 00:00 to Monday 2026-03-09 00:00, UTC+7.
  options.period = UtcRange{utc(2026, 3, 1, 17), utc(2026, 3, 8, 17)};
  return options;
}

} // namespace

TEST_SUITE("core/scorecard") {

TEST_CASE("scorecard: pass, fail, at risk, insufficient data and no data on one fixture") {
  const Dataset data = callsFixture();
  MetricContext context(data, smallSampleSettings(zoneNamed("Asia/Ho_Chi_Minh")));
  const Scorecard card = evaluateProfile(context, fixtureProfile(), weekOf20260302());
  REQUIRE(card.standards.size() == 5);
  CHECK(card.zone == "Asia/Ho_Chi_Minh");

  // 80/120 = 66.67 %, interval 57.83–74.47 below 80: fail.
  const Evaluation& fail = only(card.standards[0]);
  CHECK(fail.verdict == Verdict::Fail);
  CHECK(card.standards[0].verdict == Verdict::Fail);
  CHECK(*fail.value == Approx(200.0 / 3));
  REQUIRE(fail.interval);
  CHECK(fail.interval->low == Approx(57.831).epsilon(1e-4));
  CHECK(fail.interval->high == Approx(74.468).epsilon(1e-4));
  CHECK(fail.n == 120);
  CHECK(fail.unit == StatisticUnit::Share);
  CHECK(fail.scopeLabel == "channel phone");
  CHECK(fail.rule.find("66.7 % misses target ≥ 80 %") == 0);
  CHECK(fail.formula.find("60 s") != std::string::npos);

  // The same value against 70, inside the interval: at risk.
  CHECK(only(card.standards[1]).verdict == Verdict::AtRisk);
  // Against 50, below the interval: pass, and no drivers for a pass.
  CHECK(only(card.standards[2]).verdict == Verdict::Pass);
  CHECK(only(card.standards[2]).drivers.empty());
  // min_n 500 with 120 calls: insufficient data, have 120 need 500.
  const Evaluation& small = only(card.standards[3]);
  CHECK(small.verdict == Verdict::InsufficientData);
  CHECK(small.insufficient.have == 120);
  CHECK(small.insufficient.need == 500);
  // No survey table: no data, naming the field and the export that has it.
  const Evaluation& csat = only(card.standards[4]);
  CHECK(csat.verdict == Verdict::NoData);
  REQUIRE(!csat.missing.empty());
  CHECK(csat.missing.front().find("csat") != std::string::npos);
  REQUIRE(!csat.usualExports.empty());
  CHECK(csat.usualExports.front().find("survey") != std::string::npos);

  // Compliance: 1 pass of 3 evaluated; 1 fail, 1 at risk, 1 insufficient, 1 no data.
  const Compliance& c = card.compliance;
  CHECK(c.verdicts.met() == 1);
  CHECK(c.verdicts.evaluated() == 3);
  CHECK(c.verdicts.of(Verdict::Fail) == 1);
  CHECK(c.verdicts.of(Verdict::AtRisk) == 1);
  CHECK(c.verdicts.of(Verdict::InsufficientData) == 1);
  CHECK(c.verdicts.of(Verdict::NoData) == 1);
  CHECK(c.verdicts.total() == 5);
  CHECK(*c.metShare == Approx(1.0 / 3));
  REQUIRE(c.groups.size() == 2);
  CHECK(c.groups[0].verdicts.total() == 4);
  CHECK(c.groups[1].verdicts.of(Verdict::NoData) == 1);
}

TEST_CASE("scorecard: the drivers of a failure are the segments known by construction") {
  const Dataset data = callsFixture();
  MetricContext context(data, smallSampleSettings(zoneNamed("Asia/Ho_Chi_Minh")));
  const Scorecard card = evaluateProfile(context, fixtureProfile(), weekOf20260302());
  const Evaluation& fail = only(card.standards[0]);
  // Binh: 20/60 = 33.3 %, shortfall 80 − 33.3 = 46.7 points × 60 calls = 2800; An meets 80 %.
  // So Binh, team B and Monday 09:00 each carry the whole weighted shortfall of their split.
  auto driverOf = [&](std::string_view split) -> const Driver& {
    const auto it = std::find_if(fail.drivers.begin(), fail.drivers.end(), [&](const Driver& d) { return d.split == split; });
    REQUIRE_MESSAGE(it != fail.drivers.end(), split);
    return *it;
  };
  const Driver& agent = driverOf("agent");
  CHECK(agent.key == "Binh");
  CHECK(agent.records == 60);
  CHECK(agent.value == Approx(100.0 / 3));
  CHECK(agent.shortfall == Approx(80 - 100.0 / 3));
  CHECK(agent.weight == Approx((80 - 100.0 / 3) * 60));
  CHECK(agent.share == Approx(1.0));
  CHECK(driverOf("team").key == "B");
  const Driver& hour = driverOf("hour_of_week");
  CHECK(hour.key == "9");  // Monday 09:00 is hour 9 of the week
  CHECK(hour.label == "Mon 09:00");
  CHECK(hour.records == 60);
  // One phone channel only in the scope: its shortfall is the standard's own, 13.3 points × 120.
  CHECK(driverOf("channel").weight == Approx((80 - 200.0 / 3) * 120));
  CHECK(std::count_if(fail.drivers.begin(), fail.drivers.end(), [](const Driver& d) { return d.split == "agent"; }) == 1);
}

TEST_CASE("scorecard: the previous period, and the trend series of the period") {
  const Dataset data = callsFixture();
  MetricContext context(data, smallSampleSettings(zoneNamed("Asia/Ho_Chi_Minh")));
  const Scorecard card = evaluateProfile(context, fixtureProfile(), weekOf20260302());
  const Evaluation& e = only(card.standards[0]);
  // The week before: 40 of 40 within = 100 %; change 66.67 − 100 = −33.3 points, significant.
  REQUIRE(e.previous.previousValue);
  CHECK(*e.previous.previousValue == Approx(100));
  CHECK(e.previous.previousN == 40);
  CHECK(*e.previous.change == Approx(200.0 / 3 - 100));
  CHECK(e.previous.test == "two_proportion");
  CHECK(e.previous.verdict == ChangeVerdict::Worsened);
  REQUIRE(e.previous.period);
  CHECK(e.previous.period->beginMs == utc(2026, 2, 22, 17));
  // Daily buckets Mon…Sun: Monday 20/60, Tuesday 60/60, the other days no calls.
  REQUIRE(e.trend.size() == 7);
  CHECK(e.trend[0].key == "2026-03-02");
  CHECK(*e.trend[0].value == Approx(100.0 / 3));
  CHECK(e.trend[0].n == 60);
  CHECK(*e.trend[1].value == Approx(100));
  CHECK(!e.trend[2].value);
}

TEST_CASE("scorecard: overrides are evaluated apart, and taken out of the standard's own scope") {
  const Dataset data = callsFixture();
  MetricContext context(data, smallSampleSettings(zoneNamed("Asia/Ho_Chi_Minh")));
  Profile p;
  p.id = "overrides";
  Standard s = serviceLevel("first_reply", 90);
  s.scope.channels = {};  // every channel …
  s.metric.parameters["threshold_seconds"] = 180.0;
  Override phone;  // … but phone within 60 s and at least 60 %
  phone.scope.channels = {"phone"};
  phone.parameters["threshold_seconds"] = 60.0;
  phone.target = Target{Comparator::AtLeast, 60.0, {}, {}};
  s.overrides.push_back(phone);
  p.standards.push_back(s);
  const Scorecard card = evaluateProfile(context, p, weekOf20260302());
  const StandardCard& standard = card.standards.front();
  REQUIRE(standard.scopes.size() == 2);
  // Own scope: the channels in the data but phone, i.e. chat: 0 of 30 within 180 s → fail.
  const Evaluation& own = standard.scopes[0];
  CHECK(own.overrideIndex == -1);
  CHECK(own.scopeLabel == "channel chat");
  REQUIRE(own.excluded.size() == 1);
  CHECK(own.excluded.front() == "channel phone");
  CHECK(own.n == 30);
  CHECK(*own.value == Approx(0));
  CHECK(own.verdict == Verdict::Fail);
  // Phone: 80/120 within 60 s against ≥ 60 %: interval 57.8–74.5 holds 60 → at risk.
  const Evaluation& override = standard.scopes[1];
  CHECK(override.overrideIndex == 0);
  CHECK(override.scopeLabel == "channel phone");
  CHECK(override.n == 120);
  CHECK(override.target.value == 60.0);
  CHECK(std::get<double>(override.metric.parameters.at("threshold_seconds")) == 60.0);
  CHECK(override.verdict == Verdict::AtRisk);
  CHECK(standard.verdict == Verdict::Fail);  // the worst of its scopes
}

TEST_CASE("scope plan: an override over several fields cannot be carved out, one naming no channel of the scope is dropped") {
  const Dataset data = callsFixture();
  Standard s = serviceLevel("x", 80);
  s.scope.channels = {"phone", "chat"};
  Override both;
  both.scope.channels = {"phone"};
  both.scope.filters = {{"team", {"B"}}};
  Override elsewhere;
  elsewhere.scope.channels = {"email"};
  s.overrides = {both, elsewhere};
  const auto plans = planScopes(s, RecordKind::Contact, data, {{"agent", {"Binh"}}});
  REQUIRE(plans.size() == 2);
  CHECK(plans[0].scope.channels == std::vector<std::string>{"phone", "chat"});
  CHECK(plans[0].excluded.empty());
  CHECK(plans[1].label == "channel phone; team B");
  REQUIRE(plans[1].filter.fields.size() == 3);  // channel, team, and the global agent filter
  CHECK(plans[1].filter.fields[2].field == "agent");
}

TEST_CASE("scorecard: without a period each standard takes the latest period of its records") {
  const Dataset data = callsFixture();
  MetricContext context(data, smallSampleSettings(zoneNamed("Asia/Ho_Chi_Minh")));
  ScorecardOptions options;
  const Scorecard card = evaluateProfile(context, fixtureProfile(), options);
  const Evaluation& e = only(card.standards[0]);
  // The latest call is Wednesday 2026-03-04: the week of Monday 2026-03-02 (weekly standard).
  REQUIRE(e.period);
  CHECK(e.period->beginMs == utc(2026, 3, 1, 17));
  CHECK(e.n == 120);
  CHECK(!card.period);
}

TEST_CASE("scorecard: an unknown metric is invalid, not a crash") {
  const Dataset data = callsFixture();
  MetricContext context(data, smallSampleSettings());
  Profile p;
  Standard s = serviceLevel("bad", 80);
  s.metric.key = "no_such_metric";
  p.standards.push_back(s);
  s = serviceLevel("bad_variant", 80);
  s.metric.variant = "no_such_variant";
  p.standards.push_back(s);
  const Scorecard card = evaluateProfile(context, p);
  CHECK(card.standards[0].verdict == Verdict::Invalid);
  CHECK(card.standards[0].scopes.front().message == "unknown metric no_such_metric");
  CHECK(card.standards[1].verdict == Verdict::Invalid);
  CHECK(!card.standards[1].scopes.front().message.empty());
  CHECK(card.compliance.verdicts.evaluated() == 0);
  CHECK(!card.compliance.metShare);
}

TEST_CASE("scorecard: the default profile over no data at all says what is missing for every standard") {
  const Dataset empty;
  MetricContext context(empty, smallSampleSettings());
  const std::string_view text(reinterpret_cast<const char*>(assets::defaultProfile().data()), assets::defaultProfile().size());
  const ProfileParse profile = parseProfile(text);
  REQUIRE(profile.profile);
  const Scorecard card = evaluateProfile(context, *profile.profile);
  REQUIRE(card.standards.size() == profile.profile->standards.size());
  for (const StandardCard& standard : card.standards) {
    CAPTURE(standard.id);
    CHECK((standard.verdict == Verdict::NoData || standard.verdict == Verdict::InsufficientData));
    for (const Evaluation& e : standard.scopes) {
      if (e.verdict == Verdict::NoData) CHECK(!e.missing.empty());
      CHECK(e.drivers.empty());
    }
  }
  CHECK(card.compliance.verdicts.evaluated() == 0);
  REQUIRE(card.goals.size() == 1);
  CHECK(card.goals.front().status == GoalStatus::NoData);
  CHECK(!scorecardJson(card).empty());
}

}
