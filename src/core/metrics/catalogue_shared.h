// Pieces several parts of the catalogue data share: short names for the enums, the common
// parameter lists. Included only by the catalogue_*.h data headers.
#pragma once
#include "core/metrics/catalogue.h"

namespace carescore::catalogue_data {

using U = StatisticUnit;
using D = Direction;
using P = ParameterType;

inline constexpr std::string_view kThresholdOnly[] = {"threshold_seconds"};
inline constexpr std::string_view kCreatedOnly[] = {"created_at"};
// A contact counts as resolved when it has a resolution time or its status says so.
inline constexpr std::string_view kResolvedState = "resolved_at | status";

// Rating scales of survey metrics; the target of a mean or a gap is checked against them.
inline constexpr ParameterDefinition kScaleMin{
    .key = "scale_min", .type = P::Number, .defaultNumber = 1, .minNumber = 0, .maxNumber = 10,
    .description = "lowest point of the rating scale"};
inline constexpr ParameterOrder kScaleOrder[] = {{"scale_min", "scale_max", true}};

} // namespace carescore::catalogue_data
