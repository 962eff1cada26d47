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
  std::unique_ptr<ReadResult> result;  // once read: the table, and what the reader found
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

// A file the app made (a profile) for the platform to offer as a download.
struct Download {
  std::string fileName;
  std::string mimeType;
  std::string bytes;
};

// Intents raised by panels during a frame, consumed by whoever can fulfil them.
struct AppRequests {
  bool openFilePicker = false;      // the platform shows its file dialog
  std::optional<PngExportRequest> savePng;
  std::vector<FileId> cancelFiles;  // the user stopped these while they loaded
  std::vector<Download> downloads;  // the platform hands each to the browser, then clears them
  bool openProfilePicker = false;   // the platform shows a file dialog whose file becomes the profile
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

// What the open analysis view drew in the last frame, for scripts and browser tests: the texts a
// reader would look for (titles, axis and legend names, column headers), and per chart how many
// points, bars or cells it drew.
struct ViewReport {
  std::string name;                              // the view ("trends", "service_level", …), empty: none
  std::vector<std::string> labels;
  std::map<std::string, std::size_t> charts;     // chart → points, bars or cells drawn
  std::string tooltipChart;                      // the chart showing a tooltip, or empty
  std::vector<std::string> notes;                // "no data" and similar messages shown
};

struct AppState {
  std::vector<LoadedFile> files;
  FileId nextFileId = 1;
  AppRequests request;
  std::map<std::string, UiItemRect> uiItems;
  Settings settings;
  bool showGallery = false;  // the chart gallery, reachable from the JavaScript API only
  GalleryReport gallery;
  std::string analysisView;  // the analysis view shown (app/views/analysis_views.h names them), empty: none
  ViewReport viewReport;
};

} // namespace carescore
