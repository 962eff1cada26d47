// What a read file holds and how it read, as JSON for window.carescore.state() and the browser
// tests: format, encoding, dialect, rows, columns with types and formats, diagnostics with counts
// and the first examples. Formatting only; the reading is core/ingest's.
#pragma once
#include <nlohmann/json.hpp>

#include "core/ingest/file_reader.h"

namespace carescore {

nlohmann::json readSummaryJson(const ReadResult& result);

// "comma", "tab"…; "CRLF"; "UTF-8 with BOM": the words the panels and the JSON share.
std::string encodingLabel(const EncodingReport& encoding);

} // namespace carescore
