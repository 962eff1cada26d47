#include <doctest/doctest.h>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "test_support.h"

namespace {

// Draws frames of the real App with no GPU: ImGui's draw lists are built and then dropped.
struct Headless {
  Headless() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    app = std::make_unique<carescore::App>();
    app->loadFonts(1.0f);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  }
  ~Headless() {
    app.reset();
    ImGui::DestroyContext();
  }
  void frames(int count) {
    for (int i = 0; i < count; ++i) {
      ImGui::NewFrame();
      app->draw();
      ImGui::Render();
    }
  }
  std::unique_ptr<carescore::App> app;
};

} // namespace

TEST_SUITE("app/smoke") {

TEST_CASE("files streamed in chunks are listed with name, size and line count") {
  Headless ui;
  ui.frames(2);
  const auto id = ui.app->beginFile("calls.csv", 12);
  ui.app->appendToFile(id, carescore::testing::bytesOf("a,b\r"));
  CHECK(ui.app->busy());
  ui.frames(1);  // a half-read file draws with its progress bar
  ui.app->appendToFile(id, carescore::testing::bytesOf("\n1,2\n3,4"));
  ui.app->endFile(id);
  CHECK_FALSE(ui.app->busy());
  ui.frames(2);

  const auto state = nlohmann::json::parse(ui.app->stateJson());
  REQUIRE(state["files"].size() == 1);
  CHECK(state["files"][0]["name"] == "calls.csv");
  CHECK(state["files"][0]["bytes"] == 12);
  CHECK(state["files"][0]["lines"] == 3);
  CHECK(state["files"][0]["finished"] == true);
}

TEST_CASE("a failed file keeps its message and does not disturb the others") {
  Headless ui;
  const auto good = ui.app->beginFile("good.csv", 4);
  ui.app->appendToFile(good, carescore::testing::bytesOf("a\nb\n"));
  ui.app->endFile(good);
  const auto bad = ui.app->beginFile("bad.csv", 100);
  ui.app->appendToFile(bad, carescore::testing::bytesOf("x\n"));
  ui.app->failFile(bad, "the browser could not read the file");
  ui.app->appendToFile(bad, carescore::testing::bytesOf("y\n"));  // late chunks are ignored
  ui.frames(2);
  const auto state = nlohmann::json::parse(ui.app->stateJson());
  REQUIRE(state["files"].size() == 2);
  CHECK(state["files"][0]["lines"] == 2);
  CHECK(state["files"][0]["error"] == "");
  CHECK(state["files"][1]["lines"] == 1);
  CHECK(state["files"][1]["error"] == "the browser could not read the file");
}

TEST_CASE("the Open files button raises a request for the platform") {
  Headless ui;
  ui.frames(2);
  // Click where the button is: find it by drawing a frame with the mouse over each candidate row.
  ImGuiIO& io = ImGui::GetIO();
  bool requested = false;
  for (float x = 20; x < 400 && !requested; x += 10) {
    io.MousePos = ImVec2(x, 22);
    io.MouseDown[0] = true;
    ui.frames(1);
    io.MouseDown[0] = false;
    ui.frames(1);
    requested = ui.app->state().request.openFilePicker;
  }
  CHECK(requested);
}

}
