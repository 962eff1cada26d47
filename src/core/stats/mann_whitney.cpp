// Ranks of the pooled samples (average rank for ties) by merging the sorted samples, then U and its normal approximation:
// σ² = nA·nB/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1))) for tie groups of size t.
#include "core/stats/mann_whitney.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/stats/normal.h"
#include "core/stats/sort_values.h"

namespace carescore {

namespace {

// The finite values of a sample, ascending (radix-sorted, sort_values.h, unless they come sorted).
std::vector<double> sortedFinite(std::span<const double> sample) {
  std::vector<double> values;
  values.reserve(sample.size());
  for (const double v : sample)
    if (std::isfinite(v)) values.push_back(v);
  if (!std::is_sorted(values.begin(), values.end())) sortAscending(values);
  return values;
}

} // namespace

Estimate<MannWhitneyResult> mannWhitneyU(std::span<const double> a, std::span<const double> b, const MannWhitneyOptions& options) {
  const std::vector<double> sortedA = sortedFinite(a);
  const std::vector<double> sortedB = sortedFinite(b);
  const std::size_t nA = sortedA.size();
  const std::size_t nB = sortedB.size();
  if (nA == 0 || nB == 0) return Estimate<MannWhitneyResult>::lacking(std::min(nA, nB), 1);

  // Merge the two ascending samples tie group by tie group: the pooled ranks without sorting the pool.
  double rankSumA = 0.0;
  double tieTerm = 0.0;
  std::size_t ranked = 0, i = 0, j = 0;
  while (i < nA || j < nB) {
    const double value = j == nB || (i < nA && sortedA[i] < sortedB[j]) ? sortedA[i] : sortedB[j];
    std::size_t fromA = 0, fromB = 0;
    while (i < nA && sortedA[i] == value) ++i, ++fromA;
    while (j < nB && sortedB[j] == value) ++j, ++fromB;
    const double t = static_cast<double>(fromA + fromB);
    const double averageRank = (static_cast<double>(ranked + 1) + static_cast<double>(ranked + fromA + fromB)) / 2.0;
    rankSumA += averageRank * static_cast<double>(fromA);
    tieTerm += t * t * t - t;
    ranked += fromA + fromB;
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
