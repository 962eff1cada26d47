// The CareScore application: owns the state, takes files and draws one frame of UI.
// The platform layer (browser, or a test harness) creates the ImGui context, feeds input and
// file bytes, and renders what draw() produced.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_state.h"

namespace carescore {

class App {
public:
  App();
  App(const App&) = delete;  // the dataset keeps a pointer to zones_
  App& operator=(const App&) = delete;

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

  // What the app reports to scripts and tests (window.carescore.state()), as JSON.
  std::string stateJson() const;

  // The review's change of one column's field ("" = not used): re-maps that file. Returns the
  // problems as text, empty when the change was applied (window.carescore.setColumnField).
  std::vector<std::string> setColumnField(FileId id, std::string_view column, std::string_view field);

private:
  LoadedFile* findFile(FileId id);
  void finishReading(LoadedFile& file);
  void mapFile(LoadedFile& file);
  void applyMappingEdits();
  void refreshMissing();

  std::optional<ZoneDatabase> zones_;
  std::optional<Profile> profile_;  // the default profile: which fields the scorecard needs
  AppState state_;
  bool wantsFrame_ = false;
};

} // namespace carescore
