// Erlang A for one cell of the staffing table, in closed form: the integrals of stats/erlang_a.h
// become incomplete-gamma series, one short loop per agent count instead of an adaptive
// integration, and Erlang B is extended once per cell. stats/erlang_a.h stays the reference
// (tests compare the two); this is not a general queue API.
#pragma once
#include <optional>
#include <vector>

#include "core/stats/erlang_a.h"

namespace carescore {

class ErlangACell {
public:
  ErlangACell(const QueueLoad& load, double patienceSeconds);

  // What stats/erlangA(load, patience, agents) gives, to about 1e-12; nothing for the inputs it
  // refuses, and for λ × patience over 200,000 (patience of days: the series would run that long).
  std::optional<ErlangAResult> at(int agents);
  // The fewest agents meeting both targets: stats/agentsForServiceLevelA's count (unless a service
  // level lies within the formulas' error, about 1e-12, of the target).
  std::optional<int> agentsNeeded(const StaffingTargetA& target);

private:
  bool meets(int agents, const StaffingTargetA& target);
  double blocking(int servers);  // Erlang B, the recursion of stats/erlang_c.h carried on from the last call

  QueueLoad load_;
  double patienceSeconds_;
  std::vector<double> blocking_;  // B(k, A) for k = 0 … computed so far
};

} // namespace carescore
