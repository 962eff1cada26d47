// Wilson intervals and the two-proportion test, from counts.
#include "core/stats/proportion.h"

#include <algorithm>
#include <cmath>

namespace carescore {

Estimate<RateEstimate> wilson(std::uint64_t successes, std::uint64_t n, double z) {
  if (n == 0) return Estimate<RateEstimate>::lacking(0, 1);
  successes = std::min(successes, n);
  const double total = static_cast<double>(n);
  const double p = static_cast<double>(successes) / total;
  const double z2 = z * z;
  const double denominator = 1.0 + z2 / total;
  const double centre = (p + z2 / (2.0 * total)) / denominator;
  const double half = z / denominator * std::sqrt(p * (1.0 - p) / total + z2 / (4.0 * total * total));
  const double low = successes == 0 ? 0.0 : std::max(0.0, centre - half);
  const double high = successes == n ? 1.0 : std::min(1.0, centre + half);
  return Estimate<RateEstimate>::of({p, {low, high}, n});
}

Estimate<RateComparison> twoProportionTest(std::uint64_t successesA, std::uint64_t nA, std::uint64_t successesB,
                                           std::uint64_t nB, double confidence) {
  if (nA == 0 || nB == 0) return Estimate<RateComparison>::lacking(std::min(nA, nB), 1);
  const double z = zForConfidence(confidence);
  const RateEstimate a = *wilson(successesA, nA, z).value;
  const RateEstimate b = *wilson(successesB, nB, z).value;
  RateComparison result;
  result.rateA = a.rate;
  result.rateB = b.rate;
  result.difference = a.rate - b.rate;
  result.interval = {result.difference - std::hypot(a.rate - a.interval.low, b.interval.high - b.rate),
                     result.difference + std::hypot(a.interval.high - a.rate, b.rate - b.interval.low)};
  const double pooled = static_cast<double>(std::min(successesA, nA) + std::min(successesB, nB)) / static_cast<double>(nA + nB);
  const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / static_cast<double>(nA) + 1.0 / static_cast<double>(nB)));
  result.z = se > 0.0 ? result.difference / se : 0.0;
  result.pValue = twoSidedPValue(result.z);
  result.significant = result.pValue < 1.0 - confidence;
  return Estimate<RateComparison>::of(result);
}

} // namespace carescore
