// Resolving parameter values against the catalogue, and writing them into formulas.
#include "core/metrics/metric_parameters.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <variant>

namespace carescore {

namespace {

bool isNumeric(ParameterType type) { return type != ParameterType::Choice && type != ParameterType::TextList; }

std::string checkNumber(const ParameterDefinition& definition, double value) {
  const std::string key(definition.key);
  if (!std::isfinite(value)) return key + " must be a finite number";
  if (value < definition.minNumber || value > definition.maxNumber)
    return key + " = " + formatNumberForText(value) + " is outside " + formatNumberForText(definition.minNumber) + " … " +
           formatNumberForText(definition.maxNumber);
  if ((definition.type == ParameterType::Days || definition.type == ParameterType::Count) && std::floor(value) != value)
    return key + " = " + formatNumberForText(value) + " must be a whole number";
  return {};
}

bool isWordChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

} // namespace

std::string formatNumberForText(double value) {
  char buffer[32];
  if (std::floor(value) == value && std::fabs(value) < 1e15) std::snprintf(buffer, sizeof buffer, "%.0f", value);
  else std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

const MetricParameters::Entry& MetricParameters::entry(std::string_view key) const {
  const auto it = std::find_if(entries_.begin(), entries_.end(), [key](const Entry& e) { return e.definition->key == key; });
  assert(it != entries_.end() && "a compute function reads only its metric's parameters");
  return *it;
}

double MetricParameters::number(std::string_view key) const { return entry(key).number; }
std::string_view MetricParameters::choice(std::string_view key) const { return entry(key).choice; }
const std::vector<std::string>& MetricParameters::texts(std::string_view key) const { return entry(key).texts; }

std::string MetricParameters::display(std::string_view key) const {
  const Entry& e = entry(key);
  switch (e.definition->type) {
    case ParameterType::Seconds: return formatNumberForText(e.number) + " s";
    case ParameterType::Days: return formatNumberForText(e.number) + (e.number == 1 ? " day" : " days");
    case ParameterType::Percent: return formatNumberForText(e.number) + " %";
    case ParameterType::Count:
    case ParameterType::Number: return formatNumberForText(e.number);
    case ParameterType::Choice: return e.choice;
    case ParameterType::TextList: {
      if (e.texts.empty()) return "(none)";
      std::string text = "[";
      for (std::size_t i = 0; i < e.texts.size(); ++i) text += (i ? ", " : "") + e.texts[i];
      return text + "]";
    }
  }
  return {};
}

ParameterResolution resolveParameters(const MetricDefinition& metric, const Parameters& given) {
  ParameterResolution resolution;
  auto& entries = resolution.parameters.entries_;
  for (const ParameterDefinition& definition : metric.parameters)
    entries.push_back({&definition, definition.defaultNumber, std::string(definition.defaultChoice), {}});
  for (const auto& entry : given) {
    const std::string& key = entry.first;  // not a structured binding: clang 14 cannot capture those
    const ParameterValue& value = entry.second;
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.definition->key == key; });
    if (it == entries.end()) {
      resolution.error = std::string(metric.key) + " has no parameter " + key;
      return resolution;
    }
    const ParameterDefinition& definition = *it->definition;
    if (isNumeric(definition.type)) {
      const double* number = std::get_if<double>(&value);
      if (!number) {
        resolution.error = key + " must be a number";
        return resolution;
      }
      if (std::string error = checkNumber(definition, *number); !error.empty()) {
        resolution.error = std::move(error);
        return resolution;
      }
      it->number = *number;
    } else if (definition.type == ParameterType::Choice) {
      const std::string* word = std::get_if<std::string>(&value);
      if (!word || std::find(definition.choices.begin(), definition.choices.end(), *word) == definition.choices.end()) {
        std::string choices;
        for (std::string_view choice : definition.choices) choices += (choices.empty() ? "" : ", ") + std::string(choice);
        resolution.error = key + " must be one of " + choices;
        return resolution;
      }
      it->choice = *word;
    } else if (const auto* list = std::get_if<std::vector<std::string>>(&value)) {
      it->texts = *list;
    } else if (const auto* single = std::get_if<std::string>(&value)) {
      it->texts = {*single};
    } else {
      resolution.error = key + " must be a list of texts";
      return resolution;
    }
  }
  for (const ParameterOrder& order : metric.parameterOrder) {
    const double lower = resolution.parameters.number(order.lower);
    const double higher = resolution.parameters.number(order.higher);
    if (order.strict ? lower < higher : lower <= higher) continue;
    resolution.error = std::string(order.lower) + " (" + formatNumberForText(lower) + ") must be " +
                       (order.strict ? "below " : "at most ") + std::string(order.higher) + " (" +
                       formatNumberForText(higher) + ")";
    return resolution;
  }
  return resolution;
}

std::string filledFormula(const VariantDefinition& variant, const MetricParameters& parameters) {
  return formulaWith(variant, [&](std::string_view key) { return parameters.display(key); });
}

std::string formulaWith(const VariantDefinition& variant, const std::function<std::string(std::string_view)>& valueOf) {
  std::string text(variant.formula);
  for (std::string_view key : variant.parameters) {
    const std::string value = valueOf(key);
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at)) {
      const bool boundedBefore = at == 0 || !isWordChar(text[at - 1]);
      const bool boundedAfter = at + key.size() == text.size() || !isWordChar(text[at + key.size()]);
      if (!boundedBefore || !boundedAfter) {
        at += key.size();
        continue;
      }
      text.replace(at, key.size(), value);
      at += value.size();
    }
  }
  return text;
}

} // namespace carescore
