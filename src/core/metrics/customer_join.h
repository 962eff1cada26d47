// Which customer of the customer list each customer id of a table is: per dictionary code of the
// table's customer_id column, the customer list's code of the same id text. Built once per kind
// and kept in the context; what the customer fields (segment, …) and the funnel's customer keys
// join through, so an id's text is looked up once, not once per use. Not the joined values.
#pragma once
#include <cstdint>
#include <vector>

#include "core/metrics/metric_context.h"

namespace carescore {

inline constexpr std::uint32_t kNotListed = UINT32_MAX;

// Per code of `kind`'s customer_id: the code of the customer list's customer_id with that text, or
// kNotListed. Empty when `kind` has no customer_id column; for the customer list itself, each code.
const std::vector<std::uint32_t>& listedCustomerCodes(MetricContext& context, RecordKind kind);

} // namespace carescore
