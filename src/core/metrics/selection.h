// A Selection: the rows of one kind's table that pass a Filter, as ascending row indices, built in
// one pass with per-dictionary-code lookups (no text compared per row). A SelectionSet applies one
// filter to every kind on first use, so all metrics of a click share each selection.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/metrics/filter.h"
#include "core/metrics/metric_context.h"

namespace carescore {

struct Selection {
  RecordKind kind = RecordKind::Contact;
  std::string_view periodField;      // the field the period was applied to; empty: none
  std::optional<UtcRange> period;    // the filter's period (kept for metrics that look around it)
  std::vector<std::uint32_t> rows;   // ascending
  std::uint64_t withoutTime = 0;     // rows left out because periodField had no value
  std::vector<std::string> problems; // why the filter cannot apply ("needs field team to filter contacts by team")
  bool usable() const { return problems.empty(); }
};

// `periodField` empty: the kind's reference time field. `applyPeriod` false: the value filters only.
Selection select(MetricContext& context, RecordKind kind, const Filter& filter, std::string_view periodField = {},
                 bool applyPeriod = true);
// The same selection by testing every row of the table: the straightforward path select() must
// agree with exactly (select() takes a period's rows from the time-sorted index, time_order.h).
Selection selectByScan(MetricContext& context, RecordKind kind, const Filter& filter, std::string_view periodField = {},
                       bool applyPeriod = true);

class SelectionPool;

// The rows of `base` that `filter` keeps, as select() would give them: `base` was selected from the
// same kind and time field with a filter of the same period whose field filters are all among
// `filter`'s (a linear pass over its rows instead of the period's time range and its bitmap).
Selection selectWithin(MetricContext& context, const Selection& base, const Filter& filter, std::string_view periodField = {},
                       bool applyPeriod = true);

class SelectionSet {
public:
  SelectionSet(MetricContext& context, Filter filter) : context_(&context), filter_(std::move(filter)) {}
  // A set of `pool`: its selections start from the narrowest one the pool's other sets already made.
  SelectionSet(SelectionPool& pool, Filter filter);

  MetricContext& context() const { return *context_; }
  const Filter& filter() const { return filter_; }
  const Selection& of(RecordKind kind, std::string_view periodField = {});
  const Selection& allTime(RecordKind kind);  // the value filters alone, every period
  // How many of of(kind)'s rows fall in each of `count` segments (`groups`: per table row, kNoSegment
  // for none), counted once per split: every standard of a scope splits the same rows. `groups` must
  // outlive this set (the context's field and cyclic time groups do).
  const std::vector<std::uint64_t>& recordsPerSegment(RecordKind kind, const std::vector<std::uint32_t>& groups, std::size_t count);
  // The selection already made for these arguments (periodField resolved), or null.
  const Selection* made(RecordKind kind, std::string_view periodField, bool applyPeriod) const;

private:
  struct Entry {
    RecordKind kind;
    std::string periodField;
    bool applyPeriod;
    std::unique_ptr<Selection> selection;
  };
  const Selection& get(RecordKind kind, std::string_view periodField, bool applyPeriod);
  struct Counted {
    RecordKind kind;
    const std::vector<std::uint32_t>* groups;
    std::vector<std::uint64_t> records;
  };
  MetricContext* context_;
  SelectionPool* pool_ = nullptr;
  Filter filter_;
  std::vector<Entry> entries_;
  std::vector<std::unique_ptr<Counted>> counted_;
};

} // namespace carescore
