// Several dropped files → one canonical Dataset. The builder holds each read file with its
// detection and mapping, applies the mapping (a mapping remembered for the file's header
// signature first), recognizes a file loaded twice (same header signature and same cells: "already
// loaded as X", not counted), concatenates every file's canonical rows per kind with `source` (the
// file's name) and `source_row`, and links survey responses to contacts (survey_links.h). A
// changed mapping re-maps that file only. Not the reading of bytes (ingest/FileReader).
//
//   DatasetBuilder builder({.zones = &zones, .defaultZone = "Asia/Ho_Chi_Minh"});
//   builder.addFile("calls.csv", readBuffer(bytes));   // → index, duplicateOf
//   builder.setColumnField(0, "Wait", "wait_seconds");  // the user's change: re-maps file 0
//   const Dataset& data = builder.dataset();             // what the metrics read
#pragma once
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/ingest/file_reader.h"
#include "core/mapping/apply_mapping.h"
#include "core/mapping/column_profile.h"
#include "core/mapping/detection.h"
#include "core/mapping/mapping.h"
#include "core/mapping/survey_links.h"
#include "core/model/dataset.h"
#include "core/standards/profile_issue.h"
#include "core/time/zone_database.h"

namespace carescore {

struct DatasetOptions {
  const ZoneDatabase* zones = nullptr;  // resolves named zones; without it only UTC and offsets work
  std::string defaultZone = "UTC";      // wall-clock times whose zone nobody named (the app: the browser's)
};

// One file as the builder holds it.
struct MappedFile {
  std::string name;
  std::string fingerprint;                 // tableFingerprint of the read table
  std::shared_ptr<const ReadResult> read;  // shared with the app, which shows how the file read
  std::vector<ColumnProfile> columns;      // what the mapper saw of each column
  Detection detection;                     // ranked candidates, for the review
  Mapping mapping;                         // the mapping in force
  bool rememberedMapping = false;          // it came from a mapping saved for this header signature
  MappedRows rows;                         // this file's canonical rows (empty for a duplicate)
  std::optional<std::size_t> duplicateOf;  // an earlier file with the same content: this one is not counted
};

class DatasetBuilder {
public:
  explicit DatasetBuilder(DatasetOptions options = {});

  // Detects, maps and applies; returns the file's index. A duplicate is kept (the review shows it)
  // but adds no rows.
  std::size_t addFile(std::string name, std::shared_ptr<const ReadResult> read);
  std::size_t addFile(std::string name, ReadResult read) { return addFile(std::move(name), std::make_shared<const ReadResult>(std::move(read))); }
  void removeFile(std::size_t index);

  // The user's mapping for a file: validated (errors returned, nothing changed), applied to that
  // file only, and remembered for its header signature.
  std::vector<ProfileIssue> setMapping(std::size_t index, Mapping mapping);
  // One column's field changed ("" = unused); the field's unit and value map reset to the mapper's
  // defaults for that field. Returns the validation issues, as setMapping.
  std::vector<ProfileIssue> setColumnField(std::size_t index, std::string_view column, std::string_view field);
  // One duration column's unit changed (seconds per unit of its bare numbers: 1, 60, 3600), the
  // user's answer to "the header names no unit". Returns the validation issues, as setMapping.
  std::vector<ProfileIssue> setColumnUnit(std::size_t index, std::string_view column, double unitSeconds);
  // The record kind changed: the file is mapped again as a generic file of that kind.
  std::vector<ProfileIssue> setKind(std::size_t index, std::optional<RecordKind> kind);

  // Mappings saved earlier (the platform persists them), used for files with the same header signature.
  void rememberMapping(Mapping mapping);
  const std::map<std::string, Mapping>& rememberedMappings() const { return remembered_; }

  const std::vector<MappedFile>& files() const { return files_; }
  const MappedFile& file(std::size_t index) const { return files_[index]; }

  // Every counted file's rows, linked; rebuilt after a change, on first use (hence the mutable cache).
  const Dataset& dataset() const { return *sharedDataset(); }
  // The same records, for a holder that outlives the next change (each change builds new ones).
  std::shared_ptr<const Dataset> sharedDataset() const;
  const SurveyLinks& links() const;

private:
  void apply(MappedFile& file);
  void markDuplicates();

  DatasetOptions options_;
  std::vector<MappedFile> files_;
  std::map<std::string, Mapping> remembered_;  // by header signature
  mutable std::shared_ptr<const Dataset> dataset_;  // null: rebuilt on next use
  mutable SurveyLinks links_;
};

// A file's `name` as a short source label, and the text of "already loaded as X".
std::string duplicateMessage(const MappedFile& file, const MappedFile& original);

// Appends `from`'s rows to `into` (canonical tables of one kind), column by field key: fields only
// one side has are missing on the other side's rows.
void appendRows(Table& into, const Table& from, RecordKind kind);

} // namespace carescore
