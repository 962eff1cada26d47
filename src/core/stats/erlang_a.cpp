// Erlang A from the offered-wait density. With g(s) = exp(y(1 − e^{−θs}) − nμs), y = λ/θ,
// w = λ·B(n−1, A)·∫g (B: Erlang B with n − 1 servers) the moments are
//   P(wait) = w/(1 + w)                          P(answered within T) = (1 + λB∫₀ᵀ g e^{−θs}) / (1 + w)
//   P(abandon) = λB∫g(1 − e^{−θs}) / (1 + w)     E[wait; answered] = λB∫ s g e^{−θs} / (1 + w).
// The integrals are taken numerically (adaptive Simpson) on exp(h − max h), in logarithms, so
// overloaded queues (λ > nμ, where g peaks at e^{y}) neither overflow nor lose precision.
#include "core/stats/erlang_a.h"

#include <algorithm>
#include <cmath>

namespace carescore {
namespace {

constexpr int kMaxAgentsA = 10'000;

template <class F>
double simpson(const F& f, double a, double fa, double m, double fm, double b, double fb, double whole, double tolerance, int depth) {
  const double left = (a + m) / 2.0;
  const double right = (m + b) / 2.0;
  const double fl = f(left);
  const double fr = f(right);
  const double leftArea = (m - a) / 6.0 * (fa + 4.0 * fl + fm);
  const double rightArea = (b - m) / 6.0 * (fm + 4.0 * fr + fb);
  const double delta = leftArea + rightArea - whole;
  if (depth <= 0 || std::fabs(delta) <= 15.0 * tolerance) return leftArea + rightArea + delta / 15.0;
  return simpson(f, a, fa, left, fl, m, fm, leftArea, tolerance / 2.0, depth - 1) +
         simpson(f, m, fm, right, fr, b, fb, rightArea, tolerance / 2.0, depth - 1);
}

// ∫ₐᵇ f over 64 panels, each refined adaptively: the panels keep a narrow peak from being missed.
template <class F>
double integrate(const F& f, double a, double b) {
  if (!(b > a)) return 0.0;
  constexpr int kPanels = 64;
  const double width = (b - a) / kPanels;
  double total = 0.0;
  for (int i = 0; i < kPanels; ++i) {
    const double x0 = a + width * i;
    const double x1 = i + 1 == kPanels ? b : x0 + width;
    const double xm = (x0 + x1) / 2.0;
    const double f0 = f(x0);
    const double fm = f(xm);
    const double f1 = f(x1);
    const double whole = (x1 - x0) / 6.0 * (f0 + 4.0 * fm + f1);
    total += simpson(f, x0, f0, xm, fm, x1, f1, whole, 1e-13 * (x1 - x0), 40);
  }
  return total;
}

double logOnePlusExp(double x) { return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x)); }

} // namespace

std::optional<ErlangAResult> erlangA(const QueueLoad& load, double patienceSeconds, int agents) {
  if (!isValidLoad(load) || !std::isfinite(patienceSeconds) || patienceSeconds <= 0.0 || agents < 1 || agents > kMaxAgentsA)
    return std::nullopt;
  const double lambda = load.arrivalsPerHour / 3600.0;
  const double theta = 1.0 / patienceSeconds;
  const double serviceRate = static_cast<double>(agents) / load.handleSeconds;  // nμ
  const double target = load.answerTargetSeconds;
  ErlangAResult result;
  result.agents = agents;
  result.trafficErlangs = load.trafficErlangs();
  if (lambda == 0.0) {
    result.serviceLevel = 1.0;
    return result;
  }
  const double y = lambda / theta;
  const auto h = [&](double s) { return y * -std::expm1(-theta * s) - serviceRate * s; };
  const double peak = lambda > serviceRate ? std::log(lambda / serviceRate) / theta : 0.0;
  const double hMax = h(peak);
  double end = peak + 1.0 / (serviceRate + theta);
  while (h(end) - hMax > -60.0) end = peak + 2.0 * (end - peak);

  const auto g = [&](double s) { return std::exp(h(s) - hMax); };
  const auto served = [&](double s) { return std::exp(h(s) - hMax - theta * s); };
  const auto abandoned = [&](double s) { return std::exp(h(s) - hMax) * -std::expm1(-theta * s); };
  const auto servedWait = [&](double s) { return s * std::exp(h(s) - hMax - theta * s); };
  const auto both = [&](const auto& f, double to) { return integrate(f, 0.0, std::min(peak, to)) + integrate(f, std::min(peak, to), to); };

  const double logScale = std::log(lambda) + std::log(erlangB(agents - 1, result.trafficErlangs)) + hMax;  // log λB·e^{hMax}
  const double logW = logScale + std::log(both(g, end));
  const double logOnePlusW = logOnePlusExp(logW);
  const double noWait = std::exp(-logOnePlusW);
  const double factor = std::exp(logScale - logOnePlusW);
  result.waitProbability = 1.0 - noWait;
  result.serviceLevel = noWait + factor * both(served, std::min(target, end));
  result.abandonProbability = factor * both(abandoned, end);
  const double answered = 1.0 - result.abandonProbability;
  result.asaSeconds = answered > 0.0 ? factor * both(servedWait, end) / answered : 0.0;
  result.averageWaitSeconds = result.abandonProbability / theta;
  result.occupancy = lambda * answered * load.handleSeconds / static_cast<double>(agents);
  return result;
}

std::optional<ErlangAResult> agentsForServiceLevelA(const QueueLoad& load, double patienceSeconds, const StaffingTargetA& target) {
  // Answered calls need agents: n ≥ A·P(answered) ≥ A·SL, so no fewer than that can do.
  const int fewest = std::max(1, static_cast<int>(std::floor(load.trafficErlangs() * std::clamp(target.serviceLevel, 0.0, 1.0))));
  for (int agents = fewest; agents <= kMaxAgentsA; ++agents) {
    const auto result = erlangA(load, patienceSeconds, agents);
    if (!result) return std::nullopt;
    if (result->serviceLevel >= target.serviceLevel && result->abandonProbability <= target.maxAbandonRate) return result;
  }
  return std::nullopt;
}

} // namespace carescore
