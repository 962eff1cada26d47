// Chart rendering benchmark: the time to build one frame's draw lists (ImGui, no GPU) for a line
// chart of 1,000,000 points, for M4 alone, and for the whole chart gallery. Prints figures; not a
// test. Usage: carescore-chart-bench [--points N] [--frames N]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <vector>

#include <imgui.h>

#include "app/app.h"
#include "app/charts/charts.h"
#include "app/charts/downsample.h"
#include "app/fonts.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Timing {
  double medianMs, minMs;
};

Timing measure(int frames, const std::function<void()>& work) {
  std::vector<double> ms;
  for (int i = 0; i < frames; ++i) {
    const auto start = Clock::now();
    work();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms.front()};
}

} // namespace

int main(int argc, char** argv) {
  std::size_t points = 1'000'000;
  int frames = 30;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--points")) points = std::strtoull(argv[i + 1], nullptr, 10);
    if (!std::strcmp(argv[i], "--frames")) frames = std::atoi(argv[i + 1]);
  }
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1280, 1000);
  io.DeltaTime = 1.0f / 60.0f;
  carescore::loadUiFont(1.0f);
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);

  std::vector<double> x(points), y(points);
  std::uint64_t state = 42;
  for (std::size_t i = 0; i < points; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    x[i] = 1.7e12 + static_cast<double>(i) * 2592.0;  // a month of calls
    y[i] = 60 + 50 * std::sin(static_cast<double>(i) * 1e-4) + static_cast<double>(state >> 40) * 1e-5;
  }
  const carescore::charts::LineSeries series[] = {{"Wait", x, y}};
  carescore::charts::LineChartSpec spec;
  spec.series = series;
  spec.yAxis.format = {carescore::charts::ValueKind::Duration, 0};
  carescore::charts::ChartResult result;
  int vertices = 0;
  const auto chartFrame = [&] {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("bench", nullptr, ImGuiWindowFlags_NoDecoration);
    result = carescore::charts::lineChart("dense", spec, ImVec2(1200, 400));
    ImGui::End();
    ImGui::Render();
    vertices = ImGui::GetDrawData()->TotalVtxCount;
  };
  chartFrame();
  const Timing chart = measure(frames, chartFrame);
  std::printf("line chart, %zu points, 1200x400: frame %.2f ms median, %.2f ms min; %zu points drawn, %d vertices\n", points,
              chart.medianMs, chart.minMs, result.pointsDrawn, vertices);

  std::vector<std::uint32_t> indices;
  const Timing m4 = measure(frames, [&] { carescore::charts::m4Indices(x, y, x.front(), x.back(), 1170, indices); });
  std::printf("M4 alone, %zu points to 1170 columns: %.2f ms median, %.2f ms min (%.0f M points/s); %zu kept\n", points, m4.medianMs,
              m4.minMs, static_cast<double>(points) / m4.minMs / 1000.0, indices.size());

  carescore::App app;
  app.state().showGallery = true;
  const auto galleryFrame = [&] {
    ImGui::NewFrame();
    app.draw();
    ImGui::Render();
    vertices = ImGui::GetDrawData()->TotalVtxCount;
  };
  galleryFrame();  // builds the demo data (1M points) once
  const Timing gallery = measure(frames, galleryFrame);
  std::printf("chart gallery (7 cards, incl. 1M-point chart), 1280x1000: frame %.2f ms median, %.2f ms min; %d vertices\n",
              gallery.medianMs, gallery.minMs, vertices);
  ImGui::DestroyContext();
  return 0;
}
