#include <doctest/doctest.h>

#include "test_support.h"
#include "time_test_support.h"

#include <algorithm>
#include <string>

#include "core/time/tzif.h"

using namespace carescore;
using carescore::testing::at;
using carescore::testing::zone;

TEST_SUITE("core/time") {

// Expected offsets below were read from Python's zoneinfo (system tzdata 2025b), e.g.
// datetime(2026,3,8,7,tzinfo=timezone.utc).astimezone(ZoneInfo("America/New_York")) → EDT −4:00.
TEST_CASE("zones: offsets on both sides of DST changes (Berlin, New York)") {
  const TimeZone berlin = zone("Europe/Berlin");
  CHECK(berlin.offsetSecondsAt(at(2026, 1, 15)) == 3600);
  CHECK(berlin.offsetSecondsAt(at(2026, 3, 29, 0, 59, 59)) == 3600);  // 01:59:59 CET
  CHECK(berlin.offsetSecondsAt(at(2026, 3, 29, 1)) == 7200);          // 03:00 CEST
  CHECK(berlin.typeAt(at(2026, 3, 29, 1)).abbreviation == "CEST");
  CHECK(berlin.typeAt(at(2026, 3, 29, 1)).isDst);
  CHECK(berlin.offsetSecondsAt(at(2026, 10, 25, 0, 59, 59)) == 7200);
  CHECK(berlin.offsetSecondsAt(at(2026, 10, 25, 1)) == 3600);
  CHECK(berlin.typeAt(at(2026, 10, 25, 1)).abbreviation == "CET");

  const TimeZone newYork = zone("America/New_York");
  CHECK(newYork.offsetSecondsAt(at(2026, 3, 8, 6, 59, 59)) == -18000);
  CHECK(newYork.offsetSecondsAt(at(2026, 3, 8, 7)) == -14400);
  CHECK(newYork.offsetSecondsAt(at(2026, 11, 1, 5, 59, 59)) == -14400);
  CHECK(newYork.offsetSecondsAt(at(2026, 11, 1, 6)) == -18000);
  CHECK(newYork.offsetSecondsAt(at(2006, 4, 2, 7)) == -14400);  // before the 2007 US rule change: first Sunday of April
  CHECK(newYork.offsetSecondsAt(at(2006, 3, 12, 7)) == -18000);
  CHECK(newYork.offsetSecondsAt(at(2200, 7, 1)) == -14400);     // far future: the POSIX rule itself
  CHECK(newYork.offsetSecondsAt(at(2200, 1, 1)) == -18000);
}

TEST_CASE("zones: Ho Chi Minh and Moscow, with their historical changes") {
  const TimeZone saigon = zone("Asia/Ho_Chi_Minh");
  CHECK(saigon.offsetSecondsAt(at(2026, 7, 1)) == 7 * 3600);
  CHECK(saigon.offsetSecondsAt(at(1975, 6, 12, 15, 59, 59)) == 8 * 3600);
  CHECK(saigon.offsetSecondsAt(at(1975, 6, 12, 16)) == 7 * 3600);
  CHECK(saigon.typeAt(at(2026, 7, 1)).abbreviation == "+07");
  CHECK(zone("asia/saigon").offsetSecondsAt(at(2026, 7, 1)) == 7 * 3600);  // the old name, any case
  CHECK(zone("asia/saigon").name() == "Asia/Saigon");

  const TimeZone moscow = zone("Europe/Moscow");
  CHECK(moscow.offsetSecondsAt(at(2026, 1, 1)) == 3 * 3600);
  CHECK(moscow.offsetSecondsAt(at(2026, 7, 1)) == 3 * 3600);  // no DST since 2011
  CHECK(moscow.offsetSecondsAt(at(2011, 3, 26, 22, 59, 59)) == 3 * 3600);
  CHECK(moscow.offsetSecondsAt(at(2011, 3, 26, 23)) == 4 * 3600);  // "permanent summer time"…
  CHECK(moscow.offsetSecondsAt(at(2014, 10, 25, 21, 59, 59)) == 4 * 3600);
  CHECK(moscow.offsetSecondsAt(at(2014, 10, 25, 22)) == 3 * 3600);  // …until October 2014
}

TEST_CASE("zones: wall clock to UTC in a DST gap and overlap (Europe/Berlin 2026)") {
  const TimeZone berlin = zone("Europe/Berlin");
  UtcFromLocal r = berlin.fromLocal(at(2026, 3, 29, 1, 30));
  CHECK(r.kind == LocalTimeKind::Unique);
  CHECK(r.utcMs == at(2026, 3, 29, 0, 30));
  r = berlin.fromLocal(at(2026, 3, 29, 2, 30));  // does not exist: shifted forward to 03:30 CEST
  CHECK(r.kind == LocalTimeKind::Skipped);
  CHECK(r.utcMs == at(2026, 3, 29, 1, 30));
  CHECK(berlin.toLocal(r.utcMs) == at(2026, 3, 29, 3, 30));
  r = berlin.fromLocal(at(2026, 3, 29, 3, 30));
  CHECK(r.kind == LocalTimeKind::Unique);
  CHECK(r.utcMs == at(2026, 3, 29, 1, 30));
  // created 01:30, solved 03:30 local: one hour elapsed, not two.
  CHECK(berlin.fromLocal(at(2026, 3, 29, 3, 30)).utcMs - berlin.fromLocal(at(2026, 3, 29, 1, 30)).utcMs == kMsPerHour);

  r = berlin.fromLocal(at(2026, 10, 25, 2, 30));  // exists twice: 00:30 UTC (CEST) and 01:30 UTC (CET)
  CHECK(r.kind == LocalTimeKind::Repeated);
  CHECK(r.utcMs == at(2026, 10, 25, 0, 30));
  r = berlin.fromLocal(at(2026, 10, 25, 3, 0));
  CHECK(r.kind == LocalTimeKind::Unique);
  CHECK(r.utcMs == at(2026, 10, 25, 2, 0));
  r = berlin.fromLocal(at(2026, 10, 25, 1, 59, 59));
  CHECK(r.kind == LocalTimeKind::Unique);
  CHECK(r.utcMs == at(2026, 10, 24, 23, 59, 59));

  const TimeZone newYork = zone("America/New_York");
  r = newYork.fromLocal(at(2026, 3, 8, 2, 15));  // 02:00–02:59 skipped
  CHECK(r.kind == LocalTimeKind::Skipped);
  CHECK(r.utcMs == at(2026, 3, 8, 7, 15));  // = 03:15 EDT
  r = newYork.fromLocal(at(2026, 11, 1, 1, 15));
  CHECK(r.kind == LocalTimeKind::Repeated);
  CHECK(r.utcMs == at(2026, 11, 1, 5, 15));  // 01:15 EDT, the earlier
}

TEST_CASE("zones: every wall-clock time round-trips outside gaps") {
  for (const char* name : {"Europe/Berlin", "America/New_York", "Asia/Ho_Chi_Minh", "Europe/Moscow", "Australia/Lord_Howe"}) {
    const TimeZone z = zone(name);
    for (std::int64_t utc = at(2025, 1, 1); utc < at(2027, 1, 1); utc += 17 * kMsPerMinute) {
      const UtcFromLocal back = z.fromLocal(z.toLocal(utc));
      if (back.kind == LocalTimeKind::Repeated) {
        REQUIRE(back.utcMs <= utc);
        REQUIRE(z.toLocal(back.utcMs) == z.toLocal(utc));
      } else {
        REQUIRE_MESSAGE(back.utcMs == utc, name);
        REQUIRE(back.kind == LocalTimeKind::Unique);
      }
    }
  }
}

TEST_CASE("zones: fixed offsets from headers and settings") {
  CHECK(parseUtcOffset("UTC+07:00") == 7 * 3600);
  CHECK(parseUtcOffset("utc+7") == 7 * 3600);
  CHECK(parseUtcOffset("+03:00") == 3 * 3600);
  CHECK(parseUtcOffset("+0530") == 5 * 3600 + 30 * 60);
  CHECK(parseUtcOffset("GMT-5") == -5 * 3600);
  CHECK(parseUtcOffset("-03:30") == -(3 * 3600 + 30 * 60));
  CHECK(parseUtcOffset("UTC") == 0);
  CHECK(parseUtcOffset("Z") == 0);
  CHECK_FALSE(parseUtcOffset("+19:00").has_value());
  CHECK_FALSE(parseUtcOffset("+07:0").has_value());
  CHECK_FALSE(parseUtcOffset("+7:00").has_value());
  CHECK_FALSE(parseUtcOffset("Berlin").has_value());
  CHECK_FALSE(parseUtcOffset("+").has_value());
  CHECK(formatUtcOffset(-12600) == "-03:30");
  CHECK(formatUtcOffset(20700) == "+05:45");

  const TimeZone plus7 = TimeZone::fixed(7 * 3600);
  CHECK(plus7.name() == "UTC+07:00");
  CHECK(plus7.isFixed());
  CHECK(plus7.toLocal(at(2026, 3, 29, 20)) == at(2026, 3, 30, 3));
  CHECK(plus7.fromLocal(at(2026, 3, 30, 3)).utcMs == at(2026, 3, 29, 20));
  CHECK(TimeZone().name() == "UTC");
  CHECK(TimeZone().toLocal(12345) == 12345);
  CHECK(carescore::testing::zoneDatabase().resolve(" UTC+03:00 ")->offsetSecondsAt(0) == 3 * 3600);
  CHECK(carescore::testing::zoneDatabase().resolve("Europe/Berlin")->name() == "Europe/Berlin");
  CHECK_FALSE(carescore::testing::zoneDatabase().resolve("Mars/Olympus").has_value());
}

TEST_CASE("zones: POSIX rules, including southern hemisphere and negative or 25-hour times") {
  const auto eu = parsePosixRule("CET-1CEST,M3.5.0,M10.5.0/3");
  REQUIRE(eu.has_value());
  CHECK(eu->standardOffsetSeconds == 3600);
  CHECK(eu->dstOffsetSeconds == 7200);
  const DstChanges changes = dstChangesIn(*eu, 2026);
  CHECK(changes.startUtcSeconds * 1000 == at(2026, 3, 29, 1));
  CHECK(changes.endUtcSeconds * 1000 == at(2026, 10, 25, 1));
  const auto lordHowe = parsePosixRule("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0");
  REQUIRE(lordHowe.has_value());
  CHECK(lordHowe->standardName == "+1030");
  CHECK(posixTypeAt(*lordHowe, at(2026, 1, 15) / 1000).offsetSeconds == 11 * 3600);
  CHECK(posixTypeAt(*lordHowe, at(2026, 6, 15) / 1000).offsetSeconds == 10 * 3600 + 1800);
  const auto permanentDst = parsePosixRule("EST5EDT4,0/0,J365/25");
  REQUIRE(permanentDst.has_value());
  CHECK(posixTypeAt(*permanentDst, at(2026, 1, 1, 4, 30) / 1000).isDst);
  CHECK(posixTypeAt(*permanentDst, at(2026, 12, 31, 23) / 1000).isDst);
  CHECK(parsePosixRule("<+07>-7")->standardOffsetSeconds == 7 * 3600);
  CHECK(parsePosixRule("IST-2IDT,M3.4.4/26,M10.5.0").has_value());
  CHECK(parsePosixRule("<-02>2<-01>,M3.5.0/-1,M10.5.0/0").has_value());
  for (const char* bad : {"", "AB-1", "CET", "CET-1CEST,M13.5.0,M10.5.0", "CET-1CEST,M3.5.0", "<+07-7", "CET-1CEST,M3.5.0,M10.5.0/999",
                          "CET99999999999"})
    CHECK_FALSE(parsePosixRule(bad).has_value());
}

// The packed database against the full TZif files it came from, for every name, every 7 hours from
// 1970 to 2040: proves the packer's trimming, the POSIX rule code and the lookup index agree with
// zic's own transition lists (which run to 2037).
TEST_CASE("zones: the embedded database matches /usr/share/zoneinfo for every zone") {
  const ZoneDatabase& database = carescore::testing::zoneDatabase();
  CHECK(database.version().size() >= 5);
  CHECK(database.nameCount() > 550);
  const auto listed = database.listedNames();
  CHECK(listed.size() > 400);
  CHECK(std::find(listed.begin(), listed.end(), "Asia/Ho_Chi_Minh") != listed.end());
  CHECK(std::find(listed.begin(), listed.end(), "UTC") != listed.end());
  CHECK(std::find(listed.begin(), listed.end(), "Asia/Saigon") == listed.end());  // accepted, not offered
  int zones = 0;
  for (const std::string_view name : listed) {
    const auto bytes = carescore::testing::readFile("/usr/share/zoneinfo/" + std::string(name));
    REQUIRE_MESSAGE(!bytes.empty(), name);
    TzifResult full = readTzif(bytes, std::string(name));
    REQUIRE_MESSAGE(full.zone.has_value(), full.error);
    const TimeZone packed = carescore::testing::zone(name);
    std::int64_t firstMismatch = -1;
    for (std::int64_t utc = 0; utc < at(2040, 1, 1) && firstMismatch < 0; utc += 7 * kMsPerHour)
      if (packed.offsetSecondsAt(utc) != full.zone->offsetSecondsAt(utc)) firstMismatch = utc;
    CHECK_MESSAGE(firstMismatch == -1, name, " differs at ", firstMismatch);
    ++zones;
  }
  CHECK(zones == static_cast<int>(listed.size()));
}

TEST_CASE("zones: damaged TZif bytes and blobs are errors, not crashes") {
  const auto bytes = carescore::testing::readFile("/usr/share/zoneinfo/Europe/Berlin");
  REQUIRE(bytes.size() > 100);
  for (std::size_t length = 0; length < bytes.size(); length += 7) {
    const TzifResult cut = readTzif(std::span(bytes.data(), length), "cut");
    if (cut.zone) (void)cut.zone->offsetSecondsAt(0);
    else CHECK_FALSE(cut.error.empty());
  }
  CHECK_FALSE(readTzif(carescore::testing::bytesOf("TZif2 not really"), "x").zone.has_value());
  std::string error;
  CHECK_FALSE(ZoneDatabase::open(carescore::testing::bytesOf("CSTZ"), &error).has_value());
  CHECK_FALSE(error.empty());
  const auto blob = assets::zoneDatabase();
  std::vector<unsigned char> damaged(blob.begin(), blob.end());
  for (std::size_t i = 40; i < damaged.size(); i += 97) damaged[i] ^= 0x5A;
  if (const auto database = ZoneDatabase::open(damaged))
    for (const std::string_view name : database->listedNames())
      if (const auto z = database->find(name)) (void)z->offsetSecondsAt(at(2026, 1, 1));
}

}
