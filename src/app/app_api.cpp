// The page's JavaScript API on the App (window.carescore → platform/web_bridge.cpp → here): set
// the period, filters, profile and a column's mapping, open a view or a standard. Input is JSON
// from scripts: anything malformed is refused with a message and changes nothing.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/views/views.h"
#include "core/standards/profile_reader.h"

namespace carescore {

namespace {

using nlohmann::json;

std::optional<CivilDate> dateAt(const json& doc, const char* key, std::string& error) {
  if (!doc.contains(key) || doc[key].is_null()) return std::nullopt;
  if (doc[key].is_string())
    if (auto date = parseIsoDate(doc[key].get<std::string>())) return date;
  error = std::string(key) + ": expected a date as YYYY-MM-DD";
  return std::nullopt;
}

std::string issuesText(const std::vector<ProfileIssue>& issues) {
  std::string text;
  for (const ProfileIssue& issue : issues)
    if (issue.severity == IssueSeverity::Error) {
      if (!text.empty()) text += "; ";
      text += issue.text();
    }
  return text;
}

} // namespace

std::string App::setProfileJson(std::string_view text) {
  ProfileParse parsed = parseProfile(text);
  if (!parsed.profile) return issuesText(parsed.issues).empty() ? "the profile cannot be read" : issuesText(parsed.issues);
  addProfile(std::move(*parsed.profile));
  return {};
}

void App::addProfile(Profile profile) {
  auto same = state_.profiles.begin();
  if (state_.profiles.empty() || !(profile == state_.profiles.front())) {  // the built-in one, unchanged: just select it
    // A profile with the id of one already listed replaces it (the editor's save, a reload).
    same = std::find_if(state_.profiles.begin(), state_.profiles.end(), [&](const Profile& p) { return p.id == profile.id; });
    if (same == state_.profiles.begin() && same != state_.profiles.end()) {  // the built-in one stays as shipped: the edit is a new entry
      profile.id += "_edited";
      same = std::find_if(state_.profiles.begin(), state_.profiles.end(), [&](const Profile& p) { return p.id == profile.id; });
    }
    if (same == state_.profiles.end()) same = state_.profiles.insert(state_.profiles.end(), std::move(profile));
    else *same = std::move(profile);
  }
  state_.activeProfile = static_cast<std::size_t>(same - state_.profiles.begin());
  if (!(state_.analysis.profile() == *same)) state_.analysis.setProfile(*same);
  wantsFrame_ = true;
}

std::string App::setPeriodJson(std::string_view text) {
  const json doc = json::parse(text, nullptr, false);
  PeriodChoice choice = state_.analysis.period();
  if (doc.is_string()) {
    auto preset = periodPresetFromName(doc.get<std::string>());
    if (!preset || *preset == PeriodPreset::Custom) return "unknown period preset: " + doc.get<std::string>();
    choice.preset = *preset;
  } else if (doc.is_object()) {
    std::string error;
    const auto from = dateAt(doc, "from", error), to = dateAt(doc, "to", error);
    const auto compareFrom = dateAt(doc, "compareFrom", error), compareTo = dateAt(doc, "compareTo", error);
    if (!error.empty()) return error;
    if (doc.contains("preset")) {
      auto preset = doc["preset"].is_string() ? periodPresetFromName(doc["preset"].get<std::string>()) : std::nullopt;
      if (!preset) return "unknown period preset";
      choice.preset = *preset;
    }
    if (from || to) {
      if (!from || !to || daysFromCivil(*from) > daysFromCivil(*to)) return "from and to: two dates, from not after to";
      choice.preset = PeriodPreset::Custom;
      choice.first = *from;
      choice.last = *to;
    }
    if (choice.preset == PeriodPreset::Custom && !(from && to) && state_.analysis.period().preset != PeriodPreset::Custom)
      return "a custom period needs from and to";
    if (compareFrom || compareTo) {
      if (!compareFrom || !compareTo || daysFromCivil(*compareFrom) > daysFromCivil(*compareTo))
        return "compareFrom and compareTo: two dates, compareFrom not after compareTo";
      choice.compare = true;
      choice.compareFirst = compareFrom;
      choice.compareLast = compareTo;
    }
    if (doc.contains("compare")) {
      if (!doc["compare"].is_boolean()) return "compare: expected true or false";
      choice.compare = doc["compare"].get<bool>();
      if (!compareFrom) choice.compareFirst.reset(), choice.compareLast.reset();
    }
  } else {
    return "expected a preset name or {from, to, compareFrom, compareTo, compare}";
  }
  state_.analysis.setPeriod(choice);
  wantsFrame_ = true;
  return {};
}

std::string App::setFiltersJson(std::string_view text) {
  const json doc = json::parse(text, nullptr, false);
  if (!doc.is_object()) return "expected an object of field → values";
  std::vector<FieldFilter> filters;
  for (std::string_view field : kFilterFields) {
    const std::string key(field);
    if (!doc.contains(key) || doc[key].is_null()) continue;
    FieldFilter filter{key, {}};
    if (doc[key].is_string()) filter.values.push_back(doc[key].get<std::string>());
    else if (doc[key].is_array())
      for (const json& value : doc[key]) {
        if (!value.is_string()) return key + ": values must be strings";
        filter.values.push_back(value.get<std::string>());
      }
    else return key + ": expected a value or a list of values";
    filters.push_back(std::move(filter));
  }
  for (const auto& [key, value] : doc.items())
    if (std::find(std::begin(kFilterFields), std::end(kFilterFields), key) == std::end(kFilterFields)) return "unknown filter field: " + key;
  state_.analysis.setFilters(std::move(filters));
  wantsFrame_ = true;
  return {};
}

std::string App::openView(std::string_view name) {
  auto view = viewFromKey(name);
  if (!view) return "unknown view: " + std::string(name);
  state_.view = *view;
  wantsFrame_ = true;
  return {};
}

std::string App::openStandard(std::string_view id) {
  if (!id.empty()) {
    const auto& standards = state_.analysis.profile().standards;
    if (std::none_of(standards.begin(), standards.end(), [&](const Standard& s) { return s.id == id; }))
      return "no standard with id " + std::string(id) + " in the active profile";
  }
  state_.view = ViewId::Scorecard;
  state_.openStandard = std::string(id);
  wantsFrame_ = true;
  return {};
}

// The analysis as scripts see it: what is chosen and what it resolved to.
json analysisJson(AppState& state) {
  Analysis& analysis = state.analysis;
  auto days = [](const std::optional<std::pair<CivilDate, CivilDate>>& range) {
    return range ? json{{"from", isoDate(range->first)}, {"to", isoDate(range->second)}} : json();
  };
  json filters = json::object();
  for (const FieldFilter& filter : analysis.filters()) filters[filter.field] = filter.values;
  json records = json::object();
  for (RecordKind kind : kRecordKinds)
    if (const std::size_t rows = analysis.dataset().of(kind).rowCount()) records[std::string(nameOf(kind))] = rows;
  json filterValues = json::object();
  for (std::string_view field : kFilterFields) filterValues[std::string(field)] = analysis.valuesOf(field).size();
  json profiles = json::array();
  for (const Profile& profile : state.profiles) profiles.push_back(profile.id);
  return {{"generation", analysis.generation()},
          {"preset", nameOf(analysis.period().preset)},
          {"period", days(analysis.periodDays())},
          {"comparison", days(analysis.comparisonDays())},
          {"filters", filters},
          {"records", records},
          {"filterValues", filterValues},
          {"zone", analysis.zoneName()},
          {"businessHours", analysis.businessHours().has_value()},
          {"profile", analysis.profile().id},
          {"profiles", profiles},
          {"view", viewKeyOf(state.view)},
          {"standard", state.openStandard}};
}

} // namespace carescore
