// carescore: the engine on the command line. For now: the version, byte and line counts of
// files read the way the browser reads them (in chunks), and standards profiles.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>

#include "cli/profile_command.h"
#include "core/file_stats.h"
#include "core/version.h"

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitBadInput = 1;

void printUsage(std::FILE* out) {
  std::fputs("usage: carescore --version\n"
             "       carescore stats FILE...   bytes and lines of each file\n"
             "       carescore profile check FILE... | format FILE | default\n",
             out);
}

int stats(int count, char** paths) {
  if (count == 0) {
    std::fputs("carescore stats: no files given\n", stderr);
    return kExitUsage;
  }
  int status = 0;
  std::vector<std::uint8_t> chunk(1 << 20);
  for (int i = 0; i < count; ++i) {
    std::FILE* file = std::fopen(paths[i], "rb");
    if (!file) {
      std::fprintf(stderr, "carescore stats: cannot open %s: %s\n", paths[i], std::strerror(errno));
      status = kExitBadInput;
      continue;
    }
    carescore::LineCounter counter;
    while (const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), file)) counter.feed({chunk.data(), n});
    const bool failed = std::ferror(file);
    std::fclose(file);
    if (failed) {
      std::fprintf(stderr, "carescore stats: error reading %s\n", paths[i]);
      status = kExitBadInput;
      continue;
    }
    const carescore::FileStats s = counter.stats();
    std::printf("%s\t%llu bytes\t%llu lines\n", paths[i], static_cast<unsigned long long>(s.bytes),
                static_cast<unsigned long long>(s.lines));
  }
  return status;
}

} // namespace

int main(int argc, char** argv) {
  const std::string_view command = argc > 1 ? argv[1] : "";
  if (command == "--version") {
    std::printf("carescore %.*s\n", static_cast<int>(carescore::version().size()), carescore::version().data());
    return 0;
  }
  if (command == "--help" || command == "-h") {
    printUsage(stdout);
    return 0;
  }
  if (command == "stats") return stats(argc - 2, argv + 2);
  if (command == "profile") return carescore::cli::profileCommand(argc - 2, argv + 2);
  printUsage(stderr);
  return kExitUsage;
}
