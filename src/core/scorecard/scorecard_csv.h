// The scorecard as CSV: one row per standard × scope, labels in the chosen language, values in
// profile units, every cell escaped against formula injection (csv_cell.h). Not the JSON.
#pragma once
#include <string>

#include "core/scorecard/report_words.h"
#include "core/scorecard/scorecard.h"

namespace carescore {

std::string scorecardCsv(const Scorecard& scorecard, ReportLanguage language = ReportLanguage::En);

} // namespace carescore
