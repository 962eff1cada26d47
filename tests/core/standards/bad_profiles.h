// Profiles that are wrong in every way the reader and validator word differently: one edit of the
// base profile each, plus texts that are not JSON. Shared by the variant tests of core/standards
// and the vi/ru wording tests of app/i18n. Not a check of which issue each one gives.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "profile_fixture.h"

namespace carescore::testing {

inline std::vector<std::string> badProfileTexts() {
  std::vector<std::string> texts = {
      "", "   ", std::string("\xFF\xFE{\0}", 5), std::string("{\"a\": \0}", 8), std::string(70, '[') + std::string(70, ']'),
      "{\"format\": \"carescore-profile\", \"version\": 1e400}", "{\"a\": 1, \"a\": 2}", "{\"a\" 1}", "{\"a\": tru}",
      "[1, 2", "{\"a\": \"x\ty\"}", "{\"a\": \"x\x01y\"}", "{\"a\tb\": 1}", "{\"a\x01b\": 1}", "{\"a\": \"x\\qy\"}", "{\"a\": -}", "{\"a\": 1.}", "{\"a\": 1e}",
      "{\"a\": \"\\u12\"}", "{\"a\": \"open", "{1: 2}", "{\"a\": 1} x", "{\"a\": 1,}", "[1 2]", "{\"a\": \"\\uDC00\"}",
      "{\"a\": \"\\uD800x\"}", "{\"a\": \"\xC3\"}", "\"text\"", "42", "[]", "null", "{}", "{\"format\": 7, \"version\": 1}",
      "{\"format\": \"other\"}", "{\"format\": [], \"version\": 1}", "{\"format\": \"carescore-profile\"}",
      "{\"format\": \"carescore-profile\", \"version\": 1.5}", "{\"format\": \"carescore-profile\", \"version\": 2}",
      "{\"format\": \"carescore-profile\", \"version\": 1, \"id\": \"x\", \"name\": {\"en\": \"x\", \"vi\": \"x\", \"ru\": \"x\"}}",
      std::string(3u << 20, ' ')};
  using Edit = std::function<void(Json&)>;
  const std::vector<Edit> edits = {
      [](Json& p) { p["surprise"] = 1; p["standrads"] = 1; p["id"] = "Bad Id"; },
      [](Json& p) { p["name"] = Json{{"en", ""}, {"vi", "a\nb"}, {"ru", std::string(101, 'x')}}; p["description"] = 5; },
      [](Json& p) { p["name"] = "just text"; p["groups"].push_back({{"id", "unused"}, {"label", localText("U", "U", "U")}}); },
      [](Json& p) { p.erase("name"); p["groups"] = Json::array(); },
      [](Json& p) { p["groups"][0]["id"] = "calls_2_min"; p["goals"][0]["id"] = "calls_2_min"; },
      [](Json& p) { Json& s = standard0(p); s.erase("id"); s["group"] = "sped"; s["min_n"] = 0; },
      [](Json& p) { Json& s = standard0(p); s.erase("group"); s.erase("metric"); s.erase("target"); s.erase("source"); },
      [](Json& p) { Json& s = standard0(p); s["group"] = "nothing_like_it"; s["period"] = "year"; s["min_n"] = 1.5; },
      [](Json& p) { p["groups"] = Json::array(); standard0(p)["group"] = "speed"; },
      [](Json& p) { Json& s = standard0(p); s["metric"] = {{"key", "servce_level"}}; },
      [](Json& p) { Json& s = standard0(p); s["metric"] = {{"key", "completely_unknown_metric"}}; },
      [](Json& p) { Json& s = standard0(p); s["metric"] = Json::object(); },
      [](Json& p) {
        Json& m = standard0(p)["metric"];
        m["statistic"] = "share_withn"; m["variant"] = "zzzz_nothing";
        m["parameters"] = {{"threshold_secnds", 1}, {"nothing_close_here", 2}, {"threshold_seconds", "fast"}};
      },
      [](Json& p) {
        Json& m = standard0(p)["metric"];
        m["statistic"] = "zzzz_nothing"; m["variant"] = "answered_and_late_abandon";
        m["parameters"] = {{"threshold_seconds", 99999999}};
      },
      [](Json& p) { standard0(p)["metric"]["parameters"] = {{"threshold_seconds", Json::array({"a"})}, {"x", true}}; },
      [](Json& p) { standard0(p)["target"] = {{"comparator", "=="}, {"value", 150}}; },
      [](Json& p) { standard0(p)["target"] = {{"comparator", 5}, {"value", 0.5}}; },
      [](Json& p) { standard0(p)["target"] = {{"comparator", true}}; },
      [](Json& p) { standard0(p)["target"] = {{"value", "90"}}; },
      [](Json& p) { standard0(p)["target"] = {{"comparator", "<="}, {"value", 90}, {"low", 1}, {"high", 2}}; },
      [](Json& p) { standard0(p)["target"] = {{"comparator", "between"}, {"value", 90}, {"low", 95}, {"high", 90}}; },
      [](Json& p) { standard0(p)["target"] = {{"comparator", "between"}}; },
      [](Json& p) { standard0(p)["target"] = {{"comparator", ">="}, {"value", 90}, {"extra", 1}}; },
      [](Json& p) {
        Json& s = standard0(p);
        s["metric"] = {{"key", "volume"}, {"statistic", "count"}, {"parameters", {{"anything", 1}}}};
        s["target"] = {{"comparator", ">="}, {"value", 1.5}};
      },
      [](Json& p) {
        Json& s = standard0(p);
        s["metric"] = {{"key", "volume"}, {"statistic", "daily_mean"}};
        s["target"] = {{"comparator", ">="}, {"value", 5000}};
      },
      [](Json& p) { Json& s = standard0(p); s["metric"] = {{"key", "nps"}}; s["target"] = {{"comparator", ">="}, {"value", 300}}; s.erase("scope"); s.erase("overrides"); },
      [](Json& p) {
        Json& s = standard0(p);
        s["metric"] = {{"key", "csat"}, {"statistic", "mean"}, {"parameters", {{"scale_min", 5}, {"scale_max", 3}}}};
        s["target"] = {{"comparator", ">="}, {"value", 9}};
        s.erase("scope"); s.erase("overrides");
      },
      [](Json& p) {
        Json& s = standard0(p);
        s["metric"] = {{"key", "servqual"}, {"statistic", "overall_gap"}};
        s["target"] = {{"comparator", "<="}, {"value", 90}};
        s.erase("scope"); s.erase("overrides");
      },
      [](Json& p) {
        Json& s = standard0(p);
        s["metric"] = {{"key", "ces"}, {"parameters", {{"scale_direction", "higher_is_easer"}, {"low_effort_points", 2.5}}}};
        s.erase("scope"); s.erase("overrides");
      },
      [](Json& p) {
        Json& s = standard0(p);
        s["metric"] = {{"key", "ces"}, {"parameters", {{"scale_direction", "sideways_zzz"}}}};
        s.erase("scope"); s.erase("overrides");
      },
      [](Json& p) { standard0(p)["metric"] = {{"key", "ces"}, {"parameters", {{"scale_direction", 3}}}}; },
      [](Json& p) { standard0(p)["metric"] = {{"key", "ces"}, {"parameters", {{"scale_direction", "x"}}}}; standard0(p)["metric"]["parameters"]["scale_direction"] = Json::array(); },
      [](Json& p) { standard0(p)["metric"] = {{"key", "ces"}, {"parameters", {{"scale_direction", Json::array({"a"})}}}}; },
      [](Json& p) { standard0(p)["metric"] = {{"key", "fcr"}, {"parameters", {{"repeat_window_days", 400}, {"one_touch_max_replies", 2}}}}; },
      [](Json& p) {
        standard0(p)["metric"] = {{"key", "repeat_topics"},
                                  {"parameters", {{"min_share_percent", 0.5}, {"covered_topics", Json::array({"", " ", std::string(101, 't')})}}}};
      },
      [](Json& p) { standard0(p)["metric"] = {{"key", "repeat_topics"}, {"parameters", {{"min_share_percent", 90}, {"covered_topics", 3}}}}; },
      [](Json& p) { standard0(p)["metric"] = {{"key", "repeat_topics"}, {"parameters", {{"covered_topics", "one"}}}}; },
      [](Json& p) { standard0(p)["metric"] = {{"key", "fcr"}, {"parameters", {{"repeat_window_days", "x"}}}}; },
      [](Json& p) {
        Json& s = standard0(p);
        s["scope"] = {{"channels", {"phone", "phone", "", std::string(101, 'c')}},
                      {"filters", Json::array({{{"field", "channel"}, {"values", {"x"}}},
                                               {{"field", "priorty"}, {"values", Json::array()}},
                                               {{"field", "zzzz_unknown_field"}, {"values", {"a"}}},
                                               {{"values", {"a"}}},
                                               {{"field", "created_at"}, {"values", {"a"}}},
                                               {{"field", "wait_seconds"}, {"values", {"a"}}},
                                               {{"field", "team"}, {"values", {"a"}}},
                                               {{"field", "team"}, {"values", {"b"}}},
                                               {{"field", "vendor.team"}, {"values", {"b"}}}})}};
      },
      [](Json& p) { standard0(p)["scope"] = {{"filters", Json::array({{{"field", "abandoned"}, {"values", {"yes"}}}})}}; },
      [](Json& p) { Json& s = standard0(p); s["metric"] = {{"key", "on_time_delivery"}}; s["scope"] = {{"channels", {"phone"}}}; s.erase("overrides"); },
      [](Json& p) { Json& s = standard0(p); s["metric"] = {{"key", "asa"}}; s["target"] = {{"comparator", "<="}, {"value", 99999999}}; s.erase("overrides"); },
      [](Json& p) { Json& s = standard0(p); s["metric"] = {{"key", "csat"}, {"parameters", {{"scale_max", 20}}}}; s.erase("scope"); s.erase("overrides"); },
      [](Json& p) { p["groups"] = Json::array(); standard0(p).erase("group"); },
      [](Json& p) {
        Json& s = standard0(p);
        s["scope"] = {{"channels", {"phone"}}, {"filters", Json::array({{{"field", "team"}, {"values", {"a"}}}})}};
        s["overrides"] = Json::array({{{"scope", {{"channels", {"email"}}, {"filters", Json::array({{{"field", "team"}, {"values", {"b"}}}})}}},
                                       {"target", {{"comparator", ">="}, {"value", 80}}}},
                                      {{"scope", Json::object()}},
                                      {{"scope", {{"channels", {"phone"}}}}, {"parameters", {{"threshold_seconds", 60}}}},
                                      {{"scope", {{"channels", {"phone"}}}}, {"parameters", {{"threshold_seconds", 30}}}}});
      },
      [](Json& p) { standard0(p)["overrides"] = Json::array(); for (int i = 0; i < 51; ++i) standard0(p)["overrides"].push_back({{"scope", {{"channels", {"chat"}}}}}); },
      [](Json& p) { standard0(p)["source"] = {{"references", Json::array({{{"seed", ""}, {"section", " "}}})}}; },
      [](Json& p) { standard0(p)["source"] = {{"industry_default", true}}; },
      [](Json& p) { standard0(p)["source"] = Json::object(); },
      [](Json& p) { standard0(p)["source"] = {{"references", Json::array()}}; for (int i = 0; i < 11; ++i) standard0(p)["source"]["references"].push_back({{"seed", "000"}}); },
      [](Json& p) { standard0(p)["standards_extra"] = 1; standard0(p)["scope"]["channels"] = Json::array(); for (int i = 0; i < 501; ++i) standard0(p)["scope"]["channels"].push_back("c"); },
      [](Json& p) { p["standards"] = Json::array(); p["goals"] = Json::array(); },
      [](Json& p) {
        Json& g = p["goals"][0];
        g["time_frame"] = {{"start", "January"}, {"length", 100}, {"unit", "month"}};
        g["steps"][0]["measure"] = "customers_servd";
        g["steps"][1]["measure"] = "zzzz_nothing_like";
        g["steps"][1]["id"] = "served";
        g["steps"][1]["target_count"] = 200;
      },
      [](Json& p) {
        Json& g = p["goals"][0];
        g.erase("time_frame");
        g["steps"][0]["share_of_previous"] = 50;
        g["steps"][0].erase("measure");
        g["steps"][0].erase("target_count");
        g["steps"][1]["share_of_previous"] = 0.5;
        g["steps"][1]["target_count"] = 0.5;
      },
      [](Json& p) { Json& g = p["goals"][0]; g["steps"][1]["share_of_previous"] = 150; },
      [](Json& p) { Json& g = p["goals"][0]; g["steps"][1]["share_of_previous"] = 40; g["steps"][1]["parameters"] = {{"satisfied_mn", 4}}; },
      [](Json& p) { Json& g = p["goals"][0]; g["steps"] = Json::array(); },
      [](Json& p) { Json& g = p["goals"][0]; for (int i = 0; i < 11; ++i) g["steps"].push_back(g["steps"][0]); },
      [](Json& p) { Json& g = p["goals"][0]; g["time_frame"]["length"] = 500; g["time_frame"]["unit"] = "day"; },
      [](Json& p) { Json& g = p["goals"][0]; g["time_frame"]["length"] = 500; g["time_frame"]["unit"] = "week"; },
      [](Json& p) { p["groups"] = Json::array(); for (int i = 0; i < 101; ++i) p["groups"].push_back({{"id", "speed"}}); },
      [](Json& p) { p["standards"] = Json::array(); p["goals"] = Json::array(); p["unknown"] = Json::object(); for (int i = 0; i < 300; ++i) p["unknown"][std::string("k").append(std::to_string(i))] = i; p["unknown"]["format"] = 1; },
  };
  for (const Edit& edit : edits) {
    Json profile = baseProfile();
    edit(profile);
    texts.push_back(profile.dump());
  }
  // More issues than the list keeps: 300 unknown keys at the top.
  Json many = baseProfile();
  for (int i = 0; i < 300; ++i) many[std::string("zz").append(std::to_string(i))] = i;
  texts.push_back(many.dump());
  return texts;
}

} // namespace carescore::testing
