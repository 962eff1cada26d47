// The CareScore application: owns the state, takes files and draws one frame of UI.
// The platform layer (browser, or a test harness) creates the ImGui context, feeds input and
// file bytes, and renders what draw() produced.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "app/app_state.h"
#include "app/persistence.h"
#include "app/storage.h"

namespace carescore {

// What is analysed, as scripts see it (part of stateJson): period, comparison, filters, zone, profile, view.
nlohmann::json analysisJson(AppState& state);

// A file given whole (the embedded demo, a test): a name and its bytes.
struct NamedBytes {
  std::string_view name;
  std::span<const unsigned char> bytes;
};

class App {
public:
  App();
  App(const App&) = delete;  // one App per page: the platform holds pointers into its state
  App& operator=(const App&) = delete;

  // Fonts for the current ImGui context, rasterized for `pixelScale` device pixels per UI unit,
  // so text stays crisp on high-DPI screens. The caller re-uploads the font texture afterwards.
  void loadFonts(float pixelScale);

  // A file streams in: begin, chunks (any size), end. Each file has its own reader, so a bad
  // file shows its own diagnostics and never disturbs the others. A finished file with rows goes
  // to the dataset builder, and the analysis follows. The first file of the user's replaces the demo.
  FileId beginFile(std::string name, std::uint64_t announcedBytes);
  // False once the file wants no more bytes (finished, failed or cancelled): the platform stops reading.
  bool appendToFile(FileId id, std::span<const std::uint8_t> bytes);
  void endFile(FileId id);
  void failFile(FileId id, std::string message);
  void cancelFile(FileId id);
  // The file goes: its rows leave the analysis (a copy of it loaded later counts again), a
  // reading one stops first. False when there is no such file.
  bool removeFile(FileId id);

  // The demo files, through the same path as dropped files, marked as demo (the banner says so).
  // The bytes must outlive the App (embedded assets do): forgetEverything() loads them again.
  void loadDemo(std::span<const NamedBytes> files);

  // Browser storage: restores what it holds now; from then on each frame saves what changed.
  void attachStore(KeyValueStore* store);
  // Clears the store and starts again: default settings and profile, the demo files only.
  void forgetEverything();

  // Between ImGui::NewFrame() and ImGui::Render().
  void draw();

  // True while work is in progress that must keep frames coming (a file still loading, scorecard
  // details still to add, or a setting changed in the last frame that the next one shows).
  bool busy() const;
  // True while a file is still arriving in chunks.
  bool readingFiles() const;

  AppState& state() { return state_; }
  const AppState& state() const { return state_; }

  // A profile file the user picked after the standards editor's import request.
  void importProfile(std::string name, std::string_view text);

  // Development and tests: analyse this dataset (a generated one) instead of the loaded files'.
  void useDataset(Dataset dataset);

  // What the app reports to scripts and tests (window.carescore.state()), as JSON.
  std::string stateJson();

  // --- the page's JavaScript API (app_api.cpp). Errors come back as text; empty means done.
  std::string scorecardJson();                       // the CLI's `--format json` document
  std::string setProfileJson(std::string_view json);  // a profile document: added, made active
  std::string setPeriodJson(std::string_view json);   // "last_month" or {from,to,compareFrom,compareTo,compare}
  std::string setFiltersJson(std::string_view json);  // {"channel": ["chat"], "team": [], …}
  std::string openView(std::string_view name);        // "scorecard", "trends", … "data", "standards"
  std::string openStandard(std::string_view id);      // its drill-down; "" back to the cards
  std::string exportScorecard(std::string_view format);  // "json", "csv", "html": a download request

  // The review's change of one column's field ("" = not used): re-maps that file, and the analysis
  // follows. Returns the problems as text, empty when applied (window.carescore.setColumnField).
  std::vector<std::string> setColumnField(FileId id, std::string_view column, std::string_view field);
  // A duration column's unit (seconds per unit of its bare numbers), likewise.
  std::vector<std::string> setColumnUnit(FileId id, std::string_view column, double unitSeconds);

private:
  LoadedFile* findFile(FileId id);
  FileId beginFileAs(std::string name, std::uint64_t announcedBytes, bool demo);
  void finishReading(LoadedFile& file);
  void datasetChanged();
  void dropDemo();
  void initialize();
  void fulfilRequests();
  void mapFile(LoadedFile& file);
  void applyMappingEdits();
  // Runs a DatasetBuilder edit on a file's mapping; its errors as text, empty when applied.
  std::vector<std::string> editColumn(FileId id, const std::function<std::vector<ProfileIssue>(std::size_t)>& edit);
  void refreshMissing();
  // Lists a profile in the picker (replacing one of the same id; an edit of the built-in one as
  // "<id>_edited"), makes it active and analysed.
  void addProfile(Profile profile);
  // The standards editor applies its draft to the analysis directly: list it like setProfile does.
  void adoptEditedProfile();

  AppState state_;
  bool wantsFrame_ = false;
  KeyValueStore* store_ = nullptr;
  SavedDocuments saved_;
  ViewId shownView_ = ViewId::Scorecard;
  std::vector<NamedBytes> demo_;
};

} // namespace carescore
