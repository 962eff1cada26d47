// Elapsed times in seconds, as exports write them: a clock (HH:MM:SS, H:MM:SS, HHH:MM:SS past a
// day, MM:SS, with a fraction; an Excel-formatted "12:02:23 AM" counts from midnight), numbers
// with units ("1h 2m 3s", "2 ч 5 мин", "1 giờ 30 phút", "1.5h"), ISO 8601 ("PT1H2M3S"), or bare
// numbers in the column's unit (minutes when the header says "in minutes"). Negative is not a duration.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/ingest/text_scan.h"

namespace carescore {

enum class DurationShape : std::uint8_t { Number, Clock, Units, Iso };

struct DurationStyle {
  double unitSeconds = 1.0;            // of bare numbers
  char decimalSeparator = '.';         // of bare numbers and unit amounts
  bool twoFieldsAreHours = false;      // "1:30" is H:MM (hours column) rather than M:SS
};

struct DurationReading {
  double seconds = 0.0;
  DurationShape shape = DurationShape::Number;
  std::int64_t clockHours = 0;         // Clock: the hour field (≥ 24 proves an elapsed time)
  bool meridiem = false;               // Clock: carried AM/PM
};

// Reads a whole (trimmed) text; false if it is not a non-negative duration.
bool readDuration(std::string_view text, const DurationStyle& style, DurationReading& out);

// readDuration's shortcut for the two commonest shapes, read exactly as its general paths read
// them: plain digits (a bare number in the column's unit; a leading zero makes it an identifier)
// and H:MM:SS with up to nine hour digits. Returns false when the text has another shape (not: is
// no duration). Inline: the typing loop of a duration column calls it for every cell.
inline bool readCommonDuration(std::string_view text, const DurationStyle& style, DurationReading& out) {
  constexpr double kSecondsPerHour = 3600, kSecondsPerMinute = 60;
  const std::size_t n = text.size();
  std::size_t i = 0;
  std::uint64_t lead = 0;
  while (i < n && i < 15 && scan::isDigit(text[i])) lead = lead * 10 + static_cast<std::uint64_t>(scan::digitOf(text[i++]));
  if (i == n) {
    if (n > 1 && text[0] == '0') return false;  // an identifier: the general path says no as well
    out.seconds = static_cast<double>(lead) * style.unitSeconds;
    out.shape = DurationShape::Number;
    return true;
  }
  const auto twoDigits = [&](std::size_t at) {
    return scan::isDigit(text[at]) && scan::isDigit(text[at + 1]) ? scan::digitOf(text[at]) * 10 + scan::digitOf(text[at + 1]) : 60;
  };
  if (i == 0 || i > 9 || n != i + 6 || text[i] != ':' || text[i + 3] != ':') return false;
  const int minutes = twoDigits(i + 1), seconds = twoDigits(i + 4);
  if (minutes > 59 || seconds > 59) return false;
  out.seconds = static_cast<double>(lead) * kSecondsPerHour + minutes * kSecondsPerMinute + seconds;
  out.shape = DurationShape::Clock;
  out.clockHours = static_cast<std::int64_t>(lead);
  out.meridiem = false;
  return true;
}

} // namespace carescore
