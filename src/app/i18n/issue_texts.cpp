// Keyed summaries of profile and mapping issues. The engine's messages carry details (allowed
// ranges, did-you-mean) in English; vi and ru say what is wrong by the issue's code, where, and the
// value concerned, so nothing English of the engine shows there.
#include "app/i18n/issue_texts.h"

#include "app/i18n/translate.h"

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
  for (int c = 0; c <= static_cast<int>(kLastApplyCode); ++c) keys.push_back(applyKey(static_cast<ApplyCode>(c)));
  return keys;
}

std::string issueText(const ProfileIssue& issue, Language language) {
  const std::string* summary = findKeyedText(issueKey(issue.code), language);
  if (language == Language::English || !summary) return issue.text();
  if (!issue.path.empty()) return issue.path + ": " + *summary;
  if (issue.line > 0) {
    const std::string* at = findKeyedText("issue.at_line", language);
    const std::string where = at ? fillPlaceholders(*at, {std::to_string(issue.line), std::to_string(issue.column)}) : std::string();
    return where + ": " + *summary;
  }
  return *summary;
}

std::string applyIssueText(const ApplyIssue& issue, Language language) {
  const std::string* pattern = findKeyedText(applyKey(issue.code), language);
  if (language == Language::English || !pattern) return issue.message;
  return fillPlaceholders(*pattern, {issue.column, issue.field, issue.example});
}

} // namespace carescore
