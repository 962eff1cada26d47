// The periods a scorecard looks at, as UTC ranges from local calendar dates: an explicit range of
// days, month-to-date, the period before one (whole local months before whole months, whole local
// days before whole days, else the equal-length span), and the span of the data. Not buckets
// (segmenter.h) and not zone arithmetic (time/calendar.h).
#pragma once
#include <cstdint>
#include <optional>

#include "core/metrics/metric_context.h"

namespace carescore {

// Local days first … last, both included.
UtcRange localDateRange(const TimeZone& zone, CivilDate first, CivilDate last);

// From the start of the local month holding `nowMs` to now.
UtcRange monthToDate(const TimeZone& zone, std::int64_t nowMs);

// The period a comparison looks back to: March → February (whole local months), a 7-day week →
// the 7 local days before (DST-proof), anything else → the same length just before.
UtcRange previousPeriod(const TimeZone& zone, const UtcRange& period);

// From the first to just after the last reference time of a kind's records; nothing without any.
std::optional<UtcRange> dataSpan(MetricContext& context, RecordKind kind);

// The local day, week or month holding the kind's latest record (a scorecard's default period).
std::optional<UtcRange> latestPeriod(MetricContext& context, RecordKind kind, PeriodUnit unit);

} // namespace carescore
