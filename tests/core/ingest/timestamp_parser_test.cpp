#include <doctest/doctest.h>

#include "test_support.h"

#include <cstdint>
#include <string_view>

#include "core/ingest/date_fields.h"
#include "core/ingest/numeric_time.h"
#include "core/ingest/timestamp_parser.h"

// Expected instants were computed independently with GNU date, e.g.
//   date -u -d "2026-03-29T01:30:00+01:00" +%s   → 1774744200
// and are written as seconds × 1000 (+ milliseconds).
using namespace carescore;

namespace {

std::int64_t epochOf(std::string_view text, DateOrder order = DateOrder::DayMonthYear) {
  TimestampText t;
  REQUIRE_MESSAGE(scanTimestamp(text, t), text);
  const auto ms = timestampToEpochMs(t, order);
  REQUIRE_MESSAGE(ms.has_value(), text);
  return *ms;
}

bool scans(std::string_view text) {
  TimestampText t;
  return scanTimestamp(text, t);
}

TimestampText shapeOf(std::string_view text) {
  TimestampText t;
  REQUIRE_MESSAGE(scanTimestamp(text, t), text);
  return t;
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("timestamps: ISO 8601 with offsets, Z, fractions and the Zendesk space") {
  CHECK(epochOf("2026-03-29T01:30:00+01:00") == 1774744200000);
  CHECK(epochOf("2026-03-29T01:30:00Z") == 1774747800000);
  CHECK(epochOf("2026-03-29T01:30:00+0700") == 1774722600000);    // date -u -d "2026-03-29 01:30:00+07:00"
  CHECK(epochOf("2026-03-29 01:30:00.123456") == 1774747800123);  // wall clock, µs truncated to ms
  CHECK(epochOf("2016-04-28T11:19:34 -10:00") == 1461878374000);  // karimatthews…/data__tickets.json
  CHECK(epochOf("2019-08-04 00:00:00+03:00") == 1564866000000);   // RafaelGonzalezAlfaro…telecom_dataset_us.csv
  CHECK(epochOf("2017-04-24T04:36:44.807000Z") == 1493008604807); // facetoe__zenpy chat.json
  CHECK(epochOf("2020-03-20 02:32:49.426") == 1584671569426);     // fivetran__dbt_zendesk _fivetran_synced
  CHECK(epochOf("2017-01-01T00:46:09Z") == 1483231569000);        // julioverdugo__NPS/nps_survey.csv
  CHECK(epochOf("2024-03-27 13:20:00 UTC") == 1711545600000);
  CHECK(epochOf("2024-03-27 20:20 GMT+7") == 1711545600000);
  CHECK(epochOf("2021-03-22") == 1616371200000);                   // andkuster… "Date of Purchase"
  const TimestampText zendesk = shapeOf("2016-04-28T11:19:34 -10:00");
  CHECK(zendesk.zone == ZoneStyle::Offset);
  CHECK(zendesk.offsetMinutes == -600);
  CHECK(zendesk.spaceBeforeZone);
  CHECK(describeTimestamp(zendesk, DateOrder::YearMonthDay) == "yyyy-mm-ddTHH:MM:SS ±HH:MM");
  CHECK(shapeOf("2021-03-22").hasTime == false);
}

TEST_CASE("timestamps: day/month/year in every separator, the order left to the column") {
  // 13/02/2026 reads only day-first; 02/13/2026 only month-first; 01/02/2026 both.
  const TimestampText dayFirst = shapeOf("13/02/2026");
  CHECK(orderFit(dayFirst).dayFirst);
  CHECK_FALSE(orderFit(dayFirst).monthFirst);
  const TimestampText monthFirst = shapeOf("02/13/2026");
  CHECK(orderFit(monthFirst).monthFirst);
  CHECK_FALSE(orderFit(monthFirst).dayFirst);
  const TimestampText either = shapeOf("01/02/2026");
  CHECK(orderFit(either).dayFirst);
  CHECK(orderFit(either).monthFirst);
  CHECK(epochOf("01/02/2026", DateOrder::DayMonthYear) == 1769904000000);  // 2026-02-01
  CHECK(epochOf("01/02/2026", DateOrder::MonthDayYear) == 1767312000000);  // 2026-01-02
  CHECK(epochOf("13/02/2026") == 1770940800000);
  CHECK(epochOf("31-01-2016") == 1454198400000);               // AnandBakode008…/Call_Center.csv
  CHECK(epochOf("18.05.2022 11:33:47") == 1652873627000);      // Zloooy…/dataset__info.csv "Время"
  CHECK(epochOf("11/1/2019 8:51:12", DateOrder::MonthDayYear) == 1572598272000);  // prepbench case_040
  CHECK(epochOf("1/13/2021", DateOrder::MonthDayYear) == 1610496000000);          // PwC dataset, M/DD/YYYY
  CHECK(epochOf("31-05-2023 23:59") == 1685577540000);         // Mumtaj1012…, dd-mm-yyyy HH:MM
  CHECK(epochOf("18.05.2022, 11:33:47") == 1652873627000);
  CHECK(epochOf("31.01.2016 \xD0\xB3.") == 1454198400000);     // "31.01.2016 г."
  CHECK_FALSE(orderFit(shapeOf("31/02/2026")).dayFirst);       // 31 February does not exist
  CHECK_FALSE(scans("13/13/2026"));
  CHECK(describeTimestamp(shapeOf("18.05.2022 11:33:47"), DateOrder::DayMonthYear) == "dd.mm.yyyy HH:MM:SS");
  CHECK(describeTimestamp(shapeOf("11/1/2019 8:51:12"), DateOrder::MonthDayYear) == "m/d/yyyy HH:MM:SS");
}

TEST_CASE("timestamps: the fixed-position fast path agrees with the general scanner") {
  // Every combination of the shapes the fast path takes, plus near-misses it must hand over.
  const char* kDates[] = {"2021-03-04", "2021/03/04", "2021.03.04", "04.03.2021", "13-03-2021", "03/13/2021",
                          "2021-02-30", "31/31/2021", "00.00.0000", "2021-3-04", "4.03.2021", "0000-01-01"};
  const char* kSeparators[] = {"", "T", " ", "t", "  ", ", ", "x"};
  const char* kTimes[] = {"10:20", "10:20:30", "23:59:59.5", "10:20:30,123456", "24:00", "9:20", "10:60", "10:20:3",
                          "10:200", "10:20 PM"};
  const char* kZones[] = {"", "Z", "z", " Z", "+07:00", "-0330", " -10:00", "+7", "+15:00", "  +01:00", " UTC", "Zulu"};
  std::size_t fast = 0, both = 0;
  for (const char* date : kDates)
    for (const char* sep : kSeparators)
      for (const char* time : kTimes)
        for (const char* zone : kZones) {
          const bool dateOnly = *sep == '\0';
          const std::string text = std::string(date) + sep + (dateOnly ? "" : time) + (dateOnly ? "" : zone);
          TimestampText quick, general;
          const bool quickOk = scanFixedTimestamp(text, quick);
          const bool generalOk = scanTimestampGeneral(text, general);
          if (quickOk) {
            ++fast;
            CHECK_MESSAGE(generalOk, text);
            CHECK_MESSAGE(quick == general, text);
          }
          both += generalOk ? 1 : 0;
        }
  CHECK(fast > 300);  // the fast path takes the common shapes…
  CHECK(both > fast);  // …and leaves the rest (", ", "9:20", " UTC", AM/PM) to the general scanner
}

TEST_CASE("timestamps: two-digit years pivot at 1930, as Excel does") {
  CHECK(shapeOf("01/02/26").year == 2026);
  CHECK(shapeOf("01/02/29").year == 2029);
  CHECK(shapeOf("01/02/30").year == 1930);
  CHECK(shapeOf("01/02/99").twoDigitYear);
  CHECK(epochOf("01.02.99") == 917827200000);  // 1999-02-01
}

TEST_CASE("timestamps: 12-hour clocks") {
  CHECK(epochOf("11/1/2019 8:51:12 PM", DateOrder::MonthDayYear) == 1572598272000 + 12 * 3600000);
  CHECK(epochOf("11/1/2019 12:00:00 AM", DateOrder::MonthDayYear) == 1572566400000);  // midnight
  CHECK(epochOf("11/1/2019 12:30 pm", DateOrder::MonthDayYear) == 1572566400000 + 45000000);
  CHECK(epochOf("01.11.2019 8:51:12 CH") == 1572598272000 + 12 * 3600000);  // Vietnamese "chiều"
  CHECK_FALSE(scans("11/1/2019 13:00 PM"));
  CHECK_FALSE(scans("2021-01-01 24:00"));
  CHECK_FALSE(scans("2021-01-01 10:60"));
}

TEST_CASE("timestamps: month names, weekdays, Twitter and ctime") {
  // monalisapatra26__data_visualization/twcs.csv "created_at"
  CHECK(epochOf("Tue Oct 31 22:10:47 +0000 2017") == 1509487847000);
  CHECK(shapeOf("Tue Oct 31 22:10:47 +0000 2017").zone == ZoneStyle::Offset);
  CHECK(describeTimestamp(shapeOf("Tue Oct 31 22:10:47 +0000 2017"), DateOrder::YearMonthDay) ==
        "Www Mon dd HH:MM:SS ±HHMM yyyy");
  CHECK(epochOf("Tue Oct 31 22:10:47 2017") == 1509487847000);
  CHECK(epochOf("Tue, 31 Oct 2017 22:10:47 +0000") == 1509487847000);  // RFC 2822
  CHECK(epochOf("31 Oct 2017") == 1509408000000);
  CHECK(epochOf("October 31, 2017") == 1509408000000);
  CHECK(epochOf("31-Oct-2017") == 1509408000000);
  CHECK(epochOf("31 \xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F 2017 \xD0\xB3.") == 1509408000000);  // 31 октября 2017 г.
  CHECK(epochOf("31 \xD0\x9E\xD0\xBA\xD1\x82. 2017") == 1509408000000);  // 31 Окт. 2017
  CHECK(epochOf("31 th\xC3\xA1ng 10 2017") == 1509408000000);             // 31 tháng 10 2017
  CHECK(epochOf("Th\xE1\xBB\xA9 Ba, 31/10/2017") == 1509408000000);        // Thứ Ba, 31/10/2017
  CHECK(epochOf("\xD0\xB2\xD1\x82, 31.10.2017") == 1509408000000);        // вт, 31.10.2017
  CHECK(orderFit(shapeOf("Oct 31, 2017")).dayFirst);  // a named month fixes the order
  CHECK_FALSE(scans("Oct 32, 2017"));
  CHECK_FALSE(scans("Ticket 12/01/2021"));
  CHECK_FALSE(scans("54-009-2490"));  // prepbench case_281 "Complaint ID"
  CHECK_FALSE(scans("12:30"));
  CHECK_FALSE(scans("2021"));
  CHECK_FALSE(scans("2021-01-01T"));
  CHECK_FALSE(scans("2021-01-01 10:00 +25:00"));
}

TEST_CASE("date fields: the day/month swap and the epoch of fields") {
  CHECK(epochMsOf(2026, 3, 29, 1, 30, 0, 0) == 1774747800000);  // date -u -d "2026-03-29 01:30" +%s
  CHECK(epochMsOf(1900, 1, 1, 0, 0, 0, 5) == -2208988800000 + 5);
  // 2026-01-02 10:00 ⇄ 2026-02-01 10:00 (1767348000 / 1769940000 by date -u)
  CHECK(swapDayAndMonth(1767348000000) == 1769940000000);
  CHECK(swapDayAndMonth(1769940000000) == 1767348000000);
  CHECK(swapDayAndMonth(-2208988800000 + 5) == -2208988800000 + 5);  // 1900-01-01: the same both ways
}

TEST_CASE("numeric times: Excel serials with the 1900 leap-year bug, and the 1904 system") {
  CHECK(excelSerialToEpochMs(45000, 0, false) == 1678838400000);          // 2023-03-15
  CHECK(excelSerialToEpochMs(45000.5, 1, false) == 1678881600000);        // 12:00
  CHECK(excelSerialToEpochMs(59, 0, false) == -2203977600000);            // 1900-02-28
  CHECK_FALSE(excelSerialToEpochMs(60, 0, false).has_value());            // phantom 1900-02-29
  CHECK(excelSerialToEpochMs(61, 0, false) == -2203891200000);            // 1900-03-01
  CHECK(excelSerialToEpochMs(1, 0, false) == -2208988800000);             // 1900-01-01
  CHECK(excelSerialToEpochMs(2958465, 0, false) == 253402214400000);      // 9999-12-31
  CHECK_FALSE(excelSerialToEpochMs(2958466, 0, false).has_value());
  CHECK_FALSE(excelSerialToEpochMs(0, 0, false).has_value());
  CHECK_FALSE(excelSerialToEpochMs(-1, 0, false).has_value());
  CHECK(excelSerialToEpochMs(0, 0, true) == -2082844800000);              // 1904-01-01
  CHECK(excelSerialToEpochMs(45000 - 1462, 0, true) == 1678838400000);    // the systems differ by 1,462 days
}

TEST_CASE("numeric times: day fractions snap to the second their digits can resolve") {
  CHECK(dayFractionToMs(0.3541666, 7) == 30600000);          // 08:30:00, not 08:29:59.994
  CHECK(dayFractionToMs(0.38400462962963, 14) == 33178000);  // ZhDmitriy… "Time": 09:12:58
  CHECK(dayFractionToMs(0.375, 3) == 32400000);              // 09:00:00
  CHECK(dayFractionToMs(0.5, 1) == 43200000);
  // 09:12:58.5 is 33178.5 / 86400 = 0.384010416666… of a day: 15 digits resolve the half second.
  CHECK(dayFractionToMs(0.384010416666667, 15) == 33178500);
  CHECK(dayFractionToMs(0.38401, 5) == 33178000);  // 5 digits resolve 0.864 s only: snapped
}

TEST_CASE("numeric times: Unix epochs by digit count, compact dates") {
  PlainDecimal p;
  for (std::string_view text : {"1711545600", "1711545600000", "1711545600000000", "1711545600000000000"}) {
    REQUIRE(readPlainDecimal(text, p));
    const auto unit = epochUnitOfDigits(p.integerDigits);
    REQUIRE(unit.has_value());
    CHECK_MESSAGE(unixToEpochMs(p, *unit) == 1711545600000, text);  // 2024-03-27T13:20:00Z
  }
  REQUIRE(readPlainDecimal("1711545600.25", p));
  CHECK(unixToEpochMs(p, EpochUnit::Seconds) == 1711545600250);
  REQUIRE(readPlainDecimal("1711545600000", p));
  CHECK_FALSE(unixToEpochMs(p, EpochUnit::Seconds).has_value());  // a 13-digit value in a seconds column
  CHECK_FALSE(epochUnitOfDigits(5).has_value());
  CHECK_FALSE(epochUnitOfDigits(11).has_value());
  CHECK(compactDateToEpochMs("990201") == 917827200000);  // datatalking… "date": 1999-02-01
  CHECK(compactDateToEpochMs("20210113") == 1610496000000);
  CHECK_FALSE(compactDateToEpochMs("990230").has_value());
  CHECK_FALSE(compactDateToEpochMs("12345").has_value());
}

}
