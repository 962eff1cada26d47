// Erlang C from the Erlang B recursion: C = n·B / (n − A(1 − B)). No factorials or powers, so no
// overflow at any size; the staffing search extends the same recursion one agent at a time.
#include "core/stats/erlang_c.h"

#include <cmath>
#include <limits>

namespace carescore {
namespace {

constexpr int kMaxAgents = 1'000'000;

} // namespace

bool isValidLoad(const QueueLoad& load) {
  return std::isfinite(load.arrivalsPerHour) && std::isfinite(load.handleSeconds) && std::isfinite(load.answerTargetSeconds) &&
         load.arrivalsPerHour >= 0.0 && load.handleSeconds > 0.0 && load.answerTargetSeconds >= 0.0 &&
         load.trafficErlangs() < kMaxAgents;
}

namespace {

ErlangCResult fromBlocking(const QueueLoad& load, int agents, double blocking) {
  ErlangCResult result;
  const double a = load.trafficErlangs();
  const double n = static_cast<double>(agents);
  result.agents = agents;
  result.trafficErlangs = a;
  result.occupancy = agents > 0 ? a / n : 1.0;
  result.stable = n > a;
  if (!result.stable) {
    result.asaSeconds = std::numeric_limits<double>::infinity();
    return result;
  }
  result.waitProbability = n * blocking / (n - a * (1.0 - blocking));
  result.serviceLevel = 1.0 - result.waitProbability * std::exp(-(n - a) * load.answerTargetSeconds / load.handleSeconds);
  result.asaSeconds = result.waitProbability * load.handleSeconds / (n - a);
  return result;
}

} // namespace

double erlangB(int servers, double trafficErlangs) {
  double blocking = 1.0;
  for (int k = 1; k <= servers; ++k) blocking = trafficErlangs * blocking / (k + trafficErlangs * blocking);
  return blocking;
}

ErlangCResult erlangC(const QueueLoad& load, int agents) {
  if (!isValidLoad(load) || agents < 0 || agents > kMaxAgents) return {};
  return fromBlocking(load, agents, erlangB(agents, load.trafficErlangs()));
}

std::optional<ErlangCResult> agentsForServiceLevel(const QueueLoad& load, const StaffingTarget& target) {
  if (!isValidLoad(load) || !(target.serviceLevel <= 1.0) || !(target.maxOccupancy > 0.0)) return std::nullopt;
  const double a = load.trafficErlangs();
  int agents = static_cast<int>(std::floor(a)) + 1;  // the fewest with a stable queue
  double blocking = erlangB(agents, a);
  for (; agents <= kMaxAgents; ++agents) {
    const ErlangCResult result = fromBlocking(load, agents, blocking);
    if (result.serviceLevel >= target.serviceLevel && result.occupancy <= target.maxOccupancy) return result;
    blocking = a * blocking / (agents + 1 + a * blocking);
  }
  return std::nullopt;
}

} // namespace carescore
