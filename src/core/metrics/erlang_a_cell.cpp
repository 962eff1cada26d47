// The integrals of stats/erlang_a.cpp in closed form. With u = e^{−θs}, a = nμ/θ, y = λ/θ and
// S(c, x) = Σₖ xᵏ / (c(c+1)…(c+k)) (the lower incomplete gamma, γ(c, x) = xᶜe^{−x}·S(c, x)):
//   ∫₀^∞ g = S(a, y)/θ                    ∫₀^∞ g(1 − e^{−θs}) = Σ tₖ(k+1)/(a+k+1) / θ
//   ∫₀^T g e^{−θs} = [S(a+1, y) − g(T)e^{−θT}·S(a+1, y e^{−θT})] / θ
//   ∫₀^∞ s g e^{−θs} = Σ tₖ(a+1)·Hₖ / θ², Hₖ = Σ_{j≤k} 1/(a+1+j)   (−∂S/∂c)
// where tₖ(c) are the terms of S(c, y). One loop gives all four sums; terms are positive, so no
// digits cancel, and a running scale keeps overloaded queues (terms near e^y) from overflowing.
#include "core/metrics/erlang_a_cell.h"

#include <algorithm>
#include <cmath>

namespace carescore {

namespace {

constexpr int kMaxAgentsA = 10'000;        // as stats/erlang_a.cpp
constexpr double kMaxSeriesY = 200'000;    // λ × patience: the terms up to the largest, per agent count
constexpr double kRescaleAbove = 1e250;
constexpr double kRescaleLog = 575.6462732485114;  // ln 1e250
constexpr double kTailShare = 1e-17;       // stop when the rest of the series is below this share of it

struct SeriesSums {
  double all = 0;         // S(c, x)
  double abandoned = 0;   // Σ tₖ (k+1)/(c+k+1)
  double nextC = 0;       // S(c+1, x) = Σ tₖ c/(c+k+1)
  double servedWait = 0;  // Σ tₖ(c+1) Hₖ(c+1)
  double logScale = 0;    // the sums are e^{−logScale} times their value
};

SeriesSums series(double x, double c) {
  SeriesSums sums;
  double term = 1.0 / c;  // t₀
  double harmonic = 0;
  for (double k = 0;; ++k) {
    const double next = c + k + 1;
    const double shifted = term * c / next;  // tₖ(c+1)
    harmonic += 1.0 / next;
    sums.all += term;
    sums.abandoned += term * (k + 1) / next;
    sums.nextC += shifted;
    sums.servedWait += shifted * harmonic;
    const double ratio = x / next;
    term *= ratio;
    if (sums.all > kRescaleAbove) {
      sums.all /= kRescaleAbove;
      sums.abandoned /= kRescaleAbove;
      sums.nextC /= kRescaleAbove;
      sums.servedWait /= kRescaleAbove;
      term /= kRescaleAbove;
      sums.logScale += kRescaleLog;
    }
    // Past the largest term the rest is below a geometric series of this ratio.
    if (ratio < 1 && term * (1 + harmonic) <= kTailShare * (1 - ratio) * std::min({sums.all, sums.abandoned, sums.nextC, sums.servedWait}))
      break;
  }
  return sums;
}

double logOnePlusExp(double x) { return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x)); }

} // namespace

ErlangACell::ErlangACell(const QueueLoad& load, double patienceSeconds) : load_(load), patienceSeconds_(patienceSeconds), blocking_{1.0} {}

double ErlangACell::blocking(int servers) {
  const double a = load_.trafficErlangs();
  for (int k = static_cast<int>(blocking_.size()); k <= servers; ++k)
    blocking_.push_back(a * blocking_.back() / (k + a * blocking_.back()));
  return blocking_[static_cast<std::size_t>(servers)];
}

std::optional<ErlangAResult> ErlangACell::at(int agents) {
  if (!isValidLoad(load_) || !std::isfinite(patienceSeconds_) || patienceSeconds_ <= 0.0 || agents < 1 || agents > kMaxAgentsA)
    return std::nullopt;
  const double lambda = load_.arrivalsPerHour / 3600.0;
  const double theta = 1.0 / patienceSeconds_;
  const double serviceRate = static_cast<double>(agents) / load_.handleSeconds;  // nμ
  const double y = lambda / theta;
  if (y > kMaxSeriesY) return std::nullopt;  // a patience of days: Erlang C's infinite patience is the model
  ErlangAResult result;
  result.agents = agents;
  result.trafficErlangs = load_.trafficErlangs();
  if (lambda == 0.0) {
    result.serviceLevel = 1.0;
    return result;
  }
  const double a = serviceRate / theta;
  const double target = load_.answerTargetSeconds;
  const SeriesSums whole = series(y, a);
  const SeriesSums early = series(y * std::exp(-theta * target), a + 1);  // only `all` is read
  const double logGAtTarget = y * -std::expm1(-theta * target) - serviceRate * target - theta * target;  // log g(T)e^{−θT}

  const double logPrefix = std::log(y) + std::log(blocking(agents - 1)) + whole.logScale;  // log y·B, with the scale
  const double logOnePlusW = logOnePlusExp(logPrefix + std::log(whole.all));
  const double noWait = std::exp(-logOnePlusW);
  const double factor = std::exp(logPrefix - logOnePlusW);
  const double late = std::exp(logGAtTarget + std::log(early.all) + early.logScale - whole.logScale);
  result.waitProbability = 1.0 - noWait;
  result.serviceLevel = noWait + factor * std::max(0.0, whole.nextC - late);
  result.abandonProbability = factor * whole.abandoned;
  const double answered = 1.0 - result.abandonProbability;
  result.asaSeconds = answered > 0.0 ? factor * whole.servedWait / theta / answered : 0.0;
  result.averageWaitSeconds = result.abandonProbability / theta;
  result.occupancy = lambda * answered * load_.handleSeconds / static_cast<double>(agents);
  return result;
}

bool ErlangACell::meets(int agents, const StaffingTargetA& target) {
  const auto result = at(agents);
  return result && result->serviceLevel >= target.serviceLevel && result->abandonProbability <= target.maxAbandonRate;
}

// Galloping up from the load's floor, then halving: the service level rises and abandonment falls
// with every agent added, so the first count that meets both is the one-by-one search's.
std::optional<int> ErlangACell::agentsNeeded(const StaffingTargetA& target) {
  int low = std::max(1, static_cast<int>(std::floor(load_.trafficErlangs() * std::clamp(target.serviceLevel, 0.0, 1.0))));
  if (meets(low, target)) return low;
  int step = 1;
  int high = low + step;
  while (!meets(high, target)) {
    if (!at(high) || high > kMaxAgentsA) return std::nullopt;
    low = high;
    step *= 2;
    high = low + step;
  }
  while (high - low > 1) {  // low fails, high meets
    const int middle = low + (high - low) / 2;
    (meets(middle, target) ? high : low) = middle;
  }
  return high;
}

} // namespace carescore
