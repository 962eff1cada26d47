// The browser entry point: WebGL2 context, ImGui, and a main loop that draws only when something
// changed, so an idle page costs next to no CPU.
#include <algorithm>
#include <string>
#include <vector>

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include "app/app.h"
#include "app/demo_files.h"
#include "platform/web_host.h"
#include "platform/web_input.h"
#include "platform/web_png_export.h"
#include "platform/web_renderer.h"
#include "platform/web_storage.h"

namespace carescore::web {

namespace {

constexpr const char* kCanvas = "#canvas";
// After the last event keep drawing this long: hover highlights, tooltip delays and
// ImGui's own settling all complete within it.
constexpr double kSettleSeconds = 1.0;
// ...and at least this many frames, however long they take: one slow frame (the chart gallery
// building its demo data, a busy machine) must not use up the whole settle time, or the frame
// that shows the result of the event would never be drawn.
constexpr int kSettleFrames = 3;
// While a file streams in and nobody touches the page, its progress is drawn this often, not every
// animation frame: each frame drawn (milliseconds, more with software WebGL) is taken from reading.
constexpr double kReadingFrameSeconds = 0.125;

struct MainLoop {
  CanvasSize canvas;
  UiRenderer renderer;
  double lastActivity = 0;  // seconds
  double lastFrame = 0;
  int framesSinceActivity = 0;
};

EM_JS(void, jsShowFatal, (const char* message), {
  const boot = document.getElementById('boot');
  if (boot) { boot.textContent = UTF8ToString(message); boot.hidden = false; }
});

EM_JS(void, jsReady, (), {
  if (Module.onCareScoreReady) Module.onCareScoreReady();
});

EM_JS(void, jsOpenPicker, (const char* id), {
  const input = document.getElementById(UTF8ToString(id));
  if (input) input.click();
});


void renderFrame(MainLoop& loop, double now) {
  App& app = *host().app;
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(loop.canvas.cssWidth), static_cast<float>(loop.canvas.cssHeight));
  const auto scale = static_cast<float>(loop.canvas.pixelRatio);
  io.DisplayFramebufferScale = ImVec2(scale, scale);
  // A long idle gap must not look like one huge step to ImGui's timers.
  io.DeltaTime = static_cast<float>(std::clamp(now - loop.lastFrame, 1e-4, 0.1));
  loop.lastFrame = now;

  applyQueuedInput();
  ImGui::NewFrame();
  app.draw();
  ImGui::Render();
  glViewport(0, 0, loop.canvas.pixelWidth, loop.canvas.pixelHeight);
  glDisable(GL_SCISSOR_TEST);
  const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(background.x, background.y, background.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  loop.renderer.render(*ImGui::GetDrawData(), loop.canvas.pixelWidth, loop.canvas.pixelHeight);
  updateCursor(kCanvas);
  ++host().framesRendered;

  if (app.state().request.savePng) {
    exportPng(*app.state().request.savePng, loop.canvas);  // same frame: the drawing buffer is still there
    app.state().request.savePng.reset();
  }
  for (const Download& download : app.state().request.downloads) offerDownload(download);
  app.state().request.downloads.clear();
  updateLiveRegion(app.state().liveSummary);
  if (app.state().request.openFilePicker) {
    app.state().request.openFilePicker = false;
    jsOpenPicker("file-input");
  }
  if (app.state().request.openProfilePicker) {
    app.state().request.openProfilePicker = false;
    jsOpenPicker("profile-input");
  }
}

void tick(void* userData) {
  MainLoop& loop = *static_cast<MainLoop*>(userData);
  const double now = emscripten_get_now() / 1000.0;
  const double oldRatio = loop.canvas.pixelRatio;
  const bool resized = syncCanvasSize(kCanvas, loop.canvas);
  if (resized && loop.canvas.pixelRatio != oldRatio) {
    host().app->loadFonts(static_cast<float>(loop.canvas.pixelRatio));  // crisp text at the new density
    loop.renderer.destroyFontTexture();
    loop.renderer.createFontTexture();
  }
  const bool input = takeInputActivity();
  if (input || resized || host().dirty || host().app->busy()) {
    loop.lastActivity = now;
    loop.framesSinceActivity = 0;
  }
  const bool readingQuietly = !input && !resized && host().app->readingFiles() && now - loop.lastFrame < kReadingFrameSeconds;
  if (readingQuietly) return;  // host().dirty stays set for the next frame drawn
  host().dirty = false;
  const bool settling = now - loop.lastActivity < kSettleSeconds || loop.framesSinceActivity < kSettleFrames;
  const bool caretBlinking = ImGui::GetIO().WantTextInput && now - loop.lastFrame > 0.1;
  if (settling || caretBlinking) {
    renderFrame(loop, now);
    ++loop.framesSinceActivity;
  }
}

} // namespace

} // namespace carescore::web

int main() {
  using namespace carescore;
  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = false;
  attributes.depth = false;
  attributes.stencil = false;
  attributes.antialias = false;  // ImGui anti-aliases its own shapes
  const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(web::kCanvas, &attributes);
  if (context <= 0) {
    web::jsShowFatal("CareScore needs WebGL 2, which this browser does not offer (or has disabled).");
    return 1;
  }
  emscripten_webgl_make_context_current(context);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // settings live in browser storage, never in files
  static App app;
  web::host().app = &app;
  static web::WebStore store;
  app.attachStore(&store);  // settings, profiles and mappings of earlier visits; never rows
  app.loadDemo(demoFiles());  // opened like dropped files
  web::installInput(web::kCanvas);
  static web::MainLoop loop;
  web::syncCanvasSize(web::kCanvas, loop.canvas);
  app.loadFonts(static_cast<float>(loop.canvas.pixelRatio));
  if (const std::string error = loop.renderer.init(); !error.empty()) {
    web::jsShowFatal(("CareScore could not prepare its WebGL 2 drawing: " + error).c_str());
    return 1;
  }
  loop.renderer.createFontTexture();
  loop.lastFrame = emscripten_get_now() / 1000.0;
  loop.lastActivity = loop.lastFrame;
  web::renderFrame(loop, loop.lastFrame);
  web::jsReady();
  emscripten_set_main_loop_arg(web::tick, &loop, 0, false);
  return 0;
}
