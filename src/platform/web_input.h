// ImGui platform backend for the browser, on Emscripten's html5.h: DOM events into ImGuiIO, the
// canvas backing store sized at the device pixel ratio, the mouse cursor, and the clipboard.
// Written here rather than using Emscripten 3.1.6's GLFW, which sizes the canvas in CSS pixels
// and so blurs everything on high-DPI screens.
#pragma once

namespace carescore::web {

struct CanvasSize {
  double cssWidth = 0, cssHeight = 0;  // UI units
  double pixelRatio = 1;               // device pixels per CSS pixel
  int pixelWidth = 0, pixelHeight = 0; // the WebGL drawing buffer
};

// Registers event handlers on the canvas and the window. Call once, after ImGui::CreateContext().
void installInput(const char* canvasSelector);

// Resizes the canvas drawing buffer to its CSS size times the pixel ratio when either changed.
// Returns true when something changed.
bool syncCanvasSize(const char* canvasSelector, CanvasSize& size);

// Applies queued button and key changes, at most one change per button or key per frame.
// Call once before ImGui::NewFrame().
void applyQueuedInput();

// True when any input event arrived since the previous call: the main loop redraws only then.
bool takeInputActivity();

// Mirrors ImGui's wanted cursor onto the canvas (arrow, text beam, hand, resize arrows).
void updateCursor(const char* canvasSelector);

} // namespace carescore::web
