// Day arithmetic for date labels and time axes, on the engine's civil dates.
// Pure arithmetic on wall-clock time: time zones are applied by the caller, not here.
#pragma once
#include <cstdint>

#include "core/time/civil.h"

namespace carescore {

// CivilDate, kMsPerDay, daysFromCivil and civilFromDays are the engine's (core/time/civil.h): one
// calendar for labels and for the numbers they label.

// ISO weekday, Monday = 1 … Sunday = 7 (1970-01-01 was a Thursday).
constexpr int isoWeekday(std::int64_t days) {
  const std::int64_t w = (days % 7 + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

// Floor division of milliseconds into days, correct before 1970 too.
constexpr std::int64_t daysOfEpochMs(std::int64_t epochMs) {
  return epochMs >= 0 ? epochMs / kMsPerDay : -((-epochMs + kMsPerDay - 1) / kMsPerDay);
}

constexpr std::int64_t epochMsOf(CivilDate date) { return std::int64_t{daysFromCivil(date)} * kMsPerDay; }

static_assert(daysFromCivil({1970, 1, 1}) == 0);
static_assert(civilFromDays(daysFromCivil({2026, 9, 30})) == CivilDate{2026, 9, 30});
static_assert(isoWeekday(0) == 4);

} // namespace carescore
