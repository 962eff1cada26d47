// Reading a profile document: JSON text → Profile, with every problem found reported at once
// (shape here, meaning in profile_validator.h). Not the format's description: FORMAT.md.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "core/standards/profile.h"
#include "core/standards/profile_issue.h"

namespace carescore {

struct ProfileParse {
  std::optional<Profile> profile;    // set when there is no error (warnings may remain)
  std::vector<ProfileIssue> issues;  // errors and warnings, each with its path
};

// Reads and validates. Never throws, never aborts: hostile text (NUL bytes, deep nesting, huge
// numbers, wrong types, megabytes of keys) gives issues.
ProfileParse parseProfile(std::string_view jsonText);

} // namespace carescore
