// The scopes a standard is evaluated over: its own scope minus the parts its overrides take, then
// each override's scope within the standard's — each with its target, parameters and filter.
// Not the evaluation (evaluate_profile.cpp).
#pragma once
#include <string>
#include <vector>

#include "core/metrics/filter.h"
#include "core/model/dataset.h"
#include "core/standards/profile.h"

namespace carescore {

struct ScopePlan {
  int overrideIndex = -1;              // -1: the standard's own scope
  Scope scope;                         // as evaluated (own scope: with the override values taken out)
  std::vector<std::string> excluded;   // own scope: "channel phone" left to an override
  std::string label;                   // "all", "channel chat", "channel phone; team B"
  Target target;
  Parameters parameters;               // the standard's, overwritten by the override's
  Filter filter;                       // scope and global filters, no period yet
};

// The own scope comes first unless the overrides take all of it. An override's part is taken out
// of the own scope when the override restricts a single field (its channels, or one filter);
// otherwise the own scope keeps those records too, evaluated with the standard's own target.
std::vector<ScopePlan> planScopes(const Standard& standard, RecordKind kind, const Dataset& data,
                                  const std::vector<FieldFilter>& globalFilters);

std::string describeScope(const Scope& scope);

} // namespace carescore
