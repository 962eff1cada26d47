// A Mapping as a JSON document: written in a fixed key order (defaults left out, as a person would
// write it), read back with every problem reported with its path ("columns[3].field: …, did you
// mean first_response_seconds?"), and checked against the field catalogue, the value tables and the
// zone database. Reading reuses standards/json_document (size, NUL, depth and duplicate-key checks).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/mapping/mapping.h"
#include "core/standards/profile_issue.h"
#include "core/time/zone_database.h"

namespace carescore {

std::string writeMapping(const Mapping& mapping);

struct MappingParse {
  std::optional<Mapping> mapping;  // set when there are no errors (warnings may remain)
  std::vector<ProfileIssue> issues;
};

// `zones`, when given, checks that the mapping's zones exist.
MappingParse parseMapping(std::string_view jsonText, const ZoneDatabase* zones = nullptr);

// What is wrong with a mapping's content (the reader calls it; the app calls it after an edit).
std::vector<ProfileIssue> validateMapping(const Mapping& mapping, const ZoneDatabase* zones = nullptr);

} // namespace carescore
