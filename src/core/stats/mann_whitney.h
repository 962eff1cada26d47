// Mann-Whitney U (Wilcoxon rank-sum) test for durations of two periods: skewed data, so ranks,
// not means. Normal approximation with the tie correction of the variance and, by default, a
// continuity correction of ½ (as scipy.stats.mannwhitneyu's "asymptotic" method); no exact test.
#pragma once
#include <cstdint>
#include <span>

#include "core/stats/sample_size.h"

namespace carescore {

struct MannWhitneyOptions {
  bool continuityCorrection = true;
  double confidence = 0.95;
};

struct MannWhitneyResult {
  double uA = 0.0;                    // rank sum of A − nA(nA + 1)/2: pairs (a, b) with a > b, ties ½
  double uB = 0.0;                    // nA·nB − uA
  double probabilityAGreater = 0.5;   // uA / (nA·nB): the common-language effect size
  double z = 0.0;                     // (uA − nA·nB/2 ∓ ½) / σ, σ corrected for ties
  double pValue = 1.0;                // two-sided
  bool significant = false;
  std::uint64_t nA = 0;
  std::uint64_t nB = 0;
};

// Values that are not finite numbers are left out. Insufficient when either sample is empty.
Estimate<MannWhitneyResult> mannWhitneyU(std::span<const double> a, std::span<const double> b, const MannWhitneyOptions& options = {});

} // namespace carescore
