// Dates, month and weekday names, clock times and durations as each language writes them:
// "Sep 30, 2026" · "30/09/2026" · "30.09.2026"; "2 min 5 s" · "2 phút 5 giây" · "2 мин 5 с".
// Wall-clock values only: converting instants to the chosen time zone is the caller's job.
#pragma once
#include <string>

#include "app/i18n/calendar.h"
#include "app/i18n/language.h"

namespace carescore {

enum class NameWidth { Short, Long };

const char* monthName(int month, NameWidth width, Language language = currentLanguage());     // 1..12
const char* weekdayName(int isoWeekday, NameWidth width, Language language = currentLanguage());  // 1 = Monday

std::string formatDate(CivilDate date, Language language = currentLanguage());       // full date
std::string formatDayMonth(CivilDate date, Language language = currentLanguage());   // "Sep 30" · "30/09" · "30.09"
std::string formatMonthYear(CivilDate date, Language language = currentLanguage());  // "Sep 2026" · "09/2026" · "сент. 2026"
// "Sep 1–30, 2026" · "01/09–30/09/2026" · "01.09–30.09.2026" (both ends included).
std::string formatDateRange(CivilDate first, CivilDate last, Language language = currentLanguage());
std::string formatClock(int hour, int minute);  // "09:05": 24-hour in every UI language

// Two most significant units, rounded to the second: "45 s", "2 min 5 s", "1 h 5 min", "2 d 3 h";
// under ten seconds with a tenth ("4.5 s"). NaN reads "—".
std::string formatDuration(double seconds, Language language = currentLanguage());

} // namespace carescore
