// NPS, its margin of error, adjusted-Wald interval and two-period test, from the three counts.
#include "core/stats/nps.h"

#include <algorithm>
#include <cmath>

namespace carescore {
namespace {

// The trinomial variance of p − d for shares p, d of n answers.
double variance(double p, double d, double n) { return std::max(0.0, p + d - (p - d) * (p - d)) / n; }

struct Adjusted {
  double score;           // p′ − d′
  double standardError;   // √var′
};

Adjusted adjusted(const NpsCounts& counts) {
  const double n = static_cast<double>(counts.n()) + 3.0;
  const double p = (static_cast<double>(counts.promoters) + 0.75) / n;
  const double d = (static_cast<double>(counts.detractors) + 0.75) / n;
  return {p - d, std::sqrt(variance(p, d, n))};
}

} // namespace

Estimate<NpsResult> nps(const NpsCounts& counts, double z) {
  const std::uint64_t total = counts.n();
  if (total == 0) return Estimate<NpsResult>::lacking(0, 1);
  const double n = static_cast<double>(total);
  const double p = static_cast<double>(counts.promoters) / n;
  const double d = static_cast<double>(counts.detractors) / n;
  const Adjusted adj = adjusted(counts);
  NpsResult result;
  result.n = total;
  result.score = 100.0 * (p - d);
  result.marginOfError = z * 100.0 * std::sqrt(variance(p, d, n));
  result.adjustedScore = 100.0 * adj.score;
  result.adjustedStandardError = 100.0 * adj.standardError;
  result.adjustedWald = {std::max(-100.0, result.adjustedScore - z * result.adjustedStandardError),
                         std::min(100.0, result.adjustedScore + z * result.adjustedStandardError)};
  return Estimate<NpsResult>::of(result);
}

Estimate<NpsComparison> npsDifference(const NpsCounts& a, const NpsCounts& b, double confidence) {
  if (a.n() == 0 || b.n() == 0) return Estimate<NpsComparison>::lacking(std::min(a.n(), b.n()), 1);
  const NpsResult ra = *nps(a).value;
  const NpsResult rb = *nps(b).value;
  NpsComparison result;
  result.difference = ra.score - rb.score;
  result.standardError = std::hypot(ra.adjustedStandardError, rb.adjustedStandardError);
  result.z = (ra.adjustedScore - rb.adjustedScore) / result.standardError;  // SE > 0: the ¾s make p′, d′ > 0
  result.pValue = twoSidedPValue(result.z);
  result.significant = result.pValue < 1.0 - confidence;
  return Estimate<NpsComparison>::of(result);
}

} // namespace carescore
