// Everything the UI shows and the requests it makes, in one place. Panels read it and set
// requests; the App and the platform layer act on them. Nothing here draws.
#pragma once
#include <cstdint>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/analysis.h"
#include "app/i18n/language.h"
#include "app/scoring.h"
#include "app/views/drilldown_data.h"
#include "app/views/view_states.h"
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
  bool demo = false;                   // one of the embedded demo files
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

// A chart card whose "Save as PNG" was pressed while the window cut it off: scrolled in `frame`,
// saved in the next one.
struct PngScroll {
  std::string card;
  int frame = -1;
};

// The user changed a file's mapping in the review: one column's field ("" = not used) or unit, or
// the file's record kind (none = leave the file out).
struct MappingEdit {
  FileId file = 0;
  std::string column;
  std::string field;
  std::optional<std::optional<RecordKind>> kind;  // set: a kind change instead of a column change
  double unitSeconds = 0;                         // > 0: the column's unit changes, not its field
};

// A file the app made (an export, a profile) for the platform to offer as a download.
struct Download {
  std::string fileName;
  std::string mimeType;
  std::string bytes;
};

enum class ExportFormat : std::uint8_t { Json, Csv, Html };

// Intents raised by panels during a frame, consumed by whoever can fulfil them.
struct AppRequests {
  std::vector<MappingEdit> mappingEdits;  // applied after the frame; each re-maps its file only
  bool openFilePicker = false;      // the platform shows its file dialog
  std::optional<PngExportRequest> savePng;
  PngScroll pngScroll;              // a chart card scrolled into view, to be saved in the next frame
  std::vector<FileId> cancelFiles;  // the user stopped these while they loaded
  std::vector<FileId> removeFiles;  // the user took these out of the analysis
  std::vector<Download> downloads;  // the platform hands each to the browser, then clears them
  bool openProfilePicker = false;   // the platform shows a file dialog whose file becomes the profile
  bool forgetEverything = false;    // clear browser storage, then reset (App::forgetEverything)
  std::optional<ExportFormat> exportScorecard;  // the App writes it and adds a download
  bool redraw = false;  // a view drew a "computing…" frame and does its work in the next one
};

struct Settings {
  Language language = Language::English;
  ThemeKind theme = ThemeKind::Light;
  friend bool operator==(const Settings&, const Settings&) = default;
};

// The views of the tab bar, in its order. The scorecard is the home screen.
enum class ViewId : std::uint8_t { Scorecard, Trends, ServiceLevel, Surveys, Agents, Topics, Goals, Data, Standards };
inline constexpr int kViewCount = 9;

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
  bool computing = false;                        // the view shows "computing…"; results come next frame
};

// Text being typed into the shell's pickers and settings, kept between frames.
struct ShellInputs {
  std::string periodFrom, periodTo, compareFrom, compareTo;
  bool periodError = false, compareError = false;
  std::string zoneSearch;
  std::string holidays;
  bool holidaysError = false;
  bool confirmForget = false;
};

// The ZoneDatabase of the embedded tzdata, opened once for the program.
const ZoneDatabase& appZones();

struct AppState {
  std::vector<LoadedFile> files;
  DatasetBuilder dataset{DatasetOptions{.zones = &appZones(), .defaultZone = "Asia/Ho_Chi_Minh"}};  // every read file, detected and mapped
  std::vector<MissingForStandard> missing;  // what the default profile's standards still lack
  std::vector<std::string> missingFields;   // the same, as "kind.field" keys
  Analysis analysis{appZones()};
  std::vector<Profile> profiles;  // the profile picker: the default first, then loaded or edited ones
  std::size_t activeProfile = 0;
  ViewId view = ViewId::Scorecard;
  std::string openStandard;      // the standard whose drill-down is shown; empty: the cards
  bool settingsOpen = false;
  ShellInputs inputs;
  ScorecardCache scoring;
  DrilldownData drilldown;  // of openStandard, at the analysis generation it was computed for
  std::uint64_t datasetVersion = 0;  // bumped whenever the analysed Dataset is replaced
  std::optional<std::uint64_t> generatedContacts;  // set: a generated dataset of this many contacts is analysed, not the files
  std::map<std::string, std::vector<std::string>, std::less<>> filterValues;  // per filter field, of datasetVersion
  std::uint64_t filterValuesVersion = 0;
  FileId nextFileId = 1;
  AppRequests request;
  std::map<std::string, UiItemRect> uiItems;
  Settings settings;
  std::string liveSummary;   // the scorecard in one sentence, for the page's screen-reader live region
  bool showGallery = false;  // the chart gallery, reachable from the JavaScript API only
  GalleryReport gallery;
  ViewStates views;        // the analysis views' own state and caches (app/views/view_states.h)
  ViewReport viewReport;   // what the shown view drew in the last frame
};

} // namespace carescore
