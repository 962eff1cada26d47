// What `carescore inspect` says about a file's source and mapping: the detected vendor and kind
// with confidence and evidence, the column → field mapping (the mapping document itself), and what
// applying it gave (rows per kind, issues). JSON (documented in the README) and text. Formatting
// only: detection and mapping are core/mapping's.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "core/mapping/apply_mapping.h"
#include "core/mapping/detection.h"
#include "core/mapping/mapping.h"

namespace carescore::cli {

nlohmann::ordered_json detectionJson(const Detection& detection);
nlohmann::ordered_json mappedJson(const MappedRows& mapped, const Mapping& mapping);

std::string detectionText(const Detection& detection);
std::string mappingText(const Mapping& mapping, const MappedRows& mapped);

} // namespace carescore::cli
