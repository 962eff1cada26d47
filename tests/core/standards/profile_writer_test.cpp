#include <doctest/doctest.h>

#include "test_support.h"

#include "core/standards/profile_validator.h"
#include "core/standards/profile_writer.h"
#include "profile_fixture.h"

using namespace carescore;
using namespace carescore::testing;

using Texts = std::vector<std::string>;

namespace {

// A profile with every optional part filled, built in code as the editor would.
Profile everything() {
  Profile profile;
  profile.id = "full";
  profile.name = {"Full", "Đầy đủ", "Полный"};
  profile.description = LocalText{"Every part.\nTwo lines.", "Mọi phần.", "Все части."};
  profile.groups = {{"speed", {"Speed", "Tốc độ", "Скорость"}, LocalText{"Fast.", "Nhanh.", "Быстро."}},
                    {"quality", {"Quality", "Chất lượng", "Качество"}, std::nullopt}};
  Standard topics;
  topics.id = "faq";
  topics.group = "quality";
  topics.label = {"FAQ", "Câu hỏi thường gặp", "Частые вопросы"};
  topics.explanation = {"Common questions in the FAQ.", "Câu hỏi phổ biến có trong FAQ.", "Частые вопросы — в FAQ."};
  topics.metric = {"repeat_topics", "uncovered_candidates", "normalized_topic",
                   {{"min_share_percent", 2.5}, {"covered_topics", std::vector<std::string>{"hoàn tiền", "доставка"}}}};
  topics.target = {Comparator::AtMost, 0.0, std::nullopt, std::nullopt};
  topics.scope.filters = {{"priority", {"high", "urgent"}}, {"customer.segment", {"vip"}}};
  topics.period = Period::Week;
  topics.minN = 100;
  topics.source = {{{"000", "V.6.1", "từ 3 % trở đi"}}, true, "2.5 % instead of 3 %"};
  Standard occupancy;
  occupancy.id = "occupancy";
  occupancy.group = "speed";
  occupancy.label = {"Occupancy", "Lấp đầy", "Загрузка"};
  occupancy.explanation = {"60–80 %.", "60–80 %.", "60–80 %."};
  occupancy.metric = {"occupancy", "", "", {}};
  occupancy.target = {Comparator::Between, std::nullopt, 60.0, 80.0};
  occupancy.period = Period::Day;
  occupancy.source = {{{"000", "V.8.2", "60-80 %"}}, false, ""};
  Standard ces;
  ces.id = "effort";
  ces.group = "quality";
  ces.label = {"Effort", "Công sức", "Усилия"};
  ces.explanation = {"Easy.", "Dễ.", "Легко."};
  ces.metric = {"ces", "mean", "", {{"scale_direction", std::string("higher_is_harder")}, {"scale_max", 7.0}}};
  ces.target = {Comparator::AtMost, 2.25, std::nullopt, std::nullopt};
  ces.scope.channels = {"chat", "email"};
  ces.overrides = {{{{"email"}, {}}, Target{Comparator::AtMost, 3.0, std::nullopt, std::nullopt}, {}},
                   {{{"chat"}, {}}, std::nullopt, {{"scale_max", 5.0}}}};
  ces.source = {{}, true, "no seed number"};
  profile.standards = {topics, occupancy, ces};
  Goal goal;
  goal.id = "funnel";
  goal.label = {"Funnel", "Phễu", "Воронка"};
  goal.explanation = {"100 → 60.", "100 → 60.", "100 → 60."};
  goal.timeFrame = {"2025-03-01", 6, Period::Week};
  goal.steps = {{"served", {"Served", "Được phục vụ", "Обслужены"}, "customers_served", {}, 100.0, std::nullopt},
                {"promoting", {"Promoters", "Người ủng hộ", "Промоутеры"}, "customers_promoting", {}, 40.0, 40.0}};
  goal.source = {{{"003", "Cách 1", "100 khách"}}, false, ""};
  profile.goals = {goal};
  return profile;
}

} // namespace

TEST_SUITE("core/standards") {

TEST_CASE("writer: parse → write → parse gives the same profile") {
  const ProfileParse first = parseJson(baseProfile());
  REQUIRE(first.profile);
  const std::string written = writeProfile(*first.profile);
  const ProfileParse second = parseProfile(written);
  CHECK(issueTexts(second) == Texts{});
  REQUIRE(second.profile);
  CHECK(*second.profile == *first.profile);
  CHECK(writeProfile(*second.profile) == written);  // and the text is stable
}

TEST_CASE("writer: every optional part survives a round trip") {
  const Profile profile = everything();
  CHECK(validateProfile(profile).empty());
  const ProfileParse parse = parseProfile(writeProfile(profile));
  CHECK(issueTexts(parse) == Texts{});
  REQUIRE(parse.profile);
  CHECK(*parse.profile == profile);
  // A single difference is seen: the comparison is not vacuous.
  Profile changed = profile;
  changed.standards[2].overrides[1].parameters["scale_max"] = 4.0;
  CHECK_FALSE(*parse.profile == changed);
}

TEST_CASE("writer: canonical form — fixed key order, whole numbers without a decimal point, UTF-8 kept") {
  const std::string text = writeProfile(everything());
  CHECK(text.rfind("{\n  \"format\": \"carescore-profile\",\n  \"version\": 1,\n  \"id\": \"full\",\n  \"name\": {\n", 0) == 0);
  CHECK(text.back() == '\n');
  CHECK(text.find("\"min_n\": 100") != std::string::npos);
  CHECK(text.find("\"min_share_percent\": 2.5") != std::string::npos);
  CHECK(text.find("\"value\": 0\n") != std::string::npos);   // not 0.0
  CHECK(text.find("\"low\": 60,") != std::string::npos);
  CHECK(text.find("\"hoàn tiền\"") != std::string::npos);   // not \u escapes
  CHECK(text.find("\"industry_default\": true") != std::string::npos);
  CHECK(text.find("\"industry_default\": false") == std::string::npos);  // only written when true
  CHECK(text.find("\"statistic\": \"\"") == std::string::npos);          // empty means the headline: left out
  const auto id = text.find("\"id\": \"faq\""), group = text.find("\"group\": \"quality\""),
             metric = text.find("\"metric\": {\n        \"key\": \"repeat_topics\"");
  CHECK(id < group);
  CHECK(group < metric);
}

TEST_CASE("writer: a profile with broken UTF-8 from code still writes, as U+FFFD") {
  Profile profile = everything();
  profile.name.en = "caf\xE9";
  const std::string text = writeProfile(profile);
  CHECK(text.find("caf\xEF\xBF\xBD") != std::string::npos);
}

}
