// carescore: the engine on the command line. The version, byte and line counts (stats), and what
// the reader makes of export files (inspect), and standards profiles (profile). One file per
// command (commands.h).
#include <cstdio>
#include <string_view>

#include "cli/commands.h"
#include "cli/profile_command.h"
#include "core/version.h"

namespace {

void printUsage(std::FILE* out) {
  std::fputs("usage: carescore --version\n"
             "       carescore stats FILE...     bytes and lines of each file\n"
             "       carescore inspect FILE... [--format text|json] [--encoding NAME] [--delimiter C]\n"
             "                                 [--header-rows N] [--as csv|json|ndjson] [--zone NAME]\n"
             "                                 [--mapping M.json] [--write-mapping OUT.json]\n"
             "                                   how each file reads: encoding, dialect, header, rows,\n"
             "                                   columns with their types and formats, diagnostics; the\n"
             "                                   tool it came from (vendor, kind, confidence, evidence),\n"
             "                                   its column → field mapping and what mapping it gave\n"
             "       carescore score FILE... [--profile P.json] [--mapping M.json] [--tz ZONE]\n"
             "                       [--from YYYY-MM-DD --to YYYY-MM-DD] [--format json|csv|html]\n"
             "                       [--lang en|vi|ru] [--output FILE]\n"
             "                                   the scorecard of the files against a standards profile\n"
             "       carescore profile check FILE... | format FILE | default | --default\n",
             out);
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
  if (command == "stats") return carescore::cli::runStats(argc - 2, argv + 2);
  if (command == "inspect") return carescore::cli::runInspect(argc - 2, argv + 2);
  if (command == "score") return carescore::cli::runScore(argc - 2, argv + 2);
  if (command == "profile") return carescore::cli::profileCommand(argc - 2, argv + 2);
  printUsage(stderr);
  return carescore::cli::kExitUsage;
}
