// Profile and mapping issues worded in the UI's language: in English the engine's own detailed
// message; in Vietnamese and Russian a keyed summary per code ("issue.unknown_metric",
// "apply.UNMAPPED_VALUE") with where it is and the cell concerned. Not the checks (core/standards/).
#pragma once
#include <string>
#include <vector>

#include "app/i18n/language.h"
#include "core/mapping/apply_issue.h"
#include "core/standards/profile_issue.h"

namespace carescore {

std::vector<std::string> issueTextKeys();  // every "issue.*" and "apply.*" key, for the catalogue

// "standards[3].target.value: …", "line 2, column 7: …" as ProfileIssue::text() places it.
std::string issueText(const ProfileIssue& issue, Language language = currentLanguage());
std::string applyIssueText(const ApplyIssue& issue, Language language = currentLanguage());

} // namespace carescore
