// Functions JavaScript calls (shell.js): file bytes streamed into the app, and the page's
// JavaScript API (window.carescore). Nothing throws across this boundary: a failure becomes a
// message on the file it concerns, and the module stays alive.
#include <algorithm>
#include <cstdint>
#include <exception>
#include <new>
#include <span>
#include <string>
#include <string_view>

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include "app/analysis.h"
#include "app/fonts.h"
#include "bench/canonical_dataset.h"
#include "platform/web_host.h"

namespace carescore::web {

WebHost& host() {
  static WebHost instance;
  return instance;
}

namespace {

std::string gReply;  // the last string handed to JavaScript; valid until the next call

const char* reply(std::string text) {
  gReply = std::move(text);
  return gReply.c_str();
}

template <class F>
void guarded(FileId id, F&& work) {
  try {
    work();
  } catch (const std::bad_alloc&) {
    host().app->failFile(id, "out of memory while reading this file");
  } catch (const std::exception& e) {
    host().app->failFile(id, e.what());
  }
  host().dirty = true;
}

// Runs a setter of the JavaScript API; an exception (out of memory) becomes its message.
template <class F>
const char* apply(F&& work) {
  std::string error;
  try {
    error = work();
  } catch (const std::bad_alloc&) {
    error = "out of memory";
  } catch (const std::exception& e) {
    error = e.what();
  }
  host().dirty = true;
  return reply(std::move(error));
}

// A mapping edit of the JavaScript API: a JSON array of its problems, empty when applied.
template <class F>
const char* mappingEditReply(F&& edit) {
  nlohmann::json problems = nlohmann::json::array();
  try {
    for (const std::string& problem : edit()) problems.push_back(problem);
  } catch (const std::exception& e) {  // out of memory while re-mapping: the file keeps its old mapping
    problems.push_back(e.what());
  }
  host().dirty = true;
  return reply(problems.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace

} // namespace carescore::web

using carescore::web::host;

extern "C" {

EMSCRIPTEN_KEEPALIVE std::uint32_t cs_file_begin(const char* name, double sizeBytes) {
  host().dirty = true;
  return host().app->beginFile(name, static_cast<std::uint64_t>(sizeBytes));
}

// Returns 1 while the file wants more bytes, 0 once it is finished, failed or cancelled.
EMSCRIPTEN_KEEPALIVE int cs_file_chunk(std::uint32_t id, const std::uint8_t* bytes, std::size_t size) {
  bool wanted = false;
  carescore::web::guarded(id, [&] { wanted = host().app->appendToFile(id, std::span(bytes, size)); });
  return wanted ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void cs_file_end(std::uint32_t id) {
  carescore::web::guarded(id, [&] { host().app->endFile(id); });
}

EMSCRIPTEN_KEEPALIVE void cs_file_fail(std::uint32_t id, const char* message) {
  host().app->failFile(id, message);
  host().dirty = true;
}

// Returns 0 when no file has this id.
EMSCRIPTEN_KEEPALIVE int cs_remove_file(std::uint32_t id) {
  host().dirty = true;
  return host().app->removeFile(id) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* cs_state_json() { return carescore::web::reply(host().app->stateJson()); }

EMSCRIPTEN_KEEPALIVE const char* cs_missing_glyphs_json(const char* utf8) {
  return carescore::web::reply(nlohmann::json(carescore::missingGlyphs(utf8)).dump());
}

EMSCRIPTEN_KEEPALIVE double cs_frames_rendered() { return static_cast<double>(host().framesRendered); }

// Settings from scripts: "en" / "vi" / "ru"; "light" / "dark". Return 0 for an unknown value.
EMSCRIPTEN_KEEPALIVE int cs_set_language(const char* code) {
  const auto language = carescore::languageFromCode(code);
  if (!language) return 0;
  host().app->state().settings.language = *language;
  host().dirty = true;
  return 1;
}

EMSCRIPTEN_KEEPALIVE int cs_set_theme(const char* name) {
  const std::string_view value(name);
  if (value != "light" && value != "dark") return 0;
  host().app->state().settings.theme = value == "dark" ? carescore::ThemeKind::Dark : carescore::ThemeKind::Light;
  host().dirty = true;
  return 1;
}

// The JavaScript API's setters: each returns "" when done, else what is wrong (shell.js throws it).
EMSCRIPTEN_KEEPALIVE const char* cs_set_profile(const char* json) { return carescore::web::apply([&] { return host().app->setProfileJson(json); }); }
EMSCRIPTEN_KEEPALIVE const char* cs_set_period(const char* json) { return carescore::web::apply([&] { return host().app->setPeriodJson(json); }); }
EMSCRIPTEN_KEEPALIVE const char* cs_set_filters(const char* json) { return carescore::web::apply([&] { return host().app->setFiltersJson(json); }); }
EMSCRIPTEN_KEEPALIVE const char* cs_open_view(const char* name) { return carescore::web::apply([&] { return host().app->openView(name); }); }
EMSCRIPTEN_KEEPALIVE const char* cs_open_standard(const char* id) { return carescore::web::apply([&] { return host().app->openStandard(id); }); }

// The current scorecard as the CLI's JSON document; {"error": …} when it cannot be made.
EMSCRIPTEN_KEEPALIVE const char* cs_scorecard_json() {
  std::string text;
  carescore::web::apply([&] {
    text = host().app->scorecardJson();
    return std::string();
  });
  return carescore::web::reply(std::move(text));
}

// Exports the scorecard ("json", "csv", "html") as a download, and returns it to the script as
// {"fileName", "mimeType", "text"} (or {"error"}).
EMSCRIPTEN_KEEPALIVE const char* cs_export_scorecard(const char* format) {
  nlohmann::json result;
  const std::string error = carescore::web::apply([&] { return host().app->exportScorecard(format); });
  const auto& downloads = host().app->state().request.downloads;
  if (!error.empty() || downloads.empty()) result = {{"error", error.empty() ? "nothing exported" : error}};
  else result = {{"fileName", downloads.back().fileName}, {"mimeType", downloads.back().mimeType}, {"text", downloads.back().bytes}};
  return carescore::web::reply(result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

EMSCRIPTEN_KEEPALIVE void cs_forget_everything() {
  host().app->state().request.forgetEverything = true;
  host().dirty = true;
}

// The mapping review's changes, from scripts: a JSON array of problems, empty when applied.
EMSCRIPTEN_KEEPALIVE const char* cs_set_column_field(std::uint32_t file, const char* column, const char* field) {
  return carescore::web::mappingEditReply([&] { return host().app->setColumnField(file, column, field); });
}

EMSCRIPTEN_KEEPALIVE const char* cs_set_column_unit(std::uint32_t file, const char* column, double unitSeconds) {
  return carescore::web::mappingEditReply([&] { return host().app->setColumnUnit(file, column, unitSeconds); });
}

EMSCRIPTEN_KEEPALIVE void cs_show_gallery(int show) {
  host().app->state().showGallery = show != 0;
  host().dirty = true;
}

// A profile file picked after the standards editor's "Import profile…" (or given by a script).
EMSCRIPTEN_KEEPALIVE void cs_import_profile(const char* name, const char* text) {
  host().app->importProfile(name, text);
  host().dirty = true;
}

EMSCRIPTEN_KEEPALIVE void cs_use_generated_data(double contacts) {
  carescore::bench::DatasetSpec spec;
  spec.contacts = static_cast<std::uint64_t>(std::clamp(contacts, 100.0, 5e6));
  host().app->useDataset(carescore::bench::makeCanonicalDataset(spec));
  host().dirty = true;
}

} // extern "C"
