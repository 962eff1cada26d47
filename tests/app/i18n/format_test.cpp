#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "app/i18n/date_format.h"
#include "app/i18n/format.h"

using namespace carescore;

namespace {
constexpr auto en = Language::English;
constexpr auto vi = Language::Vietnamese;
constexpr auto ru = Language::Russian;
#define NBSP "\u00a0"
} // namespace

TEST_SUITE("app/i18n") {

TEST_CASE("numbers use each language's separators") {
  CHECK(formatNumber(1234.5, 1, en) == "1,234.5");
  CHECK(formatNumber(1234.5, 1, vi) == "1.234,5");
  CHECK(formatNumber(1234.5, 1, ru) == "1" NBSP "234,5");
  CHECK(formatNumber(1234567.891, 2, en) == "1,234,567.89");
  CHECK(formatNumber(-0.04, 1, en) == "0.0");          // rounds to zero: no sign
  CHECK(formatNumber(-3.14, 1, vi) == "\u22123,1");     // U+2212 minus sign
  CHECK(formatNumber(999.96, 1, en) == "1,000.0");
  CHECK(formatNumber(NAN, 1, en) == "—");
  CHECK(formatNumber(12, 0, ru) == "12");
}

TEST_CASE("counts group thousands") {
  CHECK(formatCount(0, en) == "0");
  CHECK(formatCount(999, en) == "999");
  CHECK(formatCount(1000, en) == "1,000");
  CHECK(formatCount(1234567, en) == "1,234,567");
  CHECK(formatCount(1234567, vi) == "1.234.567");
  CHECK(formatCount(1234567, ru) == "1" NBSP "234" NBSP "567");
}

TEST_CASE("percentages: 82.4% in English, 82,4 % in Vietnamese and Russian") {
  CHECK(formatPercent(82.4, 1, en) == "82.4%");
  CHECK(formatPercent(82.4, 1, vi) == "82,4" NBSP "%");
  CHECK(formatPercent(82.4, 1, ru) == "82,4" NBSP "%");
  CHECK(formatPercent(100, 0, en) == "100%");
  CHECK(formatPercent(NAN, 1, ru) == "—");
}

TEST_CASE("signed differences") {
  CHECK(formatSigned(1.4, 1, en) == "+1.4");
  CHECK(formatSigned(-3.1, 1, ru) == "\u22123,1");
  CHECK(formatSigned(0.01, 1, en) == "0.0");
}

TEST_CASE("file sizes in decimal units, words for small sizes") {
  CHECK(formatBytes(0, en) == "0 bytes");
  CHECK(formatBytes(1, en) == "1 byte");
  CHECK(formatBytes(999, en) == "999 bytes");
  CHECK(formatBytes(1536, en) == "1.5" NBSP "KB");
  CHECK(formatBytes(1536, vi) == "1,5" NBSP "KB");
  CHECK(formatBytes(1536, ru) == "1,5" NBSP "КБ");
  CHECK(formatBytes(153'000'000, en) == "153" NBSP "MB");
  CHECK(formatBytes(999'960, en) == "1.0" NBSP "MB");  // not "1000 KB"
  CHECK(formatBytes(2, ru) == "2 байта");
  CHECK(formatBytes(5, ru) == "5 байт");
}

TEST_CASE("durations: two units, in each language") {
  CHECK(formatDuration(125, en) == "2" NBSP "min 5" NBSP "s");
  CHECK(formatDuration(125, vi) == "2" NBSP "phút 5" NBSP "giây");
  CHECK(formatDuration(125, ru) == "2" NBSP "мин 5" NBSP "с");
  CHECK(formatDuration(45, en) == "45" NBSP "s");
  CHECK(formatDuration(120, en) == "2" NBSP "min");
  CHECK(formatDuration(3900, en) == "1" NBSP "h 5" NBSP "min");
  CHECK(formatDuration(3900, ru) == "1" NBSP "ч 5" NBSP "мин");
  CHECK(formatDuration(183600, en) == "2" NBSP "d 3" NBSP "h");  // 2·86400 + 3·3600
  CHECK(formatDuration(4.5, en) == "4.5" NBSP "s");
  CHECK(formatDuration(4.5, ru) == "4,5" NBSP "с");
  CHECK(formatDuration(59.6, en) == "1" NBSP "min");  // rounds to the second first
  CHECK(formatDuration(-90, en) == "\u22121" NBSP "min 30" NBSP "s");
  CHECK(formatDuration(0, en) == "0" NBSP "s");
  CHECK(formatDuration(NAN, en) == "—");
}

TEST_CASE("dates: Sep 30, 2026 · 30/09/2026 · 30.09.2026") {
  const CivilDate date{2026, 9, 30};
  CHECK(formatDate(date, en) == "Sep 30, 2026");
  CHECK(formatDate(date, vi) == "30/09/2026");
  CHECK(formatDate(date, ru) == "30.09.2026");
  CHECK(formatDayMonth({2026, 3, 5}, en) == "Mar 5");
  CHECK(formatDayMonth({2026, 3, 5}, vi) == "05/03");
  CHECK(formatDayMonth({2026, 3, 5}, ru) == "05.03");
  CHECK(formatMonthYear(date, en) == "Sep 2026");
  CHECK(formatMonthYear(date, vi) == "09/2026");
  CHECK(formatMonthYear(date, ru) == "сент. 2026");
}

TEST_CASE("date ranges as the scorecard's period picker shows them") {
  CHECK(formatDateRange({2026, 9, 1}, {2026, 9, 30}, en) == "Sep 1–30, 2026");
  CHECK(formatDateRange({2026, 8, 25}, {2026, 9, 30}, en) == "Aug 25 – Sep 30, 2026");
  CHECK(formatDateRange({2026, 9, 1}, {2026, 9, 30}, vi) == "01/09–30/09/2026");
  CHECK(formatDateRange({2026, 9, 1}, {2026, 9, 30}, ru) == "01.09–30.09.2026");
  CHECK(formatDateRange({2025, 12, 29}, {2026, 1, 4}, ru) == "29.12.2025 – 04.01.2026");
  CHECK(formatDateRange({2026, 9, 30}, {2026, 9, 30}, en) == "Sep 30, 2026");
}

TEST_CASE("month and weekday names") {
  CHECK(std::string(monthName(9, NameWidth::Long, en)) == "September");
  CHECK(std::string(monthName(9, NameWidth::Long, vi)) == "Tháng 9");
  CHECK(std::string(monthName(2, NameWidth::Short, ru)) == "февр.");
  CHECK(std::string(weekdayName(1, NameWidth::Short, en)) == "Mon");
  CHECK(std::string(weekdayName(7, NameWidth::Short, vi)) == "CN");
  CHECK(std::string(weekdayName(3, NameWidth::Long, ru)) == "Среда");
  CHECK(formatClock(9, 5) == "09:05");
}

TEST_CASE("calendar arithmetic") {
  CHECK(daysFromCivil({2026, 9, 30}) == 20726);  // (2026-09-30 − 1970-01-01) in days, as `date -d` gives
  CHECK(civilFromDays(-1) == CivilDate{1969, 12, 31});
  CHECK(isoWeekday(daysFromCivil({2026, 9, 30})) == 3);  // a Wednesday
  CHECK(isoWeekday(daysFromCivil({2024, 2, 29})) == 4);  // a Thursday
  CHECK(daysOfEpochMs(-1) == -1);
  CHECK(daysOfEpochMs(kMsPerDay) == 1);
}

}
