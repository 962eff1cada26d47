// Checking a profile's meaning: every standard names a metric, statistic, variant and parameters
// the catalogue has, targets fit their units, scopes and overrides can apply, sources are
// traceable, goals form a funnel. Works on Profile values, so the editor can check before saving.
#pragma once
#include <vector>

#include "core/standards/profile.h"
#include "core/standards/profile_issue.h"

namespace carescore {

// Errors and warnings, each with the JSON path of the value it is about.
std::vector<ProfileIssue> validateProfile(const Profile& profile);

} // namespace carescore
