// Date and time fields read from text, as milliseconds since 1970-01-01: Excel's pivot for
// two-digit years, composing fields into epoch ms, and the exact day/month swap that corrects an
// ambiguous reading. The calendar itself is core/time/civil.h; no time zones here.
#pragma once
#include <cstdint>

#include "core/time/civil.h"

namespace carescore {

// Two-digit years with Excel's 1930 pivot: 00–29 → 2000–2029, 30–99 → 1930–1999.
constexpr int expandTwoDigitYear(int yy) { return yy < 30 ? 2000 + yy : 1900 + yy; }

inline bool isValidDate(int year, int month, int day) { return isValidDate(CivilDate{year, month, day}); }

// Milliseconds of a date and time; the caller has validated the fields.
std::int64_t epochMsOf(int year, int month, int day, int hour, int minute, int second, int millis);

// The same time of day with day and month swapped (valid when both are ≤ 12): how an ambiguous
// day/month reading is corrected once the column's order is known. Exact.
std::int64_t swapDayAndMonth(std::int64_t epochMs);

} // namespace carescore
