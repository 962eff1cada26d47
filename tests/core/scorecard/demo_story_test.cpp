#include <algorithm>

#include <doctest/doctest.h>

#include "core/metrics/metrics_test_support.h"
#include "core/scorecard/demo_data.h"
#include "core/scorecard/scorecard.h"
#include "core/standards/profile_reader.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

const StandardCard& card(const Scorecard& scorecard, std::string_view id) {
  const auto it = std::find_if(scorecard.standards.begin(), scorecard.standards.end(),
                               [&](const StandardCard& c) { return c.id == id; });
  REQUIRE_MESSAGE(it != scorecard.standards.end(), id);
  return *it;
}

const Driver* driver(const Evaluation& e, std::string_view split) {
  const auto it = std::find_if(e.drivers.begin(), e.drivers.end(), [&](const Driver& d) { return d.split == split; });
  return it == e.drivers.end() ? nullptr : &*it;
}

} // namespace

TEST_SUITE("core/scorecard") {

// The story of tests/tools/demo_shop.h, as the default profile scores March 2026 (the latest month).
TEST_CASE("demo story: what passes, what fails and why, with the default profile") {
  const Dataset data = demoDataset();
  MetricSettings settings;
  settings.zone = zoneNamed("Asia/Ho_Chi_Minh");
  MetricContext context(data, settings);
  const std::string_view text(reinterpret_cast<const char*>(assets::defaultProfile().data()), assets::defaultProfile().size());
  const ProfileParse profile = parseProfile(text);
  REQUIRE(profile.profile);
  const Scorecard scorecard = evaluateProfile(context, *profile.profile);

  // Calls within 2 minutes fail, and Monday morning is where: the top hour-of-week driver is a
  // Monday hour between 08:00 and 12:00 (hours 8…11 of the week).
  const Evaluation& calls = card(scorecard, "calls_answered_2_min").scopes.front();
  CHECK(calls.verdict == Verdict::Fail);
  REQUIRE(calls.period);
  CHECK(calls.period->beginMs == utc(2026, 2, 28, 17));  // March, local
  const Driver* hour = driver(calls, "hour_of_week");
  REQUIRE(hour);
  CHECK(std::stoi(hour->key) >= 8);
  CHECK(std::stoi(hour->key) < 12);
  CHECK(hour->label.starts_with("Mon"));
  CHECK(card(scorecard, "low_abandonment").verdict == Verdict::Fail);

  // Chat within 3 minutes passes; the phone override (1 minute) fails.
  const StandardCard& firstReply = card(scorecard, "chat_3_min_phone_1_min");
  REQUIRE(firstReply.scopes.size() == 2);
  CHECK(firstReply.scopes[0].scopeLabel == "channel chat");
  CHECK(firstReply.scopes[0].verdict == Verdict::Pass);
  CHECK(firstReply.scopes[1].scopeLabel == "channel phone");
  CHECK(firstReply.scopes[1].verdict == Verdict::Fail);

  // Same-day resolution at the 70 % target, inside its interval.
  const Evaluation& sameDay = card(scorecard, "same_day_resolution_70").scopes.front();
  CHECK(sameDay.verdict == Verdict::AtRisk);
  CHECK(*sameDay.value > 66);
  CHECK(*sameDay.value < 75);

  // Customers are satisfied: NPS and CSAT pass, the leader-level NPS of 75 does not.
  CHECK(card(scorecard, "nps_positive").verdict == Verdict::Pass);
  CHECK(card(scorecard, "csat_good_ratings").verdict == Verdict::Pass);
  CHECK(card(scorecard, "nps_leader_level").verdict == Verdict::Fail);

  // Deliveries within 3 days fail because of the Central region.
  const Evaluation& delivery = card(scorecard, "delivery_within_3_days").scopes.front();
  CHECK(delivery.verdict == Verdict::Fail);
  const Driver* region = driver(delivery, "customer.segment");
  REQUIRE(region);
  CHECK(region->key == "Miền Trung");
  CHECK(region->share > 0.9);

  // A shop without appointments or web analytics: those cards say what is missing.
  const Evaluation& appointments = card(scorecard, "appointments_kept").scopes.front();
  CHECK(appointments.verdict == Verdict::NoData);
  CHECK(!appointments.missing.empty());
  CHECK(card(scorecard, "few_steps_to_contact").verdict == Verdict::NoData);

  // Some pass, some fail: the summary has both.
  CHECK(scorecard.compliance.verdicts.met() >= 8);
  CHECK(scorecard.compliance.verdicts.of(Verdict::Fail) >= 5);
  CHECK(scorecard.compliance.verdicts.of(Verdict::AtRisk) >= 1);
  REQUIRE(scorecard.goals.size() == 1);
  CHECK(scorecard.goals.front().steps.front().count.has_value());
}

}
