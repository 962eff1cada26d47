// Rates: the Wilson score interval for one proportion, and the comparison of two periods' rates
// (two-proportion z-test, with Newcombe's hybrid score interval for the difference).
#pragma once
#include <cstdint>

#include "core/stats/normal.h"
#include "core/stats/sample_size.h"

namespace carescore {

struct Interval {
  double low = 0.0;
  double high = 0.0;
};

struct RateEstimate {
  double rate = 0.0;  // successes / n
  Interval interval;  // Wilson score interval
  std::uint64_t n = 0;
};

// Wilson (1927): stays inside [0, 1] and keeps its coverage at small n and near 0 and 1.
// Insufficient only when n = 0.
Estimate<RateEstimate> wilson(std::uint64_t successes, std::uint64_t n, double z = kZ95);

struct RateComparison {
  double rateA = 0.0;
  double rateB = 0.0;
  double difference = 0.0;  // rateA − rateB
  Interval interval;        // of the difference: Newcombe (1998) method 10, from the two Wilson intervals
  double z = 0.0;           // pooled two-proportion z statistic
  double pValue = 1.0;      // two-sided
  bool significant = false; // pValue < 1 − confidence
};

// Period A against period B (e.g. this month against last). Insufficient when either n is 0.
Estimate<RateComparison> twoProportionTest(std::uint64_t successesA, std::uint64_t nA, std::uint64_t successesB,
                                           std::uint64_t nB, double confidence = 0.95);

} // namespace carescore
