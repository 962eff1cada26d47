// Names of the profile's enums, and the lookups of profile_rules.h.
#include "core/standards/profile.h"

#include "core/standards/profile_rules.h"

namespace carescore {

std::string_view nameOf(Comparator comparator) {
  return profile_rules::kComparatorNames[static_cast<std::size_t>(comparator)];
}

std::string_view nameOf(Period period) { return profile_rules::kPeriodNames[static_cast<std::size_t>(period)]; }

namespace profile_rules {

std::optional<Comparator> comparatorFromName(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kComparatorNames); ++i)
    if (kComparatorNames[i] == name) return static_cast<Comparator>(i);
  return std::nullopt;
}

std::optional<Period> periodFromName(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kPeriodNames); ++i)
    if (kPeriodNames[i] == name) return static_cast<Period>(i);
  return std::nullopt;
}

std::uint32_t maxTimeFrameLength(Period unit) {
  switch (unit) {
    case Period::Day: return 731;
    case Period::Week: return 104;
    case Period::Month: return 24;
  }
  return 0;
}

} // namespace profile_rules

} // namespace carescore
