// Ranks of the pooled samples (average rank for ties), then U and its normal approximation:
// σ² = nA·nB/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1))) for tie groups of size t.
#include "core/stats/mann_whitney.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "core/stats/normal.h"

namespace carescore {

Estimate<MannWhitneyResult> mannWhitneyU(std::span<const double> a, std::span<const double> b, const MannWhitneyOptions& options) {
  std::vector<std::pair<double, bool>> pooled;  // value, from A
  pooled.reserve(a.size() + b.size());
  for (const double v : a)
    if (std::isfinite(v)) pooled.emplace_back(v, true);
  const std::size_t nA = pooled.size();
  for (const double v : b)
    if (std::isfinite(v)) pooled.emplace_back(v, false);
  const std::size_t nB = pooled.size() - nA;
  if (nA == 0 || nB == 0) return Estimate<MannWhitneyResult>::lacking(std::min(nA, nB), 1);
  std::sort(pooled.begin(), pooled.end(), [](const auto& x, const auto& y) { return x.first < y.first; });

  double rankSumA = 0.0;
  double tieTerm = 0.0;
  for (std::size_t i = 0; i < pooled.size();) {
    std::size_t j = i;
    std::size_t fromA = 0;
    while (j < pooled.size() && pooled[j].first == pooled[i].first) fromA += pooled[j++].second;
    const double t = static_cast<double>(j - i);
    const double averageRank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
    rankSumA += averageRank * static_cast<double>(fromA);
    tieTerm += t * t * t - t;
    i = j;
  }
  const double na = static_cast<double>(nA);
  const double nb = static_cast<double>(nB);
  const double n = na + nb;
  MannWhitneyResult result;
  result.nA = nA;
  result.nB = nB;
  result.uA = rankSumA - na * (na + 1.0) / 2.0;
  result.uB = na * nb - result.uA;
  result.probabilityAGreater = result.uA / (na * nb);
  const double mean = na * nb / 2.0;
  const double variance = n > 1.0 ? na * nb / 12.0 * ((n + 1.0) - tieTerm / (n * (n - 1.0))) : 0.0;
  if (variance > 0.0) {
    double deviation = result.uA - mean;
    if (options.continuityCorrection) deviation = deviation > 0 ? std::max(0.0, deviation - 0.5) : std::min(0.0, deviation + 0.5);
    result.z = deviation / std::sqrt(variance);
  }
  result.pValue = twoSidedPValue(result.z);
  result.significant = result.pValue < 1.0 - options.confidence;
  return Estimate<MannWhitneyResult>::of(result);
}

} // namespace carescore
