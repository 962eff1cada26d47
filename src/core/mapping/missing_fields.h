// What the loaded data still lacks for a profile's standards: for each standard whose metric
// variant cannot be computed, the catalogue's "needs field …" messages (metrics/requirements.h),
// judged on the mapped Dataset (a field counts when some row has a value). The mapping review
// shows it, so the user knows which column to map next. Not the metrics themselves.
#pragma once
#include <string>
#include <vector>

#include "core/model/dataset.h"
#include "core/standards/profile.h"

namespace carescore {

struct MissingForStandard {
  std::string standard;               // the standard's id
  std::string metric;                 // its metric's key
  std::vector<std::string> messages;  // "needs field wait_seconds (or created_at + answered_at)"
};

std::vector<MissingForStandard> missingForProfile(const Profile& profile, const Dataset& dataset);

// The distinct canonical fields named by those messages' first alternatives, "kind.field", for a
// short list ("contact.wait_seconds", "survey.csat").
std::vector<std::string> missingFieldKeys(const Profile& profile, const Dataset& dataset);

} // namespace carescore
