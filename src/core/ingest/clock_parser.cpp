// H:MM[:SS][.fff] [AM/PM] read byte by byte; what the fields mean is the caller's: clock_parser.h.
#include "core/ingest/clock_parser.h"

#include "core/ingest/text_scan.h"

namespace carescore {

namespace {

struct MeridiemWord {
  std::string_view word;  // lower case
  Meridiem meridiem;
};

constexpr MeridiemWord kMeridiems[] = {
    {"a.m.", Meridiem::Am}, {"p.m.", Meridiem::Pm}, {"am", Meridiem::Am}, {"pm", Meridiem::Pm},
    {"sa", Meridiem::Am},   {"ch", Meridiem::Pm},   // Vietnamese: sáng / chiều
    {"\xD0\xB4\xD0\xBF", Meridiem::Am}, {"\xD0\xBF\xD0\xBF", Meridiem::Pm},  // ДП / ПП
};

bool twoDigits(std::string_view s, std::size_t i, int& value) {
  if (i + 1 >= s.size() || !scan::isDigit(s[i]) || !scan::isDigit(s[i + 1])) return false;
  if (i + 2 < s.size() && scan::isDigit(s[i + 2])) return false;
  value = scan::digitOf(s[i]) * 10 + scan::digitOf(s[i + 1]);
  return true;
}

} // namespace

std::size_t scanSecondFraction(std::string_view text, std::size_t i, int& millis, int& digits) {
  const std::size_t n = text.size();
  if (i + 1 >= n || (text[i] != '.' && text[i] != ',') || !scan::isDigit(text[i + 1])) return i;
  ++i;
  int scale = 100;
  while (i < n && scan::isDigit(text[i])) {
    millis += scan::digitOf(text[i]) * scale;
    scale /= 10;
    ++digits;
    ++i;
  }
  return i;
}

bool scanClock(std::string_view text, std::size_t begin, ClockReading& out) {
  const std::size_t n = text.size();
  std::size_t i = begin;
  ClockReading clock;
  while (i < n && scan::isDigit(text[i])) {
    if (clock.leadDigits >= 9) return false;
    clock.lead = clock.lead * 10 + scan::digitOf(text[i]);
    ++clock.leadDigits;
    ++i;
  }
  if (clock.leadDigits == 0 || i >= n || text[i] != ':') return false;
  if (!twoDigits(text, i + 1, clock.middle) || clock.middle > 59) return false;
  i += 3;
  clock.fields = 2;
  if (i < n && text[i] == ':') {
    if (!twoDigits(text, i + 1, clock.last) || clock.last > 59) return false;
    i += 3;
    clock.fields = 3;
  }
  i = scanSecondFraction(text, i, clock.millis, clock.fractionDigits);
  std::size_t k = i;
  while (const std::size_t w = scan::spaceAt(text, k)) k += w;
  // Every marker starts with an ASCII letter or a Cyrillic one (lead byte 0xD0): skip the table otherwise.
  const bool mayBeMarker = k < n && (scan::isAsciiAlpha(text[k]) || scan::byteAt(text, k) == 0xD0);
  for (const MeridiemWord& entry : kMeridiems) {
    if (!mayBeMarker) break;
    const std::size_t matched = scan::matchFolded(text.substr(k), entry.word);
    if (matched == 0) continue;
    const std::size_t after = k + matched;
    if (scan::letterAt(text, after) != 0) continue;  // "CH" must not be the start of a word
    clock.meridiem = entry.meridiem;
    i = after;
    break;
  }
  clock.end = i;
  out = clock;
  return true;
}

std::int64_t hours24(const ClockReading& clock) {
  if (clock.meridiem == Meridiem::None) return clock.lead;
  if (clock.lead > 12) return -1;
  const std::int64_t hour = clock.lead == 12 ? 0 : clock.lead;
  return clock.meridiem == Meridiem::Pm ? hour + 12 : hour;
}

} // namespace carescore
