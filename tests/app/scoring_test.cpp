// The scorecard after a change: its verdicts in the frame that asks, its trends, drivers and goals
// a step at a time after frames (the budget of advanceScorecard), the cards keeping their size
// meanwhile; exports and a drill-down never see it unfinished.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/headless_ui.h"
#include "app/views/views.h"
#include "bench/canonical_dataset.h"
#include "core/scorecard/scorecard_json.h"

namespace carescore {
namespace {

constexpr std::string_view kFebruary = R"({"from": "2026-02-01", "to": "2026-02-28"})";
constexpr std::string_view kMarch = R"({"from": "2026-03-01", "to": "2026-03-31"})";

Dataset generated() {
  bench::DatasetSpec spec;
  spec.contacts = 20000;
  return bench::makeCanonicalDataset(spec);
}

// The app over generated data, its first frame drawn, then moved to March.
struct MarchApp {
  testing::HeadlessUi ui;
  App app;
  MarchApp() {
    app.useDataset(generated());
    frame();
    REQUIRE(app.setPeriodJson(kMarch).empty());
  }
  void frame() { ui.rawFrame([&] { app.draw(); }); }
};

bool failing(const Evaluation& e) { return e.verdict == Verdict::Fail || e.verdict == Verdict::AtRisk; }

// Each card's height as the scorecard view draws it now.
std::map<std::string, float> cardHeights(testing::HeadlessUi& ui, AppState& state) {
  ui.frame([&] { drawScorecardView(state); });
  std::map<std::string, float> heights;
  for (const StandardCard& card : currentScorecard(state).standards) heights[card.id] = state.uiItems.at("card_" + card.id).height;
  return heights;
}

} // namespace

TEST_SUITE("app/scoring") {

TEST_CASE("a period change: the verdicts at once, then a step per scope's details and goal; the cards keep their size") {
  testing::HeadlessUi ui(ImVec2(1280, 4000));  // every card on screen
  App app;
  app.useDataset(generated());
  AppState& state = app.state();
  REQUIRE(app.setPeriodJson(kFebruary).empty());
  completeScorecard(state);
  REQUIRE(app.setPeriodJson(kMarch).empty());

  const Scorecard& partial = currentScorecard(state);
  REQUIRE(scorecardPending(state));
  std::size_t awaiting = 0;
  const StandardCard* failed = nullptr;
  for (const StandardCard& card : partial.standards) {
    awaiting += awaitsDetails(state, card);
    for (const Evaluation& e : card.scopes) {
      CHECK(e.trend.empty());
      CHECK(e.drivers.empty());
      if (failing(e) && !failed) failed = &card;
    }
  }
  REQUIRE(awaiting >= 10);
  REQUIRE(failed);  // the generated data fails a standard: a card keeps a line for its worst segment
  CHECK(awaitsDetails(state, *failed));
  const std::map<std::string, float> before = cardHeights(ui, state);

  int steps = 0;
  while (scorecardPending(state) && steps < 1000) {
    advanceScorecard(state, 0);  // no budget: one step per call
    ++steps;
  }
  CHECK_FALSE(scorecardPending(state));
  CHECK(steps >= static_cast<int>(awaiting));
  const Scorecard& whole = currentScorecard(state);
  CHECK(&whole == &partial);  // the same scorecard, filled in
  for (const StandardCard& card : whole.standards) CHECK_FALSE(awaitsDetails(state, card));
  CHECK_FALSE(whole.goals.empty());
  CHECK_FALSE(failed->scopes.front().drivers.empty());

  // Each card kept its height, but for one whose trend or driver did not come after all.
  const std::map<std::string, float> after = cardHeights(ui, state);
  int same = 0;
  for (const StandardCard& card : whole.standards) {
    const Evaluation& e = card.scopes.front();
    if (e.trend.size() < 2 || (failing(e) && e.drivers.empty())) continue;
    CAPTURE(card.id);
    CHECK(after.at(card.id) == before.at(card.id));
    ++same;
  }
  CHECK(same >= 10);

  // Finished, it is what the engine gives in one go.
  MetricContext fresh(state.analysis.context().data(), state.analysis.context().settings());
  CHECK(scorecardJson(whole) == scorecardJson(evaluateProfile(fresh, state.analysis.profile(), scorecardOptions(state.analysis))));
}

// How many frames depends on the machine's speed (8 ms of steps per frame); that they stop does not.
TEST_CASE("the app keeps drawing frames until the details are in, then rests") {
  MarchApp march;
  App& app = march.app;
  int frames = 0;
  do {
    march.frame();
    ++frames;
    CHECK(app.busy() == scorecardPending(app.state()));  // nothing else changed in the frame
    CHECK(nlohmann::json::parse(app.stateJson())["scoring"]["pending"] == scorecardPending(app.state()));
  } while (app.busy() && frames < 1000);
  CHECK_FALSE(app.busy());
  CHECK_FALSE(scorecardPending(app.state()));
}

TEST_CASE("exports and a drill-down do not wait for frames: they get the details at once") {
  MarchApp march;
  App& app = march.app;
  const nlohmann::json exported = nlohmann::json::parse(app.scorecardJson());
  CHECK_FALSE(scorecardPending(app.state()));
  bool trends = false;
  for (const auto& standard : exported["standards"])
    for (const auto& scope : standard["scopes"]) trends = trends || !scope["trend"].empty();
  CHECK(trends);

  REQUIRE(app.setPeriodJson(kFebruary).empty());
  const Scorecard& scorecard = currentScorecard(app.state());  // the verdicts, as the frame after the change has them
  REQUIRE(scorecardPending(app.state()));
  const StandardCard* awaiting = nullptr;
  for (const StandardCard& card : scorecard.standards)
    if (!awaiting && awaitsDetails(app.state(), card)) awaiting = &card;
  REQUIRE(awaiting);
  REQUIRE(app.openStandard(awaiting->id).empty());
  march.ui.frame([&] { drawScorecardView(app.state()); });
  CHECK_FALSE(awaitsDetails(app.state(), *awaiting));
}

} // TEST_SUITE

} // namespace carescore
