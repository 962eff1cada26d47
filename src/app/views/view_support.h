// What every analysis view needs from the engine's results: metric and statistic names in the UI
// language, values in display units (shares in percent), the profile's standard for a statistic
// and the verdict of a value against it. No drawing beyond small text helpers; no state.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "app/charts/chart_types.h"
#include "app/theme.h"
#include "core/metrics/metric_request.h"
#include "core/metrics/metric_result.h"
#include "core/standards/profile.h"

namespace carescore {

struct AppState;

const char* metricName(const MetricDefinition& metric);  // translated; the catalogue's English label as fallback
const char* metricName(std::string_view metricKey);
const char* statisticName(std::string_view statisticKey);

// Values on screen are in profile units (scorecard/verdict.h toProfileUnits: shares in percent).
charts::ValueFormat displayFormat(StatisticUnit unit);
std::string formatDisplay(StatisticUnit unit, std::optional<double> value);  // "—" for nothing

// The profile's standard for a metric's statistic (empty statistic: the headline): one without a
// scope first, else the first that names it. Null when the profile has none.
const Standard* standardFor(const Profile& profile, std::string_view metricKey, std::string_view statisticKey = {});
// Any standard of the metric, whatever its statistic: one without a scope first. Null: none.
const Standard* anyStandardFor(const Profile& profile, std::string_view metricKey);
// The request a view computes a metric with: the standard's variant and parameters when the
// profile has one, in the analysis zone.
MetricRequest viewRequest(const Standard* standard, std::string_view metricKey, const TimeZone& zone);

// The statistic a standard judges (its own, or the metric's headline).
std::string_view statisticOf(const Standard& standard);

// A statistic against a standard, by the scorecard's rule (scorecard/verdict.h judge: at risk when
// the target lies inside the interval); NoData without a value, InsufficientData below min n.
Verdict verdictOf(const Standard& standard, const StatisticResult* statistic);
// The single line the target shows on a chart, when it has one (Between has two; none shown).
std::optional<double> targetLineValue(const Target& target);

// Why a result has no number, in words: missing fields, too few records, a bad request.
std::string whyNoValue(const MetricResult& result);

// A profile's text in the UI language, English when that language's text is empty.
const std::string& localText(const LocalText& text);

// Records a text the view drew, for scripts and tests (AppState::view.labels).
void noteLabel(AppState& state, std::string_view text);
// A heading the view draws and reports.
void viewHeading(AppState& state, const char* text);
// A muted line saying why something is not shown, also reported (AppState::view.notes).
void viewNote(AppState& state, const std::string& text);

} // namespace carescore
