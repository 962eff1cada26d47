// Which records to look at: a period [from, to) and value lists per field ("chat, team A, last
// month"). Fields combine with AND, the values of one field with OR. Plain data: a Selection is
// what a filter gives on one kind's table.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/model/fields.h"
#include "core/standards/profile.h"
#include "core/time/calendar.h"

namespace carescore {

struct FieldFilter {
  // A field of the records' own kind ("channel", "team", "agent", "priority", "source", "topic"),
  // or a customer field reached through customer_id ("customer.segment"). Topics match after
  // normalization; flags match "true" / "false"; other values match ignoring letter case.
  std::string field;
  std::vector<std::string> values;
  friend bool operator==(const FieldFilter&, const FieldFilter&) = default;
};

struct Filter {
  std::optional<UtcRange> period;  // on each kind's reference time (created_at, submitted_at, …)
  std::vector<FieldFilter> fields;

  Filter& where(std::string field, std::vector<std::string> values) {
    fields.push_back({std::move(field), std::move(values)});
    return *this;
  }
  friend bool operator==(const Filter&, const Filter&) = default;
};

// A standard's scope as a filter: its channels and field filters, for a period.
Filter filterFor(const Scope& scope, std::optional<UtcRange> period);

// The time field a period applies to for each kind: contact created_at, survey submitted_at,
// order ordered_at, agent_time date; customers have none (a customer list is not dated).
std::string_view referenceTimeField(RecordKind kind);

} // namespace carescore
