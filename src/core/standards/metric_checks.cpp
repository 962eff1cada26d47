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

// "did you mean" when a key is close to a known one, else the full list: the variant `prefix` +
// "did_you_mean" or "list", with `args` and then the match or the list.
void unknownIssue(IssueList& issues, IssueCode code, std::string path, std::string_view prefix, std::vector<std::string> args,
                  std::string_view given, std::span<const std::string_view> known) {
  const std::string_view match = closestMatch(given, known);
  args.push_back(match.empty() ? joinList(known) : quotedText(match));
  issues.error(code, std::move(path), std::string(prefix) + (match.empty() ? "list" : "did_you_mean"), std::move(args));
}

template <typename Definition>
std::vector<std::string_view> keysOf(std::span<const Definition> definitions) {
  std::vector<std::string_view> keys;
  for (const Definition& definition : definitions) keys.push_back(definition.key);
  return keys;
}

struct UnitBounds {
  double lowest, highest;
  std::string_view variant;        // the TargetRange variant that says the range: "share"
  std::vector<std::string> args;   // its values before the number found
  bool whole = false;
};

UnitBounds boundsOf(StatisticUnit unit, const EffectiveParameters& parameters) {
  switch (unit) {
    case StatisticUnit::Share: return {0, 100, "share", {}};
    case StatisticUnit::Seconds: return {0, 31536000, "seconds", {}};
    case StatisticUnit::NpsPoints: return {-100, 100, "nps", {}};
    case StatisticUnit::Ratio: return {0, 1000, "ratio", {}};
    case StatisticUnit::Count: return {0, 1e9, "count", {}, true};
    case StatisticUnit::ScaleMean:
    case StatisticUnit::ScaleGap: break;
  }
  const double low = parameters.number("scale_min", 1), high = parameters.number("scale_max", 5);
  if (unit == StatisticUnit::ScaleMean) return {low, high, "scale_mean", {formatNumber(low), formatNumber(high)}};
  const double span = high - low;
  return {-span, span, "scale_gap", {formatNumber(-span), formatNumber(span), formatNumber(low), formatNumber(high)}};
}

void outOfBounds(const UnitBounds& bounds, double value, const std::string& path, IssueList& issues) {
  std::vector<std::string> args = bounds.args;
  args.push_back(formatNumber(value));
  issues.error(IssueCode::TargetRange, path, bounds.variant, std::move(args));
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
  if (!std::isfinite(*value) || *value < bounds.lowest || *value > bounds.highest ||
      (bounds.whole && *value != std::floor(*value))) {
    outOfBounds(bounds, *value, path, issues);
  } else if (statistic.unit == StatisticUnit::Share && *value > 0 && *value < 1) {
    issues.warning(IssueCode::LooksLikeFraction, path, "share",
                   {formatNumber(*value), formatNumber(*value), formatNumber(*value * 100), formatNumber(*value * 100)});
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
  unknownIssue(issues, slot.unknown, childPath(slot.metricPath, slot.key), "", {std::string(slot.metric.key), quotedText(name)},
               name, keysOf(definitions));
  return nullptr;
}

void checkTarget(const Target& target, const std::string& path, const StatisticDefinition& statistic,
                 const EffectiveParameters& parameters, IssueList& issues) {
  const UnitBounds bounds = boundsOf(statistic.unit, parameters);
  if (target.comparator == Comparator::Between) {
    if (target.value) issues.error(IssueCode::UnknownKey, childPath(path, "value"), "not_with_between", {});
    if (!target.low) issues.error(IssueCode::Missing, childPath(path, "low"), "between", {});
    if (!target.high) issues.error(IssueCode::Missing, childPath(path, "high"), "between", {});
    checkTargetNumber(target.low, childPath(path, "low"), statistic, bounds, issues);
    checkTargetNumber(target.high, childPath(path, "high"), statistic, bounds, issues);
    if (target.low && target.high && *target.low > *target.high)
      issues.error(IssueCode::BandReversed, path, "low_above_high", {formatNumber(*target.low), formatNumber(*target.high)});
    return;
  }
  if (target.low) issues.error(IssueCode::UnknownKey, childPath(path, "low"), "only_with_between", {});
  if (target.high) issues.error(IssueCode::UnknownKey, childPath(path, "high"), "only_with_between", {});
  if (!target.value) {
    issues.error(IssueCode::Missing, childPath(path, "value"), "value", {});
    return;
  }
  checkTargetNumber(target.value, childPath(path, "value"), statistic, bounds, issues);
  const Direction direction = directionOf(statistic, parameters);
  const bool againstLower = direction == Direction::LowerIsBetter && target.comparator == Comparator::AtLeast;
  const bool againstHigher = direction == Direction::HigherIsBetter && target.comparator == Comparator::AtMost;
  if (againstLower || againstHigher)
    issues.warning(IssueCode::AgainstDirection, childPath(path, "comparator"), againstLower ? "lower" : "higher",
                   {std::string(statistic.key), quotedText(nameOf(target.comparator)), quotedText(againstLower ? "<=" : ">=")});
}

// Each list value present, once, of a sensible length.
void checkValueList(const std::vector<std::string>& values, const std::string& path, IssueList& issues) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::string itemPath = indexPath(path, i);
    if (values[i].empty()) issues.error(IssueCode::BadScope, itemPath, "empty", {});
    else if (!isValidUtf8(values[i]) || codePointCount(values[i]) > rules::kMaxShortText)
      issues.error(IssueCode::BadScope, itemPath, "text_too_long", {std::to_string(rules::kMaxShortText)});
    else if (std::find(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(i), values[i]) != values.begin() + static_cast<std::ptrdiff_t>(i))
      issues.error(IssueCode::BadScope, itemPath, "listed_twice", {quotedText(values[i])});
  }
}

// The field a filter names, if records of the metric's kind can be filtered by it: the kind's own
// category, id, text or flag fields, or a customer field reached through customer_id.
const FieldDefinition* checkFilterField(const ScopeFilter& filter, const MetricDefinition& metric,
                                        const std::string& path, IssueList& issues) {
  if (filter.field.empty()) {
    issues.error(IssueCode::Missing, path, "filter_field", {});
    return nullptr;
  }
  if (filter.field == "channel") {
    issues.error(IssueCode::BadScope, path, "channel_field", {});
    return nullptr;
  }
  RecordKind kind = metric.kind;
  std::string_view name = filter.field;
  if (const auto dot = name.find('.'); dot != std::string_view::npos) {
    const auto qualifier = recordKindFromName(name.substr(0, dot));
    if (qualifier != RecordKind::Customer || !findField(metric.kind, "customer_id") || metric.kind == RecordKind::Customer) {
      issues.error(IssueCode::BadScope, path, "own_fields", {std::string(nameOf(metric.kind))});
      return nullptr;
    }
    kind = RecordKind::Customer;
    name = name.substr(dot + 1);
  }
  const FieldDefinition* field = findField(kind, name);
  if (!field) {
    std::vector<std::string_view> known;
    for (const FieldDefinition& f : fieldsOf(kind)) known.push_back(f.key);
    unknownIssue(issues, IssueCode::BadScope, path, "no_field_", {std::string(nameOf(kind)), quotedText(name)}, name, known);
    return nullptr;
  }
  const FieldType type = field->type;
  if (type != FieldType::Category && type != FieldType::Id && type != FieldType::Text && type != FieldType::Flag) {
    issues.error(IssueCode::BadScope, path, type == FieldType::Timestamp ? "holds_times" : "holds_numbers", {std::string(name)});
    return nullptr;
  }
  return field;
}

void checkScope(const Scope& scope, const MetricDefinition& metric, const std::string& path, IssueList& issues) {
  const std::string channelsPath = childPath(path, "channels");
  if (!scope.channels.empty() && !findField(metric.kind, "channel"))
    issues.error(IssueCode::BadScope, channelsPath, "no_channel", {std::string(metric.key), std::string(nameOf(metric.kind))});
  checkValueList(scope.channels, channelsPath, issues);
  for (std::size_t i = 0; i < scope.filters.size(); ++i) {
    const ScopeFilter& filter = scope.filters[i];
    const std::string filterPath = indexPath(childPath(path, "filters"), i);
    const FieldDefinition* field = checkFilterField(filter, metric, childPath(filterPath, "field"), issues);
    for (std::size_t j = 0; j < i; ++j)
      if (!filter.field.empty() && scope.filters[j].field == filter.field)
        issues.error(IssueCode::BadScope, childPath(filterPath, "field"), "field_twice", {filter.field, indexPath("filters", j)});
    const std::string valuesPath = childPath(filterPath, "values");
    if (filter.values.empty()) issues.error(IssueCode::BadScope, valuesPath, "no_values", {});
    checkValueList(filter.values, valuesPath, issues);
    if (field && field->type == FieldType::Flag)
      for (std::size_t j = 0; j < filter.values.size(); ++j)
        if (filter.values[j] != "true" && filter.values[j] != "false")
          issues.error(IssueCode::BadScope, indexPath(valuesPath, j), "not_flag", {quotedText(filter.values[j])});
  }
}

void checkParameterOrder(const MetricDefinition& metric, const EffectiveParameters& parameters, const std::string& path,
                         IssueList& issues) {
  for (const ParameterOrder& order : metric.parameterOrder) {
    const double lower = parameters.number(order.lower, 0), higher = parameters.number(order.higher, 0);
    if (order.strict ? lower < higher : lower <= higher) continue;
    issues.error(IssueCode::ParameterOrder, path, order.strict ? "below" : "at_most",
                 {std::string(order.lower), formatNumber(lower), std::string(order.higher), formatNumber(higher)});
  }
}

// Overrides: each applies to part of the standard's scope, changes something, and can be reached.
void checkOverrides(const Standard& standard, const MetricDefinition& metric, const StatisticDefinition* statistic,
                    const VariantDefinition* variant, const std::string& path, IssueList& issues) {
  if (standard.overrides.size() > rules::kMaxOverrides)
    issues.error(IssueCode::TooMany, childPath(path, "overrides"), "count",
                 {std::to_string(standard.overrides.size()), std::to_string(rules::kMaxOverrides)});
  std::vector<std::string_view> standardChannels(standard.scope.channels.begin(), standard.scope.channels.end());
  for (std::size_t i = 0; i < standard.overrides.size() && i < rules::kMaxOverrides; ++i) {
    const Override& override = standard.overrides[i];
    const std::string overridePath = indexPath(childPath(path, "overrides"), i);
    const std::string scopePath = childPath(overridePath, "scope");
    if (override.scope.empty())
      issues.error(IssueCode::OverrideEmpty, scopePath, "no_scope", {});
    if (!override.target && override.parameters.empty())
      issues.error(IssueCode::OverrideEmpty, overridePath, "no_change", {});
    checkScope(override.scope, metric, scopePath, issues);
    for (std::size_t j = 0; j < override.scope.channels.size(); ++j) {
      const std::string& channel = override.scope.channels[j];
      if (!standardChannels.empty() && std::find(standardChannels.begin(), standardChannels.end(), channel) == standardChannels.end())
        issues.error(IssueCode::OverrideOutsideScope, indexPath(childPath(scopePath, "channels"), j), "channel",
                     {quotedText(channel), joinList(standardChannels)});
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
                       "filter", {quotedText(filter.values[k]), filter.field});
    }
    for (std::size_t j = 0; j < i; ++j)
      if (!override.scope.empty() && standard.overrides[j].scope == override.scope)
        issues.warning(IssueCode::OverrideShadowed, scopePath, "same_scope", {indexPath("overrides", j)});
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
    issues.error(IssueCode::Missing, childPath(metricPath, "key"), "metric_key", {});
    return;
  }
  const MetricDefinition* metric = findMetric(choice.key);
  if (!metric) {
    std::vector<std::string_view> known;
    for (const MetricDefinition& m : metricCatalogue()) known.push_back(m.key);
    unknownIssue(issues, IssueCode::UnknownMetric, childPath(metricPath, "key"), "", {quotedText(choice.key)}, choice.key, known);
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
