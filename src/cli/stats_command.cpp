// carescore stats FILE...: bytes and lines of each file, read in chunks (core/file_stats.h).
#include <cstdio>

#include "cli/commands.h"
#include "cli/file_chunks.h"
#include "core/file_stats.h"

namespace carescore::cli {

int runStats(int argc, char** argv) {
  if (argc == 0) {
    std::fputs("carescore stats: no files given\n", stderr);
    return kExitUsage;
  }
  int status = 0;
  for (int i = 0; i < argc; ++i) {
    LineCounter counter;
    std::string error;
    if (!readInChunks(argv[i], [&](std::span<const std::uint8_t> chunk) { counter.feed(chunk); }, &error)) {
      std::fprintf(stderr, "carescore stats: %s: %s\n", argv[i], error.c_str());
      status = kExitBadInput;
      continue;
    }
    const FileStats s = counter.stats();
    std::printf("%s\t%llu bytes\t%llu lines\n", argv[i], static_cast<unsigned long long>(s.bytes),
                static_cast<unsigned long long>(s.lines));
  }
  return status;
}

} // namespace carescore::cli
