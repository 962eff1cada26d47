// Saving part of the frame as a PNG download, and other files the app offers,: pixels read back from WebGL right after rendering
// (the drawing buffer is not preserved past the frame), encoded by the core, offered as a file.
#pragma once
#include "app/app_state.h"
#include "platform/web_input.h"

namespace carescore::web {

// Call after the frame is rendered and before returning to the browser.
void exportPng(const PngExportRequest& request, const CanvasSize& canvas);

// Any file the app asks to save (a profile): the same browser download, from memory.
void downloadFile(const Download& request);

} // namespace carescore::web
