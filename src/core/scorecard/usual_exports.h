// Which export usually holds a canonical field, so a "no data" card can say what to load: a table
// by field, falling back to the record kind. Not the detection of exports (mapping/).
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/dataset.h"

namespace carescore {

struct UsualExport {
  RecordKind kind;
  std::string_view field;  // empty: any other field of the kind
  std::string_view text;
};

// The table, for the app's translations (keyed by kind and field); the fallback below is said of
// a kind without an entry of its own.
std::span<const UsualExport> usualExports();
inline constexpr std::string_view kUsualExportFallback = "an export with this field";

std::string_view usualExportOf(RecordKind kind, std::string_view field);

// The exports that would satisfy the unmet requirements among `inputs` (catalogue grammar, read
// from `kind`): the first alternative's missing fields of each unmet requirement, deduplicated.
std::vector<std::string> usualExportsFor(const Dataset& data, RecordKind kind, std::span<const std::string_view> inputs);

} // namespace carescore
