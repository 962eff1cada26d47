#include "core/mapping/apply_issue.h"

namespace carescore {

std::string_view nameOf(ApplyCode code) {
  switch (code) {
    case ApplyCode::NotMapped: return "NOT_MAPPED";
    case ApplyCode::MissingColumn: return "MISSING_COLUMN";
    case ApplyCode::WrongType: return "WRONG_TYPE";
    case ApplyCode::RowsExcluded: return "ROWS_EXCLUDED";
    case ApplyCode::NonexistentLocalTime: return "NONEXISTENT_LOCAL_TIME";
    case ApplyCode::AmbiguousLocalTime: return "AMBIGUOUS_LOCAL_TIME";
    case ApplyCode::MissingTimeOfDay: return "MISSING_TIME_OF_DAY";
    case ApplyCode::UnmappedValue: return "UNMAPPED_VALUE";
    case ApplyCode::OutOfRange: return "OUT_OF_RANGE";
    case ApplyCode::NegativeDuration: return "NEGATIVE_DURATION";
    case ApplyCode::DateOrderKept: return "DATE_ORDER_KEPT";
    case ApplyCode::UnknownZone: return "UNKNOWN_ZONE";
  }
  return "UNKNOWN";
}

} // namespace carescore
