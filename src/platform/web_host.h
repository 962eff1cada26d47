// The one App of the page and the bookkeeping of its main loop, shared by the main loop
// (web_main.cpp) and the functions JavaScript calls (web_bridge.cpp).
#pragma once
#include <cstdint>

#include "app/app.h"

namespace carescore::web {

struct WebHost {
  App* app = nullptr;
  std::uint64_t framesRendered = 0;  // tests read it to prove the page is idle when nothing changes
  bool dirty = true;                 // something changed outside the input handlers (a file chunk)
};

WebHost& host();

} // namespace carescore::web
