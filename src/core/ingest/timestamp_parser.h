// Textual dates and timestamps as exports write them: ISO 8601 (T or space, with or without
// fraction, Z or an offset, also "… -10:00" with a space), day/month/year with '/', '-' or '.',
// two- or four-digit years, 12-hour clocks, month names in English and Russian ("31 Oct 2017",
// "Tue Oct 31 22:10:47 +0000 2017", "31 октября 2022"), Vietnamese "tháng 10". The scanner says
// what was written; which of two numeric fields is the day is the column's decision (DateOrder).
// Not for numbers (Unix and Excel times are numbers: see numeric_time.h).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/ingest/clock_parser.h"
#include "core/table/column.h"

namespace carescore {

enum class ZoneStyle : std::uint8_t { None, Z, Named, Offset };  // Named: "UTC"/"GMT"; Offset: ±HH[:MM]

struct TimestampText {
  int year = 0;
  int first = 0;               // year first or a month name: the month. Year last: the first field
  int second = 0;              // year first or a month name: the day. Year last: the second field
  bool orderKnown = false;     // year first, or the month was a name
  bool monthName = false;
  bool yearFirst = false;
  bool twoDigitYear = false;   // already expanded with the 1930 pivot
  bool padded = true;          // every numeric day/month field had two digits
  char separator = 0;          // between date fields: '-', '/', '.', or ' ' (month names)
  bool weekday = false;         // began with a weekday name
  bool yearAfterTime = false;   // ctime / Twitter: "Tue Oct 31 22:10:47 +0000 2017"
  bool hasTime = false;
  bool hasSeconds = false;
  bool isoT = false;           // 'T' between date and time
  Meridiem meridiem = Meridiem::None;
  int fractionDigits = 0;
  int hour = 0, minute = 0, secondOfMinute = 0, millis = 0;
  ZoneStyle zone = ZoneStyle::None;
  bool spaceBeforeZone = false;
  bool offsetColon = false;
  int offsetMinutes = 0;       // east of UTC

  bool operator==(const TimestampText&) const = default;
};

// Reads a whole (trimmed) text as a date or timestamp. Checks the fields' ranges that do not
// depend on the day/month order (a month name, hours, minutes, the zone).
bool scanTimestamp(std::string_view text, TimestampText& out);

// The two halves of scanTimestamp, for a test that they agree: a fast path for fixed-position
// ISO and dd.mm.yyyy shapes (false for anything else), and the general scanner.
bool scanFixedTimestamp(std::string_view text, TimestampText& out);
bool scanTimestampGeneral(std::string_view text, TimestampText& out);

// Which day/month orders read a value as a valid date. YearMonthDay for values whose order is known.
struct OrderFit {
  bool dayFirst = false;
  bool monthFirst = false;
};
OrderFit orderFit(const TimestampText& value);

// The instant (an offset or Z applied: UTC) or the wall-clock time stored as if UTC, in ms since
// 1970. `order` decides the fields of a numeric year-last date (DayMonthYear or MonthDayYear).
std::optional<std::int64_t> timestampToEpochMs(const TimestampText& value, DateOrder order);

// How values shaped like `value` are written, for the user: "dd.mm.yyyy HH:MM:SS",
// "yyyy-mm-ddTHH:MM:SS.fffZ", "m/d/yyyy h:MM:SS AM", "Www Mon dd HH:MM:SS ±HHMM yyyy", …
std::string describeTimestamp(const TimestampText& value, DateOrder order);

} // namespace carescore
