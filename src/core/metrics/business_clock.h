// Per-row business-hours figures of a table, derived once per context from the schedule in the
// settings (metric_context.h) and reused by every filter: open time between two timestamps, whether
// the team was open at an instant, and when the business day an instant falls in ends.
// Callers check settings().businessHours first. Not the calendar itself (time/business_hours.h).
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "core/metrics/metric_context.h"

namespace carescore {

// Seconds of open time from `startField` to the first of `endFields` that has a value; NaN when a
// timestamp is missing, −1 when the end is before the start (bad data). A start while closed counts
// from the next opening.
const std::vector<double>& businessSecondsBetween(MetricContext& context, RecordKind kind, std::string_view startField,
                                                  std::initializer_list<std::string_view> endFields);

inline constexpr std::uint8_t kClosed = 0;
inline constexpr std::uint8_t kOpen = 1;
inline constexpr std::uint8_t kNoInstant = 2;
// Per row: kOpen or kClosed at the instant of `field`, kNoInstant when it has no value.
const std::vector<std::uint8_t>& openAt(MetricContext& context, RecordKind kind, std::string_view field);

// Per row: the end of the business day the instant of `field` falls in (after closing: the next
// business day's end); −1 when missing or when the schedule never opens.
const std::vector<std::int64_t>& businessDayEnd(MetricContext& context, RecordKind kind, std::string_view field);

} // namespace carescore
