// Service level & staffing: the hour-of-week heatmaps of volume and service level in the analysis
// zone, and per hour of a chosen weekday the agents Erlang C (and A, when abandons give a patience
// estimate) needs for the profile's service-level target against the agents seen, with the
// service level and ASA the seen agents should give. Reads the analysis; owns only its cache.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <optional>

#include "core/metrics/metric_result.h"
#include "core/metrics/staffing.h"

namespace carescore {

class Analysis;
struct AppState;

struct ServiceLevelViewState {
  int weekday = -1;  // 0 = Monday; -1: the busiest day, chosen when computed
  // The cache, valid for `generation` of the analysis. Staffing takes long on large data (Erlang
  // per hour of week), so a new generation first draws a "computing…" frame, then computes.
  std::uint64_t generation = 0;
  bool computing = false;
  StaffingTable staffing;
  std::vector<double> contacts, level;      // 168 each; NaN: no value
  std::vector<std::uint64_t> contactsN, levelN;
  std::optional<MetricResult> levelFailure; // why the service level has no values (worded when drawn)
  double thresholdSeconds = 120, targetPercent = 90;
  bool fromProfile = false;                 // the target is the profile's service_level standard
};

void drawServiceLevelView(Analysis& analysis, ServiceLevelViewState& view, AppState& state);

} // namespace carescore
