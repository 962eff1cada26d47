// SMART goals (seed 003): time frame and funnel steps, one check per message.
#include <doctest/doctest.h>

#include "test_support.h"

#include "profile_fixture.h"

using namespace carescore;
using namespace carescore::testing;

using Texts = std::vector<std::string>;

namespace {

Json& goal0(Json& document) { return document["goals"][0]; }
Json& step(Json& document, std::size_t index) { return goal0(document)["steps"][index]; }

} // namespace

TEST_SUITE("core/standards") {

TEST_CASE("goals: the time frame starts on a real date and lasts a sensible time") {
  Json document = baseProfile();
  goal0(document)["time_frame"]["start"] = "2023-02-29";
  CHECK(issueTexts(document) == Texts{"goals[0].time_frame.start: \"2023-02-29\" is not a date; write YYYY-MM-DD, e.g. "
                                      "\"2025-01-01\" (or leave start out for the latest period in the data)"});
  goal0(document)["time_frame"]["start"] = "2024-02-29";  // a leap day
  CHECK(issueTexts(document) == Texts{});
  goal0(document)["time_frame"]["start"] = "01/02/2025";
  CHECK(issueTexts(document).size() == 1);
  goal0(document)["time_frame"].erase("start");  // the latest period in the data
  CHECK(issueTexts(document) == Texts{});
  goal0(document)["time_frame"]["length"] = 0;
  CHECK(issueTexts(document) == Texts{"goals[0].time_frame.length: must be between 1 and 24 months, got 0"});
  goal0(document)["time_frame"] = Json{{"length", 800}, {"unit", "day"}};
  CHECK(issueTexts(document) == Texts{"goals[0].time_frame.length: must be between 1 and 731 days, got 800"});
  goal0(document)["time_frame"] = Json{{"length", 2}, {"unit", "quarter"}};
  CHECK(issueTexts(document) == Texts{"goals[0].time_frame.unit: expected \"day\", \"week\" or \"month\", got \"quarter\""});
}

TEST_CASE("goals: steps have ids, labels and a known measure with valid parameters") {
  Json document = baseProfile();
  goal0(document)["steps"] = Json::array();
  CHECK(issueTexts(document) == Texts{"goals[0].steps: missing; a funnel needs at least one step"});

  document = baseProfile();
  step(document, 1)["id"] = "served";
  step(document, 1)["label"]["vi"] = "";
  CHECK(issueTexts(document) == Texts{"goals[0].steps[1].id: \"served\" is already the id of steps[0]",
                                      "goals[0].steps[1].label.vi: empty; every text needs English (en), Vietnamese (vi) and Russian (ru)"});
  document = baseProfile();
  step(document, 0).erase("measure");
  CHECK(issueTexts(document) == Texts{"goals[0].steps[0].measure: missing; one of: customers_served, customers_satisfied, "
                                      "customers_promoting, customers_returning, customers_referring"});
  step(document, 0)["measure"] = "customer_served";
  CHECK(issueTexts(document) == Texts{"goals[0].steps[0].measure: no funnel measure \"customer_served\"; did you mean \"customers_served\"?"});
  step(document, 0)["measure"] = "happy_people";
  CHECK(issueTexts(document) == Texts{"goals[0].steps[0].measure: no funnel measure \"happy_people\"; the measures are: "
                                      "customers_served, customers_satisfied, customers_promoting, customers_returning, customers_referring"});
  document = baseProfile();
  step(document, 0)["parameters"] = Json{{"satisfied_min", 4}};
  step(document, 1)["parameters"]["satisfied_min"] = 11;
  CHECK(issueTexts(document) == Texts{"goals[0].steps[0].parameters.satisfied_min: customers_served has no parameters",
                                      "goals[0].steps[1].parameters.satisfied_min: must be between 0 and 10, got 11"});
}

TEST_CASE("goals: target counts are whole, present, and narrow from step to step") {
  Json document = baseProfile();
  step(document, 0).erase("target_count");
  step(document, 1)["target_count"] = 2.5;
  CHECK(issueTexts(document) == Texts{"goals[0].steps[0].target_count: missing; how many customers this step needs",
                                      "goals[0].steps[1].target_count: must be a whole number between 1 and 1000000000, got 2.5"});
  document = baseProfile();
  step(document, 1)["target_count"] = 120;
  step(document, 1).erase("share_of_previous");
  CHECK(issueTexts(document) == Texts{"goals[0].steps[1].target_count: 120 is more than the previous step's 100; each step "
                                      "counts customers of the step before"});
}

TEST_CASE("goals: the share of the previous step is a percentage that agrees with the counts") {
  Json document = baseProfile();
  step(document, 0)["share_of_previous"] = 100;
  CHECK(issueTexts(document) == Texts{"goals[0].steps[0].share_of_previous: the first step has no previous step"});
  document = baseProfile();
  step(document, 1)["share_of_previous"] = 150;
  CHECK(issueTexts(document) == Texts{"goals[0].steps[1].share_of_previous: must be above 0 and at most 100 (%), got 150"});
  step(document, 1)["share_of_previous"] = 70;
  const ProfileParse mismatch = parseJson(document);
  CHECK(issueTexts(mismatch) == Texts{"goals[0].steps[1].share_of_previous: 70 % of the previous step's 100 is 70, not 60; "
                                      "make target_count and share_of_previous agree"});
  CHECK(mismatch.issues[0].severity == IssueSeverity::Warning);
  step(document, 1)["share_of_previous"] = 0.6;
  CHECK(issueTexts(document) == Texts{"goals[0].steps[1].share_of_previous: 0.6 means 0.6 %; shares are written in percent: "
                                      "for 60 % write 60",
                                      "goals[0].steps[1].share_of_previous: 0.6 % of the previous step's 100 is 0.6, not 60; "
                                      "make target_count and share_of_previous agree"});
  // Seed 003's last step: 10 of 30 is 33.3 %, close enough to agree.
  step(document, 1)["share_of_previous"] = 60;
  goal0(document)["steps"].push_back({{"id", "referring"}, {"label", localText("Refer", "Giới thiệu", "Рекомендуют")},
                                      {"measure", "customers_referring"}, {"target_count", 20}, {"share_of_previous", 33.3}});
  CHECK(issueTexts(document) == Texts{});
}

TEST_CASE("goals: a goal-only profile is a profile") {
  Json document = baseProfile();
  document["standards"] = Json::array();
  document["groups"] = Json::array();
  const ProfileParse parse = parseJson(document);
  CHECK(issueTexts(parse) == Texts{});
  CHECK(parse.profile.has_value());
}

}
