// What a standard's drill-down shows, computed once per (analysis generation, standard): the
// metric per day with its interval, split by channel, team and agent, by hour of week, the
// staffing Erlang C asks for (service level), and the records behind the number. Plain arrays
// for the charts module; nothing here draws.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/metrics/selection.h"
#include "core/metrics/staffing.h"
#include "core/scorecard/scorecard.h"

namespace carescore {

class Analysis;

struct SplitBars {
  std::string field;  // "channel", "team", "agent"
  std::vector<std::string> names;
  std::vector<double> values;  // profile units
  std::vector<std::uint64_t> n;
};

struct DrilldownData {
  std::uint64_t generation = 0;
  std::string standardId;
  const Evaluation* evaluation = nullptr;  // the scope shown (the card's headline)
  RecordKind kind = RecordKind::Contact;
  // Per day (wall-clock ms of each local day for the time axis).
  std::vector<double> dayMs, dayValue, dayLow, dayHigh;
  std::vector<std::uint64_t> dayN;
  std::vector<SplitBars> splits;
  std::vector<double> hourOfWeek;  // 168, NaN without records
  std::vector<std::uint64_t> hourOfWeekN;
  std::optional<StaffingTable> staffing;  // service level only
  std::vector<std::uint32_t> rows;        // the selected records of the metric's kind (first kMaxRows)
  std::uint64_t rowsTotal = 0;
  std::vector<std::string> rowColumns;    // names of the kind's canonical columns
};

inline constexpr std::size_t kDrilldownMaxRows = 300;

// Computes the drill-down of `evaluation` (a scope of `card`) under the analysis's filter.
DrilldownData computeDrilldown(Analysis& analysis, const StandardCard& card, const Evaluation& evaluation);

// A cell of the canonical table as text for the rows table and its CSV (times local to `zone`).
std::string cellText(const Column& column, std::uint32_t row, const TimeZone& zone);

} // namespace carescore
