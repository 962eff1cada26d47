// The real App drawing frames in a HeadlessUi (no GPU), for the app's smoke and mapping tests.
#pragma once
#include <memory>

#include "app/app.h"
#include "app/headless_ui.h"

namespace carescore::testing {

struct Headless {
  HeadlessUi ui;  // first: the App's theme and fonts need the context
  std::unique_ptr<App> app = std::make_unique<App>();

  void frames(int count) {
    for (int i = 0; i < count; ++i) ui.rawFrame([&] { app->draw(); });
  }
};

} // namespace carescore::testing
