// carescore-bench-values: nanoseconds per cell of CellReader::append for each value shape, and
// the time of inferColumnFormat on a sample, natively and as WebAssembly under node. Prints
// figures; asserts nothing (speed is measured, not unit-tested). Columns keep their memory between
// runs, so the best of three leaves out the page faults of growing fresh vectors.
//   carescore-bench-values [--cells N] [--sample N] [--only SHAPE]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/cell_reader.h"

namespace {

struct Shape {
  const char* name;
  const char* header;
  std::function<std::string(unsigned)> make;  // the cell text of row i
};

std::string format(const char* pattern, auto... args) {
  char buffer[128];
  const int n = std::snprintf(buffer, sizeof buffer, pattern, args...);
  return std::string(buffer, static_cast<std::size_t>(n));
}

// Deterministic pseudo-random values (a 32-bit LCG), so every run types the same cells.
unsigned mix(unsigned i) { return i * 2654435761u + 12345u; }

std::vector<Shape> shapes() {
  return {
      {"integer", "calls", [](unsigned i) { return format("%u", mix(i) % 100000); }},
      {"decimal point", "amount", [](unsigned i) { return format("%u.%02u", mix(i) % 10000, i % 100); }},
      {"decimal comma, grouped", "amount", [](unsigned i) { return format("%u.%03u,%02u", 1 + mix(i) % 999, i % 1000, i % 100); }},
      {"percent", "Answer Rate", [](unsigned i) { return format("%u.%02u%%", mix(i) % 100, i % 100); }},
      {"boolean words", "answered", [](unsigned i) { return std::string(mix(i) % 3 ? "True" : "False"); }},
      {"ISO 8601 Z", "created_at", [](unsigned i) {
         return format("2026-%02u-%02uT%02u:%02u:%02uZ", 1 + i % 12, 1 + i % 28, i % 24, i % 60, mix(i) % 60);
       }},
      {"ISO 8601 offset", "created_at", [](unsigned i) {
         return format("2016-04-%02uT%02u:%02u:%02u -10:00", 1 + i % 28, i % 24, i % 60, mix(i) % 60);
       }},
      {"dd.mm.yyyy HH:MM:SS", "Время", [](unsigned i) {
         return format("%02u.%02u.2022 %02u:%02u:%02u", 1 + i % 28, 1 + i % 12, i % 24, i % 60, mix(i) % 60);
       }},
      {"m/d/yyyy h:MM:SS AM", "Timestamp", [](unsigned i) {
         return format("%u/%u/2019 %u:%02u:%02u %s", 1 + i % 12, 1 + i % 28, 1 + i % 12, i % 60, mix(i) % 60, i % 2 ? "PM" : "AM");
       }},
      {"Twitter", "created_at", [](unsigned i) { return format("Tue Oct %02u %02u:%02u:47 +0000 2017", 1 + i % 28, i % 24, i % 60); }},
      {"Unix seconds", "created_at", [](unsigned i) { return format("%u", 1500000000u + mix(i) % 100000000u); }},
      {"Excel serial", "Order date", [](unsigned i) { return format("%u.%u", 40000 + mix(i) % 10000, i % 10); }},
      {"HH:MM:SS duration", "AvgTalkDuration", [](unsigned i) { return format("%02u:%02u:%02u", i % 3, i % 60, mix(i) % 60); }},
      {"minutes (header unit)", "First reply time in minutes", [](unsigned i) { return format("%u", mix(i) % 5000); }},
      {"1h 2m 3s", "handle", [](unsigned i) { return format("%uh %um %us", i % 5, i % 60, mix(i) % 60); }},
      {"time of day", "time", [](unsigned i) { return format("%02u:%02u:%02u", i % 24, i % 60, mix(i) % 60); }},
      {"category", "channel", [](unsigned i) {
         static const char* kChannels[] = {"email", "chat", "phone", "social media", "web"};
         return std::string(kChannels[mix(i) % 5]);
       }},
      {"text (ids)", "ticket", [](unsigned i) { return format("T-%u", i); }},
      {"half missing", "rating", [](unsigned i) { return i % 2 ? std::string() : format("%u", 1 + mix(i) % 5); }},
  };
}

} // namespace

int main(int argc, char** argv) {
  std::size_t cells = 1000000, sampleSize = 1000;
  std::string_view only;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--only") == 0) only = argv[i + 1];
    if (std::strcmp(argv[i], "--cells") == 0) cells = static_cast<std::size_t>(std::atol(argv[i + 1]));
    if (std::strcmp(argv[i], "--sample") == 0) sampleSize = static_cast<std::size_t>(std::atol(argv[i + 1]));
  }
  sampleSize = std::min(sampleSize, cells);
  std::printf("values: %zu cells per shape, inference on the first %zu, best of 3 runs\n", cells, sampleSize);
  std::printf("%-24s %10s %12s %10s  %s\n", "shape", "ns/cell", "infer (us)", "MB/s", "typed as");
  std::size_t checksum = 0;
  for (const Shape& shape : shapes()) {
    if (!only.empty() && only != shape.name) continue;
    std::vector<std::string> texts(cells);
    std::size_t bytes = 0;
    for (unsigned i = 0; i < cells; ++i) {
      texts[i] = shape.make(i);
      bytes += texts[i].size();
    }
    const std::vector<std::string_view> views(texts.begin(), texts.end());
    const std::span<const std::string_view> sample(views.data(), sampleSize);
    double bestAppend = 1e30, bestInfer = 1e30;
    carescore::Column column;
    for (int run = 0; run < 3; ++run) {
      const auto t0 = std::chrono::steady_clock::now();
      carescore::CellReader reader(carescore::inferColumnFormat(shape.header, sample));
      const auto t1 = std::chrono::steady_clock::now();
      // Reuse the vectors' memory: the figure is parsing and appending, not the page faults of
      // fresh allocations (the first run pays those; the best of three does not).
      column.valid.resize(0);
      column.numbers.clear();
      column.epochMs.clear();
      column.codes.clear();
      column.dictionary = carescore::StringDictionary();
      column.misfits = 0;
      column.misfitSamples.clear();
      reader.begin(column);
      for (std::size_t row = 0; row < views.size(); ++row) reader.append(column, views[row], row);
      const auto t2 = std::chrono::steady_clock::now();
      bestInfer = std::min(bestInfer, std::chrono::duration<double>(t1 - t0).count());
      bestAppend = std::min(bestAppend, std::chrono::duration<double>(t2 - t1).count());
    }
    checksum += column.valueCount() + column.misfits;
    std::printf("%-24s %10.1f %12.0f %10.0f  %s, %s%s\n", shape.name, bestAppend * 1e9 / static_cast<double>(cells),
                bestInfer * 1e6, static_cast<double>(bytes) / 1e6 / bestAppend, std::string(carescore::nameOf(column.type)).c_str(),
                column.format.description.c_str(), column.misfits ? " (misfits!)" : "");
  }
  // Reference points on this machine: the C library's strtod and a bare push into a vector, on
  // the decimal-point cells.
  {
    std::vector<std::string> texts(cells);
    for (unsigned i = 0; i < cells; ++i) texts[i] = shapes()[1].make(i);
    std::vector<double> out;
    out.reserve(cells);
    double best = 1e30, bestPush = 1e30;
    for (int run = 0; run < 3; ++run) {
      out.clear();
      const auto t0 = std::chrono::steady_clock::now();
      for (const std::string& text : texts) out.push_back(std::strtod(text.c_str(), nullptr));
      const auto t1 = std::chrono::steady_clock::now();
      out.clear();
      for (const std::string& text : texts) out.push_back(static_cast<double>(text.size()));
      const auto t2 = std::chrono::steady_clock::now();
      best = std::min(best, std::chrono::duration<double>(t1 - t0).count());
      bestPush = std::min(bestPush, std::chrono::duration<double>(t2 - t1).count());
      checksum += out.size();
    }
    std::printf("%-24s %10.1f\n", "reference: strtod", best * 1e9 / static_cast<double>(cells));
    std::printf("%-24s %10.1f\n", "reference: push_back", bestPush * 1e9 / static_cast<double>(cells));
  }
  std::printf("checksum %zu\n", checksum);
  return 0;
}
