#include "app/i18n/date_format.h"

#include <cmath>
#include <cstdio>

#include "app/i18n/format.h"
#include "app/i18n/translate.h"

namespace carescore {

namespace {

std::string twoDigits(int value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d", value);
  return buffer;
}

// The separator of numeric dates: 30/09/2026 in Vietnamese, 30.09.2026 in Russian.
char numericDateSeparator(Language language) { return language == Language::Russian ? '.' : '/'; }

std::string unitPair(long long value, Text unit, Language language) {
  return formatCount(static_cast<std::uint64_t>(value), language) + std::string(kNoBreakSpace) + tr(unit, language);
}

} // namespace

const char* monthName(int month, NameWidth width, Language language) {
  const int index = (month < 1 || month > 12) ? 0 : month - 1;
  const Text first = width == NameWidth::Short ? Text::MonthShort1 : Text::MonthLong1;
  return tr(static_cast<Text>(static_cast<int>(first) + index), language);
}

const char* weekdayName(int isoWeekday, NameWidth width, Language language) {
  const int index = (isoWeekday < 1 || isoWeekday > 7) ? 0 : isoWeekday - 1;
  const Text first = width == NameWidth::Short ? Text::WeekdayShort1 : Text::WeekdayLong1;
  return tr(static_cast<Text>(static_cast<int>(first) + index), language);
}

std::string formatDate(CivilDate date, Language language) {
  if (language == Language::English)
    return std::string(monthName(date.month, NameWidth::Short, language)) + " " + std::to_string(date.day) + ", " +
           std::to_string(date.year);
  return formatDayMonth(date, language) + numericDateSeparator(language) + std::to_string(date.year);
}

std::string formatDayMonth(CivilDate date, Language language) {
  if (language == Language::English)
    return std::string(monthName(date.month, NameWidth::Short, language)) + " " + std::to_string(date.day);
  return twoDigits(date.day) + numericDateSeparator(language) + twoDigits(date.month);
}

std::string formatMonthYear(CivilDate date, Language language) {
  if (language == Language::Vietnamese) return twoDigits(date.month) + "/" + std::to_string(date.year);
  return std::string(monthName(date.month, NameWidth::Short, language)) + " " + std::to_string(date.year);
}

std::string formatDateRange(CivilDate first, CivilDate last, Language language) {
  constexpr std::string_view kDash = "–";
  if (first == last) return formatDate(first, language);
  if (first.year != last.year) return formatDate(first, language) + " – " + formatDate(last, language);
  if (language != Language::English) return formatDayMonth(first, language) + std::string(kDash) + formatDate(last, language);
  if (first.month == last.month)
    return formatDayMonth(first, language) + std::string(kDash) + std::to_string(last.day) + ", " + std::to_string(last.year);
  return formatDayMonth(first, language) + " – " + formatDate(last, language);
}

std::string formatClock(int hour, int minute) { return twoDigits(hour) + ":" + twoDigits(minute); }

std::string formatDuration(double seconds, Language language) {
  if (std::isnan(seconds)) return "—";
  const std::string sign = seconds < 0 ? std::string(kMinusSign) : "";
  const double magnitude = std::fabs(seconds);
  if (magnitude < 9.95 && magnitude != std::floor(magnitude))
    return sign + formatNumber(magnitude, 1, language) + std::string(kNoBreakSpace) + tr(Text::UnitSecondShort, language);
  const auto total = static_cast<long long>(std::llround(std::fmin(magnitude, 1e15)));
  struct Unit {
    long long seconds;
    Text name;
  };
  static constexpr Unit kUnits[] = {{86400, Text::UnitDayShort}, {3600, Text::UnitHourShort},
                                    {60, Text::UnitMinuteShort}, {1, Text::UnitSecondShort}};
  for (std::size_t i = 0; i < std::size(kUnits); ++i) {
    if (total < kUnits[i].seconds && i + 1 < std::size(kUnits)) continue;
    const long long major = total / kUnits[i].seconds;
    std::string out = sign + unitPair(major, kUnits[i].name, language);
    if (i + 1 < std::size(kUnits)) {
      const long long minor = (total % kUnits[i].seconds) / kUnits[i + 1].seconds;
      if (minor > 0) {
        out += ' ';  // two appends: GCC 12 warns falsely (-Wrestrict) about " " + std::string&&
        out += unitPair(minor, kUnits[i + 1].name, language);
      }
    }
    return out;
  }
  return sign + unitPair(total, Text::UnitSecondShort, language);
}

} // namespace carescore
