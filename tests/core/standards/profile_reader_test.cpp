#include <doctest/doctest.h>

#include "test_support.h"

#include "core/standards/profile_reader.h"
#include "profile_fixture.h"

using namespace carescore;
using namespace carescore::testing;

using Texts = std::vector<std::string>;

TEST_SUITE("core/standards") {

TEST_CASE("reader: the base profile reads into exactly its values, with no issue") {
  const ProfileParse parse = parseJson(baseProfile());
  CHECK(issueTexts(parse) == Texts{});
  REQUIRE(parse.profile);
  const Profile& profile = *parse.profile;
  CHECK(profile.version == 1);
  CHECK(profile.id == "test_profile");
  CHECK(profile.name == LocalText{"Test", "Thử nghiệm", "Тест"});
  CHECK_FALSE(profile.description.has_value());
  REQUIRE(profile.groups.size() == 1);
  CHECK_FALSE(profile.groups[0].explanation.has_value());
  REQUIRE(profile.standards.size() == 1);
  const Standard& standard = profile.standards[0];
  CHECK(standard.metric.key == "service_level");
  CHECK(standard.metric.statistic == "share_within");
  CHECK(standard.metric.parameters == Parameters{{"threshold_seconds", 120.0}});
  CHECK(standard.target == Target{Comparator::AtLeast, 90.0, std::nullopt, std::nullopt});
  CHECK(standard.scope.channels == std::vector<std::string>{"phone", "chat"});
  REQUIRE(standard.overrides.size() == 1);
  CHECK(standard.overrides[0].scope.channels == std::vector<std::string>{"chat"});
  CHECK_FALSE(standard.overrides[0].target.has_value());
  CHECK(standard.period == Period::Month);
  CHECK(standard.minN == 30);
  CHECK(standard.source.references[0].quote == "trong vòng hai phút");
  CHECK_FALSE(standard.source.industryDefault);
  REQUIRE(profile.goals.size() == 1);
  const Goal& goal = profile.goals[0];
  CHECK(goal.timeFrame == TimeFrame{"2025-01-01", 1, Period::Month});
  REQUIRE(goal.steps.size() == 2);
  CHECK(goal.steps[1].targetCount == 60.0);
  CHECK(goal.steps[1].shareOfPrevious == 60.0);
  CHECK(goal.source.industryDefault);
}

TEST_CASE("reader: optional parts take their defaults; null means absent") {
  Json document = baseProfile();
  standard0(document).erase("period");
  standard0(document).erase("min_n");
  standard0(document)["metric"].erase("statistic");
  standard0(document)["metric"]["variant"] = nullptr;
  standard0(document)["scope"] = nullptr;
  standard0(document).erase("overrides");
  const ProfileParse parse = parseJson(document);
  CHECK(issueTexts(parse) == Texts{});
  REQUIRE(parse.profile);
  const Standard& standard = parse.profile->standards[0];
  CHECK(standard.period == Period::Month);
  CHECK(standard.minN == kDefaultMinN);
  CHECK(standard.metric.statistic.empty());  // the headline statistic, share_within
  CHECK(standard.metric.variant.empty());    // the default variant
  CHECK(standard.scope.empty());
}

TEST_CASE("reader: documents that are not profiles stop at the first word") {
  CHECK(issueTexts(Json::array({1, 2})) ==
        Texts{"the document is a list, not a profile; a profile is an object that starts with \"format\": \"carescore-profile\" (is this a data export?)"});
  CHECK(issueTexts(Json("text")) ==
        Texts{"the document is the text \"text\", not a profile; a profile is an object that starts with \"format\": \"carescore-profile\" (is this a data export?)"});
  CHECK(issueTexts(Json{{"tickets", Json::array()}}) ==
        Texts{"format: missing; a profile starts with \"format\": \"carescore-profile\" (is this a data export?)"});
  Json document = baseProfile();
  document["format"] = "carescore-scorecard";
  CHECK(issueTexts(document) == Texts{"format: expected \"carescore-profile\", got the text \"carescore-scorecard\""});
  document = baseProfile();
  document.erase("version");
  CHECK(issueTexts(document) == Texts{"version: missing; this CareScore writes \"version\": 1"});
  document["version"] = "1";
  CHECK(issueTexts(document) == Texts{"version: expected a whole number, got the text \"1\""});
  document["version"] = 2;
  CHECK(issueTexts(document) ==
        Texts{"version: this CareScore reads profile version 1, the document is version 2 (written by a newer CareScore?)"});
}

TEST_CASE("reader: unknown keys name the likely key, or list the known ones") {
  Json document = baseProfile();
  standard0(document)["minn"] = 50;
  standard0(document)["metric"]["varient"] = "answered_only";
  standard0(document)["colour"] = "red";
  CHECK(issueTexts(document) ==
        Texts{"standards[0].metric.varient: unknown key; did you mean \"variant\"?",
              "standards[0].colour: unknown key; this object has: id, group, label, explanation, metric, target, scope, "
              "overrides, period, min_n, source",
              "standards[0].minn: unknown key; did you mean \"min_n\"?"});
  document = baseProfile();
  document["name"]["fr"] = "Essai";
  CHECK(issueTexts(document) == Texts{"name.fr: unknown key; this object has: en, vi, ru"});
}

TEST_CASE("reader: each wrong type says what was expected and what was found") {
  Json document = baseProfile();
  standard0(document)["id"] = 7;
  standard0(document)["target"]["value"] = "90%";
  standard0(document)["min_n"] = 2.5;
  standard0(document)["scope"]["channels"] = "phone";
  standard0(document)["label"] = "Calls";
  standard0(document)["source"]["industry_default"] = "yes";
  standard0(document)["metric"]["parameters"]["threshold_seconds"] = Json{{"value", 120}};
  CHECK(issueTexts(document) ==
        Texts{"standards[0].id: expected text, got the number 7",
              "standards[0].label: expected an object, got the text \"Calls\"",
              "standards[0].metric.parameters.threshold_seconds: expected a number, text, or a list of texts, got an object",
              "standards[0].target.value: expected a number, got the text \"90%\"",
              "standards[0].scope.channels: expected a list, got the text \"phone\"",
              "standards[0].min_n: expected a whole number, got the number 2.5",
              "standards[0].source.industry_default: expected true or false, got the text \"yes\""});
  document = baseProfile();
  standard0(document)["min_n"] = 1e20;
  document["goals"][0]["time_frame"]["length"] = -1;
  CHECK(issueTexts(document) == Texts{"standards[0].min_n: expected a whole number below 4294967296, got the number 1e+20",
                                      "goals[0].time_frame.length: expected a whole number, got the number -1"});
}

TEST_CASE("reader: comparators, bounds and periods are checked as words") {
  Json document = baseProfile();
  standard0(document)["target"] = Json{{"comparator", "=>"}, {"value", 90}};
  standard0(document)["period"] = "year";
  CHECK(issueTexts(document) == Texts{"standards[0].target.comparator: expected \">=\", \"<=\" or \"between\", got the text \"=>\"",
                                      "standards[0].period: expected \"day\", \"week\" or \"month\", got \"year\""});
  standard0(document)["period"] = "";
  CHECK(issueTexts(document)[1] == "standards[0].period: expected \"day\", \"week\" or \"month\", got \"\"");
  standard0(document)["period"] = "month";
  standard0(document)["target"] = Json{{"value", 90}};
  CHECK(issueTexts(document) == Texts{"standards[0].target.comparator: missing; one of \">=\", \"<=\" or \"between\""});
  standard0(document)["target"] = Json{{"comparator", true}, {"value", 90}};
  CHECK(issueTexts(document) == Texts{"standards[0].target.comparator: expected text, got true"});
  standard0(document)["target"] = Json{{"comparator", "between"}, {"value", 90}, {"low", 80}, {"high", 95}};
  CHECK(issueTexts(document) == Texts{"standards[0].target.value: \"value\" is not used with \"between\"; give low and high"});
  standard0(document)["target"] = Json{{"comparator", "<="}, {"value", 90}, {"high", 95}};
  CHECK(issueTexts(document) == Texts{"standards[0].target.high: only used with \"between\"; give value",
                                      "standards[0].target.comparator: higher is better for share_within, so \"<=\" passes worse results; did you mean \">=\"?"});
}

TEST_CASE("reader: required parts a value cannot stand in for are reported missing") {
  Json document = baseProfile();
  standard0(document).erase("metric");
  standard0(document).erase("target");
  standard0(document).erase("source");
  document["goals"][0].erase("time_frame");
  CHECK(issueTexts(document) ==
        Texts{"standards[0].metric: missing; name the metric, e.g. {\"key\": \"service_level\"}",
              "standards[0].target: missing; e.g. {\"comparator\": \">=\", \"value\": 90}",
              "standards[0].source: missing; give references to the seeds, or industry_default: true with a note",
              "goals[0].time_frame: missing; e.g. {\"length\": 1, \"unit\": \"month\"}"});
}

TEST_CASE("reader: lists too long to be real are refused whole") {
  Json document = baseProfile();
  Json channels = Json::array();
  for (int i = 0; i < 501; ++i) channels.push_back(std::string("c").append(std::to_string(i)));
  standard0(document)["scope"]["channels"] = channels;
  Json parameters = Json::object();
  for (int i = 0; i < 51; ++i) parameters[std::string("p").append(std::to_string(i))] = i;
  standard0(document)["metric"]["parameters"] = parameters;
  document["standards"][1] = standard0(document);
  Json many = Json::array();
  for (int i = 0; i < 11; ++i) many.push_back(document["goals"][0]["steps"][0]);
  document["goals"][0]["steps"] = many;
  CHECK(issueTexts(document) == Texts{"standards[0].metric.parameters: 51 items; at most 50",
                                      "standards[0].scope.channels: 501 items; at most 500",
                                      "standards[1].metric.parameters: 51 items; at most 50",
                                      "standards[1].scope.channels: 501 items; at most 500",
                                      "standards[1].id: \"calls_2_min\" is already the id of standards[0].id",
                                      "goals[0].steps: 11 items; at most 10"});
}

TEST_CASE("reader: a list parameter too long to be real is refused") {
  Json document = baseProfile();
  Json topics = Json::array();
  for (int i = 0; i < 501; ++i) topics.push_back(std::string("topic ").append(std::to_string(i)));
  standard0(document)["metric"] = Json{{"key", "repeat_topics"}, {"parameters", {{"covered_topics", topics}}}};
  standard0(document)["target"] = Json{{"comparator", "<="}, {"value", 0}};
  standard0(document).erase("overrides");
  CHECK(issueTexts(document) == Texts{"standards[0].metric.parameters.covered_topics: 501 items; at most 500"});
}

TEST_CASE("reader: issues come in document order, reader's and validator's together") {
  Json document = baseProfile();
  document["standards"][1] = standard0(document);
  document["standards"][1]["id"] = "second";
  document["standards"][1]["period"] = "hour";
  standard0(document)["target"]["value"] = 900;
  for (int i = 2; i <= 10; ++i) {
    document["standards"][i] = standard0(document);
    document["standards"][i]["id"] = std::string("s").append(std::to_string(i));
  }
  document["standards"][10]["bogus"] = 1;
  document["standards"][2]["target"]["value"] = 95;
  const Texts texts = issueTexts(document);
  REQUIRE(texts.size() == 11);
  CHECK(texts[0] == "standards[0].target.value: a share must be between 0 and 100 (%), got 900");
  CHECK(texts[1] == "standards[1].period: expected \"day\", \"week\" or \"month\", got \"hour\"");
  CHECK(texts[2] == "standards[3].target.value: a share must be between 0 and 100 (%), got 900");
  CHECK(texts[10] == "standards[10].target.value: a share must be between 0 and 100 (%), got 900");
  CHECK(texts[9] == "standards[10].bogus: unknown key; this object has: id, group, label, explanation, metric, target, "
                    "scope, overrides, period, min_n, source");
}

TEST_CASE("reader: a profile with warnings only is usable; one error withholds it") {
  Json document = baseProfile();
  standard0(document)["target"]["value"] = 0.9;
  ProfileParse parse = parseJson(document);
  CHECK(issueTexts(parse) ==
        Texts{"standards[0].target.value: 0.9 means 0.9 %; shares are written in percent: for 90 % write 90"});
  CHECK(parse.issues[0].severity == IssueSeverity::Warning);
  CHECK(parse.issues[0].code == IssueCode::LooksLikeFraction);
  CHECK(parse.profile.has_value());
  standard0(document)["target"]["value"] = -1;
  parse = parseJson(document);
  CHECK(parse.issues[0].severity == IssueSeverity::Error);
  CHECK_FALSE(parse.profile.has_value());
}

}
