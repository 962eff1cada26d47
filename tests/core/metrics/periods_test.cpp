#include <doctest/doctest.h>

#include "test_support.h"
#include "core/metrics/metrics_test_support.h"

// Periods in Europe/Berlin (CET = UTC+1, CEST = UTC+2 from Sunday 2026-03-29 02:00 local, back on
// 2025-10-26): explicit local date ranges, month-to-date, the period before, the data's span and
// latest month. Each expectation is the local midnight written in UTC.
using namespace carescore;
using namespace carescore::testing;

TEST_SUITE("core/metrics") {

TEST_CASE("periods: local date ranges, month-to-date, the period before across DST") {
  const TimeZone berlin = zoneNamed("Europe/Berlin");
  // March 1 00:00 CET = Feb 28 23:00 UTC; April 1 00:00 CEST = March 31 22:00 UTC.
  const UtcRange march = localDateRange(berlin, {2026, 3, 1}, {2026, 3, 31});
  CHECK(march == UtcRange{utc(2026, 2, 28, 23), utc(2026, 3, 31, 22)});
  CHECK(march.lengthMs() == (31 * 24 - 1) * kMsPerHour);  // the 23-hour day of March 29

  // Month-to-date on March 15 12:00 UTC: from the local month's start to now.
  CHECK(monthToDate(berlin, utc(2026, 3, 15, 12)) == UtcRange{utc(2026, 2, 28, 23), utc(2026, 3, 15, 12)});
  // 23:30 UTC on March 31 is already April 1 01:30 CEST: April has just begun.
  CHECK(monthToDate(berlin, utc(2026, 3, 31, 23, 30)) == UtcRange{utc(2026, 3, 31, 22), utc(2026, 3, 31, 23, 30)});

  // Whole months before whole months: March → February (Jan 31 23:00 … Feb 28 23:00 UTC).
  CHECK(previousPeriod(berlin, march) == UtcRange{utc(2026, 1, 31, 23), utc(2026, 2, 28, 23)});
  // A quarter before a quarter: Jan–Mar → Oct–Dec 2025; October 1 00:00 CEST = Sep 30 22:00 UTC.
  const UtcRange q1 = localDateRange(berlin, {2026, 1, 1}, {2026, 3, 31});
  CHECK(previousPeriod(berlin, q1) == UtcRange{utc(2025, 9, 30, 22), utc(2025, 12, 31, 23)});
  // Seven local days before seven local days: Mon 03-30 … Sun 04-05 (CEST) → Mon 03-23 … Sun
  // 03-29, which holds the 23-hour day: Mar 22 23:00 UTC … Mar 29 22:00 UTC, 167 hours.
  const UtcRange week = localDateRange(berlin, {2026, 3, 30}, {2026, 4, 5});
  const UtcRange before = previousPeriod(berlin, week);
  CHECK(before == UtcRange{utc(2026, 3, 22, 23), utc(2026, 3, 29, 22)});
  CHECK(before.lengthMs() == 167 * kMsPerHour);
  // Not whole local days: the same length just before (10:00–16:00 → 04:00–10:00).
  CHECK(previousPeriod(berlin, {utc(2026, 3, 2, 10), utc(2026, 3, 2, 16)}) == UtcRange{utc(2026, 3, 2, 4), utc(2026, 3, 2, 10)});
}

TEST_CASE("periods: the data's span and its latest month") {
  Dataset data;
  addTimes(data.of(RecordKind::Contact), "created_at", {utc(2026, 3, 15), kNA, utc(2026, 4, 2, 10), utc(2026, 3, 20)});
  MetricContext context(data, smallSampleSettings(zoneNamed("Europe/Berlin")));
  // First 03-15 00:00 to just after the last, 04-02 10:00; the missing cell is skipped.
  CHECK(dataSpan(context, RecordKind::Contact) == UtcRange{utc(2026, 3, 15), utc(2026, 4, 2, 10) + 1});
  // The latest record falls in April (Berlin): April 1 00:00 CEST … May 1 00:00 CEST.
  CHECK(latestPeriod(context, RecordKind::Contact, PeriodUnit::Month) == UtcRange{utc(2026, 3, 31, 22), utc(2026, 4, 30, 22)});
  // No survey table: no span, no period.
  CHECK_FALSE(dataSpan(context, RecordKind::Survey).has_value());
  CHECK_FALSE(latestPeriod(context, RecordKind::Survey, PeriodUnit::Month).has_value());
}

}
