// Settings, profiles and mappings to and from browser storage. Reading is forgiving: a field that
// does not read is left at its default, so a stored document from an older version never stops
// the app from starting.
#include "app/persistence.h"

#include <nlohmann/json.hpp>

#include "core/mapping/mapping_document.h"
#include "core/standards/profile_reader.h"
#include "core/standards/profile_writer.h"

namespace carescore {

namespace {

using nlohmann::json;

constexpr int kDocumentVersion = 1;

json hoursJson(const std::vector<OpeningHours>& hours) {
  json list = json::array();
  for (const OpeningHours& h : hours) list.push_back({h.openMinute, h.closeMinute});
  return list;
}

std::vector<OpeningHours> openingHoursFrom(const json& list) {
  std::vector<OpeningHours> hours;
  if (!list.is_array()) return hours;
  for (const json& pair : list) {
    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number_integer() || !pair[1].is_number_integer()) continue;
    const int open = pair[0].get<int>(), close = pair[1].get<int>();
    if (open >= 0 && open < 24 * 60 && close > open && close <= 48 * 60) hours.push_back({open, close});
  }
  return hours;
}

json scheduleJson(const Schedule& schedule) {
  json weekly = json::array();
  for (const auto& day : schedule.weekly) weekly.push_back(hoursJson(day));
  json holidays = json::array();
  for (CivilDate date : schedule.holidays) holidays.push_back(isoDate(date));
  return {{"zone", schedule.zone}, {"weekly", weekly}, {"holidays", holidays}};
}

std::optional<Schedule> scheduleFrom(const json& doc) {
  if (!doc.is_object() || !doc.contains("weekly") || !doc["weekly"].is_array() || doc["weekly"].size() != 7) return std::nullopt;
  Schedule schedule;
  if (doc.contains("zone") && doc["zone"].is_string()) schedule.zone = doc["zone"].get<std::string>();
  for (std::size_t day = 0; day < 7; ++day) schedule.weekly[day] = openingHoursFrom(doc["weekly"][day]);
  if (doc.contains("holidays") && doc["holidays"].is_array())
    for (const json& date : doc["holidays"])
      if (date.is_string())
        if (auto parsed = parseIsoDate(date.get<std::string>())) schedule.holidays.push_back(*parsed);
  return schedule;
}

const Profile* activeProfile(const AppState& state) {
  return state.activeProfile < state.profiles.size() ? &state.profiles[state.activeProfile] : nullptr;
}

void restoreSettings(AppState& state, const json& doc) {
  if (!doc.is_object()) return;
  auto text = [&](const char* key) { return doc.contains(key) && doc[key].is_string() ? doc[key].get<std::string>() : std::string(); };
  if (auto language = languageFromCode(text("language"))) state.settings.language = *language;
  if (const std::string theme = text("theme"); theme == "dark" || theme == "light")
    state.settings.theme = theme == "dark" ? ThemeKind::Dark : ThemeKind::Light;
  if (const std::string zone = text("zone"); !zone.empty()) state.analysis.setZone(zone);
  if (doc.contains("businessHours"))
    if (auto schedule = scheduleFrom(doc["businessHours"])) state.analysis.setBusinessHours(std::move(schedule));
  if (doc.contains("period") && doc["period"].is_object()) {
    const json& period = doc["period"];
    PeriodChoice choice = state.analysis.period();
    if (period.contains("preset") && period["preset"].is_string())
      if (auto preset = periodPresetFromName(period["preset"].get<std::string>()); preset && *preset != PeriodPreset::Custom)
        choice.preset = *preset;
    if (period.contains("compare") && period["compare"].is_boolean()) choice.compare = period["compare"].get<bool>();
    state.analysis.setPeriod(choice);
  }
  if (const std::string profile = text("profile"); !profile.empty())
    for (std::size_t i = 0; i < state.profiles.size(); ++i)
      if (state.profiles[i].id == profile) state.activeProfile = i;
}

} // namespace

std::string settingsDocument(const AppState& state) {
  const Analysis& analysis = state.analysis;
  const PeriodChoice& period = analysis.period();
  // A custom range is about the data loaded now; after a reload the preset it came from is kept.
  const PeriodPreset preset = period.preset == PeriodPreset::Custom ? PeriodPreset::LastMonth : period.preset;
  json doc = {{"version", kDocumentVersion},
              {"language", codeOf(state.settings.language)},
              {"theme", state.settings.theme == ThemeKind::Dark ? "dark" : "light"},
              {"zone", analysis.zoneName()},
              {"businessHours", analysis.businessHours() ? scheduleJson(*analysis.businessHours()) : json()},
              {"period", {{"preset", nameOf(preset)}, {"compare", period.compare}}},
              {"profile", activeProfile(state) ? activeProfile(state)->id : std::string()}};
  return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string profilesDocument(const AppState& state) {
  json list = json::array();
  for (std::size_t i = 1; i < state.profiles.size(); ++i) list.push_back(writeProfile(state.profiles[i]));
  return json{{"version", kDocumentVersion}, {"profiles", list}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string mappingsDocument(const AppState& state) {
  json list = json::array();
  for (const auto& [signature, mapping] : state.dataset.rememberedMappings()) list.push_back(writeMapping(mapping));
  return json{{"version", kDocumentVersion}, {"mappings", list}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

void restoreState(AppState& state, const KeyValueStore& store) {
  // Profiles first: the settings name the active one.
  if (auto text = store.get(kProfilesKey)) {
    const json doc = json::parse(*text, nullptr, false);
    if (doc.is_object() && doc.contains("profiles") && doc["profiles"].is_array())
      for (const json& entry : doc["profiles"]) {
        if (!entry.is_string()) continue;
        ProfileParse parsed = parseProfile(entry.get<std::string>());
        if (!parsed.profile) continue;
        const bool builtIn = !state.profiles.empty() && parsed.profile->id == state.profiles.front().id;
        if (!builtIn) state.profiles.push_back(std::move(*parsed.profile));
      }
  }
  if (auto text = store.get(kMappingsKey)) {
    const json doc = json::parse(*text, nullptr, false);
    if (doc.is_object() && doc.contains("mappings") && doc["mappings"].is_array())
      for (const json& entry : doc["mappings"])
        if (entry.is_string())
          if (MappingParse parsed = parseMapping(entry.get<std::string>(), &appZones()); parsed.mapping)
            state.dataset.rememberMapping(std::move(*parsed.mapping));
  }
  if (auto text = store.get(kSettingsKey)) restoreSettings(state, json::parse(*text, nullptr, false));
  if (const Profile* profile = activeProfile(state)) state.analysis.setProfile(*profile);
}

void saveChanges(const AppState& state, KeyValueStore& store, SavedDocuments& saved) {
  auto write = [&](std::string_view key, std::string document, std::string& last) {
    if (document == last) return;
    store.set(key, document);
    last = std::move(document);
  };
  write(kSettingsKey, settingsDocument(state), saved.settings);
  write(kProfilesKey, profilesDocument(state), saved.profiles);
  write(kMappingsKey, mappingsDocument(state), saved.mappings);
}

void forgetStored(KeyValueStore& store) {
  for (std::string_view key : kStoredKeys) store.remove(key);
}

} // namespace carescore
