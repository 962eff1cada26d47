// carescore-bench-views: how long each analysis view takes over a generated canonical dataset
// (1,000,000 contacts by default), drawn headless: the first frame after the analysis changed
// (the view recomputes its cache), then an idle frame (the cache is used), then the first frame
// after a period change. Native only (the views need an ImGui context, no GPU). Prints figures.
//   carescore-bench-views [--contacts N] [--view NAME]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "app/analysis.h"
#include "app/app.h"
#include "app/fonts.h"
#include "bench/canonical_dataset.h"

namespace {

using namespace carescore;
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

double frameMs(App& app) {
  const auto start = Clock::now();
  ImGui::NewFrame();
  app.draw();
  ImGui::Render();
  return msSince(start);
}

} // namespace

int main(int argc, char** argv) {
  bench::DatasetSpec spec;
  std::string only;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--contacts") == 0) spec.contacts = std::strtoull(argv[i + 1], nullptr, 10);
    if (std::strcmp(argv[i], "--view") == 0) only = argv[i + 1];
  }
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1280, 900);
  io.DeltaTime = 1.0f / 60.0f;
  loadUiFont(1.0f);
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);

  const auto generating = Clock::now();
  Dataset data = bench::makeCanonicalDataset(spec);
  std::printf("generated %llu contacts in %.0f ms\n", static_cast<unsigned long long>(spec.contacts), msSince(generating));
  App app;
  app.useDataset(std::move(data));
  frameMs(app);  // the scorecard; fonts and styles settle
  std::printf("%-14s %14s %16s %18s\n", "view", "first frame ms", "idle median ms", "after period ms");
  for (const std::string_view view : {"trends", "service_level", "surveys", "agents", "topics", "goals", "standards"}) {
    if (!only.empty() && view != only) continue;
    app.state().analysis.setPeriod(PeriodChoice::of(PeriodPreset::LastMonth));
    app.openView(view);
    const double first = frameMs(app);
    std::vector<double> idles;
    for (int i = 0; i < 11; ++i) idles.push_back(frameMs(app));
    std::nth_element(idles.begin(), idles.begin() + 5, idles.end());
    const double idle = idles[5];
    app.state().analysis.setPeriod(PeriodChoice::of(PeriodPreset::Last30Days));
    const double changed = frameMs(app);
    std::printf("%-14s %14.1f %16.2f %18.1f\n", std::string(view).c_str(), first, idle, changed);
  }
  ImGui::DestroyContext();
  return 0;
}
