// A standard's measure against the catalogue: one check per message, exact texts.
#include <doctest/doctest.h>

#include "test_support.h"

#include <cmath>

#include "core/standards/profile_validator.h"
#include "profile_fixture.h"

using namespace carescore;
using namespace carescore::testing;

using Texts = std::vector<std::string>;

namespace {

// The base profile with its standard measuring another metric (no scope, no overrides).
Json measuring(Json metric, Json target) {
  Json document = baseProfile();
  standard0(document)["metric"] = std::move(metric);
  standard0(document)["target"] = std::move(target);
  standard0(document).erase("scope");
  standard0(document).erase("overrides");
  return document;
}

Json atLeast(double value) { return Json{{"comparator", ">="}, {"value", value}}; }
Json atMost(double value) { return Json{{"comparator", "<="}, {"value", value}}; }

} // namespace

TEST_SUITE("core/standards") {

TEST_CASE("measure: the metric exists, or the likely one is named") {
  CHECK(issueTexts(measuring({{"key", "servicelevel"}}, atLeast(90))) ==
        Texts{"standards[0].metric.key: no metric \"servicelevel\"; did you mean \"service_level\"?"});
  const Texts unknown = issueTexts(measuring({{"key", "happiness"}}, atLeast(90)));
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].rfind("standards[0].metric.key: no metric \"happiness\"; the metrics are: service_level, asa, "
                         "first_response, abandon_rate, fcr,", 0) == 0);
  CHECK(issueTexts(measuring({{"key", ""}}, atLeast(90))) ==
        Texts{"standards[0].metric.key: missing; a metric of the catalogue, e.g. service_level"});
}

TEST_CASE("measure: statistic and variant exist in the metric") {
  CHECK(issueTexts(measuring({{"key", "service_level"}, {"statistic", "median"}}, atLeast(90))) ==
        Texts{"standards[0].metric.statistic: service_level has no statistic \"median\"; it has: share_within"});
  CHECK(issueTexts(measuring({{"key", "first_response"}, {"statistic", "median_secs"}}, atMost(60))) ==
        Texts{"standards[0].metric.statistic: first_response has no statistic \"median_secs\"; did you mean \"median_seconds\"?"});
  CHECK(issueTexts(measuring({{"key", "service_level"}, {"variant", "none"}}, atLeast(90))) ==
        Texts{"standards[0].metric.variant: service_level has no variant \"none\"; it has: answered_and_late_abandons, "
              "answered_and_all_abandons, answered_only, all_offered, waited_within"});
  CHECK(issueTexts(measuring({{"key", "service_level"}, {"variant", "answered"}}, atLeast(90))) ==
        Texts{"standards[0].metric.variant: service_level has no variant \"answered\"; did you mean \"answered_only\"?"});
}

TEST_CASE("measure: parameters exist, with their type and range") {
  const auto with = [](Json parameters) {
    return measuring({{"key", "service_level"}, {"parameters", std::move(parameters)}}, atLeast(90));
  };
  CHECK(issueTexts(with({{"threshold", 120}})) ==
        Texts{"standards[0].metric.parameters.threshold: service_level has no parameter \"threshold\"; did you mean \"threshold_seconds\"?"});
  CHECK(issueTexts(with({{"colour", 1}})) ==
        Texts{"standards[0].metric.parameters.colour: service_level has no parameter \"colour\"; it has: threshold_seconds, short_abandon_seconds"});
  CHECK(issueTexts(with({{"threshold_seconds", "120s"}})) ==
        Texts{"standards[0].metric.parameters.threshold_seconds: expected a number of seconds, got the text \"120s\""});
  CHECK(issueTexts(with({{"threshold_seconds", 0}})) ==
        Texts{"standards[0].metric.parameters.threshold_seconds: must be between 1 and 3600 seconds, got 0"});
  CHECK(issueTexts(with({{"threshold_seconds", true}})) ==
        Texts{"standards[0].metric.parameters.threshold_seconds: expected a number, text, or a list of texts, got true"});
  CHECK(issueTexts(measuring({{"key", "nps"}, {"parameters", {{"scale_max", 10}}}}, atLeast(30))) ==
        Texts{"standards[0].metric.parameters.scale_max: nps has no parameters"});
  CHECK(issueTexts(measuring({{"key", "fcr"}, {"parameters", {{"repeat_window_days", 7.5}, {"one_touch_max_replies", 1.5}}}},
                             atLeast(70))) ==
        Texts{"standards[0].metric.parameters.one_touch_max_replies: must be a whole number, got 1.5",
              "standards[0].metric.parameters.repeat_window_days: must be a whole number of days, got 7.5"});
}

TEST_CASE("measure: words and lists of words as parameters") {
  const auto ces = [](Json value) {
    return measuring({{"key", "ces"}, {"parameters", {{"scale_direction", std::move(value)}}}}, atLeast(80));
  };
  CHECK(issueTexts(ces("up")) == Texts{"standards[0].metric.parameters.scale_direction: expected one of higher_is_easier, "
                                       "higher_is_harder; got \"up\""});
  CHECK(issueTexts(ces("higher_is_easyer")) ==
        Texts{"standards[0].metric.parameters.scale_direction: expected one of higher_is_easier, higher_is_harder; got "
              "\"higher_is_easyer\" (did you mean \"higher_is_easier\"?)"});
  CHECK(issueTexts(ces(1)) == Texts{"standards[0].metric.parameters.scale_direction: expected one of higher_is_easier, "
                                    "higher_is_harder, got the number 1"});
  const auto topics = [](Json value) {
    return measuring({{"key", "repeat_topics"}, {"parameters", {{"covered_topics", std::move(value)}}}}, atMost(0));
  };
  CHECK(issueTexts(topics("billing")) ==
        Texts{"standards[0].metric.parameters.covered_topics: expected a list of texts, got the text \"billing\""});
  CHECK(issueTexts(topics(Json::array({"billing", " "}))) == Texts{"standards[0].metric.parameters.covered_topics[1]: empty"});
  CHECK(issueTexts(topics(Json::array({"billing", std::string(101, 'x')}))) ==
        Texts{"standards[0].metric.parameters.covered_topics[1]: must be UTF-8 text of at most 100 characters"});
  CHECK(issueTexts(topics(Json::array({"billing", "đổi trả hàng"}))) == Texts{});
}

TEST_CASE("measure: percent parameters written as fractions get a hint") {
  const ProfileParse parse =
      parseJson(measuring({{"key", "repeat_topics"}, {"parameters", {{"min_share_percent", 0.5}}}}, atMost(0)));
  CHECK(issueTexts(parse) == Texts{"standards[0].metric.parameters.min_share_percent: 0.5 means 0.5 %; percentages are "
                                   "written in percent: for 50 % write 50"});
  CHECK(parse.issues[0].severity == IssueSeverity::Warning);
}

TEST_CASE("measure: a parameter the chosen variant does not read is a warning") {
  const ProfileParse parse = parseJson(measuring(
      {{"key", "fcr"}, {"variant", "explicit_flag"}, {"parameters", {{"repeat_window_days", 7}}}}, atLeast(70)));
  CHECK(issueTexts(parse) ==
        Texts{"standards[0].metric.parameters.repeat_window_days: not used by variant explicit_flag, so it has no effect"});
  CHECK(parse.issues[0].code == IssueCode::ParameterUnused);
  CHECK(parse.profile.has_value());
}

TEST_CASE("measure: parameters that must keep an order (a rating scale)") {
  CHECK(issueTexts(measuring({{"key", "csat"}, {"parameters", {{"deficient_max", 4}}}}, atLeast(80))) ==
        Texts{"standards[0].metric.parameters: deficient_max (4) must be below satisfied_min (4)"});
  CHECK(issueTexts(measuring({{"key", "csat"}, {"parameters", {{"scale_max", 3}, {"deficient_max", 2}}}}, atLeast(80))) ==
        Texts{"standards[0].metric.parameters: satisfied_min (4) must be at most scale_max (3)"});
  CHECK(issueTexts(measuring({{"key", "servqual"}, {"parameters", {{"scale_min", 7}}}}, atLeast(0))) ==
        Texts{"standards[0].metric.parameters: scale_min (7) must be below scale_max (7)"});
}

TEST_CASE("measure: targets fit the statistic's unit") {
  CHECK(issueTexts(measuring({{"key", "service_level"}}, atLeast(900))) ==
        Texts{"standards[0].target.value: a share must be between 0 and 100 (%), got 900"});
  CHECK(issueTexts(measuring({{"key", "first_response"}, {"statistic", "median_seconds"}}, atMost(-5))) ==
        Texts{"standards[0].target.value: a duration must be between 0 and 31536000 seconds (365 days), got -5"});
  CHECK(issueTexts(measuring({{"key", "nps"}}, atLeast(150))) ==
        Texts{"standards[0].target.value: an NPS must be between -100 and 100, got 150"});
  CHECK(issueTexts(measuring({{"key", "csat"}, {"statistic", "mean"}}, atLeast(6))) ==
        Texts{"standards[0].target.value: a mean rating must be within the 1 to 5 scale, got 6"});
  CHECK(issueTexts(measuring({{"key", "csat"}, {"statistic", "mean"}, {"parameters", {{"scale_max", 10}}}}, atLeast(6))) == Texts{});
  CHECK(issueTexts(measuring({{"key", "servqual"}}, atLeast(9))) ==
        Texts{"standards[0].target.value: a gap must be between -6 and 6 on the 1 to 7 scale, got 9"});
  CHECK(issueTexts(measuring({{"key", "backlog_ratio"}}, atMost(-1))) ==
        Texts{"standards[0].target.value: a ratio must be between 0 and 1000, got -1"});
  CHECK(issueTexts(measuring({{"key", "repeat_topics"}}, atMost(2.5))) ==
        Texts{"standards[0].target.value: a count must be a whole number between 0 and 1000000000, got 2.5"});
  CHECK(issueTexts(measuring({{"key", "nps"}}, atLeast(1e308))) ==
        Texts{"standards[0].target.value: an NPS must be between -100 and 100, got 1e+308"});
  // A profile built in code can hold what JSON cannot.
  ProfileParse parse = parseJson(baseProfile());
  REQUIRE(parse.profile);
  parse.profile->standards[0].target.value = std::nan("");
  const auto issues = validateProfile(*parse.profile);
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].text() == "standards[0].target.value: a share must be between 0 and 100 (%), got nan");
}

TEST_CASE("measure: a target needs its numbers; a band needs low not above high") {
  CHECK(issueTexts(measuring({{"key", "service_level"}}, {{"comparator", ">="}})) ==
        Texts{"standards[0].target.value: missing; the number to compare with"});
  CHECK(issueTexts(measuring({{"key", "occupancy"}}, {{"comparator", "between"}})) ==
        Texts{"standards[0].target.low: missing; \"between\" needs low and high",
              "standards[0].target.high: missing; \"between\" needs low and high"});
  CHECK(issueTexts(measuring({{"key", "occupancy"}}, {{"comparator", "between"}, {"low", 80}, {"high", 60}})) ==
        Texts{"standards[0].target: low (80) is above high (60)"});
  CHECK(issueTexts(measuring({{"key", "occupancy"}}, {{"comparator", "between"}, {"low", 60}, {"high", 800}})) ==
        Texts{"standards[0].target.high: a share must be between 0 and 100 (%), got 800"});
}

TEST_CASE("measure: a comparator against the statistic's better side is a warning") {
  CHECK(issueTexts(measuring({{"key", "first_response"}, {"statistic", "median_seconds"}}, atLeast(60))) ==
        Texts{"standards[0].target.comparator: lower is better for median_seconds, so \">=\" passes worse results; did you "
              "mean \"<=\"?"});
  CHECK(issueTexts(measuring({{"key", "nps"}}, atMost(30))) ==
        Texts{"standards[0].target.comparator: higher is better for score, so \"<=\" passes worse results; did you mean \">=\"?"});
  // CES: which side is better depends on how the question was asked.
  CHECK(issueTexts(measuring({{"key", "ces"}, {"statistic", "mean"}}, atLeast(4))) == Texts{});
  CHECK(issueTexts(measuring({{"key", "ces"}, {"statistic", "mean"}, {"parameters", {{"scale_direction", "higher_is_harder"}}}},
                             atLeast(4))) ==
        Texts{"standards[0].target.comparator: lower is better for mean, so \">=\" passes worse results; did you mean \"<=\"?"});
  // Bands and descriptive statistics have no wrong side.
  CHECK(issueTexts(measuring({{"key", "occupancy"}}, atLeast(60))) == Texts{});
  CHECK(issueTexts(measuring({{"key", "volume"}}, atMost(1000))) == Texts{});
}

TEST_CASE("scope: channels only where records have one, each listed once") {
  Json document = measuring({{"key", "on_time_delivery"}}, atLeast(90));
  standard0(document)["scope"] = Json{{"channels", {"phone"}}};
  CHECK(issueTexts(document) == Texts{"standards[0].scope.channels: on_time_delivery reads order records, which have no channel"});
  document = baseProfile();
  standard0(document)["scope"]["channels"] = Json::array({"phone", "", "phone", "chat"});
  CHECK(issueTexts(document) == Texts{"standards[0].scope.channels[1]: empty",
                                      "standards[0].scope.channels[2]: \"phone\" is listed twice"});
  standard0(document)["scope"]["channels"] = Json::array({"phone", "chat", std::string(101, 'c')});
  CHECK(issueTexts(document) == Texts{"standards[0].scope.channels[2]: must be UTF-8 text of at most 100 characters"});
}

TEST_CASE("scope: filters name a filterable field of the metric's records") {
  const auto filtered = [](Json filters) {
    Json document = baseProfile();
    standard0(document)["scope"]["filters"] = std::move(filters);
    return issueTexts(document);
  };
  CHECK(filtered(Json::array({{{"values", {"high"}}}})) ==
        Texts{"standards[0].scope.filters[0].field: missing; a field such as priority, team or agent"});
  CHECK(filtered(Json::array({{{"field", "channel"}, {"values", {"chat"}}}})) ==
        Texts{"standards[0].scope.filters[0].field: channels are set with scope.channels"});
  CHECK(filtered(Json::array({{{"field", "prio"}, {"values", {"high"}}}})) ==
        Texts{"standards[0].scope.filters[0].field: contact has no field \"prio\"; did you mean \"priority\"?"});
  const Texts unknown = filtered(Json::array({{{"field", "colour"}, {"values", {"red"}}}}));
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].rfind("standards[0].scope.filters[0].field: contact has no field \"colour\"; its fields are: id, source, channel,", 0) == 0);
  CHECK(filtered(Json::array({{{"field", "created_at"}, {"values", {"2025"}}}})) ==
        Texts{"standards[0].scope.filters[0].field: created_at holds times; filters match category, id, text or flag "
              "fields (e.g. priority, team, agent)"});
  CHECK(filtered(Json::array({{{"field", "handle_seconds"}, {"values", {"60"}}}})) ==
        Texts{"standards[0].scope.filters[0].field: handle_seconds holds numbers; filters match category, id, text or "
              "flag fields (e.g. priority, team, agent)"});
  CHECK(filtered(Json::array({{{"field", "order.customer_id"}, {"values", {"c1"}}}})) ==
        Texts{"standards[0].scope.filters[0].field: contact records can be filtered by their own fields, or by "
              "customer.<field> through customer_id"});
  CHECK(filtered(Json::array({{{"field", "customer.segment"}, {"values", {"vip"}}}})) == Texts{});
  CHECK(filtered(Json::array({{{"field", "priority"}, {"values", {"high"}}}, {{"field", "priority"}, {"values", {"low"}}}})) ==
        Texts{"standards[0].scope.filters[1].field: priority is already filtered by filters[0]; put all its values in one filter"});
  CHECK(filtered(Json::array({{{"field", "team"}, {"values", Json::array()}}})) ==
        Texts{"standards[0].scope.filters[0].values: empty; list the values to keep"});
  CHECK(filtered(Json::array({{{"field", "abandoned"}, {"values", {"yes"}}}})) ==
        Texts{"standards[0].scope.filters[0].values[0]: \"yes\" is not \"true\" or \"false\""});
  // Agent-time records have no customer to join through.
  Json occupancy = measuring({{"key", "occupancy"}}, {{"comparator", "between"}, {"low", 60}, {"high", 80}});
  standard0(occupancy)["scope"] = Json{{"filters", Json::array({{{"field", "customer.segment"}, {"values", {"vip"}}}})}};
  CHECK(issueTexts(occupancy) ==
        Texts{"standards[0].scope.filters[0].field: agent_time records can be filtered by their own fields, or by "
              "customer.<field> through customer_id"});
}

TEST_CASE("overrides: apply to part of the scope, change something, can be reached") {
  Json document = baseProfile();
  standard0(document)["overrides"] = Json::array({{{"parameters", {{"threshold_seconds", 60}}}}});
  CHECK(issueTexts(document) == Texts{"standards[0].overrides[0].scope: an override needs channels or filters to apply to"});
  standard0(document)["overrides"] = Json::array({{{"scope", {{"channels", {"chat"}}}}}});
  CHECK(issueTexts(document) == Texts{"standards[0].overrides[0]: changes nothing; give a target or parameters"});
  standard0(document)["overrides"] = Json::array({{{"scope", {{"channels", {"email"}}}}, {"target", {{"comparator", ">="}, {"value", 80}}}}});
  CHECK(issueTexts(document) == Texts{"standards[0].overrides[0].scope.channels[0]: \"email\" is outside the standard's "
                                      "channels (phone, chat); this override would never apply"});

  standard0(document)["scope"]["filters"] = Json::array({{{"field", "priority"}, {"values", {"high", "urgent"}}}});
  standard0(document)["overrides"] =
      Json::array({{{"scope", {{"filters", Json::array({{{"field", "priority"}, {"values", {"urgent", "low"}}}})}}},
                    {"parameters", {{"threshold_seconds", 30}}}}});
  CHECK(issueTexts(document) == Texts{"standards[0].overrides[0].scope.filters[0].values[1]: \"low\" is outside the "
                                      "standard's priority filter; this override would never apply"});
}

TEST_CASE("overrides: a later override with the same scope never applies (warning)") {
  Json document = baseProfile();
  standard0(document)["overrides"].push_back(standard0(document)["overrides"][0]);
  const ProfileParse parse = parseJson(document);
  CHECK(issueTexts(parse) == Texts{"standards[0].overrides[1].scope: same scope as overrides[0], which comes first and "
                                   "wins; this override never applies"});
  CHECK(parse.issues[0].severity == IssueSeverity::Warning);
}

TEST_CASE("overrides: their targets and parameters are checked with the parameters in force there") {
  Json document = baseProfile();
  standard0(document)["overrides"][0]["target"] = Json{{"comparator", ">="}, {"value", 900}};
  standard0(document)["overrides"][0]["parameters"]["threshold_seconds"] = 0;
  CHECK(issueTexts(document) ==
        Texts{"standards[0].overrides[0].parameters.threshold_seconds: must be between 1 and 3600 seconds, got 0",
              "standards[0].overrides[0].target.value: a share must be between 0 and 100 (%), got 900"});

  // A 1–10 scale in one channel: a mean of 8 is fine there, and only there.
  Json csat = measuring({{"key", "csat"}, {"statistic", "mean"}}, atLeast(4));
  standard0(csat)["overrides"] = Json::array(
      {{{"scope", {{"channels", {"chat"}}}}, {"parameters", {{"scale_max", 10}}}, {"target", {{"comparator", ">="}, {"value", 8}}}}});
  CHECK(issueTexts(csat) == Texts{});
  standard0(csat)["overrides"][0]["parameters"] = Json{{"satisfied_min", 2}};
  CHECK(issueTexts(csat) == Texts{"standards[0].overrides[0].parameters: deficient_max (3) must be below satisfied_min (2)",
                                  "standards[0].overrides[0].target.value: a mean rating must be within the 1 to 5 scale, got 8"});
}

}
