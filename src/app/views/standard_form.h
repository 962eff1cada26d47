// The form that edits one standard of a profile in place: id, labels in three languages, group,
// metric with its statistic, variant and parameters (from the catalogue), comparator and threshold,
// period, minimum n, scope (channels and field filters) and overrides. Returns whether anything
// changed this frame; validation is the caller's (standards/profile_validator.h).
#pragma once
#include <string>
#include <vector>

#include "core/standards/profile.h"

namespace carescore {

struct AppState;

bool drawStandardForm(Standard& standard, const std::vector<Group>& groups, AppState& state);

// "a, b ,c" → {"a", "b", "c"}; empty items dropped. And back, joined with ", ".
std::vector<std::string> splitList(const std::string& text);
std::string joinList(const std::vector<std::string>& items);

} // namespace carescore
