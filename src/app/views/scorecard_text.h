// How scorecard numbers read in the UI's language: values in their profile units (82.4 %, 2 min
// 5 s, NPS +32), targets, changes against the previous period, driver segments, period names.
// Not machine output (the scorecard writers keep C locale).
#pragma once
#include <optional>
#include <string>

#include "core/scorecard/scorecard.h"

namespace carescore {

std::string formatProfileValue(double value, StatisticUnit unit);
std::string targetText(const Target& target, StatisticUnit unit);  // "target ≥ 90%"
// "−3.1 pts vs Sep ▼", "+1.4 pts vs Sep (not significant)", or why there is no change.
std::string changeText(const Evaluation& evaluation, const TimeZone& zone);
// A driver's segment: hour-of-week keys as "Mon 09:00" in the language, other values as they are.
std::string driverLabel(const Driver& driver);
// A range of instants as the local days it covers: "Sep 2026" for a whole month, else a date range.
std::string periodLabel(const UtcRange& range, const TimeZone& zone);
// The evaluation a card shows first: the scope that gave the card its verdict.
const Evaluation* headlineOf(const StandardCard& card);

} // namespace carescore
