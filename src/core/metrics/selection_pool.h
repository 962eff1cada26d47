// A SelectionPool: one SelectionSet per distinct filter, so that every evaluation of a scorecard
// with the same scope and period (the current period of several standards, the previous one of
// their comparisons) shares each selection instead of scanning the tables again. Lives for one
// scorecard; not a cache across clicks (the filters change with every click).
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

private:
  MetricContext* context_;
  std::vector<std::unique_ptr<SelectionSet>> sets_;
};

} // namespace carescore
