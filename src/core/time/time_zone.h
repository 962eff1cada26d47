// One time zone's rules: UTC instants ↔ local wall-clock time, correct across DST changes.
// A zone is its list of transitions (when the offset changes) plus the POSIX rule that continues
// it afterwards; it comes from ZoneDatabase (embedded tzdata), readTzif() (TZif bytes) or is a fixed
// offset ("UTC+07:00"). Not a calendar: days, weeks and months of a zone are in calendar.h.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/time/posix_rule.h"

namespace carescore {

struct LocalTimeType {
  std::int32_t offsetSeconds = 0;  // local = UTC + offset
  bool isDst = false;
  std::string abbreviation;        // "CEST", "+07"
  friend bool operator==(const LocalTimeType&, const LocalTimeType&) = default;
};

struct ZoneTransition {
  std::int64_t utcSeconds = 0;  // from this instant on…
  std::uint8_t type = 0;        // …this local time type applies (an index into the zone's types)
};

// How a wall-clock time maps to UTC. Exports give local times; on the day clocks spring forward
// an hour of them does not exist, and on the day they fall back an hour exists twice.
enum class LocalTimeKind : std::uint8_t {
  Unique,    // exactly one instant
  Skipped,   // in a gap: shifted forward by the gap (Berlin 2026-03-29 02:30 → 03:30 CEST = 01:30 UTC)
  Repeated,  // in an overlap: the earlier instant (Berlin 2026-10-25 02:30 → 02:30 CEST = 00:30 UTC)
};
std::string_view nameOf(LocalTimeKind kind);

struct UtcFromLocal {
  std::int64_t utcMs = 0;
  LocalTimeKind kind = LocalTimeKind::Unique;
};

inline constexpr std::int64_t kInstantLimitMs = 8'640'000'000'000'000;

class TimeZone {
public:
  TimeZone();  // UTC
  static TimeZone fixed(std::int32_t offsetSeconds);  // named "UTC+07:00"; "UTC" for 0

  // From parts: `types` (at most 255), the type in force before the first transition, transitions
  // in increasing time, and the POSIX rule for afterwards ("" for none). Nothing when inconsistent;
  // `error` then says why.
  static std::optional<TimeZone> build(std::string name, std::vector<LocalTimeType> types, std::uint8_t initialType,
                                       const std::vector<ZoneTransition>& transitions, std::string_view rule,
                                       std::string* error = nullptr);

  const std::string& name() const { return name_; }
  bool isFixed() const { return transitionsMs_.empty() && !rule_; }

  std::int32_t offsetSecondsAt(std::int64_t utcMs) const;
  const LocalTimeType& typeAt(std::int64_t utcMs) const;
  // Wall-clock milliseconds since 1970-01-01 00:00 local (split them with civil.h). Instants beyond
  // JavaScript's Date range (±8.64e15 ms, year ±275,000) are clamped to it first.
  std::int64_t toLocal(std::int64_t utcMs) const {
    utcMs = utcMs < -kInstantLimitMs ? -kInstantLimitMs : utcMs > kInstantLimitMs ? kInstantLimitMs : utcMs;
    return utcMs + std::int64_t{offsetSecondsAt(utcMs)} * 1000;
  }
  UtcFromLocal fromLocal(std::int64_t wallMs) const;

private:
  std::size_t intervalAt(std::int64_t utcMs) const;
  std::size_t typeIndexOf(const LocalTimeType& type);

  std::string name_;
  std::vector<LocalTimeType> types_;
  std::vector<std::int64_t> transitionsMs_;   // increasing; interval i ends at transitionsMs_[i]
  std::vector<std::int32_t> offsetSeconds_;   // per interval: transitionsMs_.size() + 1 entries
  std::vector<std::uint8_t> intervalType_;    // per interval, an index into types_
  // Lookup index, so a lookup costs O(1) whatever the order of the instants (exports are often
  // sorted by agent or id, not time, which would defeat a cache of the last interval):
  // bucketFirst_[b] = transitions at or before tableBeginMs_ + b·2^31 ms (about 25 days).
  std::vector<std::uint32_t> bucketFirst_;
  std::int64_t tableBeginMs_ = 0;
  std::int64_t tableEndMs_ = 0;
  std::optional<PosixRule> rule_;             // with DST: evaluated directly from ruleFromMs_ on
  std::int64_t ruleFromMs_ = 0;
  std::uint8_t ruleStandardType_ = 0;
  std::uint8_t ruleDstType_ = 0;
};

// "+07:00", "-03:30", "+05:45:30": an offset as ISO 8601 writes it.
std::string formatUtcOffset(std::int32_t offsetSeconds);

// Offsets as headers and settings write them: "UTC", "GMT", "Z", "UTC+7", "UTC+07:00", "GMT-5",
// "+03:00", "+0300", "-05". Nothing for anything else, or beyond ±18 hours.
std::optional<std::int32_t> parseUtcOffset(std::string_view text);

} // namespace carescore
