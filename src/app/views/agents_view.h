// Agents & teams: per agent or per team the volume, first response, resolution time, FCR, CSAT and
// handle time, each cell coloured and marked with its verdict against the profile's standard for
// that metric; sortable by any column, filtered by name. One splitBy per metric, cached by the
// analysis generation.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/theme.h"
#include "core/metrics/metric_result.h"

namespace carescore {

class Analysis;
struct AppState;

struct AgentCell {
  std::optional<double> value;  // display units
  std::uint64_t n = 0;
  Verdict verdict = Verdict::NoData;
};

struct AgentRow {
  std::string name;
  std::vector<AgentCell> cells;  // one per column of the view
};

struct AgentsViewState {
  bool byTeam = false;
  std::string filter;
  // The cache.
  std::uint64_t generation = 0;
  bool cachedByTeam = false;
  std::vector<AgentRow> rows;
  std::vector<std::optional<MetricResult>> columnFailures;  // per column: why it has no values (worded when drawn)
};

void drawAgentsView(Analysis& analysis, AgentsViewState& view, AppState& state);

} // namespace carescore
