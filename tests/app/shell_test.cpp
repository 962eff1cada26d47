// The shell around the views: the JavaScript API's setters (period, filters, views, standards),
// files handed to the dataset builder (the demo replaced by the user's first file, a broken file
// leaving the data alone), and what browser storage keeps across a reload — never a row.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/demo_files.h"
#include "app/persistence.h"
#include "app/views/drilldown_rows.h"
#include "bench/canonical_dataset.h"
#include "core/standards/profile_writer.h"
#include "headless_app.h"
#include "app/headless_ui.h"

namespace carescore {
namespace {

using Frames = testing::HeadlessApp;

// Six contacts in September and October 2026 (UTC), two channels, two teams.
constexpr std::string_view kTickets =
  "ticket_id,created_at,channel,team,agent\n"
  "1,2026-09-03 05:00:00,chat,Team A,An\n"
  "2,2026-09-04 05:00:00,phone,Team B,Boris\n"
  "3,2026-09-05 05:00:00,phone,Team A,An\n"
  "4,2026-10-03 05:00:00,phone,Team B,Boris\n"
  "5,2026-10-04 05:00:00,chat,Team A,SECRET-ROW-VALUE\n"
  "6,2026-10-31 05:00:00,phone,Team B,Boris\n";

std::span<const unsigned char> bytes(std::string_view text) { return {reinterpret_cast<const unsigned char*>(text.data()), text.size()}; }

} // namespace

TEST_SUITE("app/shell") {

TEST_CASE("a read file with rows joins the dataset; the filter combos list its values") {
  Frames ui;
  ui.load("tickets.csv", kTickets);
  ui.frames();
  const auto state = ui.state();
  REQUIRE(state["files"].size() == 1);
  CHECK(state["files"][0]["mapping"].is_object());
  CHECK(state["files"][0]["read"]["rows"] == 6);
  CHECK(ui.app->state().analysis.dataset().of(RecordKind::Contact).rowCount() == 6);
  CHECK(ui.app->state().analysis.valuesOf("channel") == std::vector<std::string>{"phone", "chat"});
  CHECK(state["ui"].contains("filter_channel"));
  // October is complete in the data (it reaches Oct 31): the default "last month" is October.
  CHECK(state["analysis"]["period"] == nlohmann::json{{"from", "2026-10-01"}, {"to", "2026-10-31"}});
  CHECK(state["analysis"]["comparison"] == nlohmann::json{{"from", "2026-09-01"}, {"to", "2026-09-30"}});
}

TEST_CASE("a broken file keeps its diagnostics and leaves the analysed data as it was") {
  Frames ui;
  ui.load("tickets.csv", kTickets);
  const auto generation = ui.app->state().analysis.generation();
  ui.load("cut.json", "[{\"id\": 1}, {\"id\": 2, \"subj");
  ui.frames();
  const auto state = ui.state();
  CHECK(state["files"][1]["read"]["ok"] == false);
  CHECK(ui.app->state().analysis.generation() == generation);
  CHECK(ui.app->state().analysis.dataset().of(RecordKind::Contact).rowCount() == 6);
}

TEST_CASE("the demo is replaced by the user's first file, and the banner goes with it") {
  Frames ui;
  const NamedBytes demo[] = {{"demo_tickets.csv", bytes(kTickets)}};
  ui.app->loadDemo(demo);
  ui.frames();
  auto state = ui.state();
  REQUIRE(state["files"].size() == 1);
  CHECK(state["files"][0]["demo"] == true);
  CHECK(state["ui"].contains("demo_banner"));
  CHECK(ui.app->state().analysis.dataset().of(RecordKind::Contact).rowCount() == 6);

  ui.load("mine.csv", "ticket_id,created_at,channel\n1,2026-05-01 10:00:00,email\n");
  ui.frames();
  state = ui.state();
  REQUIRE(state["files"].size() == 1);
  CHECK(state["files"][0]["name"] == "mine.csv");
  CHECK(state["files"][0]["demo"] == false);
  CHECK_FALSE(state["ui"].contains("demo_banner"));
  CHECK(ui.app->state().analysis.dataset().of(RecordKind::Contact).rowCount() == 1);
}

TEST_CASE("generated test data gets its own banner, with its count, in every language; the user's file removes it") {
  Frames ui;
  const NamedBytes demo[] = {{"demo_tickets.csv", bytes(kTickets)}};
  ui.app->loadDemo(demo);
  ui.frames();
  CHECK(ui.state()["banner"].get<std::string>().find("Demo data") == 0);
  bench::DatasetSpec spec;
  spec.contacts = 1500;
  ui.app->useDataset(bench::makeCanonicalDataset(spec));
  REQUIRE(ui.app->state().analysis.dataset().of(RecordKind::Contact).rowCount() == 1500);
  // The count in each language's digits and plural: "1,500 contacts", "1.500 lượt liên hệ",
  // "1 500 обращений" (Russian 1500 ends in 00: the "many" form).
  const std::pair<Language, std::vector<std::string>> expected[] = {
    {Language::English, {"Generated test data (1,500 contacts)"}},
    {Language::Vietnamese, {"Dữ liệu thử nghiệm", "(1.500 lượt liên hệ)"}},
    {Language::Russian, {"Сгенерированные тестовые данные", "(1\u00A0500 обращений)"}},
  };
  for (const auto& [language, parts] : expected) {
    ui.app->state().settings.language = language;
    ui.frames(3);
    const auto state = ui.state();
    CHECK(state["ui"].contains("generated_banner"));
    CHECK_FALSE(state["ui"].contains("demo_banner"));  // the demo files are listed, but not analysed
    for (const std::string& part : parts) CHECK_MESSAGE(state["banner"].get<std::string>().find(part) != std::string::npos, state["banner"], " lacks ", part);
  }

  ui.load("mine.csv", "ticket_id,created_at,channel\n1,2026-05-01 10:00:00,email\n");
  ui.frames();
  const auto state = ui.state();
  CHECK(state["banner"] == "");
  CHECK_FALSE(state["ui"].contains("generated_banner"));
  CHECK_FALSE(state["ui"].contains("demo_banner"));
  CHECK(ui.app->state().analysis.dataset().of(RecordKind::Contact).rowCount() == 1);
}

TEST_CASE("no two items of the top bar overlap, in every language, at 1024, 1280 and 1920 px") {
  // Left to right: none may cross another or the window's edge, and all sit above the filter row.
  const char* const kItems[] = {"brand", "open_files", "period", "comparison", "profile", "languages", "theme_toggle", "settings"};
  const std::vector<NamedBytes> demo = demoFiles();
  for (const float width : {1024.0f, 1280.0f, 1920.0f}) {
    testing::HeadlessUi ui(ImVec2(width, 800));
    App app;
    app.loadDemo(demo);
    for (const Language language : kLanguages) {
      INFO(width, " px, ", std::string(codeOf(language)));
      app.state().settings.language = language;
      for (int i = 0; i < 3; ++i) ui.rawFrame([&] { app.draw(); });
      const auto items = nlohmann::json::parse(app.stateJson())["ui"];
      REQUIRE(items.contains("filter_channel"));
      const float filterTop = items["filter_channel"][1].get<float>();
      for (std::size_t a = 0; a < std::size(kItems); ++a) {
        INFO(kItems[a]);
        REQUIRE(items.contains(kItems[a]));
        const auto& r = items[kItems[a]];
        const float x = r[0].get<float>(), y = r[1].get<float>(), w = r[2].get<float>(), h = r[3].get<float>();
        CHECK(x >= 0);
        CHECK(x + w <= width);
        CHECK(y + h <= filterTop);
        for (std::size_t b = a + 1; b < std::size(kItems); ++b) {
          const auto& o = items[kItems[b]];
          const bool apart = x + w <= o[0].get<float>() || o[0].get<float>() + o[2].get<float>() <= x ||
                             y + h <= o[1].get<float>() || o[1].get<float>() + o[3].get<float>() <= y;
          CHECK_MESSAGE(apart, kItems[a], " overlaps ", kItems[b]);
        }
      }
    }
  }
}

TEST_CASE("the app opens on the demo shop: every file mapped, cards with verdicts, a summary for screen readers") {
  Frames ui;
  const std::vector<NamedBytes> demo = demoFiles();
  ui.app->loadDemo(demo);
  ui.frames(3);
  const auto state = ui.state();
  REQUIRE(state["files"].size() == demo.size());
  for (const auto& file : state["files"]) {
    CHECK(file["demo"] == true);
    CHECK(file["read"]["ok"] == true);
  }
  const Scorecard& scorecard = ui.app->state().scoring.scorecard->scorecard();
  CHECK(scorecard.standards.size() == ui.app->state().analysis.profile().standards.size());
  CHECK(scorecard.compliance.verdicts.evaluated() >= 10);  // the demo is made to exercise most standards
  for (const StandardCard& card : scorecard.standards) CHECK_MESSAGE(state["ui"].contains("card_" + card.id), card.id);
  CHECK(state["ui"].contains("demo_banner"));
  CHECK(state["ui"].contains("summary"));
  CHECK(ui.app->state().liveSummary.find("standards met") != std::string::npos);
}

TEST_CASE("period, filters, views and standards through the API; bad input changes nothing") {
  Frames ui;
  ui.load("tickets.csv", kTickets);
  CHECK(ui.app->setPeriodJson(R"("last_7_days")").empty());
  CHECK(ui.state()["analysis"]["period"] == nlohmann::json{{"from", "2026-10-25"}, {"to", "2026-10-31"}});
  CHECK(ui.app->setPeriodJson(R"({"from": "2026-09-01", "to": "2026-09-30", "compare": false})").empty());
  auto analysis = ui.state()["analysis"];
  CHECK(analysis["preset"] == "custom");
  CHECK(analysis["period"] == nlohmann::json{{"from", "2026-09-01"}, {"to", "2026-09-30"}});
  CHECK(analysis["comparison"].is_null());
  CHECK(ui.app->setPeriodJson(R"({"compareFrom": "2026-10-01", "compareTo": "2026-10-31"})").empty());
  CHECK(ui.state()["analysis"]["comparison"] == nlohmann::json{{"from", "2026-10-01"}, {"to", "2026-10-31"}});

  const auto generation = ui.app->state().analysis.generation();
  CHECK(ui.app->setPeriodJson(R"({"from": "2026-09-31", "to": "2026-10-01"})") == "from: expected a date as YYYY-MM-DD");
  CHECK(ui.app->setPeriodJson(R"({"from": "2026-10-02", "to": "2026-10-01"})") == "from and to: two dates, from not after to");
  CHECK(ui.app->setPeriodJson(R"("yesterday")") == "unknown period preset: yesterday");
  CHECK(ui.app->setPeriodJson("{not json") != "");
  CHECK(ui.app->setFiltersJson(R"({"colour": ["red"]})") == "unknown filter field: colour");
  CHECK(ui.app->setFiltersJson(R"({"channel": [1]})") == "channel: values must be strings");
  CHECK(ui.app->state().analysis.generation() == generation);

  CHECK(ui.app->setFiltersJson(R"({"channel": ["phone"], "team": "Team B"})").empty());
  CHECK(ui.state()["analysis"]["filters"] == nlohmann::json{{"channel", {"phone"}}, {"team", {"Team B"}}});
  CHECK(ui.app->setPeriodJson(R"("all")").empty());
  CHECK(ui.app->state().analysis.selections().of(RecordKind::Contact).rows == std::vector<std::uint32_t>{1, 3, 5});

  CHECK(ui.app->openView("data").empty());
  ui.frames();
  CHECK(ui.state()["analysis"]["view"] == "data");
  CHECK(ui.app->openView("nowhere") == "unknown view: nowhere");
  CHECK(ui.app->openStandard("no_such_standard").find("no standard with id") == 0);
  const std::string first = ui.app->state().analysis.profile().standards.at(0).id;
  CHECK(ui.app->openStandard(first).empty());
  ui.frames();
  CHECK(ui.state()["analysis"]["view"] == "scorecard");
  CHECK(ui.state()["analysis"]["standard"] == first);
}

TEST_CASE("settings, profiles and mappings survive a reload; rows never reach the store; forget clears it") {
  MemoryStore store;
  std::string editedId;
  {
    Frames ui;
    ui.app->attachStore(&store);
    ui.load("tickets.csv", kTickets);
    AppState& state = ui.app->state();
    state.settings.language = Language::Russian;
    state.settings.theme = ThemeKind::Dark;
    REQUIRE(state.analysis.setZone("Europe/Moscow"));
    Schedule hours = Schedule::weekdays({9 * 60, 18 * 60}, "Europe/Moscow");
    hours.holidays = {{2026, 11, 4}};
    REQUIRE(state.analysis.setBusinessHours(hours).empty());
    CHECK(ui.app->setPeriodJson(R"({"preset": "last_30_days", "compare": false})").empty());
    Profile edited = state.profiles.front();
    edited.name.en = "Our own";
    CHECK(ui.app->setProfileJson(writeProfile(edited)).empty());
    editedId = state.analysis.profile().id;
    CHECK(editedId == edited.id + "_edited");
    CHECK(state.dataset.setColumnField(0, "agent", "").empty());  // a user's mapping: remembered by header
    ui.frames();
  }
  REQUIRE(store.values().size() == 3);
  for (const auto& [key, value] : store.values()) CHECK_MESSAGE(value.find("SECRET-ROW-VALUE") == std::string::npos, key);
  CHECK(store.get(kMappingsKey)->find("agent") != std::string::npos);

  Frames ui;
  ui.app->attachStore(&store);
  ui.frames();
  const AppState& state = ui.app->state();
  CHECK(state.settings.language == Language::Russian);
  CHECK(state.settings.theme == ThemeKind::Dark);
  CHECK(state.analysis.zoneName() == "Europe/Moscow");
  REQUIRE(state.analysis.businessHours().has_value());
  CHECK(state.analysis.businessHours()->weekly[0] == std::vector<OpeningHours>{{9 * 60, 18 * 60}});
  CHECK(state.analysis.businessHours()->holidays == std::vector<CivilDate>{{2026, 11, 4}});
  CHECK(state.analysis.period().preset == PeriodPreset::Last30Days);
  CHECK_FALSE(state.analysis.period().compare);
  CHECK(state.profiles.size() == 2);
  CHECK(state.analysis.profile().id == editedId);
  CHECK(state.analysis.profile().name.en == "Our own");
  CHECK(state.dataset.rememberedMappings().size() == 1);

  ui.app->forgetEverything();
  CHECK(store.values().empty());
  CHECK(ui.app->state().settings == Settings{});
  CHECK(ui.app->state().analysis.zoneName() == "Asia/Ho_Chi_Minh");
  CHECK(ui.app->state().profiles.size() == 1);
  CHECK(ui.app->state().dataset.rememberedMappings().empty());
  ui.frames();
  CHECK(store.values().empty());  // nothing is written again until the user changes something
}

TEST_CASE("exports: the scorecard as JSON, CSV and HTML, and a drill-down's records as escaped CSV") {
  Frames ui;
  ui.load("tickets.csv", kTickets);
  ui.frames();
  CHECK(ui.app->exportScorecard("pdf") == "unknown export format: pdf");
  REQUIRE(ui.app->exportScorecard("json").empty());
  REQUIRE(ui.app->exportScorecard("csv").empty());
  REQUIRE(ui.app->exportScorecard("html").empty());
  const auto& downloads = ui.app->state().request.downloads;
  REQUIRE(downloads.size() == 3);
  const auto json = nlohmann::json::parse(downloads[0].bytes);
  CHECK(json["format"] == "carescore-scorecard");
  CHECK(json == nlohmann::json::parse(ui.app->scorecardJson()));  // the API reads what the export writes
  CHECK(downloads[1].fileName == "carescore-scorecard.csv");
  CHECK(downloads[1].bytes.find(ui.app->state().analysis.profile().standards.front().id) != std::string::npos);
  CHECK(downloads[2].bytes.find("<html") != std::string::npos);
  CHECK(downloads[2].bytes.find("tickets.csv") != std::string::npos);  // the data sources are named

  DrilldownData data;
  data.kind = RecordKind::Contact;
  data.rows = {4, 0};
  Dataset dataset;
  Table& table = dataset.of(RecordKind::Contact);
  table.add("agent", ValueType::Text);
  for (const char* agent : {"=HYPERLINK(\"x\")", "b", "c", "d", "Ann, \"the\" lead"}) table.find("agent")->appendText(agent);
  CHECK(rowsCsv(dataset, data, TimeZone{}) == "agent\r\n\"Ann, \"\"the\"\" lead\"\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n");
}

TEST_CASE("a store holding garbage starts the app with its defaults") {
  MemoryStore store;
  store.set(kSettingsKey, R"({"language": "xx", "theme": 7, "zone": "Mars/Base", "period": {"preset": "forever"}})");
  store.set(kProfilesKey, "[not json");
  store.set(kMappingsKey, R"({"mappings": ["{}", 3]})");
  Frames ui;
  ui.app->attachStore(&store);
  ui.frames();
  CHECK(ui.app->state().settings == Settings{});
  CHECK(ui.app->state().analysis.zoneName() == "Asia/Ho_Chi_Minh");
  CHECK(ui.app->state().analysis.period().preset == PeriodPreset::LastMonth);
  CHECK(ui.app->state().profiles.size() == 1);
}

TEST_CASE("every screen of the shell draws in every language: settings window, period popups, each tab") {
  Frames ui;
  ui.load("tickets.csv", kTickets);
  for (Language language : kLanguages) {
    ui.app->state().settings.language = language;
    ui.app->state().settingsOpen = true;
    ui.frames(3);
    CHECK(ui.state()["ui"].contains("settings_window"));
    ui.app->state().settingsOpen = false;
    for (std::string_view view : {"scorecard", "trends", "data"}) {
      CHECK(ui.app->openView(view).empty());
      ui.frames(2);
      CHECK(ui.state()["analysis"]["view"] == view);
    }
  }
}

}

} // namespace carescore
