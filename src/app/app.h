// The CareScore application: owns the state, takes files and draws one frame of UI.
// The platform layer (browser, or a test harness) creates the ImGui context, feeds input and
// file bytes, and renders what draw() produced.
#pragma once
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "app/app_state.h"

namespace carescore {

class Analysis;
class ZoneDatabase;
struct ViewStates;

class App {
public:
  App();
  ~App();

  // Fonts for the current ImGui context, rasterized for `pixelScale` device pixels per UI unit,
  // so text stays crisp on high-DPI screens. The caller re-uploads the font texture afterwards.
  void loadFonts(float pixelScale);

  // A file streams in: begin, chunks (any size), end. Each file has its own reader, so a bad
  // file shows its own diagnostics and never disturbs the others.
  FileId beginFile(std::string name, std::uint64_t announcedBytes);
  // False once the file wants no more bytes (finished, failed or cancelled): the platform stops reading.
  bool appendToFile(FileId id, std::span<const std::uint8_t> bytes);
  void endFile(FileId id);
  void failFile(FileId id, std::string message);
  void cancelFile(FileId id);

  // Between ImGui::NewFrame() and ImGui::Render().
  void draw();

  // True while work is in progress that must keep frames coming (a file still loading, or a
  // setting changed in the last frame that the next one shows).
  bool busy() const;

  AppState& state() { return state_; }
  const AppState& state() const { return state_; }

  // What is analysed, and the global choices every view obeys.
  Analysis& analysis() { return *analysis_; }

  // Shows the analysis view named `name` (app/views/analysis_views.h), or none when empty; false (and
  // nothing changes) for an unknown name. The tab bar will call it; scripts and tests do now.
  bool openView(std::string_view name);

  // A profile file the user picked after the standards editor's import request.
  void importProfile(std::string name, std::string_view text);

  // What the app reports to scripts and tests (window.carescore.state()), as JSON.
  std::string stateJson() const;

private:
  LoadedFile* findFile(FileId id);
  void finishReading(LoadedFile& file);

  AppState state_;
  bool wantsFrame_ = false;
  std::unique_ptr<ZoneDatabase> zones_;
  std::unique_ptr<Analysis> analysis_;
  std::unique_ptr<ViewStates> views_;
};

} // namespace carescore
