// The real App in an ImGui context with the UI font and no GPU: frames are drawn as in the
// browser and their draw lists dropped; files are given whole.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "test_support.h"

namespace carescore::testing {

struct HeadlessApp {
  HeadlessApp() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    app = std::make_unique<App>();
    app->loadFonts(1.0f);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  }
  ~HeadlessApp() {
    app.reset();
    ImGui::DestroyContext();
  }
  HeadlessApp(const HeadlessApp&) = delete;
  HeadlessApp& operator=(const HeadlessApp&) = delete;

  void frames(int count = 2) {
    for (int i = 0; i < count; ++i) {
      ImGui::NewFrame();
      app->draw();
      ImGui::Render();
    }
  }
  nlohmann::json state() { return nlohmann::json::parse(app->stateJson()); }
  FileId load(const std::string& name, std::string_view text) {
    const FileId id = app->beginFile(name, text.size());
    app->appendToFile(id, bytesOf(text));
    app->endFile(id);
    return id;
  }

  std::unique_ptr<App> app;
};

} // namespace carescore::testing
