// The metric catalogue: every metric of SPEC §3 as data — what it measures, the statistics it
// yields, its parameters and its vendor variants, the fields each variant reads, and where the
// seeds ask for it. Definitions only: computing a metric lives elsewhere and looks it up here.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

#include "core/model/fields.h"

namespace carescore {

// What a statistic's number means, and so how a target for it is written in a profile.
enum class StatisticUnit : std::uint8_t {
  Share,      // a proportion, written in percent in profiles (90 = 90 %)
  Seconds,    // a duration
  NpsPoints,  // −100 … 100
  ScaleMean,  // a mean rating on the metric's scale (scale_min … scale_max)
  ScaleGap,   // a difference of two ratings on the metric's scale (−span … +span)
  Ratio,      // a dimensionless number ≥ 0 (backlog / inflow, replies per contact)
  Count,      // a whole number
};

enum class Direction : std::uint8_t {
  HigherIsBetter,
  LowerIsBetter,
  WithinBand,      // good inside a band (occupancy 60–80 %)
  Neutral,         // descriptive (volume): no better side
  SetByParameter,  // the scale's direction is a parameter (CES)
};

enum class ParameterType : std::uint8_t {
  Seconds,   // a duration in seconds
  Days,      // a whole number of days
  Count,     // a whole number
  Number,    // any number (scale points)
  Percent,   // a share written in percent (3 = 3 %)
  Choice,    // one of a fixed list of words
  TextList,  // a list of texts (topics)
};

struct StatisticDefinition {
  std::string_view key;  // e.g. "median_seconds"
  StatisticUnit unit;
  Direction direction;
  std::string_view description;
};

struct ParameterDefinition {
  std::string_view key;  // e.g. "threshold_seconds"; the unit is in the name
  ParameterType type;
  double defaultNumber = 0;  // numeric types
  double minNumber = 0;      // inclusive range for numeric types
  double maxNumber = 0;
  std::span<const std::string_view> choices = {};  // Choice only
  std::string_view defaultChoice = {};              // Choice only
  std::string_view description = {};
};

// Two parameters whose values must keep an order (scale_min < scale_max).
struct ParameterOrder {
  std::string_view lower;
  std::string_view higher;
  bool strict;  // lower < higher (true) or lower ≤ higher (false)
};

// One way to define the metric, as a vendor or the SPEC does. `inputs` lists what the variant
// reads, one requirement per entry in the grammar of metrics/requirements.h:
// "wait_seconds | created_at + answered_at" (either the first field, or both of the others).
struct VariantDefinition {
  std::string_view key;
  std::string_view label;
  std::string_view formula;  // the formula in words; names every parameter it uses
  std::span<const std::string_view> inputs;
  std::span<const std::string_view> parameters;  // keys of the metric's parameters this variant reads
  std::string_view vendors;                      // who defines it this way (vendors.md)
};

struct MetricDefinition {
  std::string_view key;         // e.g. "service_level"
  std::string_view label;       // English; the app translates by key
  std::string_view definition;  // one line: what it measures
  RecordKind kind;              // the records it counts (and that scopes filter); inputs may name others
  std::string_view counts;      // what n is
  std::span<const StatisticDefinition> statistics;  // the first is the headline
  std::span<const ParameterDefinition> parameters;
  std::span<const ParameterOrder> parameterOrder;
  std::span<const VariantDefinition> variants;
  std::string_view defaultVariant;
  std::span<const std::string_view> seeds;  // "000 §V.8.2", as SPEC §3 cites them
};

std::span<const MetricDefinition> metricCatalogue();
const MetricDefinition* findMetric(std::string_view key);
const StatisticDefinition* findStatistic(const MetricDefinition& metric, std::string_view key);
const ParameterDefinition* findParameter(const MetricDefinition& metric, std::string_view key);
const VariantDefinition* findVariant(const MetricDefinition& metric, std::string_view key);
const VariantDefinition& defaultVariantOf(const MetricDefinition& metric);
const StatisticDefinition& headlineStatisticOf(const MetricDefinition& metric);
bool variantUses(const VariantDefinition& variant, std::string_view parameterKey);

std::string_view nameOf(StatisticUnit unit);
std::string_view nameOf(Direction direction);
std::string_view nameOf(ParameterType type);

} // namespace carescore
