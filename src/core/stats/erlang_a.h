// Erlang A (Palm's M/M/n+M queue): Erlang C plus callers who hang up after an exponentially
// distributed patience. Where abandonment data exist it gives realistic staffing; Erlang C, which
// assumes infinite patience, overstates the agents needed. Sources: Mandelbaum & Zeltyn, "The
// Palm/Erlang-A Queue, with Applications to Call Centers" (2005); the offered-wait density of
// M/M/n+G (Baccelli & Hébuterne 1981), v(s) = λ·π(n−1)·exp(λ∫₀ˢ Ḡ(u)du − nμs), Ḡ(u) = e^{−θu}.
#pragma once
#include <optional>

#include "core/stats/erlang_c.h"

namespace carescore {

struct ErlangAResult {
  int agents = 0;
  double trafficErlangs = 0.0;
  double occupancy = 0.0;            // carried load λ(1 − P(abandon))·AHT / n
  double waitProbability = 0.0;      // P(an arriving caller waits at all)
  double abandonProbability = 0.0;   // P(hangs up before an agent answers)
  double serviceLevel = 0.0;         // P(answered within T): answered within T / all offered
  double asaSeconds = 0.0;           // mean wait of the answered calls
  double averageWaitSeconds = 0.0;   // mean wait of all calls, abandoned ones until they hang up
};

// Nothing for invalid input (patience ≤ 0, agents < 1, a load Erlang C would refuse).
std::optional<ErlangAResult> erlangA(const QueueLoad& load, double patienceSeconds, int agents);

struct StaffingTargetA {
  double serviceLevel = 0.8;
  double maxAbandonRate = 1.0;   // e.g. 0.05
};

// The fewest agents meeting both targets. Nothing beyond ten thousand agents.
std::optional<ErlangAResult> agentsForServiceLevelA(const QueueLoad& load, double patienceSeconds,
                                                    const StaffingTargetA& target = {});

} // namespace carescore
