// What applying a mapping found, as values: a code, the column and field concerned, how many
// cells, one example with its row, and a message a person can act on. Counted, never printed.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/diagnostics.h"

namespace carescore {

enum class ApplyCode : std::uint8_t {
  NotMapped,             // the mapping has no kind, or errors: no rows
  MissingColumn,         // the mapping names a column the file lacks
  WrongType,             // the column's values cannot feed the field (text for a duration)
  RowsExcluded,          // rows left out by an exclude value
  NonexistentLocalTime,  // a wall-clock time in a DST gap: shifted forward
  AmbiguousLocalTime,    // a wall-clock time that happens twice: the earlier instant
  MissingTimeOfDay,      // a date whose time-of-day cell is empty: left missing
  UnmappedValue,         // a label no value map or table knows: left missing (or kept, for channels)
  OutOfRange,            // a score off its scale, a count below zero: left missing
  NegativeDuration,      // a duration below zero: left missing, not averaged
  DateOrderKept,         // the date-order override could not apply to a column
  UnknownZone,           // the zone named cannot be found: the default zone is used
};
std::string_view nameOf(ApplyCode code);

struct ApplyIssue {
  ApplyCode code = ApplyCode::NotMapped;
  Severity severity = Severity::Warning;
  std::string column;
  std::string field;
  std::uint64_t count = 0;
  std::string example;             // a cell as written
  std::uint64_t exampleRow = 0;    // its 1-based data row; 0 when none
  std::string message;
};

} // namespace carescore
