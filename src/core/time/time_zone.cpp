// TimeZone: building the interval table (transitions, then the POSIX rule's changes up to 2100),
// its O(1) lookup index, and the wall-clock → UTC resolution with its gap and overlap policy.
#include "core/time/time_zone.h"

#include <algorithm>
#include <cstdio>

#include "core/time/civil.h"

namespace carescore {
namespace {

constexpr int kBucketShift = 31;                            // 2^31 ms ≈ 24.9 days per bucket
constexpr std::int64_t kIndexFloorMs = -2208988800000;      // 1900-01-01: the index covers 1900…
constexpr std::int64_t kRuleTableEndMs = 4133980800000;     // 2101-01-01: rule changes tabled until then
constexpr int kRuleTableLastYear = 2100;
constexpr std::int64_t kTransitionLimitSeconds = 10'000'000'000'000;  // ±317,000 years: ms fit easily

void setError(std::string* error, std::string message) {
  if (error) *error = std::move(message);
}

} // namespace

std::string_view nameOf(LocalTimeKind kind) {
  switch (kind) {
    case LocalTimeKind::Unique: return "unique";
    case LocalTimeKind::Skipped: return "skipped";
    case LocalTimeKind::Repeated: return "repeated";
  }
  return "?";
}

TimeZone::TimeZone() : name_("UTC"), types_{{0, false, "UTC"}}, offsetSeconds_{0}, intervalType_{0} {}

TimeZone TimeZone::fixed(std::int32_t offsetSeconds) {
  TimeZone zone;
  if (offsetSeconds == 0) return zone;
  zone.name_ = "UTC" + formatUtcOffset(offsetSeconds);
  zone.types_ = {{offsetSeconds, false, formatUtcOffset(offsetSeconds)}};
  zone.offsetSeconds_ = {offsetSeconds};
  return zone;
}

std::size_t TimeZone::typeIndexOf(const LocalTimeType& type) {
  const auto found = std::find(types_.begin(), types_.end(), type);
  if (found != types_.end()) return static_cast<std::size_t>(found - types_.begin());
  types_.push_back(type);
  return types_.size() - 1;
}

std::optional<TimeZone> TimeZone::build(std::string name, std::vector<LocalTimeType> types, std::uint8_t initialType,
                                        const std::vector<ZoneTransition>& transitions, std::string_view rule,
                                        std::string* error) {
  if (types.empty() || types.size() > 253 || initialType >= types.size()) {
    setError(error, "a zone needs 1 to 253 local time types and a valid initial type");
    return std::nullopt;
  }
  TimeZone zone;
  zone.name_ = std::move(name);
  zone.types_ = std::move(types);
  zone.offsetSeconds_ = {zone.types_[initialType].offsetSeconds};
  zone.intervalType_ = {initialType};
  for (const ZoneTransition& transition : transitions) {
    if (transition.type >= zone.types_.size()) {
      setError(error, "a transition names a local time type that does not exist");
      return std::nullopt;
    }
    if (transition.utcSeconds < -kTransitionLimitSeconds) {  // only shapes times nobody asks about
      zone.offsetSeconds_.back() = zone.types_[transition.type].offsetSeconds;
      zone.intervalType_.back() = transition.type;
      continue;
    }
    if (transition.utcSeconds > kTransitionLimitSeconds) break;
    const std::int64_t ms = transition.utcSeconds * 1000;
    if (!zone.transitionsMs_.empty() && ms <= zone.transitionsMs_.back()) {
      setError(error, "transitions are not in increasing time order");
      return std::nullopt;
    }
    zone.transitionsMs_.push_back(ms);
    zone.offsetSeconds_.push_back(zone.types_[transition.type].offsetSeconds);
    zone.intervalType_.push_back(transition.type);
  }

  if (!rule.empty()) {
    auto parsed = parsePosixRule(rule);
    if (!parsed) {
      setError(error, "the POSIX TZ rule \"" + std::string(rule) + "\" cannot be read");
      return std::nullopt;
    }
    if (parsed->hasDst) {
      zone.ruleStandardType_ = static_cast<std::uint8_t>(zone.typeIndexOf({parsed->standardOffsetSeconds, false, parsed->standardName}));
      zone.ruleDstType_ = static_cast<std::uint8_t>(zone.typeIndexOf({parsed->dstOffsetSeconds, true, parsed->dstName}));
      // Table the rule's changes up to 2100 so that common instants never evaluate the rule.
      const std::int64_t lastMs = zone.transitionsMs_.empty() ? 0 : zone.transitionsMs_.back();
      const int firstYear = std::max(1970, civilFromDays(floorDiv(lastMs, kMsPerDay)).year);
      for (int year = firstYear; year <= kRuleTableLastYear; ++year) {
        const DstChanges changes = dstChangesIn(*parsed, year);
        std::pair<std::int64_t, std::uint8_t> ordered[2] = {{changes.startUtcSeconds * 1000, zone.ruleDstType_},
                                                            {changes.endUtcSeconds * 1000, zone.ruleStandardType_}};
        if (ordered[1].first < ordered[0].first) std::swap(ordered[0], ordered[1]);
        for (const auto& [ms, type] : ordered) {
          if (ms <= lastMs && !zone.transitionsMs_.empty()) continue;
          if (!zone.transitionsMs_.empty() && ms <= zone.transitionsMs_.back()) continue;
          if (type == zone.intervalType_.back()) continue;
          zone.transitionsMs_.push_back(ms);
          zone.offsetSeconds_.push_back(zone.types_[type].offsetSeconds);
          zone.intervalType_.push_back(type);
        }
      }
      zone.ruleFromMs_ = std::max(kRuleTableEndMs, zone.transitionsMs_.empty() ? kRuleTableEndMs : zone.transitionsMs_.back());
      zone.rule_ = std::move(parsed);
    }
  }

  if (!zone.transitionsMs_.empty()) {
    zone.tableBeginMs_ = std::max(zone.transitionsMs_.front(), kIndexFloorMs);
    zone.tableEndMs_ = std::min(zone.transitionsMs_.back(), kRuleTableEndMs);
    if (zone.tableBeginMs_ < zone.tableEndMs_) {
      const auto buckets = static_cast<std::size_t>((zone.tableEndMs_ - zone.tableBeginMs_) >> kBucketShift) + 1;
      zone.bucketFirst_.resize(buckets);
      auto at = zone.transitionsMs_.begin();
      for (std::size_t b = 0; b < buckets; ++b) {
        const std::int64_t bucketStart = zone.tableBeginMs_ + (static_cast<std::int64_t>(b) << kBucketShift);
        at = std::upper_bound(at, zone.transitionsMs_.end(), bucketStart);
        zone.bucketFirst_[b] = static_cast<std::uint32_t>(at - zone.transitionsMs_.begin());
      }
    }
  }
  return zone;
}

std::size_t TimeZone::intervalAt(std::int64_t utcMs) const {
  const std::size_t count = transitionsMs_.size();
  if (count == 0 || utcMs < transitionsMs_.front()) return 0;
  if (utcMs >= transitionsMs_.back()) return count;
  if (utcMs >= tableBeginMs_ && utcMs < tableEndMs_) {
    std::size_t i = bucketFirst_[static_cast<std::uint64_t>(utcMs - tableBeginMs_) >> kBucketShift];
    while (transitionsMs_[i] <= utcMs) ++i;  // stops: transitionsMs_.back() > utcMs
    return i;
  }
  return static_cast<std::size_t>(std::upper_bound(transitionsMs_.begin(), transitionsMs_.end(), utcMs) - transitionsMs_.begin());
}

std::int32_t TimeZone::offsetSecondsAt(std::int64_t utcMs) const {
  if (rule_ && utcMs >= ruleFromMs_) return posixTypeAt(*rule_, floorDiv(utcMs, 1000)).offsetSeconds;
  return offsetSeconds_[intervalAt(utcMs)];
}

const LocalTimeType& TimeZone::typeAt(std::int64_t utcMs) const {
  if (rule_ && utcMs >= ruleFromMs_)
    return types_[posixTypeAt(*rule_, floorDiv(utcMs, 1000)).isDst ? ruleDstType_ : ruleStandardType_];
  return types_[intervalType_[intervalAt(utcMs)]];
}

// Offsets are within ±26 hours, so every instant showing `wallMs` lies within a day of it; with at
// most one transition in that window (true of every zone since 1970) the offsets a day before and
// a day after are the only candidates.
UtcFromLocal TimeZone::fromLocal(std::int64_t wallMs) const {
  wallMs = std::clamp(wallMs, -kInstantLimitMs, kInstantLimitMs);
  const std::int64_t before = std::int64_t{offsetSecondsAt(wallMs - kMsPerDay)} * 1000;
  const std::int64_t after = std::int64_t{offsetSecondsAt(wallMs + kMsPerDay)} * 1000;
  const std::int64_t early = wallMs - before;
  const std::int64_t late = wallMs - after;
  const bool earlyFits = std::int64_t{offsetSecondsAt(early)} * 1000 == before;
  const bool lateFits = std::int64_t{offsetSecondsAt(late)} * 1000 == after;
  if (earlyFits && lateFits && early != late) return {std::min(early, late), LocalTimeKind::Repeated};
  if (earlyFits) return {early, LocalTimeKind::Unique};
  if (lateFits) return {late, LocalTimeKind::Unique};
  // In the gap: read with the offset in force before it, which moves the time forward by the gap.
  return {early, LocalTimeKind::Skipped};
}

std::string formatUtcOffset(std::int32_t offsetSeconds) {
  const char sign = offsetSeconds < 0 ? '-' : '+';
  const std::int64_t magnitude = offsetSeconds < 0 ? -std::int64_t{offsetSeconds} : offsetSeconds;
  char text[16];
  const int hours = static_cast<int>(magnitude / 3600);
  const int minutes = static_cast<int>(magnitude / 60 % 60);
  const int seconds = static_cast<int>(magnitude % 60);
  if (seconds != 0)
    std::snprintf(text, sizeof text, "%c%02d:%02d:%02d", sign, hours, minutes, seconds);
  else
    std::snprintf(text, sizeof text, "%c%02d:%02d", sign, hours, minutes);
  return text;
}

std::optional<std::int32_t> parseUtcOffset(std::string_view text) {
  const auto startsWithNoCase = [&](std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
      if ((text[i] | 0x20) != prefix[i]) return false;
    return true;
  };
  if (startsWithNoCase("utc") || startsWithNoCase("gmt")) text.remove_prefix(3);
  else if (text == "Z" || text == "z") return 0;
  if (text.empty()) return 0;
  if (text[0] != '+' && text[0] != '-') return std::nullopt;
  const int sign = text[0] == '-' ? -1 : 1;
  text.remove_prefix(1);
  int digits[4] = {};
  int count = 0;
  bool colon = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ':' && count == 2 && !colon && text.size() - i == 3) {
      colon = true;
    } else if (c >= '0' && c <= '9' && count < 4) {
      digits[count++] = c - '0';
    } else {
      return std::nullopt;
    }
  }
  int hours = 0;
  int minutes = 0;
  if (count == 1) hours = digits[0];
  else if (count == 2) hours = digits[0] * 10 + digits[1];
  else if (count == 4) hours = digits[0] * 10 + digits[1], minutes = digits[2] * 10 + digits[3];
  else return std::nullopt;
  if (colon && count != 4) return std::nullopt;
  if (hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) return std::nullopt;
  return sign * (hours * 3600 + minutes * 60);
}

} // namespace carescore
