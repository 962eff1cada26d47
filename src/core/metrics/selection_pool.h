// A SelectionPool: one SelectionSet per distinct filter, so that every evaluation of a scorecard
// with the same scope and period (the current period of several standards, the previous one of
// their comparisons) shares each selection instead of scanning the tables again. A set's new
// selection starts from a broader one another set made: a channel's rows from the period's, the
// value filters alone (or customers) from another period's. Lives for one scorecard; not a cache
// across clicks (the filters change with every click).
#pragma once
#include <memory>
#include <vector>

#include "core/metrics/selection.h"

namespace carescore {

class SelectionPool {
public:
  explicit SelectionPool(MetricContext& context) : context_(&context) {}

  MetricContext& context() const { return *context_; }
  // The pool's SelectionSet for `filter`, made on first use; the reference stays valid while the pool lives.
  SelectionSet& of(const Filter& filter);
  // Of the selections the pool's sets have made with these arguments, the one with the fewest rows
  // that `filter`'s selection lies within: the same period (unless none is applied: allTime, or a kind
  // without a time field) and field filters all among `filter`'s. Null: none.
  const Selection* narrowestAround(RecordKind kind, std::string_view periodField, bool applyPeriod, const Filter& filter) const;

private:
  MetricContext* context_;
  std::vector<std::unique_ptr<SelectionSet>> sets_;
};

} // namespace carescore
