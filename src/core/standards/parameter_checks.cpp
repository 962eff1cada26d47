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

std::string_view expectedFor(const ParameterDefinition& definition) {
  switch (definition.type) {
    case ParameterType::Seconds: return "a number of seconds";
    case ParameterType::Days: return "a whole number of days";
    case ParameterType::Count: return "a whole number";
    case ParameterType::Number: return "a number";
    case ParameterType::Percent: return "a number in percent";
    case ParameterType::Choice: return "one of the words listed";
    case ParameterType::TextList: return "a list of texts";
  }
  return "a value";
}

bool isNumeric(ParameterType type) {
  return type != ParameterType::Choice && type != ParameterType::TextList;
}

void checkNumber(double value, const ParameterDefinition& definition, const std::string& path, IssueList& issues) {
  const bool whole = definition.type == ParameterType::Days || definition.type == ParameterType::Count;
  if (std::isfinite(value) && whole && value != std::floor(value)) {
    issues.error(IssueCode::ParameterType, path, "must be " + std::string(expectedFor(definition)) + ", got " + formatNumber(value));
  } else if (!std::isfinite(value) || value < definition.minNumber || value > definition.maxNumber) {
    issues.error(IssueCode::ParameterRange, path,
                 "must be between " + formatNumber(definition.minNumber) + " and " +
                     withUnit(definition.maxNumber, definition.type) + ", got " + formatNumber(value));
  } else if (definition.type == ParameterType::Percent && value > 0 && value < 1) {
    issues.warning(IssueCode::LooksLikeFraction, path,
                   formatNumber(value) + " means " + formatNumber(value) + " %; percentages are written in percent: for " +
                       formatNumber(value * 100) + " % write " + formatNumber(value * 100));
  }
}

void checkChoice(const std::string& value, const ParameterDefinition& definition, const std::string& path, IssueList& issues) {
  if (std::find(definition.choices.begin(), definition.choices.end(), value) != definition.choices.end()) return;
  std::string message = "expected one of " + joinList(definition.choices) + "; got " + quotedText(value);
  if (const std::string_view match = closestMatch(value, definition.choices); !match.empty())
    message += " (did you mean " + quotedText(match) + "?)";
  issues.error(IssueCode::ParameterRange, path, message);
}

void checkTextList(const std::vector<std::string>& values, const std::string& path, IssueList& issues) {
  if (values.size() > profile_rules::kMaxListValues)
    issues.error(IssueCode::TooMany, path,
                 std::to_string(values.size()) + " items; at most " + std::to_string(profile_rules::kMaxListValues));
  for (std::size_t i = 0; i < values.size() && i < profile_rules::kMaxListValues; ++i) {
    if (values[i].find_first_not_of(" \t") == std::string::npos)
      issues.error(IssueCode::ParameterRange, indexPath(path, i), "empty");
    else if (!isValidUtf8(values[i]) || codePointCount(values[i]) > profile_rules::kMaxShortText)
      issues.error(IssueCode::ParameterRange, indexPath(path, i),
                   "must be UTF-8 text of at most " + std::to_string(profile_rules::kMaxShortText) + " characters");
  }
}

} // namespace

std::string withUnit(double value, ParameterType type) {
  const std::string number = formatNumber(value);
  switch (type) {
    case ParameterType::Seconds: return number + " seconds";
    case ParameterType::Days: return number + " days";
    case ParameterType::Percent: return number + " %";
    default: return number;
  }
}

std::string describe(const ParameterValue& value) {
  if (const double* number = std::get_if<double>(&value)) return "the number " + formatNumber(*number);
  if (const std::string* text = std::get_if<std::string>(&value)) return "the text " + quotedText(*text);
  return "a list";
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
      std::string message = std::string(owner) + " has no parameter " + quotedText(key);
      if (known.empty()) message = std::string(owner) + " has no parameters";
      else if (const std::string_view match = closestMatch(key, known); !match.empty())
        message += "; did you mean " + quotedText(match) + "?";
      else
        message += "; it has: " + joinList(known);
      issues.error(IssueCode::UnknownParameter, settingPath, std::move(message));
      continue;
    }
    const bool typeFits = isNumeric(definition->type)                 ? std::holds_alternative<double>(value)
                          : definition->type == ParameterType::Choice ? std::holds_alternative<std::string>(value)
                                                                       : std::holds_alternative<std::vector<std::string>>(value);
    if (!typeFits) {
      std::string expected(expectedFor(*definition));
      if (definition->type == ParameterType::Choice) expected = "one of " + joinList(definition->choices);
      issues.error(IssueCode::ParameterType, settingPath, "expected " + expected + ", got " + describe(value));
      continue;
    }
    const std::size_t before = issues.items().size();
    if (const double* number = std::get_if<double>(&value)) checkNumber(*number, *definition, settingPath, issues);
    if (const std::string* word = std::get_if<std::string>(&value)) checkChoice(*word, *definition, settingPath, issues);
    if (const auto* list = std::get_if<std::vector<std::string>>(&value)) checkTextList(*list, settingPath, issues);
    // A setting the variant ignores is worth a word only once its value is right.
    if (variant && !variantUses(*variant, key) && issues.items().size() == before)
      issues.warning(IssueCode::ParameterUnused, settingPath,
                     "not used by variant " + std::string(variant->key) + ", so it has no effect");
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
