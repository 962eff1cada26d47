#include "app/app.h"

#include <algorithm>
#include <new>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/analysis.h"
#include "app/files_panel.h"
#include "app/fonts.h"
#include "app/mapping_summary.h"
#include "app/read_summary.h"
#include "app/gallery/chart_gallery.h"
#include "app/i18n/translate.h"
#include "app/shell/settings_panel.h"
#include "app/shell/top_bar.h"
#include "app/theme.h"
#include "app/ui_items.h"
#include "app/views/views.h"
#include "core/standards/profile_reader.h"
#include "core/version.h"
#include "embedded_assets.h"

namespace carescore {

namespace {

// The tab bar's views, in order. A view without a draw function is still being built: its tab
// says so rather than disappearing.
struct ViewEntry {
  ViewId id;
  std::string_view key;  // openView("…"), and the tab's stable ImGui id
  Text label;
  void (*draw)(AppState&);
};

// Scorecard details added after a frame is drawn: with the drawing, a frame stays near 16 ms.
constexpr double kScoringMsPerFrame = 8;

constexpr ViewEntry kViews[kViewCount] = {
  {ViewId::Scorecard, "scorecard", Text::TabScorecard, &drawScorecardView},
  {ViewId::Trends, "trends", Text::TabTrends, [](AppState& s) { drawTrendsView(s.analysis, s.views.trends, s); }},
  {ViewId::ServiceLevel, "service_level", Text::TabServiceLevel,
   [](AppState& s) { drawServiceLevelView(s.analysis, s.views.serviceLevel, s); }},
  {ViewId::Surveys, "surveys", Text::TabSurveys, [](AppState& s) { drawSurveysView(s.analysis, s.views.surveys, s); }},
  {ViewId::Agents, "agents", Text::TabAgents, [](AppState& s) { drawAgentsView(s.analysis, s.views.agents, s); }},
  {ViewId::Topics, "topics", Text::TabTopics, [](AppState& s) { drawTopicsView(s.analysis, s.views.topics, s); }},
  {ViewId::Goals, "goals", Text::TabGoals, [](AppState& s) { drawGoalsView(s.analysis, s.views.goals, s); }},
  {ViewId::Data, "data", Text::TabData, &drawDataView},
  {ViewId::Standards, "standards", Text::ViewStandardsEditor,
   [](AppState& s) { drawStandardsEditor(s.analysis, s.views.standards, s); }},
};

// Settings take effect at the start of a frame, so every string and colour of one frame agrees.
void applySettings(const Settings& settings) {
  if (settings.language != currentLanguage()) setLanguage(settings.language);
  if (settings.theme != currentTheme()) applyTheme(settings.theme);
}

Profile defaultProfile() {
  const auto bytes = assets::defaultProfile();
  ProfileParse parsed = parseProfile(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
  return parsed.profile ? std::move(*parsed.profile) : Profile{};
}

} // namespace

const ZoneDatabase& appZones() {
  static const ZoneDatabase database = [] {
    auto opened = ZoneDatabase::open(assets::zoneDatabase());
    return opened ? std::move(*opened) : ZoneDatabase();
  }();
  return database;
}

void drawDataView(AppState& state) { drawFilesPanel(state); }

std::string_view viewKeyOf(ViewId id) { return kViews[static_cast<int>(id)].key; }

std::optional<ViewId> viewFromKey(std::string_view key) {
  for (const ViewEntry& view : kViews)
    if (view.key == key) return view.id;
  return std::nullopt;
}

App::App() {
  applyTheme(ThemeKind::Light);
  initialize();
}

void App::initialize() {
  state_.profiles = {defaultProfile()};
  state_.activeProfile = 0;
  state_.analysis.setProfile(state_.profiles.front());
  refreshMissing();
}

void App::loadFonts(float pixelScale) { loadUiFont(pixelScale); }

FileId App::beginFile(std::string name, std::uint64_t announcedBytes) { return beginFileAs(std::move(name), announcedBytes, false); }

FileId App::beginFileAs(std::string name, std::uint64_t announcedBytes, bool demo) {
  if (!demo) dropDemo();
  LoadedFile& file = state_.files.emplace_back();
  file.id = state_.nextFileId++;
  file.name = std::move(name);
  file.announcedBytes = announcedBytes;
  file.demo = demo;
  file.reader = std::make_unique<FileReader>(ReadOptions{.fileName = file.name, .expectedBytes = announcedBytes});
  return file.id;
}

// The user's own data replaces the demo entirely: its files, rows and the banner go.
void App::dropDemo() {
  if (std::none_of(state_.files.begin(), state_.files.end(), [](const LoadedFile& f) { return f.demo; })) return;
  std::erase_if(state_.files, [](const LoadedFile& f) { return f.demo; });
  DatasetBuilder fresh(DatasetOptions{.zones = &appZones(), .defaultZone = state_.analysis.zoneName()});
  for (const auto& [signature, mapping] : state_.dataset.rememberedMappings()) fresh.rememberMapping(mapping);
  state_.dataset = std::move(fresh);
  for (LoadedFile& file : state_.files) file.mapped.reset();  // none was mapped yet: the demo came first
  state_.openStandard.clear();
  datasetChanged();
}

void App::loadDemo(std::span<const NamedBytes> files) {
  demo_.assign(files.begin(), files.end());
  for (const NamedBytes& demo : files) {
    const FileId id = beginFileAs(std::string(demo.name), demo.bytes.size(), true);
    appendToFile(id, demo.bytes);
    endFile(id);
  }
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
  file.result = std::make_shared<ReadResult>(reader->finish());
  mapFile(file);
}

// Every read file is detected and mapped (the review shows it); the analysis follows when the
// file brought rows, so a broken file leaves what is analysed exactly as it was.
void App::mapFile(LoadedFile& file) {
  if (!file.result || file.mapped) return;
  file.mapped = state_.dataset.addFile(file.name, file.result);
  if (file.result->rowsRead > 0) datasetChanged();
  else refreshMissing();
}

void App::datasetChanged() {
  state_.generatedContacts.reset();  // the files' data is analysed again: a generated dataset's banner goes
  state_.analysis.setDataset(state_.dataset.sharedDataset());
  ++state_.datasetVersion;
  refreshMissing();
}

// What the active profile's standards still lack, for the mapping review.
void App::refreshMissing() {
  const Dataset& data = state_.dataset.dataset();
  state_.missing = missingForProfile(state_.analysis.profile(), data);
  state_.missingFields = missingFieldKeys(state_.analysis.profile(), data);
}

std::vector<std::string> App::editColumn(FileId id, const std::function<std::vector<ProfileIssue>(std::size_t)>& edit) {
  LoadedFile* file = findFile(id);
  if (!file || !file->mapped) return {"no mapped file " + std::to_string(id)};
  std::vector<std::string> problems;
  for (const ProfileIssue& issue : edit(*file->mapped))
    if (issue.severity == IssueSeverity::Error) problems.push_back(issue.text());
  if (problems.empty()) datasetChanged();
  wantsFrame_ = true;
  return problems;
}

std::vector<std::string> App::setColumnField(FileId id, std::string_view column, std::string_view field) {
  return editColumn(id, [&](std::size_t mapped) { return state_.dataset.setColumnField(mapped, column, field); });
}

std::vector<std::string> App::setColumnUnit(FileId id, std::string_view column, double unitSeconds) {
  return editColumn(id, [&](std::size_t mapped) { return state_.dataset.setColumnUnit(mapped, column, unitSeconds); });
}

void App::applyMappingEdits() {
  std::vector<MappingEdit> edits = std::move(state_.request.mappingEdits);
  state_.request.mappingEdits.clear();
  for (const MappingEdit& edit : edits) {
    LoadedFile* file = findFile(edit.file);
    if (!file || !file->mapped) continue;
    if (edit.kind) {
      state_.dataset.setKind(*file->mapped, *edit.kind);
      datasetChanged();
    } else if (edit.unitSeconds > 0) {
      setColumnUnit(edit.file, edit.column, edit.unitSeconds);
    } else {
      setColumnField(edit.file, edit.column, edit.field);
    }
    wantsFrame_ = true;  // the next frame shows the new mapping
  }
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

bool App::removeFile(FileId id) {
  const auto found = std::find_if(state_.files.begin(), state_.files.end(), [id](const LoadedFile& f) { return f.id == id; });
  if (found == state_.files.end()) return false;
  if (found->reader) found->reader->cancel();
  const std::optional<std::size_t> mapped = found->mapped;
  const bool hadRows = found->result && found->result->rowsRead > 0;
  state_.files.erase(found);
  if (mapped) {
    state_.dataset.removeFile(*mapped);
    for (LoadedFile& file : state_.files)
      if (file.mapped && *file.mapped > *mapped) --*file.mapped;  // the builder's indices close up
  }
  state_.openStandard.clear();
  if (hadRows) datasetChanged();
  else refreshMissing();
  wantsFrame_ = true;
  return true;
}

void App::attachStore(KeyValueStore* store) {
  store_ = store;
  if (!store_) return;
  restoreState(state_, *store_);
  saved_ = {settingsDocument(state_), profilesDocument(state_), mappingsDocument(state_)};
  wantsFrame_ = true;
}

void App::forgetEverything() {
  if (store_) forgetStored(*store_);
  state_ = AppState{};
  shownView_ = ViewId::Scorecard;
  initialize();
  if (store_) saved_ = {settingsDocument(state_), profilesDocument(state_), mappingsDocument(state_)};
  const std::vector<NamedBytes> demo = demo_;
  loadDemo(demo);
  wantsFrame_ = true;
}

bool App::busy() const { return wantsFrame_ || readingFiles() || scorecardPending(state_); }

bool App::readingFiles() const {
  return std::any_of(state_.files.begin(), state_.files.end(), [](const LoadedFile& f) { return !f.finished; });
}

namespace {

void drawTabBar(AppState& state, ViewId& shown) {
  if (!ImGui::BeginTabBar("views", ImGuiTabBarFlags_None)) return;
  const bool fromCode = state.view != shown;  // openView(): select that tab once
  for (const ViewEntry& view : kViews) {
    const std::string label = std::string(tr(view.label)) + "###tab_" + std::string(view.key);
    const ImGuiTabItemFlags flags = fromCode && state.view == view.id ? ImGuiTabItemFlags_SetSelected : 0;
    const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
    noteItem(state, ("tab_" + std::string(view.key)).c_str());
    if (!open) continue;
    if (!fromCode || state.view == view.id) state.view = view.id;
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
  shown = state.view;
}

void drawView(AppState& state) {
  if (!ImGui::BeginChild("view", ImVec2(0, 0), false, ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::EndChild();
    return;
  }
  const ViewEntry& view = kViews[static_cast<int>(state.view)];
  state.viewReport = {};  // the view fills in what it drew, for state().view
  state.viewReport.name = std::string(view.key);
  if (view.draw) view.draw(state);
  else ImGui::TextDisabled("%s", tr(Text::ViewNotReady));
  ImGui::EndChild();
}

} // namespace

void App::draw() {
  wantsFrame_ = false;
  applySettings(state_.settings);
  const std::uint64_t generation = state_.analysis.generation();
  const Settings settings = state_.settings;
  state_.uiItems.clear();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("CareScore", nullptr, kFlags);
  drawTopBar(state_);
  if (state_.showGallery) {
    ImGui::Separator();
    drawChartGallery(state_);
  } else {
    drawFilterRow(state_);
    drawLoadingStrip(state_);
    drawSummaryBar(state_);
    drawTabBar(state_, shownView_);
    drawView(state_);
  }
  drawSettingsPanel(state_);
  ImGui::End();
  adoptEditedProfile();
  fulfilRequests();
  advanceScorecard(state_, kScoringMsPerFrame);  // the trends and drivers the cards still wait for
  // A change made in this frame (a setting, a period, a filter) shows in the next one: ask for it
  // now rather than waiting for the next input event.
  if (state_.settings != settings || state_.analysis.generation() != generation || state_.view != shownView_ ||
      state_.settings.language != currentLanguage() || state_.settings.theme != currentTheme() || state_.request.redraw)
    wantsFrame_ = true;
  state_.request.redraw = false;
  if (store_) saveChanges(state_, *store_, saved_);
}

void App::importProfile(std::string name, std::string_view text) {
  importProfileText(state_.analysis, state_.views.standards, std::move(name), text);
  adoptEditedProfile();
  wantsFrame_ = true;
}

void App::adoptEditedProfile() {
  const Profile& analysed = state_.analysis.profile();
  if (state_.activeProfile < state_.profiles.size() && analysed == state_.profiles[state_.activeProfile]) return;
  addProfile(analysed);  // a copy: addProfile may set the analysis profile again (a renamed id)
  refreshMissing();
}

void App::useDataset(Dataset dataset) {
  state_.generatedContacts = dataset.of(RecordKind::Contact).rowCount();
  state_.analysis.setDataset(std::move(dataset));
  ++state_.datasetVersion;
  state_.openStandard.clear();
  wantsFrame_ = true;
}

void App::fulfilRequests() {
  if (state_.request.forgetEverything) {
    forgetEverything();
    return;
  }
  for (FileId id : state_.request.cancelFiles) cancelFile(id);
  state_.request.cancelFiles.clear();
  for (FileId id : state_.request.removeFiles) removeFile(id);
  state_.request.removeFiles.clear();
  applyMappingEdits();
  if (state_.request.exportScorecard) {
    const ExportFormat format = *state_.request.exportScorecard;
    state_.request.exportScorecard.reset();
    exportScorecard(format == ExportFormat::Json ? "json" : format == ExportFormat::Csv ? "csv" : "html");
  }
}

std::string App::stateJson() {
  nlohmann::json files = nlohmann::json::array();
  for (const LoadedFile& file : state_.files) {
    const FileStats stats = file.counter.stats();
    nlohmann::json entry{{"id", file.id},         {"name", file.name},           {"bytes", stats.bytes},
                         {"lines", stats.lines},  {"finished", file.finished},   {"cancelled", file.cancelled},
                         {"error", file.error},   {"read", nullptr},             {"demo", file.demo}};
    entry["mapping"] = file.mapped ? mappingSummaryJson(state_.dataset, *file.mapped) : nlohmann::json();
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
                        {"dataset", datasetSummaryJson(state_)},
                        {"ui", ui},
                        {"language", codeOf(state_.settings.language)},
                        {"banner", dataBannerText(state_)},
                        {"theme", state_.settings.theme == ThemeKind::Dark ? "dark" : "light"},
                        {"gallery", gallery},
                        {"analysis", analysisJson(state_)},
                        {"scoring", {{"pending", scorecardPending(state_)}}},  // trends and drivers still coming
                        {"view", {{"name", state_.viewReport.name}, {"labels", state_.viewReport.labels}, {"charts", state_.viewReport.charts},
                                  {"tooltip", state_.viewReport.tooltipChart}, {"notes", state_.viewReport.notes}, {"computing", state_.viewReport.computing}}}}
    .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

LoadedFile* App::findFile(FileId id) {
  auto it = std::find_if(state_.files.begin(), state_.files.end(), [id](const LoadedFile& f) { return f.id == id; });
  return it == state_.files.end() ? nullptr : &*it;
}

} // namespace carescore
