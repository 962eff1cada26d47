// SelectionSets found by filter equality: a scorecard has a handful of distinct scopes.
#include "core/metrics/selection_pool.h"

#include <algorithm>

namespace carescore {

SelectionSet& SelectionPool::of(const Filter& filter) {
  for (const std::unique_ptr<SelectionSet>& set : sets_)
    if (set->filter() == filter) return *set;
  sets_.push_back(std::make_unique<SelectionSet>(*this, filter));
  return *sets_.back();
}

const Selection* SelectionPool::narrowestAround(RecordKind kind, std::string_view periodField, bool applyPeriod,
                                                const Filter& filter) const {
  const Selection* narrowest = nullptr;
  for (const std::unique_ptr<SelectionSet>& set : sets_) {
    const Selection* selection = set->made(kind, periodField, applyPeriod);
    if (!selection || !selection->usable()) continue;
    // Without a period applied (allTime, or customers: no time field) the rows are the same in every period.
    if (applyPeriod && !periodField.empty() && set->filter().period != filter.period) continue;
    const auto within = [&](const FieldFilter& field) {
      return std::find(filter.fields.begin(), filter.fields.end(), field) != filter.fields.end();
    };
    if (!std::all_of(set->filter().fields.begin(), set->filter().fields.end(), within)) continue;
    if (!narrowest || selection->rows.size() < narrowest->rows.size()) narrowest = selection;
  }
  return narrowest;
}

} // namespace carescore
