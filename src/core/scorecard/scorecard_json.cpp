// Scorecard → JSON with nlohmann's ordered_json (insertion order is the documented order).
#include "core/scorecard/scorecard_json.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "core/metrics/catalogue.h"
#include "core/scorecard/iso_date.h"
#include "core/time/civil.h"

namespace carescore {

namespace {

using Json = nlohmann::ordered_json;

// Six decimals at most, whole numbers as integers: enough for every unit, identical across builds.
Json number(double value) {
  if (!std::isfinite(value)) return nullptr;
  const double rounded = std::round(value * 1e6) / 1e6;
  if (rounded == std::floor(rounded) && std::fabs(rounded) < 9007199254740992.0) return static_cast<std::int64_t>(rounded);
  return rounded;
}

Json optionalNumber(const std::optional<double>& value) { return value ? number(*value) : Json(nullptr); }

Json text(const LocalText& value) { return Json{{"en", value.en}, {"vi", value.vi}, {"ru", value.ru}}; }

std::string utcText(std::int64_t ms) {
  const std::int64_t day = floorDiv(ms, kMsPerDay);
  const std::int64_t inDay = floorMod(ms, kMsPerDay) / 1000;
  char clock[16];
  std::snprintf(clock, sizeof clock, "T%02d:%02d:%02dZ", static_cast<int>(inDay / 3600), static_cast<int>(inDay / 60 % 60),
                static_cast<int>(inDay % 60));
  return isoDate(civilFromDays(day)) + clock;
}

Json range(const std::optional<UtcRange>& value) {
  if (!value) return nullptr;
  return Json{{"begin", utcText(value->beginMs)}, {"end", utcText(value->endMs)},
              {"begin_ms", value->beginMs}, {"end_ms", value->endMs}};
}

Json strings(const std::vector<std::string>& values) {
  Json list = Json::array();
  for (const std::string& value : values) list.push_back(value);
  return list;
}

Json parameters(const Parameters& values) {
  Json object = Json::object();
  for (const auto& [key, value] : values) {
    if (const double* n = std::get_if<double>(&value)) object[key] = number(*n);
    else if (const std::string* s = std::get_if<std::string>(&value)) object[key] = *s;
    else object[key] = strings(std::get<std::vector<std::string>>(value));
  }
  return object;
}

Json scope(const Scope& value) {
  Json filters = Json::array();
  for (const ScopeFilter& filter : value.filters) filters.push_back(Json{{"field", filter.field}, {"values", strings(filter.values)}});
  return Json{{"channels", strings(value.channels)}, {"filters", filters}};
}

Json target(const Target& value) {
  Json out{{"comparator", std::string(nameOf(value.comparator))}};
  if (value.comparator == Comparator::Between) {
    out["low"] = optionalNumber(value.low);
    out["high"] = optionalNumber(value.high);
  } else {
    out["value"] = optionalNumber(value.value);
  }
  return out;
}

Json verdictCounts(const VerdictCounts& counts) {
  Json out{{"met", counts.met()}, {"evaluated", counts.evaluated()}, {"total", counts.total()}};
  for (std::size_t i = 0; i < kVerdictCount; ++i) out[std::string(nameOf(static_cast<Verdict>(i)))] = counts.counts[i];
  return out;
}

Json previous(const PeriodChange& value) {
  Json out{{"period", range(value.period)},
           {"value", optionalNumber(value.previousValue)},
           {"n", value.previousN},
           {"change", optionalNumber(value.change)},
           {"test", value.test},
           {"p_value", optionalNumber(value.pValue)},
           {"significant", value.significant},
           {"verdict", std::string(nameOf(value.verdict))}};
  if (value.verdict == ChangeVerdict::InsufficientData) {
    out["insufficient"] = Json{{"have", value.insufficient.have}, {"need", value.insufficient.need}};
  }
  return out;
}

Json evaluation(const Evaluation& e, const ScorecardJsonOptions& options) {
  Json out;
  out["override"] = e.overrideIndex < 0 ? Json(nullptr) : Json(e.overrideIndex);
  out["scope_label"] = e.scopeLabel;
  out["scope"] = scope(e.scope);
  out["excluded"] = strings(e.excluded);
  out["metric"] = Json{{"key", e.metric.key}, {"variant", e.result.variant ? std::string(e.result.variant->key) : e.metric.variant},
                       {"statistic", std::string(e.result.statistic.empty() ? std::string_view(e.metric.statistic) : e.result.statistic)},
                       {"parameters", parameters(e.metric.parameters)}};
  out["formula"] = e.formula;
  out["unit"] = std::string(nameOf(e.unit));
  out["direction"] = std::string(nameOf(e.direction));
  out["target"] = target(e.target);
  out["period"] = range(e.period);
  out["verdict"] = std::string(nameOf(e.verdict));
  out["rule"] = e.rule;
  out["value"] = optionalNumber(e.value);
  out["interval"] = e.interval ? Json{{"low", number(e.interval->low)}, {"high", number(e.interval->high)}} : Json(nullptr);
  out["n"] = e.n;
  out["insufficient"] = e.verdict == Verdict::InsufficientData
                            ? Json{{"have", e.insufficient.have}, {"need", e.insufficient.need}} : Json(nullptr);
  out["missing"] = strings(e.missing);
  out["usual_exports"] = strings(e.usualExports);
  out["message"] = e.message;
  out["previous"] = previous(e.previous);
  if (options.trends) {
    Json series = Json::array();
    for (const TrendPoint& point : e.trend) series.push_back(Json{{"key", point.key}, {"value", optionalNumber(point.value)}, {"n", point.n}});
    out["trend"] = series;
  }
  Json drivers = Json::array();
  for (const Driver& d : e.drivers) {
    drivers.push_back(Json{{"split", d.split}, {"key", d.key}, {"label", d.label}, {"records", d.records},
                           {"value", number(d.value)}, {"shortfall", number(d.shortfall)}, {"weight", number(d.weight)},
                           {"share", number(d.share)}});
  }
  out["drivers"] = drivers;
  if (options.notes) {
    Json notes = Json::array();
    for (const RecordNote& note : e.result.notes) {
      notes.push_back(Json{{"reason", std::string(note.reason)}, {"count", note.count}, {"left_out", note.leftOut}});
    }
    out["notes"] = notes;
  }
  return out;
}

Json goal(const GoalProgress& g) {
  Json steps = Json::array();
  for (const GoalStep& s : g.steps) {
    steps.push_back(Json{{"id", s.id}, {"label", text(s.label)}, {"measure", s.measure},
                         {"target_count", optionalNumber(s.targetCount)},
                         {"share_of_previous_target", optionalNumber(s.shareOfPreviousTarget)},
                         {"count", s.count ? Json(*s.count) : Json(nullptr)},
                         {"share_of_previous", optionalNumber(s.shareOfPrevious)},
                         {"progress", optionalNumber(s.progress)},
                         {"missing", strings(s.missing)}, {"usual_exports", strings(s.usualExports)}});
  }
  return Json{{"id", g.id}, {"label", text(g.label)}, {"explanation", text(g.explanation)},
              {"time_frame", g.message.empty() ? range(g.timeFrame) : Json(nullptr)},
              {"now", utcText(g.nowMs)}, {"elapsed_ms", g.elapsedMs}, {"left_ms", g.leftMs},
              {"elapsed_share", number(g.elapsedShare)}, {"status", std::string(nameOf(g.status))},
              {"message", g.message}, {"steps", steps}};
}

} // namespace

std::string scorecardJson(const Scorecard& scorecard, const ScorecardJsonOptions& options) {
  Json out;
  out["format"] = "carescore-scorecard";
  out["version"] = kScorecardFormatVersion;
  out["profile"] = Json{{"id", scorecard.profileId}, {"name", text(scorecard.profileName)}};
  out["zone"] = scorecard.zone;
  out["period"] = range(scorecard.period);
  out["comparison_period"] = range(scorecard.comparisonPeriod);
  Json filters = Json::array();
  for (const FieldFilter& filter : scorecard.filters) filters.push_back(Json{{"field", filter.field}, {"values", strings(filter.values)}});
  out["filters"] = filters;
  Json compliance = verdictCounts(scorecard.compliance.verdicts);
  compliance["met_share"] = optionalNumber(scorecard.compliance.metShare);
  Json groups = Json::array();
  for (const GroupSummary& group : scorecard.compliance.groups) {
    groups.push_back(Json{{"id", group.id}, {"label", text(group.label)}, {"verdicts", verdictCounts(group.verdicts)}});
  }
  compliance["groups"] = groups;
  out["compliance"] = compliance;
  Json standards = Json::array();
  for (const StandardCard& card : scorecard.standards) {
    Json scopes = Json::array();
    for (const Evaluation& e : card.scopes) scopes.push_back(evaluation(e, options));
    standards.push_back(Json{{"id", card.id}, {"group", card.group}, {"label", text(card.label)},
                             {"explanation", text(card.explanation)}, {"period", std::string(nameOf(card.period))},
                             {"min_n", card.minN}, {"verdict", std::string(nameOf(card.verdict))}, {"scopes", scopes}});
  }
  out["standards"] = standards;
  Json goals = Json::array();
  for (const GoalProgress& g : scorecard.goals) goals.push_back(goal(g));
  out["goals"] = goals;
  // Replace invalid UTF-8 from data (segment labels) rather than throw.
  return out.dump(options.indent, ' ', false, nlohmann::json::error_handler_t::replace) + (options.indent >= 0 ? "\n" : "");
}

} // namespace carescore
