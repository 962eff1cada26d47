// Rendering the engine's codes from the keyed templates of assets/i18n/*.json. Not the templates
// themselves (data) nor the engine's English (core/): this only fills one from the other.
#include "app/i18n/engine_texts.h"


#include "app/analysis.h"
#include "app/i18n/engine_messages.h"
#include "app/i18n/issue_texts.h"
#include "app/i18n/translate.h"
#include "core/mapping/value_tables.h"
#include "core/metrics/metric_parameters.h"

namespace carescore {

namespace {

// A keyed template in the language; the key itself when no file has it (tests catch that).
std::string templateOf(std::string_view key, Language language) {
  const std::string* text = findKeyedText(key, language);
  return text ? *text : std::string(key);
}

std::string scopeFieldKey(std::string_view field) { return "scope." + std::string(field); }
std::string choiceKey(std::string_view word) { return "choice." + std::string(word); }

// "120", "0.5" as the engine writes them, with the language's decimal separator.
std::string numberText(double value, Language language) {
  std::string text = formatNumberForText(value);
  if (language != Language::English)
    for (char& c : text)
      if (c == '.') c = ',';
  return text;
}

// A parameter's value as the formula shows it; English is exactly MetricParameters::display.
std::string parameterText(const MetricParameters& parameters, const ParameterDefinition& definition, Language language) {
  if (language == Language::English) return parameters.display(definition.key);
  const double number = parameters.number(definition.key);
  switch (definition.type) {
    case ParameterType::Seconds: return fillPlaceholders(templateOf("unit.seconds", language), {numberText(number, language)});
    case ParameterType::Days:
      return fillPlaceholders(templateOf(number == 1 ? "unit.day" : "unit.days", language), {numberText(number, language)});
    case ParameterType::Percent: return fillPlaceholders(templateOf("unit.percent", language), {numberText(number, language)});
    case ParameterType::Count:
    case ParameterType::Number: return numberText(number, language);
    case ParameterType::Choice:
    case ParameterType::TextList: break;
  }
  const std::string shown = parameters.display(definition.key);
  return shown == "(none)" ? templateOf("unit.none", language) : shown;  // choice words and topics as written
}

// "{key}": how a template marks where a parameter's value goes.
std::string placeholderOf(std::string_view key) { return std::string("{").append(key).append("}"); }

} // namespace

std::vector<std::string> engineTextKeys() {
  std::vector<std::string> keys;
  for (const DiagnosticDefinition& d : diagnosticDefinitions()) keys.push_back(diagnosticKey(d.code));
  for (const DiagnosticVariant& v : diagnosticVariants()) keys.push_back(diagnosticKey(v.code, v.key));
  for (std::string_view channel : channelWords()) keys.push_back("channel." + std::string(channel));
  for (std::string_view field : kFilterFields) keys.push_back(scopeFieldKey(field));
  for (const MetricDefinition& metric : metricCatalogue())
    for (const VariantDefinition& variant : metric.variants) keys.push_back(formulaKey(metric, variant));
  for (const char* unit : {"unit.seconds", "unit.day", "unit.days", "unit.percent", "unit.none", "diag.byte"}) keys.emplace_back(unit);
  for (std::string& key : engineMessageKeys()) keys.push_back(std::move(key));
  for (std::string& key : issueTextKeys()) keys.push_back(std::move(key));
  for (const MetricDefinition& metric : metricCatalogue()) {
    for (const VariantDefinition& variant : metric.variants) keys.push_back(variantKey(metric, variant));
    for (const ParameterDefinition& parameter : metric.parameters) {
      if (!parameter.description.empty()) keys.push_back(parameterKey(metric, parameter));
      for (std::string_view word : parameter.choices)
        if (word.find('.') == std::string_view::npos) keys.push_back(choiceKey(word));
    }
  }
  return keys;
}

std::string diagnosticKey(DiagnosticCode code, std::string_view variant) {
  std::string key = "diag." + std::string(nameOf(code));
  if (!variant.empty()) key.append(".").append(variant);  // not "." + string: GCC 12 warns falsely (-Wrestrict)
  return key;
}

std::string diagnosticText(const Diagnostic& diagnostic, Language language) {
  std::vector<std::string> args = diagnostic.args;
  // Delimiter names are words of the engine's English ("comma"): said in the language too.
  if (diagnostic.code == DiagnosticCode::AmbiguousDelimiter || diagnostic.code == DiagnosticCode::ExcelWrappedRows) {
    for (std::string& arg : args) {
      if (arg == "comma") arg = tr(Text::DelimiterComma, language);
      else if (arg == "semicolon") arg = tr(Text::DelimiterSemicolon, language);
      else if (arg == "tab") arg = tr(Text::DelimiterTab, language);
      else if (arg == "pipe") arg = tr(Text::DelimiterPipe, language);
    }
  }
  // The JSON tokenizer names a byte it did not expect "'x'" or "byte 0x1F": the word in the language too.
  if (diagnostic.code == DiagnosticCode::JsonSyntax)
    for (std::string& arg : args)
      if (arg.rfind("byte 0x", 0) == 0) arg = fillPlaceholders(templateOf("diag.byte", language), {arg.substr(5)});
  const std::string* pattern = findKeyedText(diagnosticKey(diagnostic.code, diagnostic.variant), language);
  return pattern ? fillPlaceholders(*pattern, args) : diagnostic.message;
}

std::string channelName(std::string_view channel, Language language) {
  const std::string* name = findKeyedText("channel." + std::string(channel), language);
  return name ? *name : std::string(channel);
}

std::string scopeText(const Scope& scope, Language language) {
  std::string out;
  auto part = [&](std::string_view field, const std::vector<std::string>& values, bool channels) {
    std::string list;
    for (const std::string& value : values) {
      if (!list.empty()) list += ", ";
      list += channels ? channelName(value, language) : value;
    }
    const std::string* pattern = findKeyedText(scopeFieldKey(field), language);
    if (!out.empty()) out += "; ";
    out += pattern ? fillPlaceholders(*pattern, {list}) : std::string(field) + " " + list;
  };
  if (!scope.channels.empty()) part("channel", scope.channels, true);
  for (const ScopeFilter& filter : scope.filters) part(filter.field, filter.values, false);
  return out.empty() ? std::string(tr(Text::ScopeAll, language)) : out;
}

std::string formulaKey(const MetricDefinition& metric, const VariantDefinition& variant) {
  return std::string("formula.").append(metric.key).append(".").append(variant.key);
}

std::string formulaTemplate(const VariantDefinition& variant) {
  return formulaWith(variant, [](std::string_view key) { return placeholderOf(key); });
}

std::string formulaText(const MetricChoice& choice, Language language) {
  const MetricDefinition* metric = findMetric(choice.key);
  if (!metric) return {};
  const VariantDefinition* variant = choice.variant.empty() ? &defaultVariantOf(*metric) : findVariant(*metric, choice.variant);
  if (!variant) return {};
  const ParameterResolution resolution = resolveParameters(*metric, choice.parameters);
  std::string text = templateOf(formulaKey(*metric, *variant), language);
  for (std::string_view key : variant->parameters) {
    const ParameterDefinition* definition = findParameter(*metric, key);
    if (!definition) continue;
    const std::string placeholder = placeholderOf(key);
    const std::string value = parameterText(resolution.parameters, *definition, language);
    for (std::size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
      text.replace(at, placeholder.size(), value);
  }
  return text;
}

std::string variantKey(const MetricDefinition& metric, const VariantDefinition& variant) {
  return "variant." + std::string(metric.key) + "." + std::string(variant.key);
}

std::string variantLabel(const MetricDefinition& metric, const VariantDefinition& variant, Language language) {
  const std::string* label = findKeyedText(variantKey(metric, variant), language);
  return label ? *label : std::string(variant.label);
}

std::string choiceText(std::string_view word, Language language) {
  const std::string* text = word.find('.') == std::string_view::npos ? findKeyedText(choiceKey(word), language) : nullptr;
  return text ? *text : std::string(word);
}

const char* typeWord(ValueType type, Language language) {
  switch (type) {
    case ValueType::Empty: return tr(Text::TypeEmpty, language);
    case ValueType::Integer: return tr(Text::TypeInteger, language);
    case ValueType::Decimal: return tr(Text::TypeDecimal, language);
    case ValueType::Boolean: return tr(Text::TypeBoolean, language);
    case ValueType::Timestamp: return tr(Text::TypeTimestamp, language);
    case ValueType::Duration: return tr(Text::TypeDuration, language);
    case ValueType::Category: return tr(Text::TypeCategory, language);
    case ValueType::Text: return tr(Text::TypeText, language);
  }
  return "";
}

std::string parameterKey(const MetricDefinition& metric, const ParameterDefinition& parameter) {
  return "param." + std::string(metric.key) + "." + std::string(parameter.key);
}

std::string parameterDescription(const MetricDefinition& metric, const ParameterDefinition& parameter, Language language) {
  const std::string* text = findKeyedText(parameterKey(metric, parameter), language);
  return text ? *text : std::string(parameter.description);
}

} // namespace carescore
