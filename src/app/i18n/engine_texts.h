// The engine's language-neutral texts worded in the UI's language: diagnostics from their code,
// variant and arguments; channel words; scopes; variant formulas with their parameter values. The
// templates are keyed data in assets/i18n/*.json ("diag.UNTERMINATED_QUOTE", "channel.phone",
// "formula.service_level.answered_only"); the English ones give exactly the engine's own text.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "app/i18n/language.h"
#include "core/ingest/diagnostics.h"
#include "core/metrics/catalogue.h"
#include "core/standards/profile.h"
#include "core/table/column.h"

namespace carescore {

// Every key the engine's codes need a template for, in every language (the catalogue test walks it).
std::vector<std::string> engineTextKeys();

std::string diagnosticKey(DiagnosticCode code, std::string_view variant = {});  // "diag.MIXED_LINE_ENDINGS.lone_cr"
std::string diagnosticText(const Diagnostic& diagnostic, Language language = currentLanguage());
std::string channelName(std::string_view channel, Language language = currentLanguage());  // other values as written
// "channel phone; team B" in the language; an empty scope is "all contacts".
std::string scopeText(const Scope& scope, Language language = currentLanguage());

std::string formulaKey(const MetricDefinition& metric, const VariantDefinition& variant);
// The variant's formula with each parameter key it reads written as "{key}": the English template.
std::string formulaTemplate(const VariantDefinition& variant);
// The chosen variant's formula with the choice's parameter values, in the language; empty for an
// unknown metric or variant.
std::string formulaText(const MetricChoice& choice, Language language = currentLanguage());

// A variant's short label ("answered contacts only") in the language: "variant.<metric>.<variant>".
std::string variantKey(const MetricDefinition& metric, const VariantDefinition& variant);
std::string variantLabel(const MetricDefinition& metric, const VariantDefinition& variant, Language language = currentLanguage());
// A choice parameter's word ("higher_is_easier") in the language; "metric.statistic" choices and
// other words as written.
std::string choiceText(std::string_view word, Language language = currentLanguage());

// A column's value type ("integer", "timestamp") as the file details and the mapping review word it.
const char* typeWord(ValueType type, Language language = currentLanguage());

// A parameter's explanation (the standards editor's tooltip) in the language: "param.<metric>.<key>".
std::string parameterKey(const MetricDefinition& metric, const ParameterDefinition& parameter);
std::string parameterDescription(const MetricDefinition& metric, const ParameterDefinition& parameter,
                                 Language language = currentLanguage());

} // namespace carescore
