// The CareScore application: owns the state, takes files and draws one frame of UI.
// The platform layer (browser, or a test harness) creates the ImGui context, feeds input and
// file bytes, and renders what draw() produced.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "app/app_state.h"

namespace carescore {

class App {
public:
  App();

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

private:
  LoadedFile* findFile(FileId id);
  void finishReading(LoadedFile& file);

  AppState state_;
  bool wantsFrame_ = false;
};

} // namespace carescore
