// Matching the engine's English messages against the English "msg.*" templates and refilling the
// arguments into the same template in the UI's language. Not a translator of free text: a message
// of no known shape is shown as written (and the sweeping app test fails on its English words).
#include "app/i18n/engine_messages.h"

#include <algorithm>
#include <optional>

#include "app/i18n/translate.h"
#include "core/scorecard/usual_exports.h"

namespace carescore {

namespace {

// The shapes the engine writes (metrics/requirements.cpp, metrics/selection.cpp, metric_engine.cpp,
// scorecard/, staffing.cpp, goal_progress.cpp, funnel_counts.cpp). Longer shapes first: "needs field {0}" would also
// match what "needs field {0} to filter {1} records by it" does.
constexpr const char* kMessageKeys[] = {
    "msg.needs_customer_to_filter", "msg.needs_customer_to_split", "msg.needs_field_to_filter_by_it",
    "msg.needs_field_to_split_by_it", "msg.needs_field_to_filter", "msg.needs_field_or", "msg.needs_fields_or",
    "msg.needs_fields", "msg.needs_field", "msg.cannot_filter", "msg.filter_no_values", "msg.no_field",
    "msg.filter_numbers", "msg.unknown_metric", "msg.no_value_for_statistic", "msg.no_metric", "msg.no_variant",
    "msg.no_statistic", "msg.trend_buckets", "msg.no_funnel_counting", "msg.staff_no_contacts",
    "msg.staff_too_long", "msg.goal_start_not_date", "msg.unknown_funnel_measure", "msg.cannot_be_counted",
    "msg.needs_step_before", "msg.needs_business_hours",
};

// Words inside arguments: record kinds ("contact records") and the joins of field lists.
constexpr const char* kKindNames[] = {"contact", "survey", "order", "customer", "agent_time"};
constexpr const char* kJoinKeys[] = {"msg.join_or", "msg.join_and"};  // ", or " and " and "

// A template split at its placeholders: literal, index, literal, index, …, literal.
struct Shape {
  std::vector<std::string_view> literals;
  std::vector<int> indices;
};

Shape shapeOf(std::string_view pattern) {
  Shape shape;
  std::size_t from = 0;
  for (std::size_t i = 0; i + 2 < pattern.size(); ++i) {
    if (pattern[i] == '{' && pattern[i + 1] >= '0' && pattern[i + 1] <= '9' && pattern[i + 2] == '}') {
      shape.literals.push_back(pattern.substr(from, i - from));
      shape.indices.push_back(pattern[i + 1] - '0');
      from = i + 3;
      i += 2;
    }
  }
  shape.literals.push_back(pattern.substr(from));
  return shape;
}

// Captures placeholder `piece` (non-empty) from `at` so that the literals after it line up with `text`.
bool matchFrom(const Shape& shape, std::string_view text, std::size_t piece, std::size_t at, std::vector<std::string>& out) {
  if (piece == shape.indices.size()) return at == text.size();
  const std::string_view next = shape.literals[piece + 1];
  if (piece + 1 == shape.indices.size()) {  // the last placeholder takes all but the closing literal
    if (text.size() < at + 1 + next.size() || !text.ends_with(next)) return false;
    out[piece] = std::string(text.substr(at, text.size() - next.size() - at));
    return true;
  }
  for (std::size_t end = text.find(next, at + 1); end != std::string_view::npos; end = text.find(next, end + 1)) {
    out[piece] = std::string(text.substr(at, end - at));
    if (matchFrom(shape, text, piece + 1, end + next.size(), out)) return true;
  }
  return false;
}


void replaceAll(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

// An argument in the language: a record kind's word, field lists with the language's joins, a
// nested message; names of fields and values stay as written.
std::string argumentText(const std::string& arg, Language language) {
  for (const char* kind : kKindNames)
    if (arg == kind) {
      const std::string* word = findKeyedText("kind." + arg, language);
      return word ? *word : arg;
    }
  std::string out = arg;
  for (const char* key : kJoinKeys) {
    const std::string* english = findKeyedText(key, Language::English);
    const std::string* word = findKeyedText(key, language);
    if (english && word && *english != *word) replaceAll(out, *english, *word);
  }
  return out;
}

std::string usualExportKey(const UsualExport& entry) {
  return "export." + std::string(nameOf(entry.kind)) + "." + std::string(entry.field.empty() ? "any" : entry.field);
}

constexpr const char* kUsualExportFallbackKey = "export.fallback";

} // namespace

std::optional<std::vector<std::string>> matchTemplate(std::string_view pattern, std::string_view text) {
  const Shape shape = shapeOf(pattern);
  if (text.substr(0, shape.literals.front().size()) != shape.literals.front()) return std::nullopt;
  std::vector<std::string> captured(shape.indices.size());
  if (!matchFrom(shape, text, 0, shape.literals.front().size(), captured)) return std::nullopt;
  int highest = -1;
  for (int index : shape.indices) highest = std::max(highest, index);
  std::vector<std::string> args(static_cast<std::size_t>(highest + 1));  // placeholders may skip numbers
  for (std::size_t i = 0; i < captured.size(); ++i) args[static_cast<std::size_t>(shape.indices[i])] = captured[i];
  return args;
}

std::vector<std::string> engineMessageKeys() {
  std::vector<std::string> keys(std::begin(kMessageKeys), std::end(kMessageKeys));
  for (const char* kind : kKindNames) keys.push_back("kind." + std::string(kind));
  keys.insert(keys.end(), std::begin(kJoinKeys), std::end(kJoinKeys));
  for (const UsualExport& entry : usualExports()) keys.push_back(usualExportKey(entry));
  keys.emplace_back(kUsualExportFallbackKey);
  return keys;
}

std::string messageText(std::string_view english, Language language) {
  if (language == Language::English) return std::string(english);  // the engine's words: no matching every frame
  for (const char* key : kMessageKeys) {
    const std::string* pattern = findKeyedText(key, Language::English);
    if (!pattern) continue;
    const auto args = matchTemplate(*pattern, english);
    if (!args) continue;
    std::vector<std::string> worded;
    for (const std::string& arg : *args) worded.push_back(argumentText(arg, language));
    return fillPlaceholders(*findKeyedText(key, language), worded);
  }
  return std::string(english);
}

std::string usualExportText(std::string_view english, Language language) {
  std::string key = english == kUsualExportFallback ? kUsualExportFallbackKey : std::string();
  for (const UsualExport& entry : usualExports())
    if (key.empty() && entry.text == english) key = usualExportKey(entry);
  const std::string* text = key.empty() ? nullptr : findKeyedText(key, language);
  return text ? *text : std::string(english);
}

bool isKnownMessage(std::string_view english) {
  for (const char* key : kMessageKeys)
    if (const std::string* pattern = findKeyedText(key, Language::English); pattern && matchTemplate(*pattern, english)) return true;
  return false;
}

} // namespace carescore
