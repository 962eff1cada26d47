// The limits and names a profile document obeys, shared by the reader, the validator and the
// writer so each states them once. Data, not checks.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/standards/profile.h"

namespace carescore::profile_rules {

// How many of each a document may hold: generous for real profiles, a wall for hostile ones.
inline constexpr std::size_t kMaxGroups = 100;
inline constexpr std::size_t kMaxStandards = 500;
inline constexpr std::size_t kMaxGoals = 50;
inline constexpr std::size_t kMaxOverrides = 50;
inline constexpr std::size_t kMaxFilters = 20;
inline constexpr std::size_t kMaxListValues = 500;
inline constexpr std::size_t kMaxParameters = 50;
inline constexpr std::size_t kMaxReferences = 10;
inline constexpr std::size_t kMaxSteps = 10;

// Text lengths, in characters.
inline constexpr std::size_t kMaxLabel = 100;
inline constexpr std::size_t kMaxExplanation = 240;
inline constexpr std::size_t kMaxQuote = 300;
inline constexpr std::size_t kMaxNote = 600;
inline constexpr std::size_t kMaxShortText = 100;  // seed ids, sections, parameter words, filter values

inline constexpr std::uint32_t kMinNLowest = 1;
inline constexpr std::uint32_t kMinNHighest = 1000000;

inline constexpr std::string_view kComparatorNames[] = {">=", "<=", "between"};
inline constexpr std::string_view kPeriodNames[] = {"day", "week", "month"};

std::optional<Comparator> comparatorFromName(std::string_view name);
std::optional<Period> periodFromName(std::string_view name);

// Longest goal time frame per unit: two years.
std::uint32_t maxTimeFrameLength(Period unit);

} // namespace carescore::profile_rules
