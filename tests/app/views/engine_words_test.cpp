// One sweep over the whole app in Vietnamese and Russian: the demo shop's data under a profile that
// makes every kind of card appear (pass, fail, no data, insufficient, invalid), every view and a
// drill-down drawn, and every label and note they report checked for the engine's English words.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/demo_files.h"
#include "app/i18n/translate.h"
#include "app/views/scorecard_text.h"
#include "../headless_app.h"

using namespace carescore;

namespace {

// Words of the core's English that cannot occur in a Vietnamese or Russian sentence (field names
// such as "wait_seconds" may: they are the data's names, not words).
constexpr const char* kEngineEnglish[] = {
    "needs field", "needs the", "no data", "contacts", "answered within", " within ", " of ", "per ",
    "records", "cannot be", "unknown metric", "the metric", " filter ", "interval", "target ",
    "abandoned contacts", "(or ", "channel ", "holds numbers", "nothing to staff", "the ", "export", "usually",
};

// The default profile plus three standards made to fail in their own way: too few records, a field
// the demo lacks, and a filter on a number (the engine cannot compute it as written).
Profile everyKindOfCard(const Profile& base) {
  Profile profile = base;
  Standard insufficient = profile.standards.front();
  insufficient.id = "sweep_insufficient";
  insufficient.minN = 100000000;
  insufficient.overrides.clear();
  Standard noData = insufficient;
  noData.id = "sweep_no_data";
  noData.minN = kDefaultMinN;
  noData.metric = MetricChoice{.key = "steps_to_contact", .statistic = {}, .variant = {}, .parameters = {}};
  Standard invalid = insufficient;
  invalid.id = "sweep_invalid";
  invalid.minN = kDefaultMinN;
  invalid.scope.filters.push_back({"wait_seconds", {"10"}});
  profile.standards.push_back(insufficient);
  profile.standards.push_back(noData);
  profile.standards.push_back(invalid);
  return profile;
}

// Every label or note holding such a word, one a line ("" when none does).
std::string englishIn(const nlohmann::json& view) {
  std::string found;
  for (const char* part : {"labels", "notes"})
    for (const nlohmann::json& text : view[part])
      for (const char* fragment : kEngineEnglish)
        if (text.get<std::string>().find(fragment) != std::string::npos) found += fragment + std::string(" in: ") + text.get<std::string>() + "\n";
  return found;
}

} // namespace

TEST_SUITE("app/views") {

TEST_CASE("vi and ru: no English of the engine in any view, card or drill-down of the demo") {
  testing::HeadlessApp ui;
  const std::vector<NamedBytes> demo = demoFiles();
  ui.app->loadDemo(demo);
  ui.frames();
  AppState& state = ui.app->state();
  REQUIRE_FALSE(state.profiles.empty());
  state.analysis.setProfile(everyKindOfCard(state.analysis.profile()));
  REQUIRE(ui.app->openView("scorecard").empty());
  ui.frames(3);
  REQUIRE(state.scoring.scorecard);
  std::set<Verdict> kinds;
  for (const StandardCard& card : state.scoring.scorecard->scorecard().standards) kinds.insert(card.verdict);
  for (Verdict verdict : {Verdict::Pass, Verdict::Fail, Verdict::NoData, Verdict::InsufficientData, Verdict::Invalid}) {
    INFO(nameOf(verdict));
    CHECK(kinds.count(verdict) == 1);
  }
  std::string failing;  // a drill-down with drivers, splits and a formula
  for (const StandardCard& card : state.scoring.scorecard->scorecard().standards)
    if (failing.empty() && card.verdict == Verdict::Fail) failing = card.id;

  for (Language language : {Language::Vietnamese, Language::Russian}) {
    state.settings.language = language;
    for (const char* view : {"scorecard", "trends", "service_level", "surveys", "agents", "topics", "goals", "data", "standards"}) {
      INFO(codeOf(language), " ", std::string(view));
      REQUIRE(ui.app->openView(view).empty());
      ui.frames(3);
      const nlohmann::json report = ui.state()["view"];
      if (std::string(view) != "data") CHECK(report["labels"].size() + report["notes"].size() > 0);  // data: tables only
      CHECK(englishIn(report) == "");
    }
    INFO(codeOf(language), " drill-down ", failing);
    REQUIRE(ui.app->openView("scorecard").empty());
    REQUIRE(ui.app->openStandard(failing).empty());
    ui.frames(3);
    CHECK(englishIn(ui.state()["view"]) == "");
    REQUIRE(ui.app->openStandard("").empty());
  }
  state.settings = {};
  ui.frames();
  setLanguage(Language::English);
}

} // TEST_SUITE
