#include <doctest/doctest.h>

#include "test_support.h"

#include <string_view>

#include "core/ingest/clock_parser.h"
#include "core/ingest/duration_parser.h"
#include "core/ingest/header_hints.h"

using namespace carescore;

namespace {

double secondsOf(std::string_view text, DurationStyle style = {}) {
  DurationReading r;
  REQUIRE_MESSAGE(readDuration(text, style, r), text);
  return r.seconds;
}

bool reads(std::string_view text, DurationStyle style = {}) {
  DurationReading r;
  return readDuration(text, style, r);
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("durations: clocks") {
  CHECK(secondsOf("00:02:59") == 179);            // AnandBakode008…/Call_Center.csv AvgTalkDuration
  CHECK(secondsOf("0:00:17") == 17);
  CHECK(secondsOf("26:15:00") == 26 * 3600 + 15 * 60);  // past a day
  CHECK(secondsOf("100:00:00") == 360000);
  CHECK(secondsOf("12:34") == 12 * 60 + 34);      // MM:SS by default
  CHECK(secondsOf("75:30") == 75 * 60 + 30);
  DurationStyle hours;
  hours.twoFieldsAreHours = true;
  CHECK(secondsOf("1:30", hours) == 5400);        // H:MM in an hours column
  CHECK(secondsOf("00:02:59.5") == 179.5);
  CHECK(secondsOf("12:02:23 AM") == 143);         // ZhDmitriy… AvgTalkDuration: an Excel time as a clock
  CHECK(secondsOf("12:04:02 AM") == 242);
  CHECK(secondsOf("01:00:00 PM") == 13 * 3600);
  CHECK_FALSE(reads("-00:05:00"));                // negative: a misfit, never a duration
  CHECK_FALSE(reads("10:5"));                     // minutes need two digits
  CHECK_FALSE(reads("10:75"));
  CHECK_FALSE(reads("13:00:00 PM"));
}

TEST_CASE("durations: units in three languages, ISO 8601") {
  CHECK(secondsOf("1h 2m 3s") == 3723);
  CHECK(secondsOf("1h2m3s") == 3723);
  CHECK(secondsOf("2h 5m") == 7500);
  CHECK(secondsOf("1.5h") == 5400);
  CHECK(secondsOf("90s") == 90);
  CHECK(secondsOf("2 hrs 30 mins") == 9000);
  CHECK(secondsOf("3 days, 4 hours and 5 minutes") == 3 * 86400 + 4 * 3600 + 5 * 60);
  CHECK(secondsOf("2 \xD1\x87 5 \xD0\xBC\xD0\xB8\xD0\xBD") == 7500);                 // 2 ч 5 мин
  CHECK(secondsOf("1 \xD1\x87\xD0\xB0\xD1\x81 30 \xD0\xBC\xD0\xB8\xD0\xBD.") == 5400);  // 1 час 30 мин.
  CHECK(secondsOf("45 \xD1\x81\xD0\xB5\xD0\xBA") == 45);                              // 45 сек
  CHECK(secondsOf("1,5 \xD1\x87") == 5400);                                           // 1,5 ч
  CHECK(secondsOf("1 gi\xE1\xBB\x9D 30 ph\xC3\xBAt") == 5400);                        // 1 giờ 30 phút
  CHECK(secondsOf("20 gi\xC3\xA2y") == 20);                                           // 20 giây
  CHECK(secondsOf("2 phut 20 giay") == 140);                                        // typed without diacritics
  CHECK(secondsOf("PT1H2M3S") == 3723);
  CHECK(secondsOf("P1DT0.5S") == 86400.5);
  CHECK(secondsOf("PT90M") == 5400);
  CHECK_FALSE(reads("P1M"));   // months have no fixed length
  CHECK_FALSE(reads("1 parsec"));
  CHECK_FALSE(reads("h"));
  CHECK_FALSE(reads("5 minutes ago"));
}

TEST_CASE("durations: bare numbers in the column's unit") {
  DurationStyle minutes;
  minutes.unitSeconds = 60;
  CHECK(secondsOf("12", minutes) == 720);  // Zendesk "First reply time in minutes"
  DurationStyle hours;
  hours.unitSeconds = 3600;
  CHECK(secondsOf("1.5", hours) == 5400);  // "(in hrs)"
  hours.decimalSeparator = ',';
  CHECK(secondsOf("1,5", hours) == 5400);
  CHECK(secondsOf("179") == 179);
  CHECK_FALSE(reads("-5"));
  CHECK_FALSE(reads("50%"));
}

TEST_CASE("durations: the common shapes' fast path keeps the general rules at its edges") {
  // Plain digits and H:MM:SS are read by a shortcut; each edge must read as the general path does.
  CHECK(secondsOf("53:09:44") == 53 * 3600 + 9 * 60 + 44);
  CHECK(secondsOf("0:00:00") == 0);
  CHECK(secondsOf("007:00:01") == 7 * 3600 + 1);                   // zeros before hours are no identifier
  CHECK(secondsOf("123456789:00:00") == 123456789.0 * 3600);       // nine hour digits, the clock's limit
  CHECK_FALSE(reads("1234567890:00:00"));                          // ten
  CHECK_FALSE(reads("1:60:00"));
  CHECK_FALSE(reads("1:00:60"));
  CHECK_FALSE(reads("1:0:00"));
  CHECK(secondsOf("1:00:00.5") == 3600.5);                        // a fraction: the general path
  CHECK(secondsOf("12:30:00 PM") == 12 * 3600 + 30 * 60);         // a marker: the general path
  DurationStyle minutes;
  minutes.unitSeconds = 60;
  CHECK(secondsOf("2367", minutes) == 2367 * 60);
  CHECK(secondsOf("0") == 0);
  CHECK_FALSE(reads("007"));                                       // a leading zero: an identifier
  CHECK(secondsOf("123456789012345") == 123456789012345.0);       // 15 digits, exact
  CHECK_FALSE(reads("1234567890123456"));                          // 16 digits: an identifier, as readNumber says
}

TEST_CASE("clocks: fields and meridiem markers as written") {
  ClockReading c;
  REQUIRE(scanClock("7:02:47", 0, c));
  CHECK(c.fields == 3);
  CHECK(c.lead == 7);
  CHECK(c.middle == 2);
  CHECK(c.last == 47);
  CHECK(c.end == 7);
  REQUIRE(scanClock("8:51 p.m.", 0, c));
  CHECK(c.meridiem == Meridiem::Pm);
  CHECK(hours24(c) == 20);
  REQUIRE(scanClock("12:15 \xD0\x94\xD0\x9F", 0, c));  // ДП
  CHECK(hours24(c) == 0);
  REQUIRE(scanClock("10:00 Chat", 0, c));  // "Ch" starts a word: not a marker
  CHECK(c.meridiem == Meridiem::None);
  CHECK(c.end == 5);
}

TEST_CASE("header hints: units in English, Vietnamese and Russian, where a unit can stand") {
  CHECK(readHeaderHints("First reply time in minutes").unitSeconds == 60);      // Zendesk
  CHECK(readHeaderHints("First response time (seconds)").unitSeconds == 1);     // Intercom
  CHECK(readHeaderHints("First response time (in hrs)").unitSeconds == 3600);   // Freshdesk
  CHECK(readHeaderHints("Duration (in seconds)").unitSeconds == 1);             // Qualtrics
  CHECK(readHeaderHints("reply_time_in_minutes.calendar").unitSeconds == 60);   // Zendesk API, flattened
  CHECK(readHeaderHints("first_response_s").unitSeconds == 1);
  CHECK(readHeaderHints("waitSeconds").unitSeconds == 1);
  CHECK(readHeaderHints("Speed of answer in seconds").unitSeconds == 1);        // PwC dataset
  CHECK(readHeaderHints("Th\xE1\xBB\x9Di gian ch\xE1\xBB\x9D (ph\xC3\xBAt)").unitSeconds == 60);  // Thời gian chờ (phút)
  CHECK(readHeaderHints("Th\xE1\xBB\x9Di gian x\xE1\xBB\xAD l\xC3\xBD (gi\xE1\xBB\x9D)").unitSeconds == 3600);  // … (giờ)
  CHECK(readHeaderHints("Th\xE1\xBB\x9Di l\xC6\xB0\xE1\xBB\xA3ng (gi\xC3\xA2y)").unitSeconds == 1);  // Thời lượng (giây)
  CHECK(readHeaderHints("thoi gian cho (phut)").unitSeconds == 60);             // without diacritics
  CHECK(readHeaderHints("thoi luong (giay)").unitSeconds == 1);
  CHECK(readHeaderHints("khung gio").unitSeconds == 0);                        // "gio" alone is no unit: a time slot
  CHECK(readHeaderHints("\xD0\x94\xD0\xBB\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C, \xD1\x81\xD0\xB5\xD0\xBA").unitSeconds == 1);  // Длительность, сек
  CHECK(readHeaderHints("\xD0\x92\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F \xD0\xBE\xD0\xB6\xD0\xB8\xD0\xB4\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F (\xD0\xBC\xD0\xB8\xD0\xBD)").unitSeconds == 60);  // Время ожидания (мин)
  CHECK(readHeaderHints("\xD0\x92\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F \xD1\x80\xD0\xB5\xD1\x88\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F \xD0\xB2 \xD1\x87\xD0\xB0\xD1\x81\xD0\xB0\xD1\x85").unitSeconds == 3600);  // Время решения в часах
  // Not units of the values:
  CHECK(readHeaderHints("Service Level (20 Seconds)").unitSeconds == 0);  // vestineo…: a threshold
  CHECK(readHeaderHints("Calls per hour").unitSeconds == 0);
  CHECK(readHeaderHints("calls/hour").unitSeconds == 0);
  CHECK(readHeaderHints("\xD0\x97\xD0\xB2\xD0\xBE\xD0\xBD\xD0\xBA\xD0\xB8 \xD0\xB2 \xD1\x87\xD0\xB0\xD1\x81").unitSeconds == 0);  // Звонки в час
  CHECK(readHeaderHints("Hour").unitSeconds == 0);                        // an hour of day
  CHECK(readHeaderHints("Gi\xE1\xBB\x9D g\xE1\xBB\x8Di").unitSeconds == 0);  // Giờ gọi: call time
  CHECK(readHeaderHints("Sessions").unitSeconds == 0);
  CHECK(readHeaderHints("Resolution time").unitSeconds == 0);             // Zendesk: hours, but unnamed
}

TEST_CASE("header hints: cues for times, flags, ids and free text") {
  const HeaderHints vruEntry = readHeaderHints("vru_entry");  // datatalking… bank calls
  CHECK(vruEntry.timeOfDay);
  CHECK_FALSE(vruEntry.elapsed);
  const HeaderHints talk = readHeaderHints("AvgTalkDuration");  // ZhDmitriy…
  CHECK(talk.elapsed);
  CHECK(readHeaderHints("Time").timeOfDay);
  CHECK(readHeaderHints("Time").timestamp);
  CHECK(readHeaderHints("created_at").timestamp);
  CHECK(readHeaderHints("date").timestamp);
  CHECK(readHeaderHints("\xD0\x92\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F \xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB0").elapsed);  // Время ответа
  CHECK(readHeaderHints("is_admin").flag);  // julioverdugo__NPS
  CHECK(readHeaderHints("Answered (Y/N)").flag);
  CHECK(readHeaderHints("is_missed_call").flag);
  CHECK_FALSE(readHeaderHints("this_is_it").flag);  // "is" flags only at the start
  CHECK(readHeaderHints("Call Id").identifier);
  CHECK(readHeaderHints("\xEF\xBB\xBF" "Call Id").identifier);  // AnandBakode008…: a BOM left on the header
  CHECK(readHeaderHints("AgentID").identifier);
  CHECK(readHeaderHints("ID \xD0\xB7\xD0\xB0\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB8").identifier);  // ID записи
  CHECK_FALSE(readHeaderHints("Idle time").identifier);
  CHECK(readHeaderHints("Last teammate rating remark").freeText);
  CHECK(readHeaderHints("\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB9").freeText);  // Комментарий
  const std::vector<HeaderToken> tokens = headerTokens("AvgTalkDuration (in hrs)/day");
  REQUIRE(tokens.size() == 6);
  CHECK(tokens[0].text == "avg");
  CHECK(tokens[2].text == "duration");
  CHECK(tokens[4].text == "hrs");
  CHECK(tokens[5].afterSlash);
  CHECK(unitName(60) == "minutes");
}

}
