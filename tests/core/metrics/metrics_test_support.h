// Helpers of the metrics tests: canonical tables built column by column from literal values
// (std::nullopt for a missing cell), instants from calendar fields, and a context whose minimum
// samples are 1, so that hand-computed fixtures of a few rows give numbers.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/metrics/metric_context.h"
#include "core/metrics/metric_engine.h"
#include "core/metrics/periods.h"
#include "core/time/civil.h"
#include "core/time/zone_database.h"
#include "embedded_assets.h"

namespace carescore::testing {

inline constexpr std::nullopt_t kNA = std::nullopt;

inline std::int64_t utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) {
  return std::int64_t{daysFromCivil({year, month, day})} * kMsPerDay + hour * kMsPerHour + minute * kMsPerMinute +
         second * kMsPerSecond;
}

inline void addTimes(Table& table, std::string name, std::initializer_list<std::optional<std::int64_t>> cells) {
  Column& column = table.add(std::move(name), ValueType::Timestamp);
  for (const auto& cell : cells) cell ? column.appendTime(*cell) : column.appendMissing();
}

inline void addNumbers(Table& table, std::string name, std::initializer_list<std::optional<double>> cells,
                       ValueType type = ValueType::Decimal) {
  Column& column = table.add(std::move(name), type);
  for (const auto& cell : cells) cell ? column.appendNumber(*cell) : column.appendMissing();
}

inline void addTexts(Table& table, std::string name, std::initializer_list<std::optional<std::string>> cells,
                     ValueType type = ValueType::Category) {
  Column& column = table.add(std::move(name), type);
  for (const auto& cell : cells) cell ? column.appendText(*cell) : column.appendMissing();
}

// The same value in every one of `rows` cells.
inline void addRepeated(Table& table, std::string name, std::string value, std::size_t rows) {
  Column& column = table.add(std::move(name), ValueType::Category);
  for (std::size_t i = 0; i < rows; ++i) column.appendText(value);
}

inline const ZoneDatabase& zones() {
  static const ZoneDatabase database = *ZoneDatabase::open(assets::zoneDatabase());
  return database;
}

inline TimeZone zoneNamed(std::string_view name) {
  auto found = zones().find(name);
  REQUIRE_MESSAGE(found.has_value(), name);
  return *found;
}

// Settings for hand-computed fixtures: every minimum sample is 1.
inline MetricSettings smallSampleSettings(TimeZone zone = TimeZone()) {
  MetricSettings settings;
  settings.zone = std::move(zone);
  settings.minimumSamples = {1, 1, 1, 1, 1};
  return settings;
}

// A shop open weekdays 8:00–17:00 in `zoneName` (the demo's and the generated data's hours).
inline MetricSettings weekdayShopSettings(std::string_view zoneName) {
  MetricSettings settings;
  settings.zone = zoneNamed(zoneName);
  settings.businessHours =
      BusinessCalendar::make(Schedule::weekdays(hoursFrom(8, 0, 17, 0), std::string(zoneName)), settings.zone).calendar;
  return settings;
}

inline MetricRequest request(std::string metric, std::string variant = {}, Parameters parameters = {}) {
  MetricRequest r;
  r.metric = std::move(metric);
  r.variant = std::move(variant);
  r.parameters = std::move(parameters);
  return r;
}

// Computes one metric over every record (no filter).
inline MetricResult computeAll(const Dataset& data, const MetricSettings& settings, const MetricRequest& r) {
  MetricContext context(data, settings);
  SelectionSet selections(context, {});
  return computeMetric(selections, r);
}

inline double valueOf(const MetricResult& result, std::string_view statistic) {
  const auto value = result.value(statistic);
  REQUIRE_MESSAGE(value.has_value(), statistic << " has no value: " << std::string(nameOf(result.status)) << " "
                                               << result.message);
  return *value;
}

} // namespace carescore::testing
