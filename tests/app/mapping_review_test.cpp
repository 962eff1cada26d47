// The mapping review in the app, headless: each loaded file shows its detected vendor, kind and
// column → field mapping (in stateJson too), a change re-maps that file at once, a file dropped
// twice is flagged, and the fields the default profile still needs are listed. Drawn in all
// three languages so every new string is exercised.
#include <doctest/doctest.h>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/i18n/translate.h"
#include "headless_app.h"
#include "test_support.h"

namespace {

// The App with a mapping fixture loaded by name.
struct Loader : carescore::testing::HeadlessApp {
  carescore::FileId loadFixture(const std::string& name, const std::string& fixture) {
    const auto bytes = carescore::testing::readFile(std::string(CARESCORE_SOURCE_DIR) + "/tests/core/mapping/fixtures/" + fixture);
    REQUIRE(!bytes.empty());
    return loadBytes(name, bytes);
  }
};

} // namespace

TEST_SUITE("app/mapping") {

TEST_CASE("each file shows its vendor, kind, confidence and mapping; the dataset combines them") {
  Loader ui;
  ui.loadFixture("aircall.csv", "aircall_calls.csv");
  ui.loadFixture("ratings.csv", "intercom_csat.csv");
  ui.frames(2);
  const auto state = ui.state();
  const auto& calls = state["files"][0]["mapping"];
  CHECK(calls["vendor"] == "aircall_csv");
  CHECK(calls["kind"] == "contact");
  CHECK(calls["confidence"].get<double>() > 0.9);
  CHECK(calls["columns"]["missed call reason"] == "outcome");
  CHECK(calls["zone"] == "UTC");
  CHECK(calls["zoneSource"] == "header");
  CHECK(state["files"][1]["mapping"]["kind"] == "survey");
  CHECK(state["dataset"]["rows"]["contact"] == 5);
  CHECK(state["dataset"]["rows"]["survey"] == 3);
  // Calls without tickets: the default profile's ticket standards still need their fields.
  const auto& missing = state["dataset"]["missingFields"];
  CHECK_FALSE(missing.empty());
}

TEST_CASE("changing a column's field re-maps the file at once, through the JS API call and the review") {
  Loader ui;
  const auto id = ui.loadFixture("talkdesk.csv", "talkdesk_calls.csv");
  ui.frames(1);
  CHECK(ui.state()["files"][0]["mapping"]["columns"]["Disposition"] == "");
  CHECK(ui.app->setColumnField(id, "Disposition", "topic").empty());
  auto state = ui.state();
  CHECK(state["files"][0]["mapping"]["columns"]["Disposition"] == "topic");
  CHECK_FALSE(ui.app->setColumnField(id, "Disposition", "mood").empty());  // refused, with the reason
  CHECK_FALSE(ui.app->setColumnField(id, "No such column", "topic").empty());

  // The review's combo box raises an intent; the App applies it after the frame.
  ui.app->state().request.mappingEdits.push_back({.file = id, .column = "Disposition", .field = "", .kind = std::nullopt});
  ui.frames(1);
  CHECK(ui.app->busy());  // the next frame shows the change
  CHECK(ui.state()["files"][0]["mapping"]["columns"]["Disposition"] == "");
  ui.app->state().request.mappingEdits.push_back({.file = id, .column = {}, .field = {}, .kind = std::optional<carescore::RecordKind>()});
  ui.frames(1);
  state = ui.state();
  CHECK(state["files"][0]["mapping"]["kind"].is_null());
  CHECK(state["dataset"]["rows"]["contact"] == 0);
}

TEST_CASE("a duration column's unit is changed in the review or through the JS API call, and re-maps at once") {
  Loader ui;
  const auto id = ui.load("calls.csv", "Call ID,Call time,Operator,Wait time\n1,2024-03-04 10:00:00,A,2\n2,2024-03-04 10:05:00,B,5\n");
  ui.frames(1);
  CHECK(ui.app->setColumnUnit(id, "Wait time", 60).empty());
  CHECK(ui.state()["files"][0]["mapping"]["units"]["Wait time"] == 60);
  CHECK_FALSE(ui.app->setColumnUnit(id, "No such column", 60).empty());
  // The review's unit combo box raises an intent; the App applies it after the frame.
  ui.app->state().request.mappingEdits.push_back(
      {.file = id, .column = "Wait time", .field = {}, .kind = std::nullopt, .unitSeconds = 3600});
  ui.frames(2);
  CHECK(ui.state()["files"][0]["mapping"]["units"]["Wait time"] == 3600);
}

TEST_CASE("a file dropped twice is flagged and not counted; the review draws in every language") {
  Loader ui;
  ui.loadFixture("calls.csv", "talkdesk_calls.csv");
  ui.loadFixture("calls copy.csv", "talkdesk_calls.csv");
  ui.loadFixture("phieu.csv", "vi_contacts_cp1258.csv");
  ui.loadFixture("khao-sat.csv", "vi_survey_ascii.csv");
  for (const char* language : {"en", "vi", "ru"}) {
    ui.app->state().settings.language = *carescore::languageFromCode(language);
    ui.frames(2);
  }
  const auto state = ui.state();
  CHECK(state["files"][1]["mapping"]["duplicateOf"] == "calls.csv");
  CHECK(state["dataset"]["rows"]["contact"] == 5 + 4);
  CHECK(state["dataset"]["links"]["byCustomer"] == 2);
}

} // TEST_SUITE
