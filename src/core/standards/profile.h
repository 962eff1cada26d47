// A standards profile as C++ values: what a profile document (assets/profiles/FORMAT.md) says,
// field for field, so the editor can change it and the writer can give it back. Not the checks
// (profile_validator.h) nor the reading (profile_reader.h).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace carescore {

inline constexpr std::string_view kProfileFormat = "carescore-profile";
inline constexpr int kProfileVersion = 1;
inline constexpr std::uint32_t kDefaultMinN = 30;

// Text in the three UI languages.
struct LocalText {
  std::string en, vi, ru;
  bool operator==(const LocalText&) const = default;
};

enum class Comparator : std::uint8_t { AtLeast, AtMost, Between };
std::string_view nameOf(Comparator comparator);  // ">=", "<=", "between"

// The threshold. Shares are in percent (90 = 90 %); other units as the statistic's (seconds,
// NPS points, scale points, ratio, count). AtLeast/AtMost use `value`; Between uses low and high.
struct Target {
  Comparator comparator = Comparator::AtLeast;
  std::optional<double> value;
  std::optional<double> low, high;
  bool operator==(const Target&) const = default;
};

// Parameters of a metric or a funnel measure by key: a number, a word, or a list of words. A map,
// so each key is set once and the written order is the same whoever wrote the profile.
using ParameterValue = std::variant<double, std::string, std::vector<std::string>>;
using Parameters = std::map<std::string, ParameterValue>;

// Which metric, and which statistic and variant of it. Empty statistic or variant: the
// catalogue's headline statistic and default variant.
struct MetricChoice {
  std::string key, statistic, variant;
  Parameters parameters;
  bool operator==(const MetricChoice&) const = default;
};

// Records a standard looks at: all of them when both lists are empty.
struct ScopeFilter {
  std::string field;  // a canonical field of the metric's record kind, or "customer.segment"
  std::vector<std::string> values;
  bool operator==(const ScopeFilter&) const = default;
};
struct Scope {
  std::vector<std::string> channels;
  std::vector<ScopeFilter> filters;
  bool empty() const { return channels.empty() && filters.empty(); }
  bool operator==(const Scope&) const = default;
};

// Different target or parameters for part of the scope (chat 180 s, phone 60 s). The first
// override whose scope matches a record applies.
struct Override {
  Scope scope;
  std::optional<Target> target;
  Parameters parameters;
  bool operator==(const Override&) const = default;
};

enum class Period : std::uint8_t { Day, Week, Month };
std::string_view nameOf(Period period);  // "day", "week", "month"

struct SourceReference {
  std::string seed;     // seed id, e.g. "000", or another document the team names
  std::string section;  // e.g. "V.8.2"
  std::string quote;    // a short quote in the original language
  bool operator==(const SourceReference&) const = default;
};
// Where a standard comes from: seed references, and whether its number is an adjustable
// industry default rather than a seed's (then `note` says why that number).
struct Source {
  std::vector<SourceReference> references;
  bool industryDefault = false;
  std::string note;
  bool operator==(const Source&) const = default;
};

struct Group {
  std::string id;
  LocalText label;
  std::optional<LocalText> explanation;
  bool operator==(const Group&) const = default;
};

struct Standard {
  std::string id;
  std::string group;  // id of one of the profile's groups
  LocalText label;
  LocalText explanation;  // one line
  MetricChoice metric;
  Target target;
  Scope scope;
  std::vector<Override> overrides;
  Period period = Period::Month;  // trends compare with the previous period of the same length
  std::uint32_t minN = kDefaultMinN;
  Source source;
  bool operator==(const Standard&) const = default;
};

// SMART goal (seed 003): a funnel of customer counts over a time frame.
struct FunnelStep {
  std::string id;
  LocalText label;
  std::string measure;  // a key of metrics/funnel_measures.h
  Parameters parameters;
  std::optional<double> targetCount;
  std::optional<double> shareOfPrevious;  // percent of the previous step's target, for display and checking
  bool operator==(const FunnelStep&) const = default;
};
struct TimeFrame {
  std::string start;  // "YYYY-MM-DD"; empty: the period holding the latest data
  std::uint32_t length = 1;
  Period unit = Period::Month;
  bool operator==(const TimeFrame&) const = default;
};
struct Goal {
  std::string id;
  LocalText label;
  LocalText explanation;
  TimeFrame timeFrame;
  std::vector<FunnelStep> steps;
  Source source;
  bool operator==(const Goal&) const = default;
};

struct Profile {
  int version = kProfileVersion;
  std::string id;
  LocalText name;
  std::optional<LocalText> description;
  std::vector<Group> groups;
  std::vector<Standard> standards;
  std::vector<Goal> goals;
  bool operator==(const Profile&) const = default;
};

} // namespace carescore
