#include "core/ingest/civil_time.h"

namespace carescore {

std::int64_t swapDayAndMonth(std::int64_t epochMs) {
  const std::int64_t days = floorDiv(epochMs, kMsPerDay);
  const std::int64_t msOfDay = epochMs - days * kMsPerDay;
  const CivilDate date = civilFromDays(days);
  return daysFromCivil(date.year, date.day, date.month) * kMsPerDay + msOfDay;
}

} // namespace carescore
