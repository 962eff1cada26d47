// Civil (proleptic Gregorian) dates and days since 1970-01-01, for date labels and time axes.
// Pure arithmetic on wall-clock time: time zones are applied by the caller, not here.
#pragma once
#include <cstdint>

namespace carescore {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

inline constexpr std::int64_t kMsPerDay = 86'400'000;

// Howard Hinnant's days_from_civil / civil_from_days: exact for every date, no tables.
constexpr std::int64_t daysFromCivil(CivilDate date) {
  const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yearOfEra = y - era * 400;
  const std::int64_t dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

constexpr CivilDate civilFromDays(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t dayOfEra = days - era * 146097;
  const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
  const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
  const std::int64_t mp = (5 * dayOfYear + 2) / 153;
  const int day = static_cast<int>(dayOfYear - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

// ISO weekday, Monday = 1 … Sunday = 7 (1970-01-01 was a Thursday).
constexpr int isoWeekday(std::int64_t days) {
  const std::int64_t w = (days % 7 + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

// Floor division of milliseconds into days, correct before 1970 too.
constexpr std::int64_t daysOfEpochMs(std::int64_t epochMs) {
  return epochMs >= 0 ? epochMs / kMsPerDay : -((-epochMs + kMsPerDay - 1) / kMsPerDay);
}

constexpr std::int64_t epochMsOf(CivilDate date) { return daysFromCivil(date) * kMsPerDay; }

static_assert(daysFromCivil({1970, 1, 1}) == 0);
static_assert(civilFromDays(daysFromCivil({2026, 9, 30})) == CivilDate{2026, 9, 30});
static_assert(isoWeekday(0) == 4);

} // namespace carescore
