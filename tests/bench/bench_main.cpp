// carescore-bench: throughput of the engine's stages on generated input, native and as
// WebAssembly under node. Prints figures; asserts nothing (speed is measured, not unit-tested).
//   carescore-bench [--megabytes N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#if defined(__EMSCRIPTEN__)
#else
#include <sys/resource.h>
#endif

#include "core/file_stats.h"

namespace {

double peakMegabytes() {
#if defined(__EMSCRIPTEN__)
  return static_cast<double>(__builtin_wasm_memory_size(0)) * 65536.0 / 1e6;  // the heap only grows
#else
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1e3;  // kilobytes on Linux
#endif
}

// Ticket-like CSV rows of about 150 bytes with a quoted field, CRLF line ends.
std::vector<std::uint8_t> generateCsv(std::size_t bytes) {
  std::vector<std::uint8_t> out;
  out.reserve(bytes + 256);
  const char* header = "ticket_id,created_at,agent,channel,status,priority,first_response_s,resolution_s,csat,subject\r\n";
  out.insert(out.end(), header, header + std::strlen(header));
  char row[256];
  for (unsigned i = 1; out.size() < bytes; ++i) {
    const int n = std::snprintf(row, sizeof row,
                                "%u,2026-09-%02uT%02u:%02u:00Z,agent%03u,%s,solved,normal,%u,%u,%u,\"Order %u, delivery late\"\r\n",
                                i, 1 + i % 30, i % 24, i % 60, i % 250, (i % 3) ? "email" : "chat", i % 7200, i % 90000,
                                1 + i % 5, i * 7919u);
    out.insert(out.end(), row, row + n);
  }
  return out;
}

} // namespace

int main(int argc, char** argv) {
  std::size_t megabytes = 150;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--megabytes") == 0) megabytes = static_cast<std::size_t>(std::atol(argv[i + 1]));
  const std::vector<std::uint8_t> input = generateCsv(megabytes * 1000 * 1000);
  const double mb = static_cast<double>(input.size()) / 1e6;

  constexpr std::size_t kChunk = 2 << 20;  // what file.stream() hands over at a time
  double best = 1e30;
  carescore::FileStats stats;
  for (int run = 0; run < 5; ++run) {
    const auto start = std::chrono::steady_clock::now();
    carescore::LineCounter counter;
    for (std::size_t at = 0; at < input.size(); at += kChunk)
      counter.feed({input.data() + at, std::min(kChunk, input.size() - at)});
    stats = counter.stats();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::printf("input: %.1f MB generated ticket CSV, %llu lines\n", mb, static_cast<unsigned long long>(stats.lines));
  std::printf("line count: %.3f s best of 5, %.0f MB/s\n", best, mb / best);
  std::printf("peak memory: %.0f MB\n", peakMegabytes());
  return 0;
}
