#include "platform/web_png_export.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <GLES3/gl3.h>
#include <emscripten.h>

#include "core/image/png_writer.h"

namespace carescore::web {

namespace {

// A Blob behind a hidden <a download>: the browser's own download, no request leaves the page.
EM_JS(void, jsDownloadBytes, (const std::uint8_t* bytes, int size, const char* name, const char* mime), {
  const blob = new Blob([HEAPU8.slice(bytes, bytes + size)], { type: UTF8ToString(mime) });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = UTF8ToString(name);
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
});

} // namespace

void exportPng(const PngExportRequest& request, const CanvasSize& canvas) {
  // UI units → device pixels; GL counts rows from the bottom.
  const double ratio = canvas.pixelRatio;
  const int x0 = std::clamp(static_cast<int>(std::floor(request.rect.x * ratio)), 0, canvas.pixelWidth);
  const int y0 = std::clamp(static_cast<int>(std::floor(request.rect.y * ratio)), 0, canvas.pixelHeight);
  const int x1 = std::clamp(static_cast<int>(std::ceil((request.rect.x + request.rect.width) * ratio)), 0, canvas.pixelWidth);
  const int y1 = std::clamp(static_cast<int>(std::ceil((request.rect.y + request.rect.height) * ratio)), 0, canvas.pixelHeight);
  const int width = x1 - x0, height = y1 - y0;
  if (width <= 0 || height <= 0) return;
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(x0, canvas.pixelHeight - y1, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  const std::vector<std::uint8_t> png = encodePng(pixels, static_cast<std::uint32_t>(width), static_cast<std::uint32_t>(height),
                                                  {.bottomUp = true, .opaque = true});
  if (!png.empty()) jsDownloadBytes(png.data(), static_cast<int>(png.size()), request.fileName.c_str(), "image/png");
}

void offerDownload(const Download& download) {
  jsDownloadBytes(reinterpret_cast<const std::uint8_t*>(download.bytes.data()), static_cast<int>(download.bytes.size()),
                  download.fileName.c_str(), download.mimeType.c_str());
}

} // namespace carescore::web
