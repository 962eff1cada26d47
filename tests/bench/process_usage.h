// What the process has used, for the benchmarks' figures: CPU seconds and peak memory. Benchmark
// tooling, native and WebAssembly.
#pragma once

#if !defined(__EMSCRIPTEN__)
#include <sys/resource.h>
#endif

namespace carescore::bench {

// CPU seconds of this process (user + system), natively; on a shared machine they vary far less
// than wall clock. 0 in WebAssembly (no such clock under node).
inline double cpuSeconds() {
#if defined(__EMSCRIPTEN__)
  return 0.0;
#else
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#endif
}

// Peak resident set natively; in WebAssembly the linear memory, which only grows.
inline double peakMegabytes() {
#if defined(__EMSCRIPTEN__)
  return static_cast<double>(__builtin_wasm_memory_size(0)) * 65536.0 / 1e6;
#else
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1e3;  // kilobytes on Linux
#endif
}

} // namespace carescore::bench
