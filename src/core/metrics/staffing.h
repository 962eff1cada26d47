// Staffing per hour of the week from the contacts selected: arrivals per hour (averaged over the
// times that hour occurs in the period), handle time, the agents actually seen, the agents Erlang C
// needs for the service-level target (and Erlang A when abandons give a patience estimate), and the
// service level and ASA the seen agents should give. The formulas are stats/erlang_c.h and, for
// Erlang A, metrics/erlang_a_cell.h (stats/erlang_a.h in closed form).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/metrics/selection.h"

namespace carescore {

struct StaffingOptions {
  double answerTargetSeconds = 120;  // T of the service-level standard
  double targetServiceLevel = 0.9;   // share answered within T
  double maxOccupancy = 1.0;         // e.g. 0.85
  double maxAbandonRate = 1.0;       // Erlang A only
  std::optional<TimeZone> zone;      // nothing: the settings' zone
};

struct StaffingHour {
  std::uint8_t hourOfWeek = 0;            // Monday 00:00 is 0 … Sunday 23:00 is 167
  std::string label;                      // "Mon 09:00"
  double occurrences = 0;                 // hours of the period that fall on this hour of the week
  std::uint64_t contacts = 0;
  double arrivalsPerHour = 0;             // contacts ÷ occurrences
  std::optional<double> handleSeconds;    // AHT of the hour's handled contacts, else the period's
  bool handleFromPeriod = false;          // the hour had no handle times of its own
  double trafficErlangs = 0;
  double agentsSeen = 0;                  // distinct agents with contacts, per occurrence
  std::optional<int> agentsNeeded;        // Erlang C
  std::optional<int> agentsNeededErlangA; // with the patience estimate
  std::optional<double> serviceLevelSeen; // with the seen agents (rounded): Erlang A if patience is known, else C
  std::optional<double> asaSecondsSeen;
  std::optional<double> abandonRateSeen;  // Erlang A only
};

struct StaffingTable {
  std::vector<StaffingHour> hours;        // 168 when computed
  std::uint64_t contacts = 0;
  std::optional<double> handleSeconds;    // the period's AHT
  std::optional<double> patienceSeconds;  // mean patience: Σ queue waits ÷ abandons (exponential MLE)
  std::uint64_t abandons = 0;
  std::vector<std::string> missingInputs; // "needs field handle_seconds", …
  std::string message;                    // why there is no table (no period and no data)
};

StaffingTable staffingByHourOfWeek(SelectionSet& selections, const StaffingOptions& options = {});

} // namespace carescore
