// Profile and mapping issues worded in the UI's language: in English the engine's own detailed
// message; in Vietnamese and Russian the issue's variant template ("issue.target_range.share") filled
// with its values and engine words ("issue.word.a_number"), or, for an issue without a variant, a
// keyed summary per code ("issue.unknown_metric", "apply.UNMAPPED_VALUE"). Not the checks (core/standards/).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "app/i18n/language.h"
#include "core/mapping/apply_issue.h"
#include "core/standards/profile_issue.h"

namespace carescore {

std::vector<std::string> issueTextKeys();  // every "issue.*" and "apply.*" key, for the catalogue

std::string issueVariantKey(IssueCode code, std::string_view variant);  // "issue.target_range.share"
std::string issueWordKey(std::string_view word);                         // "issue.word.a_number"

// The message alone (no path or line) from the issue's variant template in the language; empty
// when the issue has no variant or the language no template. In English it equals issue.message.
std::string issueVariantText(const ProfileIssue& issue, Language language = currentLanguage());

// "standards[3].target.value: …", "line 2, column 7: …" as ProfileIssue::text() places it.
std::string issueText(const ProfileIssue& issue, Language language = currentLanguage());
std::string applyIssueText(const ApplyIssue& issue, Language language = currentLanguage());

} // namespace carescore
