// Day-number arithmetic of the proleptic Gregorian calendar (Hinnant's days_from_civil /
// civil_from_days: exact for every representable year, no loops, no tables).
#include "core/time/civil.h"

namespace carescore {

std::int32_t daysFromCivil(CivilDate date) {
  const std::int64_t y = static_cast<std::int64_t>(date.year) - (date.month <= 2);
  const std::int64_t era = floorDiv(y, 400);
  const std::int64_t yearOfEra = y - era * 400;                                               // [0, 399]
  const std::int64_t dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;  // [0, 365]
  const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;  // [0, 146096]
  return static_cast<std::int32_t>(era * 146097 + dayOfEra - 719468);
}

CivilDate civilFromDays(std::int64_t days) {
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

bool isLeapYear(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int daysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

bool isValidDate(CivilDate date) {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

std::int32_t isoWeekStartDay(std::int64_t days) {
  return static_cast<std::int32_t>(days - static_cast<std::int64_t>(weekdayOf(days)));
}

// ISO 8601: week 1 is the week with the year's first Thursday, so a week belongs to the year of
// its Thursday.
IsoWeek isoWeekOf(std::int64_t days) {
  const std::int64_t thursday = isoWeekStartDay(days) + 3;
  const int year = civilFromDays(thursday).year;
  const std::int64_t firstJanuary = daysFromCivil({year, 1, 1});
  return {year, static_cast<int>((thursday - firstJanuary) / 7 + 1)};
}

CivilDate firstDayOfMonthIndex(std::int32_t index) {
  const std::int64_t yearOffset = floorDiv(index, 12);
  return {static_cast<int>(1970 + yearOffset), static_cast<int>(index - yearOffset * 12 + 1), 1};
}

} // namespace carescore
