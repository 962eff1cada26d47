// The inputs a metric variant reads, as the catalogue writes them ("wait_seconds | created_at +
// answered_at"), parsed into field references; and the "needs field X" message when loaded data
// lacks them. Not a check of values: only whether the fields exist at all.
#pragma once
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/metrics/catalogue.h"
#include "core/model/fields.h"

namespace carescore {

struct FieldRef {
  RecordKind kind;
  std::string_view field;
  bool operator==(const FieldRef&) const = default;
};

// One requirement: any one of the alternatives, each needing all of its fields.
struct InputRequirement {
  std::vector<std::vector<FieldRef>> alternatives;
};

struct RequirementParse {
  InputRequirement requirement;
  std::string error;  // empty when the text parsed and every name is a canonical field
};

// Grammar: alternatives separated by "|", fields of one alternative joined by "+", a field is a
// canonical key of `kind` or qualified with another kind ("order.customer_id").
// Names keep pointing into `text`, which must outlive the result (catalogue text is static).
RequirementParse parseRequirement(std::string_view text, RecordKind kind);

// Whether the loaded data has a canonical field (the caller knows which tables are mapped).
using FieldAvailability = std::function<bool(RecordKind kind, std::string_view field)>;

// One message per requirement the data cannot meet, e.g. "needs field wait_seconds (or
// created_at + answered_at)"; empty when the variant can be computed.
std::vector<std::string> missingInputs(const MetricDefinition& metric, const VariantDefinition& variant,
                                       const FieldAvailability& has);

// The same for any list of requirements read from `kind` (funnel measures use it too).
std::vector<std::string> missingInputs(RecordKind kind, std::span<const std::string_view> inputs,
                                       const FieldAvailability& has);

} // namespace carescore
