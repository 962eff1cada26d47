// Loading the files of `carescore score`: FileReader in chunks, then the DatasetBuilder.
#include "cli/score_files.h"

#include <cstdio>
#include <fstream>
#include <iterator>

#include "cli/commands.h"
#include "cli/file_chunks.h"
#include "core/ingest/file_reader.h"
#include "core/mapping/dataset_builder.h"
#include "core/mapping/mapping_document.h"
#include "embedded_assets.h"

namespace carescore::cli {

namespace {

void complain(const std::string& path, const std::string& message) {
  std::fprintf(stderr, "carescore score: %s: %s\n", path.c_str(), message.c_str());
}

bool readWhole(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

// The file's read problems worth a line each (errors first, at most five), with their position.
bool reportRead(const std::string& path, const ReadResult& result, LoadedSource& source) {
  int shown = 0;
  for (const Diagnostic& d : result.diagnostics.entries()) {
    if (shown == 5) break;
    std::string where;
    if (d.where.record != kNoPosition) where = "record " + std::to_string(d.where.record) + ", ";
    if (d.where.line != kNoPosition) where += "line " + std::to_string(d.where.line) + ": ";
    const std::string text = std::string(nameOf(d.severity)) + ": " + where + d.message;
    source.messages.push_back(text);
    if (d.severity == Severity::Error) complain(path, text), ++shown;
  }
  if (result.rowsSkipped > 0) source.messages.push_back(std::to_string(result.rowsSkipped) + " rows skipped");
  return result.ok();
}

} // namespace

LoadedFiles loadFiles(const std::vector<std::string>& paths, const std::string& mappingPath, const std::string& zone) {
  LoadedFiles out;
  const std::optional<ZoneDatabase> zones = ZoneDatabase::open(assets::zoneDatabase());
  DatasetBuilder builder({.zones = zones ? &*zones : nullptr, .defaultZone = zone});
  if (!mappingPath.empty()) {
    std::string text;
    if (!readWhole(mappingPath, text)) {
      complain(mappingPath, "cannot read the mapping; check the path");
      return out.fatal = "mapping", out;
    }
    MappingParse mapping = parseMapping(text, zones ? &*zones : nullptr);
    for (const ProfileIssue& issue : mapping.issues) complain(mappingPath, issue.text());
    if (!mapping.mapping) return out.fatal = "mapping", out;
    builder.rememberMapping(std::move(*mapping.mapping));  // used for files with the same header signature
  }

  for (const std::string& path : paths) {
    LoadedSource source;
    source.name = path;
    FileReader reader(ReadOptions{.fileName = path});
    std::string error;
    if (!readInChunks(path.c_str(), [&](std::span<const std::uint8_t> chunk) { reader.feed(chunk); }, &error)) {
      complain(path, error + "; the other files are still scored");
      out.allGood = false;
      continue;
    }
    ReadResult result = reader.finish();
    if (!reportRead(path, result, source)) out.allGood = false;
    const std::size_t index = builder.addFile(path, std::move(result));
    const MappedFile& file = builder.file(index);
    source.rows = file.rows.rowsMapped;
    source.description = file.mapping.vendorName;
    if (file.duplicateOf) {
      const std::string message = duplicateMessage(file, builder.file(*file.duplicateOf));
      complain(path, message);
      source.messages.push_back(message);
    } else if (!file.mapping.kind) {
      complain(path, "not recognized as an export CareScore knows (" + file.mapping.note +
                         "); map it with `carescore inspect " + path + " --write-mapping M.json`, edit M.json, then pass --mapping M.json");
      out.allGood = false;
    }
    for (const ApplyIssue& issue : file.rows.issues) {
      if (issue.severity == Severity::Error) complain(path, issue.message), out.allGood = false;
      source.messages.push_back(issue.message);
    }
    out.sources.push_back(std::move(source));
  }

  out.dataset = builder.dataset();
  return out;
}

} // namespace carescore::cli
