// SelectionSets found by filter equality: a scorecard has a handful of distinct scopes.
#include "core/metrics/selection_pool.h"

namespace carescore {

SelectionSet& SelectionPool::of(const Filter& filter) {
  for (const std::unique_ptr<SelectionSet>& set : sets_)
    if (set->filter() == filter) return *set;
  sets_.push_back(std::make_unique<SelectionSet>(*context_, filter));
  return *sets_.back();
}

} // namespace carescore
