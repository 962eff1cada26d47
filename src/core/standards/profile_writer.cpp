// Writing a profile. Optional parts are left out when empty, as a person would write them; the
// reader fills the same defaults back in, so parse(write(p)) == p.
#include "core/standards/profile_writer.h"

#include <cmath>
#include <variant>

#include <nlohmann/json.hpp>

namespace carescore {

namespace {

using Json = nlohmann::ordered_json;

// 90 rather than 90.0: whole numbers as integers while they are exact in a double.
Json number(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9007199254740992.0)
    return static_cast<std::int64_t>(value);
  return value;
}

Json text(const LocalText& value) { return Json{{"en", value.en}, {"vi", value.vi}, {"ru", value.ru}}; }

Json parameters(const Parameters& settings) {
  Json object = Json::object();
  for (const auto& setting : settings) {
    Json& slot = object[setting.first];
    std::visit([&slot](const auto& value) {
      using T = std::decay_t<decltype(value)>;
      if constexpr (std::is_same_v<T, double>) slot = number(value);
      else slot = value;
    }, setting.second);
  }
  return object;
}

Json target(const Target& value) {
  Json object{{"comparator", nameOf(value.comparator)}};
  if (value.value) object["value"] = number(*value.value);
  if (value.low) object["low"] = number(*value.low);
  if (value.high) object["high"] = number(*value.high);
  return object;
}

Json scope(const Scope& value) {
  Json object = Json::object();
  if (!value.channels.empty()) object["channels"] = value.channels;
  if (!value.filters.empty()) {
    Json filters = Json::array();
    for (const ScopeFilter& filter : value.filters) filters.push_back({{"field", filter.field}, {"values", filter.values}});
    object["filters"] = std::move(filters);
  }
  return object;
}

Json source(const Source& value) {
  Json object = Json::object();
  if (!value.references.empty()) {
    Json references = Json::array();
    for (const SourceReference& reference : value.references)
      references.push_back({{"seed", reference.seed}, {"section", reference.section}, {"quote", reference.quote}});
    object["references"] = std::move(references);
  }
  if (value.industryDefault) object["industry_default"] = true;
  if (!value.note.empty()) object["note"] = value.note;
  return object;
}

Json standard(const Standard& value) {
  Json metric{{"key", value.metric.key}};
  if (!value.metric.statistic.empty()) metric["statistic"] = value.metric.statistic;
  if (!value.metric.variant.empty()) metric["variant"] = value.metric.variant;
  if (!value.metric.parameters.empty()) metric["parameters"] = parameters(value.metric.parameters);

  Json object{{"id", value.id}, {"group", value.group}, {"label", text(value.label)},
              {"explanation", text(value.explanation)}, {"metric", std::move(metric)}, {"target", target(value.target)}};
  if (!value.scope.empty()) object["scope"] = scope(value.scope);
  if (!value.overrides.empty()) {
    Json overrides = Json::array();
    for (const Override& override : value.overrides) {
      Json item{{"scope", scope(override.scope)}};
      if (override.target) item["target"] = target(*override.target);
      if (!override.parameters.empty()) item["parameters"] = parameters(override.parameters);
      overrides.push_back(std::move(item));
    }
    object["overrides"] = std::move(overrides);
  }
  object["period"] = nameOf(value.period);
  object["min_n"] = value.minN;
  object["source"] = source(value.source);
  return object;
}

Json goal(const Goal& value) {
  Json frame = Json::object();
  if (!value.timeFrame.start.empty()) frame["start"] = value.timeFrame.start;
  frame["length"] = value.timeFrame.length;
  frame["unit"] = nameOf(value.timeFrame.unit);
  Json steps = Json::array();
  for (const FunnelStep& step : value.steps) {
    Json item{{"id", step.id}, {"label", text(step.label)}, {"measure", step.measure}};
    if (!step.parameters.empty()) item["parameters"] = parameters(step.parameters);
    if (step.targetCount) item["target_count"] = number(*step.targetCount);
    if (step.shareOfPrevious) item["share_of_previous"] = number(*step.shareOfPrevious);
    steps.push_back(std::move(item));
  }
  return Json{{"id", value.id},        {"label", text(value.label)}, {"explanation", text(value.explanation)},
              {"time_frame", frame},   {"steps", std::move(steps)},  {"source", source(value.source)}};
}

} // namespace

std::string writeProfile(const Profile& profile) {
  Json document{{"format", kProfileFormat}, {"version", profile.version}, {"id", profile.id}, {"name", text(profile.name)}};
  if (profile.description) document["description"] = text(*profile.description);
  Json groups = Json::array();
  for (const Group& group : profile.groups) {
    Json item{{"id", group.id}, {"label", text(group.label)}};
    if (group.explanation) item["explanation"] = text(*group.explanation);
    groups.push_back(std::move(item));
  }
  document["groups"] = std::move(groups);
  Json standards = Json::array();
  for (const Standard& value : profile.standards) standards.push_back(standard(value));
  document["standards"] = std::move(standards);
  if (!profile.goals.empty()) {
    Json goals = Json::array();
    for (const Goal& value : profile.goals) goals.push_back(goal(value));
    document["goals"] = std::move(goals);
  }
  // replace: a profile built in code with broken UTF-8 still writes (as U+FFFD) instead of throwing.
  return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace carescore
