// Erlang C (M/M/n queue: Poisson arrivals, exponential handle times, nobody hangs up): waiting
// probability, service level within T and ASA for n agents, and the agents a service-level target
// needs. Formulas as in vendors.md §5.3; the Erlang B recursion keeps hundreds of agents exact.
#pragma once
#include <optional>

namespace carescore {

struct QueueLoad {
  double arrivalsPerHour = 0.0;
  double handleSeconds = 180.0;        // average handle time (AHT)
  double answerTargetSeconds = 20.0;   // T of "answered within T"
  double trafficErlangs() const { return arrivalsPerHour / 3600.0 * handleSeconds; }
};

struct ErlangCResult {
  int agents = 0;
  double trafficErlangs = 0.0;   // A = λ·AHT
  double occupancy = 0.0;        // A / n
  double waitProbability = 1.0;  // P(W > 0) = C(n, A)
  double serviceLevel = 0.0;     // 1 − C·e^{−(n − A)T/AHT}
  double asaSeconds = 0.0;       // C·AHT/(n − A); infinite when unstable
  bool stable = false;           // n > A: otherwise the queue grows without end
};

// A load the formulas accept: finite, arrivals ≥ 0, AHT > 0, T ≥ 0, under a million Erlangs.
bool isValidLoad(const QueueLoad& load);

// Erlang B blocking probability for n servers, by B(k) = A·B(k−1)/(k + A·B(k−1)), B(0) = 1.
double erlangB(int servers, double trafficErlangs);

ErlangCResult erlangC(const QueueLoad& load, int agents);

struct StaffingTarget {
  double serviceLevel = 0.8;   // share answered within load.answerTargetSeconds
  double maxOccupancy = 1.0;   // e.g. 0.85 to keep agents from burning out
};

// The fewest agents meeting the target, with what they achieve. Nothing for invalid loads
// (negative, not finite) or beyond a million agents.
std::optional<ErlangCResult> agentsForServiceLevel(const QueueLoad& load, const StaffingTarget& target = {});

} // namespace carescore
