// The scorecard's drill-down drawn headless: every chart in it is a chart card with "Save as PNG"
// (the analysis views' one path), and a card the window cuts off is scrolled into view before its
// pixels are asked for.
#include <doctest/doctest.h>

#include <string>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/headless_ui.h"
#include "app/views/scorecard_text.h"
#include "bench/canonical_dataset.h"

using namespace carescore;

namespace {

constexpr float kWindowHeight = 800;

// The first standard measuring service level with a value: its drill-down has every chart,
// staffing included.
std::string serviceLevelStandard(const AppState& state) {
  for (const StandardCard& card : state.scoring.scorecard->scorecard().standards) {
    const Evaluation* e = headlineOf(card);
    if (e && e->metric.key == "service_level" && e->value) return card.id;
  }
  return {};
}

} // namespace

TEST_SUITE("app/views") {

TEST_CASE("every chart of a drill-down saves as PNG; a card cut off by the window is scrolled into view first") {
  testing::HeadlessUi ui(ImVec2(1280, kWindowHeight));
  App app;
  bench::DatasetSpec spec;
  spec.contacts = 20000;
  app.useDataset(bench::makeCanonicalDataset(spec));
  const auto frame = [&] { ui.rawFrame([&] { app.draw(); }); };
  frame();
  frame();
  REQUIRE(app.state().scoring.scorecard);
  const std::string standard = serviceLevelStandard(app.state());
  REQUIRE_FALSE(standard.empty());
  REQUIRE(app.openStandard(standard).empty());
  frame();
  frame();
  const nlohmann::json items = nlohmann::json::parse(app.stateJson())["ui"];

  std::vector<std::string> charts = {"per_day", "hour_of_week", "staffing"};
  for (const SplitBars& split : app.state().drilldown.splits)
    if (!split.names.empty()) charts.push_back(split.field);
  CHECK(charts.size() >= 5);  // the generated contacts have channels and agents
  std::string cutOff;  // the first card whose button shows but whose chart runs past the window
  for (const std::string& chart : charts) {
    INFO(chart);
    REQUIRE(items.contains("save_drilldown_" + chart));
    REQUIRE(items.contains("chart_drilldown_" + chart));
    const auto& save = items["save_drilldown_" + chart];
    const auto& card = items["card_drilldown_" + chart];
    if (cutOff.empty() && save[1].get<float>() + save[3].get<float>() < kWindowHeight - 20 &&
        card[1].get<float>() + card[3].get<float>() > kWindowHeight)
      cutOff = chart;
  }
  REQUIRE_FALSE(cutOff.empty());
  const auto save = items["save_drilldown_" + cutOff];
  const float cardHeight = items["card_drilldown_" + cutOff][3].get<float>();
  ui.click(ImVec2(save[0].get<float>() + save[2].get<float>() / 2, save[1].get<float>() + save[3].get<float>() / 2), frame);
  REQUIRE(app.state().request.savePng.has_value());
  const PngExportRequest& png = *app.state().request.savePng;
  CHECK(png.fileName == "carescore-drilldown_" + cutOff + ".png");
  CHECK(png.rect.y >= 0);
  CHECK(png.rect.y + png.rect.height <= kWindowHeight);  // the whole card is on screen when it is read
  CHECK(png.rect.height == doctest::Approx(cardHeight).epsilon(0.01));
  CHECK(png.rect.width > 300);
}

}
