// Elapsed times in seconds, as exports write them: a clock (HH:MM:SS, H:MM:SS, HHH:MM:SS past a
// day, MM:SS, with a fraction; an Excel-formatted "12:02:23 AM" counts from midnight), numbers
// with units ("1h 2m 3s", "2 ч 5 мин", "1 giờ 30 phút", "1.5h"), ISO 8601 ("PT1H2M3S"), or bare
// numbers in the column's unit (minutes when the header says "in minutes"). Negative is not a duration.
#pragma once
#include <cstdint>
#include <string_view>

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

// readDuration's shortcut for the two commonest shapes, plain digits and H:MM:SS: true with the
// same reading readDuration gives; false when the text has another shape (not: is no duration).
bool readCommonDuration(std::string_view text, const DurationStyle& style, DurationReading& out);

} // namespace carescore
