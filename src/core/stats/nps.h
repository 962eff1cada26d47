// Net Promoter Score with its uncertainty: the margin of error from the trinomial variance
// (p + d − (p − d)²)/n (CYBAEA 2016), the adjusted-Wald interval (MeasuringU, Lewis & Sauro 2021:
// n + 3, ¾ added to promoters and to detractors), and the comparison of two periods.
#pragma once
#include <cstdint>

#include "core/stats/normal.h"
#include "core/stats/proportion.h"
#include "core/stats/sample_size.h"

namespace carescore {

struct NpsCounts {
  std::uint64_t promoters = 0;   // 9–10
  std::uint64_t passives = 0;    // 7–8
  std::uint64_t detractors = 0;  // 0–6
  std::uint64_t n() const { return promoters + passives + detractors; }
};

struct NpsResult {
  double score = 0.0;           // 100 (p − d), −100…100
  double marginOfError = 0.0;   // ± points: z · 100 · √((p + d − (p − d)²)/n)
  Interval adjustedWald;        // points, centred on the adjusted score, within −100…100
  double adjustedScore = 0.0;   // 100 (p′ − d′) with p′ = (P + ¾)/(n + 3), d′ = (D + ¾)/(n + 3)
  double adjustedStandardError = 0.0;  // points
  std::uint64_t n = 0;
};

Estimate<NpsResult> nps(const NpsCounts& counts, double z = kZ95);

struct NpsComparison {
  double difference = 0.0;     // scoreA − scoreB, points
  double standardError = 0.0;  // of the difference of the adjusted scores: √(SE′A² + SE′B²)
  double z = 0.0;              // (adjustedA − adjustedB) / standardError
  double pValue = 1.0;         // two-sided
  bool significant = false;
};

// Period A against period B with MeasuringU's adjusted-Wald test, which keeps a sensible standard
// error when a period has no detractors or no promoters. Insufficient when either period is empty.
Estimate<NpsComparison> npsDifference(const NpsCounts& a, const NpsCounts& b, double confidence = 0.95);

} // namespace carescore
