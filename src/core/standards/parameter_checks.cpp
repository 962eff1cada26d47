// Parameter settings against their definitions (metrics and funnel measures alike), and the
// values in force once defaults and overrides are layered.
#include <algorithm>
#include <cmath>
#include <variant>

#include "core/standards/message_text.h"
#include "core/standards/profile_rules.h"
#include "core/standards/validation_checks.h"

namespace carescore::validation {

namespace {

// What a parameter takes, as an IssueWord key.
std::string expectedFor(const ParameterDefinition& definition) {
  switch (definition.type) {
    case ParameterType::Seconds: return "a_number_of_seconds";
    case ParameterType::Days: return "a_whole_number_of_days";
    case ParameterType::Count: return "a_whole_number";
    case ParameterType::Number: return "a_number";
    case ParameterType::Percent: return "a_number_in_percent";
    case ParameterType::Choice: return "one_of_the_words_listed";
    case ParameterType::TextList: return "a_list_of_texts";
  }
  return "a_value";
}

// The ParameterRange variant of a range in the parameter's unit.
std::string_view rangeVariant(ParameterType type) {
  switch (type) {
    case ParameterType::Seconds: return "between_seconds";
    case ParameterType::Days: return "between_days";
    case ParameterType::Percent: return "between_percent";
    default: return "between";
  }
}

bool isNumeric(ParameterType type) {
  return type != ParameterType::Choice && type != ParameterType::TextList;
}

void checkNumber(double value, const ParameterDefinition& definition, const std::string& path, IssueList& issues) {
  const bool whole = definition.type == ParameterType::Days || definition.type == ParameterType::Count;
  if (std::isfinite(value) && whole && value != std::floor(value)) {
    issues.error(IssueCode::ParameterType, path, "whole", {expectedFor(definition), formatNumber(value)});
  } else if (!std::isfinite(value) || value < definition.minNumber || value > definition.maxNumber) {
    issues.error(IssueCode::ParameterRange, path, rangeVariant(definition.type),
                 {formatNumber(definition.minNumber), formatNumber(definition.maxNumber), formatNumber(value)});
  } else if (definition.type == ParameterType::Percent && value > 0 && value < 1) {
    issues.warning(IssueCode::LooksLikeFraction, path, "percent",
                   {formatNumber(value), formatNumber(value), formatNumber(value * 100), formatNumber(value * 100)});
  }
}

void checkChoice(const std::string& value, const ParameterDefinition& definition, const std::string& path, IssueList& issues) {
  if (std::find(definition.choices.begin(), definition.choices.end(), value) != definition.choices.end()) return;
  if (const std::string_view match = closestMatch(value, definition.choices); !match.empty())
    issues.error(IssueCode::ParameterRange, path, "choice_did_you_mean",
                 {joinList(definition.choices), quotedText(value), quotedText(match)});
  else
    issues.error(IssueCode::ParameterRange, path, "choice", {joinList(definition.choices), quotedText(value)});
}

void checkTextList(const std::vector<std::string>& values, const std::string& path, IssueList& issues) {
  if (values.size() > profile_rules::kMaxListValues)
    issues.error(IssueCode::TooMany, path, "count", {std::to_string(values.size()), std::to_string(profile_rules::kMaxListValues)});
  for (std::size_t i = 0; i < values.size() && i < profile_rules::kMaxListValues; ++i) {
    if (values[i].find_first_not_of(" \t") == std::string::npos)
      issues.error(IssueCode::ParameterRange, indexPath(path, i), "empty", {});
    else if (!isValidUtf8(values[i]) || codePointCount(values[i]) > profile_rules::kMaxShortText)
      issues.error(IssueCode::ParameterRange, indexPath(path, i), "text_too_long", {std::to_string(profile_rules::kMaxShortText)});
  }
}

} // namespace

std::pair<std::string_view, std::string> describeForIssue(const ParameterValue& value) {
  if (const double* number = std::get_if<double>(&value)) return {"got_number", formatNumber(*number)};
  if (const std::string* text = std::get_if<std::string>(&value)) return {"got_text", quotedText(*text)};
  return {"got", "a_list"};
}

void checkParameters(const Parameters& settings, std::span<const ParameterDefinition> definitions,
                     const VariantDefinition* variant, std::string_view owner, const std::string& path,
                     IssueList& issues) {
  std::vector<std::string_view> known;
  for (const ParameterDefinition& definition : definitions) known.push_back(definition.key);
  for (const auto& setting : settings) {
    const std::string& key = setting.first;  // named, not a structured binding: clang 14 cannot capture those
    const ParameterValue& value = setting.second;
    const std::string settingPath = childPath(path, key);
    const auto definition = std::find_if(definitions.begin(), definitions.end(),
                                         [&](const ParameterDefinition& d) { return d.key == key; });
    if (definition == definitions.end()) {
      if (known.empty())
        issues.error(IssueCode::UnknownParameter, settingPath, "none", {std::string(owner)});
      else if (const std::string_view match = closestMatch(key, known); !match.empty())
        issues.error(IssueCode::UnknownParameter, settingPath, "did_you_mean", {std::string(owner), quotedText(key), quotedText(match)});
      else
        issues.error(IssueCode::UnknownParameter, settingPath, "list", {std::string(owner), quotedText(key), joinList(known)});
      continue;
    }
    const bool typeFits = isNumeric(definition->type)                 ? std::holds_alternative<double>(value)
                          : definition->type == ParameterType::Choice ? std::holds_alternative<std::string>(value)
                                                                       : std::holds_alternative<std::vector<std::string>>(value);
    if (!typeFits) {
      const auto [got, shown] = describeForIssue(value);
      if (definition->type == ParameterType::Choice)
        issues.error(IssueCode::ParameterType, settingPath, "choice_" + std::string(got), {joinList(definition->choices), shown});
      else
        issues.error(IssueCode::ParameterType, settingPath, got, {expectedFor(*definition), shown});
      continue;
    }
    const std::size_t before = issues.items().size();
    if (const double* number = std::get_if<double>(&value)) checkNumber(*number, *definition, settingPath, issues);
    if (const std::string* word = std::get_if<std::string>(&value)) checkChoice(*word, *definition, settingPath, issues);
    if (const auto* list = std::get_if<std::vector<std::string>>(&value)) checkTextList(*list, settingPath, issues);
    // A setting the variant ignores is worth a word only once its value is right.
    if (variant && !variantUses(*variant, key) && issues.items().size() == before)
      issues.warning(IssueCode::ParameterUnused, settingPath, "variant", {std::string(variant->key)});
  }
}

double EffectiveParameters::number(std::string_view key, double fallback) const {
  const auto it = std::find_if(numbers.begin(), numbers.end(), [key](const auto& entry) { return entry.first == key; });
  return it == numbers.end() ? fallback : it->second;
}

std::string_view EffectiveParameters::choice(std::string_view key, std::string_view fallback) const {
  const auto it = std::find_if(choices.begin(), choices.end(), [key](const auto& entry) { return entry.first == key; });
  return it == choices.end() ? fallback : std::string_view(it->second);
}

EffectiveParameters effectiveParameters(std::span<const ParameterDefinition> definitions,
                                        std::initializer_list<const Parameters*> layers) {
  EffectiveParameters effective;
  for (const ParameterDefinition& definition : definitions) {
    if (isNumeric(definition.type)) effective.numbers.emplace_back(definition.key, definition.defaultNumber);
    if (definition.type == ParameterType::Choice) effective.choices.emplace_back(definition.key, definition.defaultChoice);
    for (const Parameters* layer : layers) {
      const auto setting = layer->find(std::string(definition.key));
      if (setting == layer->end()) continue;
      if (const double* number = std::get_if<double>(&setting->second); number && isNumeric(definition.type))
        effective.numbers.back().second = *number;
      if (const std::string* word = std::get_if<std::string>(&setting->second); word && definition.type == ParameterType::Choice)
        effective.choices.back().second = *word;
    }
  }
  return effective;
}

} // namespace carescore::validation
