// A standard's measure against the catalogue: the metric, statistic and variant exist, the
// parameters fit their definitions, the target fits the statistic's unit and direction, and the
// scope and overrides can apply to the metric's records.
#include <algorithm>
#include <cmath>
#include <variant>

#include "core/metrics/catalogue.h"
#include "core/model/fields.h"
#include "core/standards/message_text.h"
#include "core/standards/profile_rules.h"
#include "core/standards/validation_checks.h"

namespace carescore::validation {

namespace {

namespace rules = profile_rules;

// "did you mean" when a key is close to a known one, else the full list.
std::string unknownMessage(std::string prefix, std::string_view given, std::span<const std::string_view> known,
                           std::string_view listIntro) {
  if (const std::string_view match = closestMatch(given, known); !match.empty())
    return prefix + "; did you mean " + quotedText(match) + "?";
  return prefix + "; " + std::string(listIntro) + ": " + joinList(known);
}

template <typename Definition>
std::vector<std::string_view> keysOf(std::span<const Definition> definitions) {
  std::vector<std::string_view> keys;
  for (const Definition& definition : definitions) keys.push_back(definition.key);
  return keys;
}

struct UnitBounds {
  double lowest, highest;
  std::string message;  // "a share must be between 0 and 100 (%)"
  bool whole = false;
};

UnitBounds boundsOf(StatisticUnit unit, const EffectiveParameters& parameters) {
  switch (unit) {
    case StatisticUnit::Share: return {0, 100, "a share must be between 0 and 100 (%)"};
    case StatisticUnit::Seconds: return {0, 31536000, "a duration must be between 0 and 31536000 seconds (365 days)"};
    case StatisticUnit::NpsPoints: return {-100, 100, "an NPS must be between -100 and 100"};
    case StatisticUnit::Ratio: return {0, 1000, "a ratio must be between 0 and 1000"};
    case StatisticUnit::Count: return {0, 1e9, "a count must be a whole number between 0 and 1000000000", true};
    case StatisticUnit::ScaleMean:
    case StatisticUnit::ScaleGap: break;
  }
  const double low = parameters.number("scale_min", 1), high = parameters.number("scale_max", 5);
  const std::string scale = "the " + formatNumber(low) + " to " + formatNumber(high) + " scale";
  if (unit == StatisticUnit::ScaleMean) return {low, high, "a mean rating must be within " + scale};
  const double span = high - low;
  return {-span, span, "a gap must be between " + formatNumber(-span) + " and " + formatNumber(span) + " on " + scale};
}

// The statistic's better side, with CES's scale direction resolved.
Direction directionOf(const StatisticDefinition& statistic, const EffectiveParameters& parameters) {
  if (statistic.direction != Direction::SetByParameter) return statistic.direction;
  return parameters.choice("scale_direction", "higher_is_easier") == "higher_is_easier" ? Direction::HigherIsBetter
                                                                                          : Direction::LowerIsBetter;
}

void checkTargetNumber(std::optional<double> value, const std::string& path, const StatisticDefinition& statistic,
                       const UnitBounds& bounds, IssueList& issues) {
  if (!value) return;
  if (!std::isfinite(*value)) {
    issues.error(IssueCode::TargetRange, path, bounds.message + ", got " + formatNumber(*value));
  } else if (*value < bounds.lowest || *value > bounds.highest || (bounds.whole && *value != std::floor(*value))) {
    issues.error(IssueCode::TargetRange, path, bounds.message + ", got " + formatNumber(*value));
  } else if (statistic.unit == StatisticUnit::Share && *value > 0 && *value < 1) {
    issues.warning(IssueCode::LooksLikeFraction, path,
                   formatNumber(*value) + " means " + formatNumber(*value) + " %; shares are written in percent: for " +
                       formatNumber(*value * 100) + " % write " + formatNumber(*value * 100));
  }
}

struct ChoiceSlot {
  const MetricDefinition& metric;
  std::string_view key;  // "statistic" or "variant"
  IssueCode unknown;
  const std::string& metricPath;
};

// The statistic or variant a standard names: the default when it names none, null (reported)
// when the metric has no such thing.
template <typename Definition>
const Definition* chosen(std::span<const Definition> definitions, const std::string& name, const Definition* fallback,
                         const ChoiceSlot& slot, IssueList& issues) {
  if (name.empty()) return fallback;
  const auto found = std::find_if(definitions.begin(), definitions.end(), [&](const Definition& d) { return d.key == name; });
  if (found != definitions.end()) return &*found;
  issues.error(slot.unknown, childPath(slot.metricPath, slot.key),
               unknownMessage(std::string(slot.metric.key) + " has no " + std::string(slot.key) + " " + quotedText(name), name,
                              keysOf(definitions), "it has"));
  return nullptr;
}

void checkTarget(const Target& target, const std::string& path, const StatisticDefinition& statistic,
                 const EffectiveParameters& parameters, IssueList& issues) {
  const UnitBounds bounds = boundsOf(statistic.unit, parameters);
  if (target.comparator == Comparator::Between) {
    if (target.value) issues.error(IssueCode::UnknownKey, childPath(path, "value"), "\"value\" is not used with \"between\"; give low and high");
    if (!target.low) issues.error(IssueCode::Missing, childPath(path, "low"), "missing; \"between\" needs low and high");
    if (!target.high) issues.error(IssueCode::Missing, childPath(path, "high"), "missing; \"between\" needs low and high");
    checkTargetNumber(target.low, childPath(path, "low"), statistic, bounds, issues);
    checkTargetNumber(target.high, childPath(path, "high"), statistic, bounds, issues);
    if (target.low && target.high && *target.low > *target.high)
      issues.error(IssueCode::BandReversed, path,
                   "low (" + formatNumber(*target.low) + ") is above high (" + formatNumber(*target.high) + ")");
    return;
  }
  if (target.low) issues.error(IssueCode::UnknownKey, childPath(path, "low"), "only used with \"between\"; give value");
  if (target.high) issues.error(IssueCode::UnknownKey, childPath(path, "high"), "only used with \"between\"; give value");
  if (!target.value) {
    issues.error(IssueCode::Missing, childPath(path, "value"), "missing; the number to compare with");
    return;
  }
  checkTargetNumber(target.value, childPath(path, "value"), statistic, bounds, issues);
  const Direction direction = directionOf(statistic, parameters);
  const bool againstLower = direction == Direction::LowerIsBetter && target.comparator == Comparator::AtLeast;
  const bool againstHigher = direction == Direction::HigherIsBetter && target.comparator == Comparator::AtMost;
  if (againstLower || againstHigher)
    issues.warning(IssueCode::AgainstDirection, childPath(path, "comparator"),
                   std::string(againstLower ? "lower" : "higher") + " is better for " + std::string(statistic.key) +
                       ", so " + quotedText(nameOf(target.comparator)) + " passes worse results; did you mean " +
                       quotedText(againstLower ? "<=" : ">=") + "?");
}

// Each list value present, once, of a sensible length.
void checkValueList(const std::vector<std::string>& values, const std::string& path, IssueList& issues) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::string itemPath = indexPath(path, i);
    if (values[i].empty()) issues.error(IssueCode::BadScope, itemPath, "empty");
    else if (!isValidUtf8(values[i]) || codePointCount(values[i]) > rules::kMaxShortText)
      issues.error(IssueCode::BadScope, itemPath,
                   "must be UTF-8 text of at most " + std::to_string(rules::kMaxShortText) + " characters");
    else if (std::find(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(i), values[i]) != values.begin() + static_cast<std::ptrdiff_t>(i))
      issues.error(IssueCode::BadScope, itemPath, quotedText(values[i]) + " is listed twice");
  }
}

// The field a filter names, if records of the metric's kind can be filtered by it: the kind's own
// category, id, text or flag fields, or a customer field reached through customer_id.
const FieldDefinition* checkFilterField(const ScopeFilter& filter, const MetricDefinition& metric,
                                        const std::string& path, IssueList& issues) {
  if (filter.field.empty()) {
    issues.error(IssueCode::Missing, path, "missing; a field such as priority, team or agent");
    return nullptr;
  }
  if (filter.field == "channel") {
    issues.error(IssueCode::BadScope, path, "channels are set with scope.channels");
    return nullptr;
  }
  RecordKind kind = metric.kind;
  std::string_view name = filter.field;
  if (const auto dot = name.find('.'); dot != std::string_view::npos) {
    const auto qualifier = recordKindFromName(name.substr(0, dot));
    if (qualifier != RecordKind::Customer || !findField(metric.kind, "customer_id") || metric.kind == RecordKind::Customer) {
      issues.error(IssueCode::BadScope, path,
                   std::string(nameOf(metric.kind)) + " records can be filtered by their own fields, or by customer."
                   "<field> through customer_id");
      return nullptr;
    }
    kind = RecordKind::Customer;
    name = name.substr(dot + 1);
  }
  const FieldDefinition* field = findField(kind, name);
  if (!field) {
    std::vector<std::string_view> known;
    for (const FieldDefinition& f : fieldsOf(kind)) known.push_back(f.key);
    issues.error(IssueCode::BadScope, path,
                 unknownMessage(std::string(nameOf(kind)) + " has no field " + quotedText(name), name, known, "its fields are"));
    return nullptr;
  }
  const FieldType type = field->type;
  if (type != FieldType::Category && type != FieldType::Id && type != FieldType::Text && type != FieldType::Flag) {
    issues.error(IssueCode::BadScope, path,
                 std::string(name) + " holds " + (type == FieldType::Timestamp ? "times" : "numbers") +
                     "; filters match category, id, text or flag fields (e.g. priority, team, agent)");
    return nullptr;
  }
  return field;
}

void checkScope(const Scope& scope, const MetricDefinition& metric, const std::string& path, IssueList& issues) {
  const std::string channelsPath = childPath(path, "channels");
  if (!scope.channels.empty() && !findField(metric.kind, "channel"))
    issues.error(IssueCode::BadScope, channelsPath,
                 std::string(metric.key) + " reads " + std::string(nameOf(metric.kind)) + " records, which have no channel");
  checkValueList(scope.channels, channelsPath, issues);
  for (std::size_t i = 0; i < scope.filters.size(); ++i) {
    const ScopeFilter& filter = scope.filters[i];
    const std::string filterPath = indexPath(childPath(path, "filters"), i);
    const FieldDefinition* field = checkFilterField(filter, metric, childPath(filterPath, "field"), issues);
    for (std::size_t j = 0; j < i; ++j)
      if (!filter.field.empty() && scope.filters[j].field == filter.field)
        issues.error(IssueCode::BadScope, childPath(filterPath, "field"),
                     filter.field + " is already filtered by " + indexPath("filters", j) + "; put all its values in one filter");
    const std::string valuesPath = childPath(filterPath, "values");
    if (filter.values.empty()) issues.error(IssueCode::BadScope, valuesPath, "empty; list the values to keep");
    checkValueList(filter.values, valuesPath, issues);
    if (field && field->type == FieldType::Flag)
      for (std::size_t j = 0; j < filter.values.size(); ++j)
        if (filter.values[j] != "true" && filter.values[j] != "false")
          issues.error(IssueCode::BadScope, indexPath(valuesPath, j), quotedText(filter.values[j]) + " is not \"true\" or \"false\"");
  }
}

void checkParameterOrder(const MetricDefinition& metric, const EffectiveParameters& parameters, const std::string& path,
                         IssueList& issues) {
  for (const ParameterOrder& order : metric.parameterOrder) {
    const double lower = parameters.number(order.lower, 0), higher = parameters.number(order.higher, 0);
    if (order.strict ? lower < higher : lower <= higher) continue;
    issues.error(IssueCode::ParameterOrder, path,
                 std::string(order.lower) + " (" + formatNumber(lower) + ") must be " +
                     (order.strict ? "below " : "at most ") + std::string(order.higher) + " (" + formatNumber(higher) + ")");
  }
}

// Overrides: each applies to part of the standard's scope, changes something, and can be reached.
void checkOverrides(const Standard& standard, const MetricDefinition& metric, const StatisticDefinition* statistic,
                    const VariantDefinition* variant, const std::string& path, IssueList& issues) {
  if (standard.overrides.size() > rules::kMaxOverrides)
    issues.error(IssueCode::TooMany, childPath(path, "overrides"),
                 std::to_string(standard.overrides.size()) + " items; at most " + std::to_string(rules::kMaxOverrides));
  std::vector<std::string_view> standardChannels(standard.scope.channels.begin(), standard.scope.channels.end());
  for (std::size_t i = 0; i < standard.overrides.size() && i < rules::kMaxOverrides; ++i) {
    const Override& override = standard.overrides[i];
    const std::string overridePath = indexPath(childPath(path, "overrides"), i);
    const std::string scopePath = childPath(overridePath, "scope");
    if (override.scope.empty())
      issues.error(IssueCode::OverrideEmpty, scopePath, "an override needs channels or filters to apply to");
    if (!override.target && override.parameters.empty())
      issues.error(IssueCode::OverrideEmpty, overridePath, "changes nothing; give a target or parameters");
    checkScope(override.scope, metric, scopePath, issues);
    for (std::size_t j = 0; j < override.scope.channels.size(); ++j) {
      const std::string& channel = override.scope.channels[j];
      if (!standardChannels.empty() && std::find(standardChannels.begin(), standardChannels.end(), channel) == standardChannels.end())
        issues.error(IssueCode::OverrideOutsideScope, indexPath(childPath(scopePath, "channels"), j),
                     quotedText(channel) + " is outside the standard's channels (" + joinList(standardChannels) +
                         "); this override would never apply");
    }
    for (std::size_t j = 0; j < override.scope.filters.size(); ++j) {
      const ScopeFilter& filter = override.scope.filters[j];
      const auto outer = std::find_if(standard.scope.filters.begin(), standard.scope.filters.end(),
                                      [&](const ScopeFilter& f) { return f.field == filter.field; });
      if (outer == standard.scope.filters.end()) continue;
      for (std::size_t k = 0; k < filter.values.size(); ++k)
        if (std::find(outer->values.begin(), outer->values.end(), filter.values[k]) == outer->values.end())
          issues.error(IssueCode::OverrideOutsideScope,
                       indexPath(childPath(indexPath(childPath(scopePath, "filters"), j), "values"), k),
                       quotedText(filter.values[k]) + " is outside the standard's " + filter.field + " filter; this override would never apply");
    }
    for (std::size_t j = 0; j < i; ++j)
      if (!override.scope.empty() && standard.overrides[j].scope == override.scope)
        issues.warning(IssueCode::OverrideShadowed, scopePath,
                       "same scope as " + indexPath("overrides", j) + ", which comes first and wins; this override never applies");
    const std::string parametersPath = childPath(overridePath, "parameters");
    checkParameters(override.parameters, metric.parameters, variant, metric.key, parametersPath, issues);
    const EffectiveParameters effective =
        effectiveParameters(metric.parameters, {&standard.metric.parameters, &override.parameters});
    if (!override.parameters.empty()) checkParameterOrder(metric, effective, parametersPath, issues);
    if (override.target && statistic) checkTarget(*override.target, childPath(overridePath, "target"), *statistic, effective, issues);
  }
}

} // namespace

void checkStandardMeasure(const Standard& standard, const std::string& path, IssueList& issues) {
  const MetricChoice& choice = standard.metric;
  const std::string metricPath = childPath(path, "metric");
  if (choice.key.empty()) {
    issues.error(IssueCode::Missing, childPath(metricPath, "key"), "missing; a metric of the catalogue, e.g. service_level");
    return;
  }
  const MetricDefinition* metric = findMetric(choice.key);
  if (!metric) {
    std::vector<std::string_view> known;
    for (const MetricDefinition& m : metricCatalogue()) known.push_back(m.key);
    issues.error(IssueCode::UnknownMetric, childPath(metricPath, "key"),
                 unknownMessage("no metric " + quotedText(choice.key), choice.key, known, "the metrics are"));
    return;
  }
  const StatisticDefinition* statistic = chosen(metric->statistics, choice.statistic, &headlineStatisticOf(*metric),
                                                 {*metric, "statistic", IssueCode::UnknownStatistic, metricPath}, issues);
  const VariantDefinition* variant = chosen(metric->variants, choice.variant, &defaultVariantOf(*metric),
                                            {*metric, "variant", IssueCode::UnknownVariant, metricPath}, issues);
  const std::string parametersPath = childPath(metricPath, "parameters");
  checkParameters(choice.parameters, metric->parameters, variant, metric->key, parametersPath, issues);
  const EffectiveParameters effective = effectiveParameters(metric->parameters, {&choice.parameters});
  checkParameterOrder(*metric, effective, parametersPath, issues);
  if (statistic) checkTarget(standard.target, childPath(path, "target"), *statistic, effective, issues);
  checkScope(standard.scope, *metric, childPath(path, "scope"), issues);
  checkOverrides(standard, *metric, statistic, variant, path, issues);
}

} // namespace carescore::validation
