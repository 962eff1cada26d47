// The real App drawing frames in a HeadlessUi (an ImGui context with the UI font and no GPU): frames
// are drawn as in the browser and their draw lists dropped; files are given whole.
#pragma once
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/headless_ui.h"
#include "test_support.h"

namespace carescore::testing {

struct HeadlessApp {
  HeadlessUi ui;  // first: the App's fonts and theme need the context, and it outlives the App
  std::unique_ptr<App> app = std::make_unique<App>();

  void frames(int count = 2) {
    for (int i = 0; i < count; ++i) ui.rawFrame([&] { app->draw(); });
  }
  nlohmann::json state() { return nlohmann::json::parse(app->stateJson()); }
  FileId load(const std::string& name, std::string_view text) { return loadBytes(name, bytesOf(text)); }
  FileId loadBytes(const std::string& name, std::span<const std::uint8_t> bytes) {
    const FileId id = app->beginFile(name, bytes.size());
    app->appendToFile(id, bytes);
    app->endFile(id);
    return id;
  }
};

} // namespace carescore::testing
