// Elapsed times in four shapes (clock, units, ISO 8601, bare numbers); the shapes: duration_parser.h.
#include "core/ingest/duration_parser.h"

#include "core/ingest/clock_parser.h"
#include "core/ingest/number_parser.h"
#include "core/ingest/text_scan.h"
#include "core/ingest/unit_words.h"

namespace carescore {

namespace {

constexpr double kSecondsPerHour = 3600, kSecondsPerMinute = 60, kSecondsPerDay = 86400;

bool readClockDuration(std::string_view text, const DurationStyle& style, DurationReading& out) {
  ClockReading clock;
  if (!scanClock(text, 0, clock) || clock.end != text.size()) return false;
  const std::int64_t lead = hours24(clock);
  if (lead < 0) return false;
  const double fraction = clock.millis / 1000.0;
  const auto leadValue = static_cast<double>(lead);
  const bool hoursFirst = clock.fields == 3 || style.twoFieldsAreHours || clock.meridiem != Meridiem::None;
  if (clock.fields == 3) out.seconds = leadValue * kSecondsPerHour + clock.middle * kSecondsPerMinute + clock.last + fraction;
  else if (hoursFirst) out.seconds = leadValue * kSecondsPerHour + clock.middle * kSecondsPerMinute;
  else out.seconds = leadValue * kSecondsPerMinute + clock.middle + fraction;
  out.shape = DurationShape::Clock;
  out.clockHours = hoursFirst ? lead : lead / 60;
  out.meridiem = clock.meridiem != Meridiem::None;
  return true;
}

// An unsigned amount: digits with an optional fraction after '.' or ','. Returns its length.
std::size_t amountAt(std::string_view s, std::size_t i, double& value) {
  const std::size_t begin = i;
  while (i < s.size() && scan::isDigit(s[i])) ++i;
  if (i == begin) return 0;
  if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && scan::isDigit(s[i + 1])) {
    ++i;
    while (i < s.size() && scan::isDigit(s[i])) ++i;
  }
  NumberReading number;
  if (!readNumber(s.substr(begin, i - begin), s.find(',', begin) < i ? ',' : '.', number)) return 0;
  value = number.value;
  return i - begin;
}

// "1h 2m 3s", "2 ч 5 мин", "1 giờ 30 phút", "3 days, 4 hours and 5 minutes".
bool readUnitDuration(std::string_view text, DurationReading& out) {
  double total = 0;
  int parts = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    double amount = 0;
    const std::size_t length = amountAt(text, i, amount);
    if (length == 0) return false;
    i += length;
    while (const std::size_t w = scan::spaceAt(text, i)) i += w;
    const std::size_t wordBegin = i;
    while (const std::size_t w = scan::letterAt(text, i)) i += w;
    if (i < text.size() && text[i] == '.') ++i;
    const UnitWord* unit = findUnitWord(text.substr(wordBegin, i - wordBegin));
    if (unit == nullptr) return false;
    total += amount * unit->seconds;
    ++parts;
    // Between parts: spaces, a comma, "and" / "и" / "và".
    while (i < text.size()) {
      if (const std::size_t w = scan::spaceAt(text, i)) i += w;
      else if (text[i] == ',') ++i;
      else break;
    }
    for (std::string_view joiner : {std::string_view("and"), std::string_view("и"), std::string_view("và")}) {
      const std::size_t matched = scan::matchFolded(text.substr(i), joiner);
      if (matched != 0 && scan::letterAt(text, i + matched) == 0) {
        i += matched;
        while (const std::size_t w = scan::spaceAt(text, i)) i += w;
        break;
      }
    }
  }
  if (parts == 0) return false;
  out.seconds = total;
  out.shape = DurationShape::Units;
  return true;
}

// ISO 8601 durations without years or months (their length varies): P1DT2H3M4.5S.
bool readIsoDuration(std::string_view text, DurationReading& out) {
  std::size_t i = 1;  // past 'P'
  bool inTime = false;
  double total = 0;
  int parts = 0;
  while (i < text.size()) {
    if (!inTime && (text[i] == 'T' || text[i] == 't')) {
      inTime = true;
      ++i;
      continue;
    }
    double amount = 0;
    const std::size_t length = amountAt(text, i, amount);
    if (length == 0 || i + length >= text.size()) return false;
    i += length;
    const char designator = scan::asciiLower(text[i++]);
    if (designator == 'd' && !inTime) total += amount * kSecondsPerDay;
    else if (designator == 'h' && inTime) total += amount * kSecondsPerHour;
    else if (designator == 'm' && inTime) total += amount * kSecondsPerMinute;
    else if (designator == 's' && inTime) total += amount;
    else return false;
    ++parts;
  }
  if (parts == 0) return false;
  out.seconds = total;
  out.shape = DurationShape::Iso;
  return true;
}

} // namespace

bool readDuration(std::string_view text, const DurationStyle& style, DurationReading& out) {
  if (text.empty()) return false;
  if (scan::isDigit(text[0]) && readCommonDuration(text, style, out)) return true;
  if (text.find(':') != std::string_view::npos) return readClockDuration(text, style, out);
  if (text[0] == 'P' || text[0] == 'p') return readIsoDuration(text, out);
  NumberReading number;
  if (readNumber(text, style.decimalSeparator, number)) {
    if (number.negative || number.percent || number.identifier) return false;
    out.seconds = number.value * style.unitSeconds;
    out.shape = DurationShape::Number;
    return true;
  }
  return scan::isDigit(text[0]) && readUnitDuration(text, out);
}

} // namespace carescore
