// What `carescore inspect` prints about a read file, as stable JSON (documented in the README:
// scripts and tests read it) and as text for people. Formatting only: reading is in core/ingest.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "core/ingest/file_reader.h"

namespace carescore::cli {

// The "files" entry of one file. Keys keep the documented order.
nlohmann::ordered_json inspectJson(const std::string& path, const ReadResult& result);
nlohmann::ordered_json inspectFailureJson(const std::string& path, const std::string& error);

std::string inspectText(const std::string& path, const ReadResult& result);

} // namespace carescore::cli
