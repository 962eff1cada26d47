// The proleptic Gregorian calendar as arithmetic on day numbers (days since 1970-01-01), after
// Howard Hinnant's "chrono-Compatible Low-Level Date Algorithms". No time zones here: a "wall"
// time is milliseconds since 1970-01-01 00:00 of some zone's clock, split like a UTC instant.
#pragma once
#include <cstdint>

namespace carescore {

inline constexpr std::int64_t kMsPerSecond = 1000;
inline constexpr std::int64_t kMsPerMinute = 60 * kMsPerSecond;
inline constexpr std::int64_t kMsPerHour = 60 * kMsPerMinute;
inline constexpr std::int64_t kMsPerDay = 24 * kMsPerHour;

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1…12
  int day = 1;    // 1…31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// ISO 8601 weekday numbering shifted to 0: Monday 0 … Sunday 6.
enum class Weekday : std::uint8_t { Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

struct IsoWeek {
  int year = 1970;  // the ISO week-numbering year, which differs from the calendar year near New Year
  int week = 1;     // 1…53
  friend bool operator==(const IsoWeek&, const IsoWeek&) = default;
};

// Floor division and modulo: -1 ms is day -1 at 23:59:59.999, not day 0.
constexpr std::int64_t floorDiv(std::int64_t value, std::int64_t divisor) {
  const std::int64_t quotient = value / divisor;
  return quotient - ((value % divisor != 0) && ((value < 0) != (divisor < 0)));
}
constexpr std::int64_t floorMod(std::int64_t value, std::int64_t divisor) { return value - floorDiv(value, divisor) * divisor; }

// Inline: the value parsers call these for every timestamp cell of a file. Hinnant's
// days_from_civil (any month/day in range; no validation) and civil_from_days.
constexpr std::int32_t daysFromCivil(CivilDate date) {
  const std::int64_t y = static_cast<std::int64_t>(date.year) - (date.month <= 2);
  const std::int64_t era = floorDiv(y, 400);
  const std::int64_t yearOfEra = y - era * 400;                                               // [0, 399]
  const std::int64_t dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;  // [0, 365]
  const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;  // [0, 146096]
  return static_cast<std::int32_t>(era * 146097 + dayOfEra - 719468);
}

constexpr CivilDate civilFromDays(std::int64_t days) {
  const std::int64_t z = days + 719468;
  const std::int64_t era = floorDiv(z, 146097);
  const std::int64_t dayOfEra = z - era * 146097;
  const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
  const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
  const std::int64_t monthFromMarch = (5 * dayOfYear + 2) / 153;
  const int day = static_cast<int>(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
  const int month = static_cast<int>(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
  return {static_cast<int>(yearOfEra + era * 400 + (month <= 2)), month, day};
}

constexpr bool isLeapYear(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

constexpr int daysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

constexpr bool isValidDate(CivilDate date) {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

constexpr Weekday weekdayOf(std::int64_t days) { return static_cast<Weekday>(floorMod(days + 3, 7)); }  // 1970-01-01: Thursday
IsoWeek isoWeekOf(std::int64_t days);
std::int32_t isoWeekStartDay(std::int64_t days);  // the Monday on or before `days`

// Months counted from January 1970 (0), for month buckets and month arithmetic.
constexpr std::int32_t monthIndex(CivilDate date) { return (date.year - 1970) * 12 + (date.month - 1); }
CivilDate firstDayOfMonthIndex(std::int32_t index);

// A wall-clock time split into its day and the milliseconds since that day's midnight.
constexpr std::int64_t dayOf(std::int64_t wallMs) { return floorDiv(wallMs, kMsPerDay); }
constexpr std::int64_t msOfDay(std::int64_t wallMs) { return floorMod(wallMs, kMsPerDay); }

} // namespace carescore
