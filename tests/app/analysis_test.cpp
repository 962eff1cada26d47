// The analysis state: period presets resolved against the data's latest day in the chosen zone,
// the comparison period, filter combos' values, and the generation that views cache by.
#include <doctest/doctest.h>

#include "app/analysis.h"
#include "core/metrics/metric_engine.h"
#include "core/time/civil.h"
#include "embedded_assets.h"

namespace carescore {
namespace {

const ZoneDatabase& zones() {
  static const ZoneDatabase database = *ZoneDatabase::open(assets::zoneDatabase());
  return database;
}

std::int64_t utc(int year, int month, int day, int hour = 0) {
  return std::int64_t{daysFromCivil({year, month, day})} * kMsPerDay + hour * kMsPerHour;
}

// Contacts created at the given UTC instants, on the given channels.
Dataset contacts(std::initializer_list<std::pair<std::int64_t, const char*>> rows) {
  Dataset data;
  Table& table = data.of(RecordKind::Contact);
  table.add("created_at", ValueType::Timestamp);
  table.add("channel", ValueType::Category);  // may move the first column: look both up after
  Column& created = *table.find("created_at");
  Column& channel = *table.find("channel");
  for (const auto& [ms, name] : rows) {
    created.appendTime(ms);
    channel.appendText(name);
  }
  return data;
}

UtcRange hcmDays(CivilDate first, CivilDate last) {  // Asia/Ho_Chi_Minh is UTC+7 all year
  const std::int64_t offsetMs = 7 * kMsPerHour;
  return {std::int64_t{daysFromCivil(first)} * kMsPerDay - offsetMs, (std::int64_t{daysFromCivil(last)} + 1) * kMsPerDay - offsetMs};
}

} // namespace

TEST_SUITE("app/analysis") {

TEST_CASE("period presets are anchored to the latest local day of the data") {
  Analysis analysis(zones());
  // Latest contact 2026-10-14 20:00 UTC = 2026-10-15 03:00 in Ho Chi Minh City: the local day is Oct 15.
  analysis.setDataset(contacts({{utc(2026, 9, 2, 9), "phone"}, {utc(2026, 10, 14, 20), "chat"}}));
  REQUIRE(analysis.zoneName() == "Asia/Ho_Chi_Minh");

  // October is not complete in the data (it ends on the 15th), so "last month" is September.
  CHECK(analysis.periodRange() == hcmDays({2026, 9, 1}, {2026, 9, 30}));
  CHECK(analysis.comparisonRange() == hcmDays({2026, 8, 1}, {2026, 8, 31}));

  analysis.setPeriod(PeriodChoice::of(PeriodPreset::Last7Days));
  CHECK(analysis.periodRange() == hcmDays({2026, 10, 9}, {2026, 10, 15}));
  CHECK(analysis.comparisonRange() == hcmDays({2026, 10, 2}, {2026, 10, 8}));

  analysis.setPeriod(PeriodChoice::of(PeriodPreset::Last30Days));
  CHECK(analysis.periodRange() == hcmDays({2026, 9, 16}, {2026, 10, 15}));

  analysis.setPeriod(PeriodChoice::of(PeriodPreset::ThisMonth));
  CHECK(analysis.periodRange() == hcmDays({2026, 10, 1}, {2026, 10, 15}));

  PeriodChoice custom = PeriodChoice::days({2026, 9, 10}, {2026, 9, 12});
  custom.compare = false;
  analysis.setPeriod(custom);
  CHECK(analysis.periodRange() == hcmDays({2026, 9, 10}, {2026, 9, 12}));
  CHECK_FALSE(analysis.comparisonRange().has_value());
}

TEST_CASE("last month is the latest day's own month when the data reaches its last day") {
  Analysis analysis(zones());
  analysis.setDataset(contacts({{utc(2026, 10, 31, 10), "phone"}}));
  CHECK(analysis.periodRange() == hcmDays({2026, 10, 1}, {2026, 10, 31}));
}

TEST_CASE("no data: no period to anchor, and nothing fails") {
  Analysis analysis(zones());
  CHECK_FALSE(analysis.periodRange().has_value());
  CHECK_FALSE(analysis.comparisonRange().has_value());
  CHECK(analysis.selections().of(RecordKind::Contact).rows.empty());
}

TEST_CASE("the zone moves the local days; an unknown zone changes nothing") {
  Analysis analysis(zones());
  analysis.setDataset(contacts({{utc(2026, 10, 31, 20), "phone"}}));  // Oct 31 20:00 UTC = Nov 1 03:00 in HCMC
  analysis.setPeriod(PeriodChoice::of(PeriodPreset::Last7Days));
  CHECK(analysis.periodRange() == hcmDays({2026, 10, 26}, {2026, 11, 1}));
  const auto before = analysis.generation();
  CHECK_FALSE(analysis.setZone("Mars/Olympus_Mons"));
  CHECK(analysis.generation() == before);
  REQUIRE(analysis.setZone("UTC"));
  CHECK(analysis.generation() > before);
  CHECK(analysis.periodRange() == UtcRange{utc(2026, 10, 25), utc(2026, 11, 1)});
}

TEST_CASE("filters select the same rows in the period and its comparison; combos list values by frequency") {
  Analysis analysis(zones());
  analysis.setDataset(contacts({{utc(2026, 9, 3, 5), "chat"},
                                {utc(2026, 9, 4, 5), "phone"},
                                {utc(2026, 9, 5, 5), "phone"},
                                {utc(2026, 10, 3, 5), "phone"},
                                {utc(2026, 10, 4, 5), "chat"},
                                {utc(2026, 10, 31, 5), "phone"}}));
  CHECK(analysis.valuesOf("channel") == std::vector<std::string>{"phone", "chat"});
  CHECK(analysis.valuesOf("agent").empty());

  // October (complete: the data reaches Oct 31) vs September.
  CHECK(analysis.selections().of(RecordKind::Contact).rows.size() == 3);
  CHECK(analysis.comparisonSelections().of(RecordKind::Contact).rows.size() == 3);

  const auto before = analysis.generation();
  analysis.setFilters({{"channel", {"phone"}}, {"team", {}}});  // an empty value list is "all": dropped
  CHECK(analysis.generation() == before + 1);
  REQUIRE(analysis.filters().size() == 1);
  CHECK(analysis.selections().of(RecordKind::Contact).rows == std::vector<std::uint32_t>{3, 5});
  CHECK(analysis.comparisonSelections().of(RecordKind::Contact).rows == std::vector<std::uint32_t>{1, 2});

  analysis.setFilters({{"channel", {"phone"}}});  // the same choice: no new generation
  CHECK(analysis.generation() == before + 1);

  MetricRequest volume;
  volume.metric = "volume";
  const MetricResult result = computeMetric(analysis.selections(), volume);
  CHECK(result.n == 2);
}

TEST_CASE("business hours: a bad schedule is refused with its reason and keeps the old one") {
  Analysis analysis(zones());
  Schedule schedule = Schedule::weekdays({8 * 60, 17 * 60}, "Asia/Ho_Chi_Minh");
  CHECK(analysis.setBusinessHours(schedule).empty());
  REQUIRE(analysis.businessHours().has_value());
  Schedule unknownZone = schedule;
  unknownZone.zone = "Nowhere/Land";
  CHECK(analysis.setBusinessHours(unknownZone) == "unknown time zone: Nowhere/Land");
  CHECK(analysis.businessHours()->zone == "Asia/Ho_Chi_Minh");
  CHECK(analysis.context().settings().businessHours.has_value());
}

}

} // namespace carescore
