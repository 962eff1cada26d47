// carescore inspect FILE... [--format text|json] [--encoding NAME] [--delimiter C] [--header-rows N]
// [--as csv|json|ndjson] [--zone NAME] [--mapping M.json] [--write-mapping OUT.json]: reads each file
// as the app does (in chunks, through FileReader), tells how it read, which tool it came from and
// how its columns map to canonical fields. Exit 1 when a file cannot be opened or reads with
// errors, or a mapping cannot be read or written.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "cli/file_chunks.h"
#include "cli/inspect_mapping.h"
#include "cli/inspect_report.h"
#include "core/mapping/column_profile.h"
#include "core/mapping/mapping_builder.h"
#include "core/mapping/mapping_document.h"
#include "core/version.h"
#include "embedded_assets.h"

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

std::optional<std::string> readWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct MappingChoice {
  std::optional<Mapping> saved;  // --mapping
  std::string writePath;         // --write-mapping
  std::string zone = "UTC";      // --zone: for wall-clock times when the mapping names none
};

// Detects, maps (or applies the saved mapping) and adds what it found to the report.
Mapping mapOne(const std::string& path, const ReadResult& result, const MappingChoice& choice, const ZoneDatabase& zones,
               nlohmann::ordered_json* json, std::string* text) {
  const std::vector<ColumnProfile> columns = profileColumns(result);
  const Detection detection = detectSource(result, columns);
  Mapping mapping = choice.saved ? *choice.saved
                                 : buildMapping(result, columns, detection.best(),
                                                {.sourceName = std::filesystem::path(path).filename().string()});
  std::vector<std::string> headers;
  for (const Column& column : result.table.columns) headers.push_back(column.name);
  const bool sameHeaders = !choice.saved || choice.saved->headerSignature == headerSignature(headers);
  const MappedRows mapped = applyMapping(result.table, mapping, {.zones = &zones, .defaultZone = choice.zone});
  if (json) {
    (*json)["detection"] = detectionJson(detection);
    (*json)["mapping"] = nlohmann::ordered_json::parse(writeMapping(mapping));
    (*json)["mappingApplied"] = choice.saved ? "saved" : "detected";
    (*json)["mappingHeadersMatch"] = sameHeaders;
    (*json)["mapped"] = mappedJson(mapped, mapping);
  }
  if (text) {
    *text += detectionText(detection);
    if (choice.saved)
      *text += sameHeaders ? "  mapping: applied the saved mapping (same headers)\n"
                           : "  mapping: applied the saved mapping, made for other headers (signature " +
                                 choice.saved->headerSignature + ")\n";
    *text += mappingText(mapping, mapped);
  }
  return mapping;
}

} // namespace

int runInspect(int argc, char** argv) {
  ReadOptions base;
  MappingChoice choice;
  std::string mappingPath;
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
    } else if (arg == "--mapping") {
      mappingPath = value;
    } else if (arg == "--write-mapping") {
      choice.writePath = value;
    } else if (arg == "--zone") {
      choice.zone = value;
    } else if (arg == "--as") {
      base.format = fileFormatFromName(value);
      if (!base.format) return usage("--as is csv, json or ndjson");
    } else {
      return usage("unknown option " + std::string(arg));
    }
  }
  if (paths.empty()) return usage("no files given");
  if (!choice.writePath.empty() && paths.size() != 1) return usage("--write-mapping saves the mapping of one file; give one file");
  const std::optional<ZoneDatabase> zones = ZoneDatabase::open(assets::zoneDatabase());
  if (!zones) return usage("the embedded time-zone rules cannot be read");
  if (!zones->resolve(choice.zone)) return usage("unknown time zone '" + choice.zone + "' (an IANA name or an offset such as UTC+07:00)");
  if (!mappingPath.empty()) {
    const std::optional<std::string> text = readWholeFile(mappingPath);
    if (!text) {
      std::fprintf(stderr, "carescore inspect: %s: cannot read the mapping\n", mappingPath.c_str());
      return kExitBadInput;
    }
    MappingParse parsed = parseMapping(*text, &*zones);
    for (const ProfileIssue& issue : parsed.issues)
      std::fprintf(stderr, "carescore inspect: %s: %s: %s\n", mappingPath.c_str(), std::string(nameOf(issue.severity)).c_str(),
                   issue.text().c_str());
    if (!parsed.mapping) return kExitBadInput;
    choice.saved = std::move(parsed.mapping);
    base.inference.preferredDateOrder = choice.saved->dateOrder;  // read next month's file the same way
  }

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
    nlohmann::ordered_json entry;
    std::string text;
    if (json) entry = inspectJson(path, result);
    else text = inspectText(path, result);
    const Mapping mapping = mapOne(path, result, choice, *zones, json ? &entry : nullptr, json ? nullptr : &text);
    if (json) files.push_back(std::move(entry));
    else std::fputs(text.c_str(), stdout);
    if (!choice.writePath.empty()) {
      std::ofstream out(choice.writePath, std::ios::binary);
      out << writeMapping(mapping);
      if (!out) {
        std::fprintf(stderr, "carescore inspect: %s: cannot write the mapping\n", choice.writePath.c_str());
        status = kExitBadInput;
      }
    }
  }
  if (json) {
    const nlohmann::ordered_json report{{"carescore", version()}, {"files", files}};
    std::puts(report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
  }
  return status;
}

} // namespace carescore::cli
