// Profile and mapping issues from keyed templates. The engine keeps each profile issue's variant
// and values beside its English, so vi and ru give the same details (allowed ranges, did-you-mean,
// the type expected); the per-code summary is left for issues without a variant.
#include "app/i18n/issue_texts.h"

#include <span>

#include "app/i18n/translate.h"
#include "core/standards/issue_variants.h"

namespace carescore {

namespace {

constexpr IssueCode kLastIssueCode = IssueCode::MoreIssues;
constexpr ApplyCode kLastApplyCode = ApplyCode::UnknownZone;

std::string issueKey(IssueCode code) { return "issue." + std::string(nameOf(code)); }
std::string applyKey(ApplyCode code) { return "apply." + std::string(nameOf(code)); }

} // namespace

std::vector<std::string> issueTextKeys() {
  std::vector<std::string> keys = {"issue.at_line"};
  for (int c = 0; c <= static_cast<int>(kLastIssueCode); ++c) keys.push_back(issueKey(static_cast<IssueCode>(c)));
  for (const IssueVariant& variant : issueVariants()) keys.push_back(issueVariantKey(variant.code, variant.key));
  for (const IssueWord& word : issueWords()) keys.push_back(issueWordKey(word.key));
  for (int c = 0; c <= static_cast<int>(kLastApplyCode); ++c) keys.push_back(applyKey(static_cast<ApplyCode>(c)));
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
  const std::string* pattern = findKeyedText(applyKey(issue.code), language);
  if (language == Language::English || !pattern) return issue.message;
  return fillPlaceholders(*pattern, {issue.column, issue.field, issue.example});
}

} // namespace carescore
