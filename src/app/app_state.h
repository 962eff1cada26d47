// Everything the UI shows and the requests it makes, in one place. Panels read it and set
// requests; the App and the platform layer act on them. Nothing here draws.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/i18n/language.h"
#include "app/theme.h"
#include "core/file_stats.h"
#include "core/ingest/file_reader.h"
#include "core/mapping/dataset_builder.h"
#include "core/mapping/missing_fields.h"

namespace carescore {

using FileId = std::uint32_t;

struct LoadedFile {
  FileId id = 0;
  std::string name;
  std::uint64_t announcedBytes = 0;  // size the browser reported; progress is counter.bytes / this
  LineCounter counter;
  bool finished = false;
  bool cancelled = false;
  std::string error;  // set when reading failed; what was read stays shown
  std::unique_ptr<FileReader> reader;  // while bytes stream in
  std::shared_ptr<ReadResult> result;  // once read: the table, and what the reader found (shared with the dataset)
  std::optional<std::size_t> mapped;   // its index in AppState::dataset once mapped
};

// Where a named widget was drawn in the last frame, in UI units: lets scripts and browser tests
// click "the Open files button" rather than a guessed coordinate.
struct UiItemRect {
  float x = 0, y = 0, width = 0, height = 0;
};

// "Save this chart as PNG": the platform reads these pixels of the frame just rendered, encodes
// them and offers the file as a download.
struct PngExportRequest {
  UiItemRect rect;       // UI units; the platform scales by the device pixel ratio
  std::string fileName;  // "carescore-service-level.png"
};

// The user changed a file's mapping in the review: one column's field ("" = not used), or the
// file's record kind (none = leave the file out).
struct MappingEdit {
  FileId file = 0;
  std::string column;
  std::string field;
  std::optional<std::optional<RecordKind>> kind;  // set: a kind change instead of a column change
};

// Intents raised by panels during a frame, consumed by whoever can fulfil them.
struct AppRequests {
  std::vector<MappingEdit> mappingEdits;  // applied after the frame; each re-maps its file only
  bool openFilePicker = false;      // the platform shows its file dialog
  std::optional<PngExportRequest> savePng;
  std::vector<FileId> cancelFiles;  // the user stopped these while they loaded
};

struct Settings {
  Language language = Language::English;
  ThemeKind theme = ThemeKind::Light;
};

// What the chart gallery drew in the last frame, for scripts and browser tests.
struct GalleryReport {
  std::string tooltipChart;                       // the chart showing a tooltip, or empty
  std::map<std::string, std::vector<bool>> legend;  // chart → which series are shown
  std::map<std::string, std::size_t> pointsDrawn;   // chart → points after downsampling
};

struct AppState {
  std::vector<LoadedFile> files;
  DatasetBuilder dataset;                   // every read file, detected and mapped to canonical records
  std::vector<MissingForStandard> missing;  // what the default profile's standards still lack
  std::vector<std::string> missingFields;   // the same, as "kind.field" keys
  FileId nextFileId = 1;
  AppRequests request;
  std::map<std::string, UiItemRect> uiItems;
  Settings settings;
  bool showGallery = false;  // the chart gallery, reachable from the JavaScript API only
  GalleryReport gallery;
};

} // namespace carescore
