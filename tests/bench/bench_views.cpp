// carescore-bench-views: how long each analysis view takes over a generated canonical dataset
// (1,000,000 contacts by default) or the demo shop (--demo), drawn headless: the view's frames after
// the analysis changed until its results show (a view may draw "computing…" first; the scorecard
// was evaluated the frame before: its verdicts, then its trends and drivers over the frames after,
// counted apart), an idle frame (the cache used), and the frames after a period change (scorecard
// verdicts and view). CPU ms of this process, wall ms beside (the machine may be shared).
// Native only (the views need an ImGui context, no GPU).
//   carescore-bench-views [--contacts N | --demo] [--view NAME]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "app/analysis.h"
#include "app/app.h"
#include "app/demo_files.h"
#include "app/fonts.h"
#include "app/scoring.h"
#include "bench/canonical_dataset.h"

namespace {

using namespace carescore;
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

struct FrameMs {
  double cpu = 0, wall = 0;
};

FrameMs frameMs(App& app) {
  const auto start = Clock::now();
  const std::clock_t cpuStart = std::clock();
  ImGui::NewFrame();
  app.draw();
  ImGui::Render();
  return {1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC, msSince(start)};
}

// Frames until the view shows its results: a view that drew "computing…" does its work in the
// next frame. The sum of those frames.
FrameMs untilDrawn(App& app) {
  FrameMs total;
  for (int frame = 0; frame < 4; ++frame) {
    const FrameMs one = frameMs(app);
    total.cpu += one.cpu;
    total.wall += one.wall;
    if (!app.state().viewReport.computing) break;
  }
  return total;
}

} // namespace

int main(int argc, char** argv) {
  bench::DatasetSpec spec;
  std::string only;
  bool demo = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--demo") == 0) demo = true;
    if (i + 1 >= argc) continue;
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

  App app;
  const auto loading = Clock::now();
  if (demo) {
    static const std::vector<NamedBytes> files = demoFiles();
    app.loadDemo(files);
    for (int i = 0; i < 3; ++i) frameMs(app);  // the files are mapped and analysed
    std::printf("demo shop: %zu contacts loaded in %.0f ms\n", app.state().analysis.dataset().of(RecordKind::Contact).rowCount(),
                msSince(loading));
  } else {
    app.useDataset(bench::makeCanonicalDataset(spec));
    std::printf("generated %llu contacts in %.0f ms\n", static_cast<unsigned long long>(spec.contacts), msSince(loading));
  }
  frameMs(app);  // the scorecard; fonts and styles settle
  std::printf("CPU ms (wall ms)\n%-14s %18s %24s %18s %16s %20s\n", "view", "scorecard", "its details (frames)", "view first frame",
              "idle median", "after period change");
  const auto cell = [](FrameMs ms) {
    char text[64];
    std::snprintf(text, sizeof text, "%.1f (%.0f)", ms.cpu, ms.wall);
    return std::string(text);
  };
  for (const std::string_view view : {"trends", "service_level", "surveys", "agents", "topics", "goals", "standards"}) {
    if (!only.empty() && view != only) continue;
    app.state().analysis.setPeriod(PeriodChoice::of(PeriodPreset::LastMonth));
    app.openView("scorecard");
    const FrameMs scorecard = frameMs(app);
    FrameMs details;
    int detailFrames = 0;
    for (; scorecardPending(app.state()) && detailFrames < 1000; ++detailFrames) {
      const FrameMs one = frameMs(app);
      details.cpu += one.cpu;
      details.wall += one.wall;
    }
    app.openView(view);
    const FrameMs first = untilDrawn(app);
    std::vector<double> idles;
    for (int i = 0; i < 11; ++i) idles.push_back(frameMs(app).cpu);
    std::nth_element(idles.begin(), idles.begin() + 5, idles.end());
    app.state().analysis.setPeriod(PeriodChoice::of(PeriodPreset::Last30Days));
    const FrameMs changed = untilDrawn(app);
    std::printf("%-14s %18s %24s %18s %16.2f %20s\n", std::string(view).c_str(), cell(scorecard).c_str(),
                (cell(details) + " (" + std::to_string(detailFrames) + ")").c_str(), cell(first).c_str(), idles[5], cell(changed).c_str());
  }
  ImGui::DestroyContext();
  return 0;
}
