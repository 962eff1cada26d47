// "Insufficient data": what a statistic returns instead of a number when its sample is too small,
// and the minimum sample sizes the metrics apply (data, not logic scattered in code).
#pragma once
#include <cstdint>
#include <optional>

namespace carescore {

struct InsufficientData {
  std::uint64_t have = 0;  // the n there is
  std::uint64_t need = 0;  // the n it takes
  friend bool operator==(const InsufficientData&, const InsufficientData&) = default;
};

// A statistic's value, or why there is none.
template <class T>
struct Estimate {
  std::optional<T> value;
  InsufficientData insufficient;  // meaningful when there is no value

  static Estimate of(T result) { return {std::move(result), {}}; }
  static Estimate lacking(std::uint64_t have, std::uint64_t need) { return {std::nullopt, {have, need}}; }
  bool ok() const { return value.has_value(); }
};

// Below these a metric says "insufficient data (n = have, needs need)". The functions in stats/
// compute from n = 1 (or 2) on; these are the product's policy on top of them.
struct MinimumSamples {
  std::uint64_t rate = 10;               // a rate and its Wilson interval
  std::uint64_t nps = 30;                // NPS answers; below 30 the 95% margin exceeds ±25 points
  std::uint64_t durationPercentile = 10; // p90 of fewer than 10 values is an interpolated maximum
  std::uint64_t expectedCount = 5;       // two-proportion test: n·p̂ and n·(1−p̂) pooled, each period
  std::uint64_t rankTestGroup = 8;       // Mann-Whitney normal approximation, each period
};

inline std::optional<InsufficientData> shortfall(std::uint64_t have, std::uint64_t need) {
  if (have >= need) return std::nullopt;
  return InsufficientData{have, need};
}

} // namespace carescore
