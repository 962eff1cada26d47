#include "app/app.h"

#include <algorithm>
#include <new>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/files_panel.h"
#include "app/fonts.h"
#include "app/read_summary.h"
#include "app/theme.h"
#include "app/ui_items.h"
#include "core/version.h"

namespace carescore {

namespace {

void drawTopBar(AppState& state) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("CareScore");
  ImGui::SameLine(0.0f, 24.0f);
  if (ImGui::Button("Open files…")) state.request.openFilePicker = true;
  noteItem(state, "open_files");
  // The languages the UI will speak, each named in its own script.
  const char* kLanguages[] = {"English", "Tiếng Việt", "Русский"};
  float width = 0.0f;
  for (const char* language : kLanguages) width += ImGui::CalcTextSize(language).x + ImGui::GetStyle().ItemSpacing.x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
  ImGui::BeginGroup();
  for (const char* language : kLanguages) {
    if (language != kLanguages[0]) ImGui::SameLine();
    ImGui::TextUnformatted(language);
  }
  ImGui::EndGroup();
  noteItem(state, "languages");
}

} // namespace

App::App() { applyTheme(false); }

void App::loadFonts(float pixelScale) { loadUiFont(pixelScale); }

FileId App::beginFile(std::string name, std::uint64_t announcedBytes) {
  LoadedFile& file = state_.files.emplace_back();
  file.id = state_.nextFileId++;
  file.name = std::move(name);
  file.announcedBytes = announcedBytes;
  file.reader = std::make_unique<FileReader>(ReadOptions{.fileName = file.name, .expectedBytes = announcedBytes});
  return file.id;
}

bool App::appendToFile(FileId id, std::span<const std::uint8_t> bytes) {
  LoadedFile* file = findFile(id);
  if (!file || file->finished) return false;
  file->counter.feed(bytes);
  file->reader->feed(bytes);
  return true;
}

void App::finishReading(LoadedFile& file) {
  file.finished = true;
  if (!file.reader) return;
  std::unique_ptr<FileReader> reader = std::move(file.reader);
  file.result = std::make_unique<ReadResult>(reader->finish());
}

void App::endFile(FileId id) {
  if (LoadedFile* file = findFile(id); file && !file->finished) finishReading(*file);
}

void App::failFile(FileId id, std::string message) {
  LoadedFile* file = findFile(id);
  if (!file) return;
  file->error = std::move(message);
  if (file->finished) return;
  // Keep what was read before the failure, unless the failure is memory itself.
  try {
    if (file->reader) file->reader->cancel();
    finishReading(*file);
  } catch (const std::bad_alloc&) {
    file->reader.reset();
    file->result.reset();
    file->finished = true;
  }
}

void App::cancelFile(FileId id) {
  LoadedFile* file = findFile(id);
  if (!file || file->finished) return;
  file->cancelled = true;
  file->reader->cancel();
  finishReading(*file);
}

bool App::busy() const {
  return std::any_of(state_.files.begin(), state_.files.end(), [](const LoadedFile& f) { return !f.finished; });
}

void App::draw() {
  state_.uiItems.clear();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("CareScore", nullptr, kFlags);
  drawTopBar(state_);
  ImGui::Separator();
  drawFilesPanel(state_);
  ImGui::End();
  for (FileId id : state_.request.cancelFiles) cancelFile(id);
  state_.request.cancelFiles.clear();
}

std::string App::stateJson() const {
  nlohmann::json files = nlohmann::json::array();
  for (const LoadedFile& file : state_.files) {
    const FileStats stats = file.counter.stats();
    nlohmann::json entry{{"id", file.id},         {"name", file.name},           {"bytes", stats.bytes},
                         {"lines", stats.lines},  {"finished", file.finished},   {"cancelled", file.cancelled},
                         {"error", file.error},   {"read", nullptr}};
    if (file.result) entry["read"] = readSummaryJson(*file.result);
    else if (file.reader) entry["progress"] = {{"bytes", file.reader->progress().bytes}, {"rows", file.reader->progress().rows}};
    files.push_back(std::move(entry));
  }
  nlohmann::json ui = nlohmann::json::object();
  for (const auto& [id, r] : state_.uiItems) ui[id] = {r.x, r.y, r.width, r.height};
  return nlohmann::json{{"version", version()}, {"files", files}, {"ui", ui}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

LoadedFile* App::findFile(FileId id) {
  auto it = std::find_if(state_.files.begin(), state_.files.end(), [id](const LoadedFile& f) { return f.id == id; });
  return it == state_.files.end() ? nullptr : &*it;
}

} // namespace carescore
