// Profile and mapping issues from keyed templates. The engine keeps each profile issue's variant
// and values beside its English, so vi and ru give the same details (allowed ranges, did-you-mean,
// the type expected); the per-code summary is left for issues without a variant.
#include "app/i18n/issue_texts.h"

#include <algorithm>
#include <optional>
#include <span>

#include "app/i18n/engine_messages.h"
#include "app/i18n/engine_texts.h"
#include "app/i18n/translate.h"
#include "core/standards/issue_variants.h"

namespace carescore {

namespace {

constexpr IssueCode kLastIssueCode = IssueCode::MoreIssues;
constexpr ApplyCode kLastApplyCode = ApplyCode::UnknownZone;

std::string issueKey(IssueCode code) { return "issue." + std::string(nameOf(code)); }
std::string applyKey(ApplyCode code) { return "apply." + std::string(nameOf(code)); }

// The shapes of the engine's ApplyIssue messages whose detail the per-code summary drops (the zone,
// the time column, the column's type, what happens to the values): "apply.<CODE>.<shape>", whose
// English is the engine's message with the column as {0}, the field as {1} and other parts from {3},
// matched back to fill the same template in the language (mapping/apply_mapping.cpp, field_values.cpp).
struct ApplyShape {
  ApplyCode code;
  std::string_view key;
};
constexpr ApplyShape kApplyShapes[] = {
    {ApplyCode::NotMapped, "no_kind"},          {ApplyCode::NotMapped, "no_kind_note"},
    {ApplyCode::WrongType, "not_dates"},        {ApplyCode::WrongType, "cannot_feed"},
    {ApplyCode::NonexistentLocalTime, "zone"},  {ApplyCode::AmbiguousLocalTime, "zone"},
    {ApplyCode::MissingTimeOfDay, "time_column"}, {ApplyCode::UnmappedValue, "no_value_map"},
    {ApplyCode::UnmappedValue, "not_known"},    {ApplyCode::UnmappedValue, "kept"},
    {ApplyCode::OutOfRange, "counts"},          {ApplyCode::OutOfRange, "scale"},
    {ApplyCode::DateOrderKept, "proven"},       {ApplyCode::DateOrderKept, "offsets"},
    {ApplyCode::UnknownZone, "file"},           {ApplyCode::UnknownZone, "header"},
};
constexpr std::string_view kWithExample = "apply.with_example";  // "{0}, e.g. \"{1}\""

// The engine's names of column types (table/column.h nameOf(ValueType)).
constexpr ValueType kValueTypes[] = {ValueType::Empty,     ValueType::Integer,  ValueType::Decimal,  ValueType::Boolean,
                                     ValueType::Timestamp, ValueType::Duration, ValueType::Category, ValueType::Text};

std::string applyShapeKey(const ApplyShape& shape) { return applyKey(shape.code) + "." + std::string(shape.key); }

// The message's shape in the language with its parts, a column type worded; empty if none matches.
std::string applyShapeText(const ApplyIssue& issue, Language language) {
  for (const ApplyShape& shape : kApplyShapes) {
    if (shape.code != issue.code) continue;
    const std::string key = applyShapeKey(shape);
    const std::string* english = findKeyedText(key, Language::English);
    const std::string* pattern = findKeyedText(key, language);
    std::optional<std::vector<std::string>> args = english && pattern ? matchTemplate(*english, issue.message) : std::nullopt;
    if (!args) continue;
    if (issue.code == ApplyCode::WrongType && args->size() > 3)
      for (ValueType type : kValueTypes)
        if ((*args)[3] == nameOf(type)) (*args)[3] = typeWord(type, language);
    std::string text = fillPlaceholders(*pattern, std::span<const std::string>(*args));
    const bool exampleShown = std::find(args->begin(), args->end(), issue.example) != args->end();
    if (!issue.example.empty() && !exampleShown)
      if (const std::string* withExample = findKeyedText(kWithExample, language))
        text = fillPlaceholders(*withExample, {text, issue.example});
    return text;
  }
  return {};
}

} // namespace

std::vector<std::string> issueTextKeys() {
  std::vector<std::string> keys = {"issue.at_line"};
  for (int c = 0; c <= static_cast<int>(kLastIssueCode); ++c) keys.push_back(issueKey(static_cast<IssueCode>(c)));
  for (const IssueVariant& variant : issueVariants()) keys.push_back(issueVariantKey(variant.code, variant.key));
  for (const IssueWord& word : issueWords()) keys.push_back(issueWordKey(word.key));
  for (int c = 0; c <= static_cast<int>(kLastApplyCode); ++c) keys.push_back(applyKey(static_cast<ApplyCode>(c)));
  for (const ApplyShape& shape : kApplyShapes) keys.push_back(applyShapeKey(shape));
  keys.emplace_back(kWithExample);
  return keys;
}

std::string issueVariantKey(IssueCode code, std::string_view variant) {
  return issueKey(code) + "." + std::string(variant);
}

std::string issueWordKey(std::string_view word) { return "issue.word." + std::string(word); }

std::string issueVariantText(const ProfileIssue& issue, Language language) {
  const IssueVariant* variant = issue.variant.empty() ? nullptr : findIssueVariant(issue.code, issue.variant);
  const std::string* pattern = variant ? findKeyedText(issueVariantKey(issue.code, issue.variant), language) : nullptr;
  if (!pattern) return {};
  std::vector<std::string> args = issue.args;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (!isWordPlaceholder(variant->messageTemplate, i)) continue;  // a value: a number, a quoted text, a key
    if (const std::string* word = findKeyedText(issueWordKey(args[i]), language)) args[i] = *word;
  }
  return fillPlaceholders(*pattern, std::span<const std::string>(args));
}

std::string issueText(const ProfileIssue& issue, Language language) {
  if (language == Language::English) return issue.text();
  std::string message = issueVariantText(issue, language);
  if (message.empty())
    if (const std::string* summary = findKeyedText(issueKey(issue.code), language)) message = *summary;
  if (message.empty()) return issue.text();
  if (!issue.path.empty()) return issue.path + ": " + message;
  if (issue.line > 0) {
    const std::string* at = findKeyedText("issue.at_line", language);
    const std::string where = at ? fillPlaceholders(*at, {std::to_string(issue.line), std::to_string(issue.column)}) : std::string();
    return where + ": " + message;
  }
  return message;
}

std::string applyIssueText(const ApplyIssue& issue, Language language) {
  if (language == Language::English) return issue.message;
  if (std::string text = applyShapeText(issue, language); !text.empty()) return text;
  const std::string* pattern = findKeyedText(applyKey(issue.code), language);
  if (!pattern) return issue.message;
  return fillPlaceholders(*pattern, {issue.column, issue.field, issue.example});
}

} // namespace carescore
