// Saving part of the frame as a PNG download: pixels read back from WebGL right after rendering
// (the drawing buffer is not preserved past the frame), encoded by the core, offered as a file;
// and the download of any other file the app made.
#pragma once
#include "app/app_state.h"
#include "platform/web_input.h"

namespace carescore::web {

// Call after the frame is rendered and before returning to the browser.
void exportPng(const PngExportRequest& request, const CanvasSize& canvas);

// Any file the app made (an export): a Blob behind a hidden link, the browser's own download.
void offerDownload(const Download& download);

} // namespace carescore::web
