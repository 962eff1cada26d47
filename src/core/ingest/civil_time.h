// Calendar arithmetic on the proleptic Gregorian calendar (H. Hinnant's days-from-civil
// algorithms), in milliseconds since 1970-01-01. No time zones: a wall-clock value is stored as if
// it were UTC, and the mapping stage applies the file's zone. Numbers as times: numeric_time.h.
#pragma once
#include <cstdint>

namespace carescore {

inline constexpr std::int64_t kMsPerSecond = 1000;
inline constexpr std::int64_t kMsPerDay = 86'400'000;

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

constexpr bool isLeapYear(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

constexpr int daysInMonth(int y, int m) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

constexpr bool isValidDate(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m); }

// Days since 1970-01-01 of a valid date.
constexpr std::int64_t daysFromCivil(int y, int m, int d) {
  const std::int64_t year = m <= 2 ? y - 1 : y;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int64_t yoe = year - era * 400;
  const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

constexpr CivilDate civilFromDays(std::int64_t days) {
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Two-digit years with Excel's 1930 pivot: 00–29 → 2000–2029, 30–99 → 1930–1999.
constexpr int expandTwoDigitYear(int yy) { return yy < 30 ? 2000 + yy : 1900 + yy; }

// Milliseconds of a date and time; the caller has validated the fields.
constexpr std::int64_t epochMsOf(int y, int m, int d, int hour, int minute, int second, int millis) {
  return daysFromCivil(y, m, d) * kMsPerDay + ((hour * 60 + minute) * 60 + second) * kMsPerSecond + millis;
}

// The same instant with day and month swapped (valid when both are ≤ 12): how an ambiguous
// day/month reading is corrected once the column's order is known. Exact.
std::int64_t swapDayAndMonth(std::int64_t epochMs);

} // namespace carescore
