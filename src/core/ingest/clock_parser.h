// Clock-shaped text: H:MM, H:MM:SS, with a fraction of a second and an optional AM/PM marker
// (English, Vietnamese SA/CH, Russian ДП/ПП). Shared by timestamps (the time after a date),
// durations (HHH:MM:SS, hours unbounded) and times of day. Says what was written; the caller
// decides what the fields mean (H:MM or M:SS) and which ranges are valid.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace carescore {

enum class Meridiem : std::uint8_t { None, Am, Pm };

struct ClockReading {
  int fields = 0;              // 2 (a:bb) or 3 (a:bb:cc)
  std::int64_t lead = 0;       // the first field, any number of digits (hours past 24 in durations)
  int leadDigits = 0;
  int middle = 0;              // 0..59
  int last = 0;                // 0..59 (only with 3 fields)
  int millis = 0;              // fraction of the final field, truncated to milliseconds
  int fractionDigits = 0;
  Meridiem meridiem = Meridiem::None;
  std::size_t end = 0;         // index just past what was read
};

// Reads a clock starting at `begin` and stops after it (and after a meridiem marker); the caller
// checks what follows. Minutes and seconds must have two digits.
bool scanClock(std::string_view text, std::size_t begin, ClockReading& out);

// A fraction of a second at `i` (".123456" or ",5"), added to millis (truncated to milliseconds)
// and counted in digits; returns the index past it, or `i` if there is none.
std::size_t scanSecondFraction(std::string_view text, std::size_t i, int& millis, int& digits);

// Hours of a reading on a 24-hour clock: applies AM/PM (12 AM → 0, 1 PM → 13); -1 if the marker
// does not fit the hour (13 PM). Readings without a marker return `lead` unchanged.
std::int64_t hours24(const ClockReading& clock);

} // namespace carescore
