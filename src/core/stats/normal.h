// The standard normal distribution: what every interval and test here rests on.
#pragma once

namespace carescore {

inline constexpr double kZ95 = 1.959963984540054;  // two-sided 95%

double normalCdf(double z);
double twoSidedPValue(double z);       // P(|Z| ≥ |z|)
double normalQuantile(double p);       // inverse of normalCdf, p in (0, 1)
double zForConfidence(double level);   // two-sided: 0.95 → 1.959964

} // namespace carescore
