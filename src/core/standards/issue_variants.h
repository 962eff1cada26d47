// The wordings of profile issues as data: per code, variants with one English template each, and
// the engine words ("a number", "end of input") their values may be. Not the checks that pick them.
#pragma once
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/standards/profile_issue.h"

namespace carescore {

// "{}" takes a value as it is (a number, a quoted text, a path); "{w}" an IssueWord's key, which
// the English message shows as the word's English and the app in the UI's language.
struct IssueVariant {
  IssueCode code;
  std::string_view key;              // "did_you_mean"; the app's template is "issue.<code>.<key>"
  std::string_view messageTemplate;  // "unknown key; did you mean {}?"
};

struct IssueWord {
  std::string_view key;      // "a_number"; the app's template is "issue.word.<key>"
  std::string_view english;  // "a number"
};

std::span<const IssueVariant> issueVariants();
std::span<const IssueWord> issueWords();
const IssueVariant* findIssueVariant(IssueCode code, std::string_view key);
// The word's English, or empty for an unknown key.
std::string_view englishOfWord(std::string_view key);
// The key of the word whose English this is, among keys starting with `prefix`; empty if none.
std::string_view wordKeyOf(std::string_view english, std::string_view prefix = {});

// Whether the template's placeholder number `index` (0-based) is "{w}".
bool isWordPlaceholder(std::string_view pattern, std::size_t index);
std::size_t placeholderCount(std::string_view pattern);
// The template filled: "{}" with the value, "{w}" with the word's English.
std::string fillIssueTemplate(std::string_view pattern, std::span<const std::string> args);

// An issue worded by a variant of its code (asserted to exist); message, variant and args agree.
ProfileIssue variantIssue(IssueSeverity severity, IssueCode code, std::string path, std::string_view variant,
                          std::vector<std::string> args);

} // namespace carescore
