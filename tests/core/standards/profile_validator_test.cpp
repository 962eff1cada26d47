// One check per validation message, each with its exact text. Measures (metric, target, scope,
// overrides) are in metric_checks_test.cpp, goals in goal_checks_test.cpp.
#include <doctest/doctest.h>

#include "test_support.h"

#include "core/standards/profile_validator.h"
#include "profile_fixture.h"

using namespace carescore;
using namespace carescore::testing;

using Texts = std::vector<std::string>;

namespace {

Texts validated(const Profile& profile) {
  Texts texts;
  for (const ProfileIssue& issue : validateProfile(profile)) texts.push_back(issue.text());
  return texts;
}

Profile baseValues() {
  const ProfileParse parse = parseJson(baseProfile());
  REQUIRE(parse.profile);
  return *parse.profile;
}

} // namespace

TEST_SUITE("core/standards") {

TEST_CASE("validator: the base profile, built in code, is clean") { CHECK(validated(baseValues()) == Texts{}); }

TEST_CASE("validator: ids are present, well formed, and unique across standards and goals") {
  Profile profile = baseValues();
  profile.id.clear();
  profile.standards[0].id = "Calls 2 min";
  profile.goals[0].id = "calls_2_min";
  profile.standards.push_back(profile.standards[0]);
  profile.standards[1].id = "calls_2_min";
  const Texts texts = validated(profile);
  REQUIRE(texts.size() == 3);
  CHECK(texts[0] == "id: missing; a short id such as calls_answered_2_min");
  CHECK(texts[1] == "standards[0].id: \"Calls 2 min\" is not a valid id; use lowercase letters, digits and _, starting "
                    "with a letter (at most 64 characters)");
  CHECK(texts[2] == "goals[0].id: \"calls_2_min\" is already the id of standards[1].id");
  profile.standards[0].id = std::string(65, 'a');
  CHECK(validated(profile)[1].rfind("standards[0].id: \"aaaa", 0) == 0);
}

TEST_CASE("validator: every text in English, Vietnamese and Russian, one line, not too long") {
  Profile profile = baseValues();
  profile.name = {};
  profile.standards[0].label.vi = "  ";
  profile.standards[0].explanation.ru = "Первая строка\nвторая";
  profile.standards[0].label.en = std::string(101, 'x');
  profile.goals[0].label.ru = "\xD0";  // cut in the middle of a character
  CHECK(validated(profile) == Texts{"name: missing; give {\"en\": …, \"vi\": …, \"ru\": …}",
                                    "standards[0].label.en: 101 characters; at most 100",
                                    "standards[0].label.vi: empty; every text needs English (en), Vietnamese (vi) and Russian (ru)",
                                    "standards[0].explanation.ru: must be one line (no line breaks)",
                                    "goals[0].label.ru: not valid UTF-8 text"});
  // Lengths count characters: 100 Vietnamese characters are 100, whatever their bytes.
  profile = baseValues();
  std::string vietnamese;
  for (int i = 0; i < 100; ++i) vietnamese += "ệ";
  profile.standards[0].label.vi = vietnamese;
  profile.description = LocalText{"Line one\nline two", "Dòng một", "Строка"};  // descriptions may span lines
  CHECK(validated(profile) == Texts{});
}

TEST_CASE("validator: groups — named by standards, defined once, used") {
  Profile profile = baseValues();
  profile.standards[0].group = "sped";
  CHECK(validated(profile) == Texts{"groups[0]: no standard is in group \"speed\"",
                                    "standards[0].group: no group \"sped\"; did you mean \"speed\"?"});
  profile.standards[0].group = "quality";
  CHECK(validated(profile)[1] == "standards[0].group: no group \"quality\"; the groups are: speed");
  profile.standards[0].group.clear();
  CHECK(validated(profile)[1] == "standards[0].group: missing; one of: speed");
  profile.groups.clear();
  CHECK(validated(profile) == Texts{"standards[0].group: missing; define groups and name one here"});
  profile.standards[0].group = "speed";
  CHECK(validated(profile) == Texts{"standards[0].group: no group \"speed\"; the profile defines no groups"});

  profile = baseValues();
  profile.groups.push_back(profile.groups[0]);
  profile.groups[1].label.ru.clear();
  CHECK(validated(profile) == Texts{"groups[1].id: \"speed\" is already the id of groups[0].id",
                                    "groups[1].label.ru: empty; every text needs English (en), Vietnamese (vi) and Russian (ru)"});
  const auto issues = validateProfile(baseValues());
  CHECK(issues.empty());
}

TEST_CASE("validator: the unused-group message is a warning, not an error") {
  Profile profile = baseValues();
  profile.groups.push_back({"spare", {"Spare", "Dự phòng", "Запас"}, std::nullopt});
  const auto issues = validateProfile(profile);
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].text() == "groups[1]: no standard is in group \"spare\"");
  CHECK(issues[0].severity == IssueSeverity::Warning);
  CHECK(issues[0].code == IssueCode::UnusedGroup);
}

TEST_CASE("validator: sources — seed references with section and quote, or a noted industry default") {
  Profile profile = baseValues();
  profile.standards[0].source = {};
  CHECK(validated(profile) ==
        Texts{"standards[0].source: give references to the seeds, or industry_default: true with a note"});
  profile.standards[0].source.industryDefault = true;
  CHECK(validated(profile) ==
        Texts{"standards[0].source.note: an industry default needs a note saying where the number comes from"});
  profile.standards[0].source = {{{"", "IV.2", std::string(301, 'q')}, {"000", "", "trích dẫn"}}, false, std::string(601, 'n')};
  CHECK(validated(profile) == Texts{"standards[0].source.references[0].seed: missing; the seed id, e.g. \"000\"",
                                    "standards[0].source.references[0].quote: 301 characters; at most 300",
                                    "standards[0].source.references[1].section: missing; the section, e.g. \"V.8.2\"",
                                    "standards[0].source.note: 601 characters; at most 600"});
  profile.standards[0].source = {{{"000", "IV.2", ""}}, false, ""};
  CHECK(validated(profile) ==
        Texts{"standards[0].source.references[0].quote: missing; a short quote in the original language"});
  profile.standards[0].source.references.assign(11, {"000", "IV.2", "q"});
  CHECK(validated(profile) == Texts{"standards[0].source.references: 11 items; at most 10"});
}

TEST_CASE("validator: min_n, version, and an empty profile") {
  Profile profile = baseValues();
  profile.standards[0].minN = 0;
  CHECK(validated(profile) == Texts{"standards[0].min_n: must be between 1 and 1000000, got 0"});
  profile.standards[0].minN = 1000001;
  CHECK(validated(profile) == Texts{"standards[0].min_n: must be between 1 and 1000000, got 1000001"});
  profile = baseValues();
  profile.version = 3;
  CHECK(validated(profile) ==
        Texts{"version: this CareScore reads profile version 1, the document is version 3 (written by a newer CareScore?)"});
  profile = baseValues();
  profile.standards.clear();
  profile.goals.clear();
  CHECK(validated(profile) ==
        Texts{"groups[0]: no standard is in group \"speed\"", "standards: a profile needs at least one standard or goal"});
  profile = baseValues();
  profile.standards.resize(501, profile.standards[0]);
  const Texts texts = validated(profile);
  REQUIRE_FALSE(texts.empty());
  CHECK(texts[0] == "standards: 501 items; at most 500");
}

TEST_CASE("validator: a flood of problems is cut to a readable list, ending with the count left out") {
  Profile profile = baseValues();
  for (int i = 0; i < 300; ++i) {
    profile.standards.push_back(profile.standards[0]);
    profile.standards.back().id = std::string("s").append(std::to_string(i));
    profile.standards.back().target.value = 900;
  }
  const auto issues = validateProfile(profile);
  REQUIRE(issues.size() == 201);
  CHECK(issues[199].text() == "standards[200].target.value: a share must be between 0 and 100 (%), got 900");
  CHECK(issues[200].text() == "100 more issues not shown; fix the ones above first");
  CHECK(issues[200].code == IssueCode::MoreIssues);
  CHECK(issues[200].severity == IssueSeverity::Error);
}

}
