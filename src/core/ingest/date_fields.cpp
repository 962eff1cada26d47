// Date fields to epoch ms and the day/month swap, on core/time/civil.h; no parsing here.
#include "core/ingest/date_fields.h"

namespace carescore {

std::int64_t epochMsOf(int year, int month, int day, int hour, int minute, int second, int millis) {
  return static_cast<std::int64_t>(daysFromCivil({year, month, day})) * kMsPerDay +
         ((hour * 60 + minute) * 60 + second) * kMsPerSecond + millis;
}

std::int64_t swapDayAndMonth(std::int64_t epochMs) {
  const CivilDate date = civilFromDays(dayOf(epochMs));
  return static_cast<std::int64_t>(daysFromCivil({date.year, date.day, date.month})) * kMsPerDay + msOfDay(epochMs);
}

} // namespace carescore
