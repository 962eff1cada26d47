// What to compute: a metric of the catalogue with its variant, parameters and statistic, in a zone,
// with the minimum n the caller (a standard) asks for. Named the way a standards profile names a
// metric (standards/profile.h), so a standard's MetricChoice turns into a request field for field.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "core/standards/profile.h"
#include "core/time/time_zone.h"

namespace carescore {

struct MetricRequest {
  std::string metric;                // catalogue key, e.g. "service_level"
  std::string variant;               // empty: the catalogue's default variant
  std::string statistic;             // empty: the headline statistic; decides the result's status
  Parameters parameters;             // by key; the rest take the catalogue's defaults
  std::optional<TimeZone> zone;      // local days and hours; nothing: the settings' zone
  std::uint64_t minN = 0;            // a standard's minimum n; each statistic also needs its policy minimum
  bool keepSample = false;           // keep the values of duration and scale statistics (period tests)
  // Compute only `statistic` (the headline when empty): the others of its metric come back empty.
  // For callers that read one number per segment (drivers, trends), so a segment's share does not
  // pay for its median and p90. The asked statistic is the same, bit for bit, either way.
  bool askedStatisticOnly = false;
};

// A request for a standard's metric choice.
MetricRequest requestFor(const MetricChoice& choice, std::uint64_t minN = 0);

} // namespace carescore
