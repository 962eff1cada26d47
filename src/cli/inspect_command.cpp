// carescore inspect FILE... [--format text|json] [--encoding NAME] [--delimiter C] [--header-rows N]
// [--as csv|json|ndjson]: reads each file as the app does (in chunks, through FileReader) and tells
// how it read. Exit 1 when a file cannot be opened or reads with errors.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "cli/file_chunks.h"
#include "cli/inspect_report.h"
#include "core/version.h"

namespace carescore::cli {

namespace {

int usage(const std::string& problem) {
  std::fprintf(stderr, "carescore inspect: %s\n", problem.c_str());
  return kExitUsage;
}

std::optional<char> parseDelimiter(std::string_view v) {
  if (v == "tab" || v == "\\t") return '\t';
  if (v == "comma") return ',';
  if (v == "semicolon") return ';';
  if (v == "pipe") return '|';
  if (v.size() == 1) return v[0];
  return std::nullopt;
}

} // namespace

int runInspect(int argc, char** argv) {
  ReadOptions base;
  bool json = false;
  std::vector<std::string> paths;
  for (int i = 0; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.substr(0, 2) != "--") {
      paths.emplace_back(arg);
      continue;
    }
    if (i + 1 >= argc) return usage("missing value after " + std::string(arg));
    const std::string_view value = argv[++i];
    if (arg == "--format") {
      if (value != "text" && value != "json") return usage("--format is text or json");
      json = value == "json";
    } else if (arg == "--encoding") {
      base.encoding = encodingFromName(value);
      if (!base.encoding) return usage("unknown encoding '" + std::string(value) + "'");
    } else if (arg == "--delimiter") {
      base.delimiter = parseDelimiter(value);
      if (!base.delimiter) return usage("--delimiter is one character, or tab, comma, semicolon, pipe");
    } else if (arg == "--header-rows") {
      char* end = nullptr;
      const unsigned long n = std::strtoul(value.data(), &end, 10);
      if (end == value.data() || *end != '\0' || n > 100) return usage("--header-rows is a number from 0 to 100");
      base.headerRows = n;
    } else if (arg == "--as") {
      base.format = fileFormatFromName(value);
      if (!base.format) return usage("--as is csv, json or ndjson");
    } else {
      return usage("unknown option " + std::string(arg));
    }
  }
  if (paths.empty()) return usage("no files given");

  int status = 0;
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const std::string& path : paths) {
    ReadOptions options = base;
    options.fileName = path;
    std::error_code noSize;
    options.expectedBytes = std::filesystem::file_size(path, noSize);
    if (noSize) options.expectedBytes = 0;
    FileReader reader(options);
    std::string error;
    if (!readInChunks(path.c_str(), [&](std::span<const std::uint8_t> chunk) { reader.feed(chunk); }, &error)) {
      status = kExitBadInput;
      if (json) files.push_back(inspectFailureJson(path, error));
      else std::fprintf(stderr, "carescore inspect: %s: %s\n", path.c_str(), error.c_str());
      continue;
    }
    const ReadResult result = reader.finish();
    if (!result.ok()) status = kExitBadInput;
    if (json) files.push_back(inspectJson(path, result));
    else std::fputs(inspectText(path, result).c_str(), stdout);
  }
  if (json) {
    const nlohmann::ordered_json report{{"carescore", version()}, {"files", files}};
    std::puts(report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
  }
  return status;
}

} // namespace carescore::cli
