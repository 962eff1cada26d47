// An ImGui context with the UI font and no GPU, for drawing charts and panels in tests: draw
// lists are built as in the browser and then dropped.
#pragma once
#include <functional>

#include <imgui.h>

#include "app/fonts.h"
#include "app/theme.h"

namespace carescore::testing {

struct HeadlessUi {
  explicit HeadlessUi(ImVec2 display = ImVec2(1280, 800)) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = display;
    io.DeltaTime = 1.0f / 60.0f;
    loadUiFont(1.0f);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    applyTheme(ThemeKind::Light);
  }
  ~HeadlessUi() { ImGui::DestroyContext(); }
  HeadlessUi(const HeadlessUi&) = delete;
  HeadlessUi& operator=(const HeadlessUi&) = delete;

  // One frame with `body` inside a full-screen window; returns the vertices it produced.
  int frame(const std::function<void()>& body) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    body();
    ImGui::End();
    ImGui::Render();
    return ImGui::GetDrawData()->TotalVtxCount;
  }

  // One frame of `body` drawing its own windows (the App does).
  int rawFrame(const std::function<void()>& body) {
    ImGui::NewFrame();
    body();
    ImGui::Render();
    return ImGui::GetDrawData()->TotalVtxCount;
  }

  void mouse(ImVec2 position, bool down = false) {
    ImGui::GetIO().MousePos = position;
    ImGui::GetIO().MouseDown[0] = down;
  }

  // A left click at `position` as ImGui sees one (press in one frame, release in the next), then
  // one more frame so the result of the click is drawn; `drawFrame` draws one frame.
  void click(ImVec2 position, const std::function<void()>& drawFrame) {
    mouse(position);
    drawFrame();
    mouse(position, true);
    drawFrame();
    mouse(position, false);
    drawFrame();
    drawFrame();
  }
};

} // namespace carescore::testing
