// Day-number arithmetic of the proleptic Gregorian calendar (Hinnant's days_from_civil /
// civil_from_days: exact for every representable year, no loops, no tables).
#include "core/time/civil.h"

namespace carescore {

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
