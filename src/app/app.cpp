#include "app/app.h"

#include <algorithm>
#include <new>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/analysis.h"
#include "app/files_panel.h"
#include "app/fonts.h"
#include "app/read_summary.h"
#include "app/gallery/chart_gallery.h"
#include "app/i18n/translate.h"
#include "app/theme.h"
#include "app/ui_items.h"
#include "app/views/analysis_views.h"
#include "core/standards/profile_reader.h"
#include "core/version.h"
#include "embedded_assets.h"

namespace carescore {

namespace {

// Right-aligned: the languages, each named in its own script and switched with one click, then
// the light/dark toggle.
void drawSettingsBar(AppState& state) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const char* themeLabel = state.settings.theme == ThemeKind::Light ? tr(Text::ThemeDark) : tr(Text::ThemeLight);
  float width = ImGui::CalcTextSize(themeLabel).x + style.FramePadding.x * 2 + style.ItemSpacing.x * 2;
  for (Language language : kLanguages)
    width += ImGui::CalcTextSize(nativeNameOf(language).data()).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
  ImGui::BeginGroup();
  for (Language language : kLanguages) {
    if (language != kLanguages[0]) ImGui::SameLine();
    const bool current = state.settings.language == language;
    const std::string_view name = nativeNameOf(language);
    const ImVec2 size(ImGui::CalcTextSize(name.data()).x + style.FramePadding.x * 2, ImGui::GetFrameHeight());
    if (ImGui::Selectable(name.data(), current, ImGuiSelectableFlags_None, size)) state.settings.language = language;
    noteItem(state, ("language_" + std::string(codeOf(language))).c_str());
  }
  ImGui::EndGroup();
  noteItem(state, "languages");
  ImGui::SameLine(0, style.ItemSpacing.x * 2);
  if (ImGui::Button(themeLabel))
    state.settings.theme = state.settings.theme == ThemeKind::Light ? ThemeKind::Dark : ThemeKind::Light;
  noteItem(state, "theme_toggle");
}

void drawTopBar(AppState& state) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("CareScore");
  ImGui::SameLine(0.0f, 24.0f);
  if (ImGui::Button(tr(Text::OpenFiles))) state.request.openFilePicker = true;
  noteItem(state, "open_files");
  drawSettingsBar(state);
}

// Settings take effect at the start of a frame, so every string and colour of one frame agrees.
void applySettings(const Settings& settings) {
  if (settings.language != currentLanguage()) setLanguage(settings.language);
  if (settings.theme != currentTheme()) applyTheme(settings.theme);
}

} // namespace

App::App()
    : zones_(std::make_unique<ZoneDatabase>(*ZoneDatabase::open(assets::zoneDatabase()))),
      analysis_(std::make_unique<Analysis>(*zones_)), views_(std::make_unique<ViewStates>()) {
  applyTheme(ThemeKind::Light);
  const std::span<const unsigned char> profile = assets::defaultProfile();
  if (auto parsed = parseProfile({reinterpret_cast<const char*>(profile.data()), profile.size()}); parsed.profile)
    analysis_->setProfile(std::move(*parsed.profile));
}

App::~App() = default;

bool App::openView(std::string_view name) {
  if (!name.empty() && !findAnalysisView(name)) return false;
  state_.analysisView = std::string(name);
  state_.viewReport = {};
  wantsFrame_ = true;
  return true;
}

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
  return wantsFrame_ || std::any_of(state_.files.begin(), state_.files.end(), [](const LoadedFile& f) { return !f.finished; });
}

void App::draw() {
  wantsFrame_ = false;
  applySettings(state_.settings);
  state_.uiItems.clear();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("CareScore", nullptr, kFlags);
  drawTopBar(state_);
  ImGui::Separator();
  if (!state_.analysisView.empty()) drawAnalysisView(state_.analysisView, *analysis_, *views_, state_);
  else if (state_.showGallery) drawChartGallery(state_);
  else drawFilesPanel(state_);
  ImGui::End();
  for (FileId id : state_.request.cancelFiles) cancelFile(id);
  state_.request.cancelFiles.clear();
  // Settings changed by a click apply from the next frame; ask for it now rather than waiting
  // for the next input event.
  if (state_.settings.language != currentLanguage() || state_.settings.theme != currentTheme()) wantsFrame_ = true;
}

void App::importProfile(std::string name, std::string_view text) {
  importProfileText(*analysis_, views_->standards, std::move(name), text);
  wantsFrame_ = true;
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
  nlohmann::json gallery = {{"shown", state_.showGallery}, {"tooltip", state_.gallery.tooltipChart},
                            {"legend", state_.gallery.legend}, {"pointsDrawn", state_.gallery.pointsDrawn}};
  return nlohmann::json{{"version", version()},
                        {"files", files},
                        {"ui", ui},
                        {"language", codeOf(state_.settings.language)},
                        {"theme", state_.settings.theme == ThemeKind::Dark ? "dark" : "light"},
                        {"gallery", gallery},
                        {"view", {{"name", state_.viewReport.name}, {"labels", state_.viewReport.labels}, {"charts", state_.viewReport.charts},
                                  {"tooltip", state_.viewReport.tooltipChart}, {"notes", state_.viewReport.notes}}}}
    .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

LoadedFile* App::findFile(FileId id) {
  auto it = std::find_if(state_.files.begin(), state_.files.end(), [id](const LoadedFile& f) { return f.id == id; });
  return it == state_.files.end() ? nullptr : &*it;
}

} // namespace carescore
