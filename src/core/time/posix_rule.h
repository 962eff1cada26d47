// POSIX TZ rules such as "CET-1CEST,M3.5.0,M10.5.0/3" (RFC 8536 §3.3, with its extensions: hours
// −167…167 in rule times): the footer of a TZif file, which gives a zone's local time after its
// last listed transition. Not a time zone by itself: TimeZone combines it with the transitions.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace carescore {

struct PosixRuleDate {
  enum class Kind : std::uint8_t {
    JulianNoLeap,   // "Jn": day 1…365, February 29 never counted
    ZeroBased,      // "n": day 0…365, February 29 counted
    MonthWeekDay,   // "Mm.w.d": weekday d (0 = Sunday) of week w (5 = last) of month m
  };
  Kind kind = Kind::MonthWeekDay;
  int day = 0;       // JulianNoLeap, ZeroBased
  int month = 1;     // MonthWeekDay
  int week = 1;
  int weekday = 0;
  std::int32_t timeSeconds = 7200;  // local time of the change, in the offset in force before it
};

struct PosixRule {
  std::string standardName;
  std::int32_t standardOffsetSeconds = 0;  // east of UTC positive (POSIX writes the opposite sign)
  bool hasDst = false;
  std::string dstName;
  std::int32_t dstOffsetSeconds = 0;
  PosixRuleDate dstStart;
  PosixRuleDate dstEnd;
};

// The rule, or nothing when the text is not a valid POSIX TZ string.
std::optional<PosixRule> parsePosixRule(std::string_view text);

// When daylight saving time starts and ends in `year`, as UTC seconds since 1970. In the southern
// hemisphere the end comes first in the year.
struct DstChanges {
  std::int64_t startUtcSeconds = 0;
  std::int64_t endUtcSeconds = 0;
};
DstChanges dstChangesIn(const PosixRule& rule, int year);

// The rule's offset at a UTC instant, and whether it is daylight saving time.
struct PosixLocalType {
  std::int32_t offsetSeconds = 0;
  bool isDst = false;
};
PosixLocalType posixTypeAt(const PosixRule& rule, std::int64_t utcSeconds);

} // namespace carescore
