// A small valid profile for the standards tests, as JSON the tests edit (one change per test),
// and helpers that read the result as the exact texts of its issues.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/standards/profile_reader.h"

// Lists of issue texts print one per line when a check fails.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
  static doctest::String convert(const std::vector<std::string>& texts) {
    std::string joined = "{";
    for (const std::string& text : texts) joined += "\n  " + text;
    joined += texts.empty() ? "}" : "\n}";
    return joined.c_str();
  }
};

namespace carescore::testing {

using Json = nlohmann::ordered_json;

inline Json localText(std::string_view en, std::string_view vi, std::string_view ru) {
  return Json{{"en", en}, {"vi", vi}, {"ru", ru}};
}

// One group, one service-level standard with a chat override, one two-step goal: valid, no warnings.
inline Json baseProfile() {
  Json standard{
      {"id", "calls_2_min"},
      {"group", "speed"},
      {"label", localText("Calls in 2 minutes", "Cuộc gọi trong 2 phút", "Звонки за 2 минуты")},
      {"explanation", localText("90% of calls answered within 2 minutes.", "90% cuộc gọi được trả lời trong 2 phút.",
                                "90% звонков принимаются за 2 минуты.")},
      {"metric", {{"key", "service_level"}, {"statistic", "share_within"}, {"variant", "answered_and_late_abandons"},
                  {"parameters", {{"threshold_seconds", 120}}}}},
      {"target", {{"comparator", ">="}, {"value", 90}}},
      {"scope", {{"channels", {"phone", "chat"}}}},
      {"overrides", Json::array({{{"scope", {{"channels", {"chat"}}}}, {"parameters", {{"threshold_seconds", 180}}}}})},
      {"period", "month"},
      {"min_n", 30},
      {"source", {{"references", Json::array({{{"seed", "000"}, {"section", "IV.2"}, {"quote", "trong vòng hai phút"}}})}}}};
  Json goal{
      {"id", "funnel"},
      {"label", localText("Funnel", "Phễu", "Воронка")},
      {"explanation", localText("Serve 100, satisfy 60.", "Chăm sóc 100, làm hài lòng 60.", "Обслужить 100, порадовать 60.")},
      {"time_frame", {{"start", "2025-01-01"}, {"length", 1}, {"unit", "month"}}},
      {"steps", Json::array({{{"id", "served"}, {"label", localText("Served", "Được chăm sóc", "Обслужены")},
                              {"measure", "customers_served"}, {"target_count", 100}},
                             {{"id", "satisfied"}, {"label", localText("Satisfied", "Hài lòng", "Довольны")},
                              {"measure", "customers_satisfied"}, {"parameters", {{"satisfied_min", 4}}},
                              {"target_count", 60}, {"share_of_previous", 60}}})},
      {"source", {{"industry_default", true}, {"note", "a test goal"}}}};
  return Json{{"format", "carescore-profile"},
              {"version", 1},
              {"id", "test_profile"},
              {"name", localText("Test", "Thử nghiệm", "Тест")},
              {"groups", Json::array({{{"id", "speed"}, {"label", localText("Speed", "Tốc độ", "Скорость")}}})},
              {"standards", Json::array({standard})},
              {"goals", Json::array({goal})}};
}

inline ProfileParse parseJson(const Json& document) { return parseProfile(document.dump()); }

// "path: message" of every issue, in order.
inline std::vector<std::string> issueTexts(const ProfileParse& parse) {
  std::vector<std::string> texts;
  for (const ProfileIssue& issue : parse.issues) texts.push_back(issue.text());
  return texts;
}

inline std::vector<std::string> issueTexts(const Json& document) { return issueTexts(parseJson(document)); }

// The standard of the base profile, for edits.
inline Json& standard0(Json& document) { return document["standards"][0]; }

} // namespace carescore::testing
