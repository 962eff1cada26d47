// Helpers of the time tests: instants from calendar fields, and zones from the embedded database.
#pragma once
#include <cstdint>
#include <string_view>

#include <doctest/doctest.h>

#include "core/time/civil.h"
#include "core/time/zone_database.h"
#include "embedded_assets.h"

namespace carescore::testing {

// Milliseconds since 1970 of a date and time read as UTC (or as a wall clock, for fromLocal).
inline std::int64_t at(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) {
  return std::int64_t{daysFromCivil({year, month, day})} * kMsPerDay + hour * kMsPerHour + minute * kMsPerMinute +
         second * kMsPerSecond;
}

inline const ZoneDatabase& zoneDatabase() {
  static const ZoneDatabase database = *ZoneDatabase::open(assets::zoneDatabase());
  return database;
}

inline TimeZone zone(std::string_view name) {
  auto found = zoneDatabase().find(name);
  REQUIRE_MESSAGE(found.has_value(), name);
  return *found;
}

} // namespace carescore::testing
