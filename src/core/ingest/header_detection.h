// Deciding which of a CSV file's first records are its header, from those records alone: a
// preamble before it ("Report generated …"), one header row or none, and the several header rows
// of survey exports (Qualtrics: 3, SurveyMonkey: 2; vendors.md §2.9). Gives each column a
// unique, non-empty name. Not type inference: a cell is only told apart as "looks like a value"
// (digits and punctuation) or text.
#pragma once
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/diagnostics.h"
#include "core/ingest/record_sink.h"

namespace carescore {

struct HeaderLayout {
  std::size_t preambleRows = 0;   // records before the header, skipped
  std::size_t headerRows = 1;     // 0: the file has no header
  std::size_t width = 0;          // columns of the table
  std::vector<std::string> names; // one per column: unique, trimmed, never empty
  std::vector<std::vector<std::string>> headerText;  // each header row's cells, as written
  std::string_view layout;        // "qualtrics", "surveymonkey", or "" for a plain header

  std::size_t headerRecords() const { return preambleRows + headerRows; }
};

struct HeaderOptions {
  std::optional<std::size_t> headerRows;  // the user's choice (0: no header); no preamble is then skipped
};

// `records`: the first records of the file (a few dozen), with their positions for diagnostics.
HeaderLayout detectHeader(const std::vector<std::vector<std::string_view>>& records, std::span<const RecordInfo> infos,
                          const HeaderOptions& options, Diagnostics& diagnostics);

// A cell made of digits and the punctuation of numbers, dates and durations ("4,5", "31.01.2016",
// "00:02:59", "12%"): what a header cell almost never is.
bool looksLikeValue(std::string_view cell);

} // namespace carescore
