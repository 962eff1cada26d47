// Civil dates for date labels and time axes: the engine's civil arithmetic (core/time/civil.h),
// plus the few helpers labels need. Pure arithmetic on wall-clock time: time zones are applied by
// the caller, not here. One CivilDate for app and engine, so views can use both.
#pragma once
#include <cstdint>

#include "core/time/civil.h"

namespace carescore {

// ISO weekday, Monday = 1 … Sunday = 7 (1970-01-01 was a Thursday).
constexpr int isoWeekday(std::int64_t days) {
  const std::int64_t w = (days % 7 + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

// Floor division of milliseconds into days, correct before 1970 too.
constexpr std::int64_t daysOfEpochMs(std::int64_t epochMs) { return floorDiv(epochMs, kMsPerDay); }

constexpr std::int64_t epochMsOf(CivilDate date) { return std::int64_t{daysFromCivil(date)} * kMsPerDay; }

static_assert(daysFromCivil({1970, 1, 1}) == 0);
static_assert(civilFromDays(daysFromCivil({2026, 9, 30})) == CivilDate{2026, 9, 30});
static_assert(isoWeekday(0) == 4);
static_assert(daysOfEpochMs(-1) == -1);

} // namespace carescore
