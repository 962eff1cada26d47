#include "core/ingest/timestamp_parser.h"

#include "core/ingest/date_fields.h"
#include "core/ingest/text_scan.h"

// The fast half of scanTimestamp: most exports write timestamps at fixed positions, so digits are
// read by index with no cursor and no tables. Not a second grammar: whatever it does not take, the
// general scanner (timestamp_parser.cpp) reads, and a test checks the two agree field for field.
namespace carescore {

// The shapes most exports use, at fixed positions: yyyy-mm-dd or dd.mm.yyyy (with '-', '/' or
// '.'), then T or a space, HH:MM[:SS][.fff], then nothing, Z, or an offset ±HH:MM / ±HHMM after at
// most one space. Anything else returns false and the general scanner decides; a true result is
// field for field what the general scanner gives (a test compares the two).
bool scanFixedTimestamp(std::string_view s, TimestampText& v) {
  const std::size_t n = s.size();
  if (n < 10) return false;
  auto twoDigits = [&s](std::size_t i) {
    return scan::isDigit(s[i]) && scan::isDigit(s[i + 1]) ? scan::digitOf(s[i]) * 10 + scan::digitOf(s[i + 1]) : -1;
  };
  auto isSeparator = [](char c) { return c == '-' || c == '/' || c == '.'; };
  v = TimestampText{};  // filled in place: on false the general scanner starts over
  if (isSeparator(s[4]) && s[7] == s[4]) {
    const int century = twoDigits(0), year = twoDigits(2), month = twoDigits(5), day = twoDigits(8);
    if (century < 0 || year < 0 || month < 0 || day < 0) return false;
    v.year = century * 100 + year;
    v.first = month;
    v.second = day;
    v.yearFirst = v.orderKnown = true;
    v.separator = s[4];
    if (!isValidDate(v.year, month, day)) return false;
  } else if (isSeparator(s[2]) && s[5] == s[2]) {
    const int first = twoDigits(0), second = twoDigits(3), century = twoDigits(6), year = twoDigits(8);
    if (first < 0 || second < 0 || century < 0 || year < 0 || (first > 12 && second > 12)) return false;
    v.year = century * 100 + year;
    v.first = first;
    v.second = second;
    v.separator = s[2];
    if (v.year < 1) return false;
  } else {
    return false;
  }
  std::size_t i = 10;
  if (i < n) {
    if (s[i] == 'T' || s[i] == 't') v.isoT = true;
    else if (s[i] != ' ') return false;
    ++i;
    if (i + 5 > n || s[i + 2] != ':') return false;
    const int hour = twoDigits(i), minute = twoDigits(i + 3);
    if (hour < 0 || minute < 0 || hour > 23 || minute > 59) return false;
    v.hasTime = true;
    v.hour = hour;
    v.minute = minute;
    i += 5;
    if (i < n && s[i] == ':') {
      if (i + 3 > n) return false;
      const int second = twoDigits(i + 1);
      if (second < 0 || second > 59) return false;
      v.secondOfMinute = second;
      v.hasSeconds = true;
      i += 3;
    }
    i = scanSecondFraction(s, i, v.millis, v.fractionDigits);
  }
  if (i < n) {
    const bool spaced = s[i] == ' ';
    if (spaced) ++i;
    if (i + 1 == n && (s[i] == 'Z' || s[i] == 'z')) {
      v.zone = ZoneStyle::Z;
    } else if (i < n && (s[i] == '+' || s[i] == '-')) {
      const int sign = s[i] == '-' ? -1 : 1;
      ++i;
      int hours = -1, minutes = -1;
      if (n - i == 5 && s[i + 2] == ':') {
        hours = twoDigits(i);
        minutes = twoDigits(i + 3);
        v.offsetColon = true;
      } else if (n - i == 4) {
        hours = twoDigits(i);
        minutes = twoDigits(i + 2);
      }
      if (hours < 0 || minutes < 0 || hours > 14 || minutes > 59) return false;
      v.zone = ZoneStyle::Offset;
      v.offsetMinutes = sign * (hours * 60 + minutes);
    } else {
      return false;
    }
    v.spaceBeforeZone = spaced;
  }
  return true;
}

} // namespace carescore
