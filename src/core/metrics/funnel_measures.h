// The customer sets a SMART goal's funnel counts (seed 003: customers served → satisfied →
// returning → referring), as data like the metric catalogue. Definitions only: counting them
// from loaded tables is the metrics engine's job.
#pragma once
#include <span>
#include <string_view>

#include "core/metrics/catalogue.h"

namespace carescore {

// A step of a funnel counts the customers of the step before who also fall in its measure's set
// (the first step: every customer in the set), within the goal's time frame.
struct FunnelMeasureDefinition {
  std::string_view key;         // e.g. "customers_satisfied"
  std::string_view label;       // English; the app translates by key
  std::string_view definition;  // which customers the set holds, naming the parameters
  std::span<const std::string_view> inputs;  // requirements (metrics/requirements.h), read from customer
  std::span<const ParameterDefinition> parameters;
};

std::span<const FunnelMeasureDefinition> funnelMeasures();
const FunnelMeasureDefinition* findFunnelMeasure(std::string_view key);
const ParameterDefinition* findParameter(const FunnelMeasureDefinition& measure, std::string_view key);

} // namespace carescore
