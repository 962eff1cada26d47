// What the mapping of each file, and the dataset they make together, look like to scripts and
// browser tests (window.carescore.state()): vendor, kind, confidence, column → field, rows per
// kind, links, and the fields the default profile's standards still lack. JSON only; no drawing.
#pragma once
#include <cstddef>

#include <nlohmann/json.hpp>

#include "app/app_state.h"

namespace carescore {

nlohmann::json mappingSummaryJson(const DatasetBuilder& dataset, std::size_t index);
nlohmann::json datasetSummaryJson(const AppState& state);

} // namespace carescore
