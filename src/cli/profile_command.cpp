// `carescore profile check FILE...` lists every issue of each profile (exit 1 on errors);
// `carescore profile format FILE` prints the profile as the app would save it; `carescore profile
// default` prints the built-in default profile.
#include "cli/profile_command.h"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "core/standards/profile_reader.h"
#include "core/standards/profile_writer.h"
#include "embedded_assets.h"

namespace carescore::cli {

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitBadInput = 1;

bool readWhole(const char* path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

void printIssues(const char* path, const ProfileParse& parse, std::FILE* out) {
  for (const ProfileIssue& issue : parse.issues) {
    const std::string text = issue.text();
    std::fprintf(out, "%s: %.*s: %s\n", path, static_cast<int>(nameOf(issue.severity).size()), nameOf(issue.severity).data(),
                 text.c_str());
  }
}

int check(int count, char** paths) {
  if (count == 0) {
    std::fputs("carescore profile check: no files given\n", stderr);
    return kExitUsage;
  }
  int status = 0;
  for (int i = 0; i < count; ++i) {
    std::string text;
    if (!readWhole(paths[i], text)) {
      std::fprintf(stderr, "carescore profile check: cannot read %s\n", paths[i]);
      status = kExitBadInput;
      continue;
    }
    const ProfileParse parse = parseProfile(text);
    printIssues(paths[i], parse, stdout);
    if (parse.profile) std::printf("%s: ok, %zu standards, %zu goals\n", paths[i], parse.profile->standards.size(), parse.profile->goals.size());
    else status = kExitBadInput;
  }
  return status;
}

int format(const char* path) {
  std::string text;
  if (!readWhole(path, text)) {
    std::fprintf(stderr, "carescore profile format: cannot read %s\n", path);
    return kExitBadInput;
  }
  const ProfileParse parse = parseProfile(text);
  printIssues(path, parse, stderr);
  if (!parse.profile) return kExitBadInput;
  std::fputs(writeProfile(*parse.profile).c_str(), stdout);
  return 0;
}

} // namespace

int profileCommand(int argc, char** argv) {
  const std::string_view action = argc > 0 ? argv[0] : "";
  if (action == "check") return check(argc - 1, argv + 1);
  if (action == "format" && argc == 2) return format(argv[1]);
  if ((action == "default" || action == "--default") && argc == 1) {  // --default: the issue's spelling
    const auto bytes = assets::defaultProfile();
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    return 0;
  }
  std::fputs("usage: carescore profile check FILE...   list each profile's issues\n"
             "       carescore profile format FILE     print it in canonical form\n"
             "       carescore profile default         print the built-in default profile\n",
             stderr);
  return kExitUsage;
}

} // namespace carescore::cli
