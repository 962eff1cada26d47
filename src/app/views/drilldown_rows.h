// The records behind a standard's number: the first few hundred selected records of the metric's
// kind as a sortable table, and their export as CSV (cells that a spreadsheet would run as a
// formula are escaped).
#pragma once
#include <string>

#include "app/views/drilldown_data.h"

namespace carescore {

struct AppState;

void drawDrilldownRows(AppState& state, DrilldownData& data);

// The rows as CSV: a header of canonical field names, then one line per record, each cell escaped
// against formula injection (scorecard/csv_cell.h).
std::string rowsCsv(const Dataset& dataset, const DrilldownData& data, const TimeZone& zone);

} // namespace carescore
