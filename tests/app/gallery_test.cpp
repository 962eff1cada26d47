#include <doctest/doctest.h>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/headless_ui.h"

using namespace carescore;

TEST_SUITE("app/gallery") {

TEST_CASE("the gallery draws every chart in every language and theme, and Save as PNG raises a request") {
  testing::HeadlessUi ui(ImVec2(1280, 1000));
  App app;
  app.state().showGallery = true;
  const auto frame = [&] { ui.rawFrame([&] { app.draw(); }); };
  for (ThemeKind theme : {ThemeKind::Light, ThemeKind::Dark})
    for (Language language : kLanguages) {
      app.state().settings = {language, theme};
      frame();
      frame();
      const auto state = nlohmann::json::parse(app.stateJson());
      CHECK(state["language"] == std::string(codeOf(language)));
      for (const char* chart : {"line", "bars", "heatmap", "stacked", "histogram", "dense", "cards"}) {
        INFO(chart);
        REQUIRE(state["ui"].contains(std::string("card_") + chart));
        CHECK(state["ui"][std::string("card_") + chart][3].get<float>() > 100.0f);  // height
      }
      CHECK(state["gallery"]["pointsDrawn"]["dense"].get<std::size_t>() <= 4 * 1280);
      CHECK(state["gallery"]["legend"]["line"].size() == 2);
    }
  app.state().settings = {};
  frame();
  const auto save = nlohmann::json::parse(app.stateJson())["ui"]["save_bars"];
  CHECK(save[0].get<float>() + save[2].get<float>() <= 1280.0f);  // inside the window
  const ImVec2 at(save[0].get<float>() + save[2].get<float>() / 2, save[1].get<float>() + save[3].get<float>() / 2);
  ui.click(at, frame);
  REQUIRE(app.state().request.savePng.has_value());
  CHECK(app.state().request.savePng->fileName == "carescore-bars.png");
  CHECK(app.state().request.savePng->rect.width > 100);
  setLanguage(Language::English);
  applyTheme(ThemeKind::Light);
}

}
