#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <span>
#include <vector>

#include "core/stats/percentile.h"

using namespace carescore;
using doctest::Approx;

TEST_SUITE("core/stats") {

TEST_CASE("percentiles: R-7 = Excel PERCENTILE.INC on a hand-computed case") {
  // Sorted: 15 20 35 40 50. p90: h = 4·0.9 = 3.6 → 40 + 0.6·(50 − 40) = 46. Median: h = 2 → 35.
  // p25: h = 1 → 20. p10: h = 0.4 → 15 + 0.4·5 = 17. (Excel: PERCENTILE.INC({15,20,35,40,50},0.9) = 46.)
  std::vector<double> values = {50, 15, 40, 20, 35};
  const double q[] = {0.5, 0.9, 0.25, 0.1, 1.0, 0.0, 0.9};
  const std::vector<double> r = percentiles(values, q);
  CHECK(r[0] == 35.0);
  CHECK(r[1] == Approx(46.0));
  CHECK(r[2] == 20.0);
  CHECK(r[3] == Approx(17.0));
  CHECK(r[4] == 50.0);
  CHECK(r[5] == 15.0);
  CHECK(r[6] == Approx(46.0));
  CHECK(percentiles(values, std::vector<double>{}).empty());
  std::vector<double> one = {7};
  CHECK(percentiles(one, q)[1] == 7.0);
}

TEST_CASE("percentiles: match a full sort on many sizes and quantiles") {
  std::uint64_t state = 99;
  int mismatches = 0;
  for (std::size_t n = 1; n < 300; n += 7) {
    std::vector<double> values(n);
    for (double& v : values) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      v = static_cast<double>(state >> 44) / 16.0;  // many ties
    }
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const double q[] = {0.99, 0.9, 0.75, 0.5, 0.5, 0.25, 0.01};
    const std::vector<double> r = percentiles(values, q);
    for (std::size_t i = 0; i < std::size(q); ++i) {
      const double h = static_cast<double>(n - 1) * q[i];
      const auto lo = static_cast<std::size_t>(h);
      const double expected = sorted[lo] + (h - static_cast<double>(lo)) * (sorted[std::min(lo + 1, n - 1)] - sorted[lo]);
      if (std::fabs(r[i] - expected) > 1e-9) ++mismatches;
    }
  }
  CHECK(mismatches == 0);
}

namespace {

// How many of `q`'s percentiles of `values` differ from R-7 read off a full sort.
int mismatchesWithSort(std::vector<double> values, std::span<const double> q) {
  const std::size_t n = values.size();
  std::vector<double> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  const std::vector<double> r = percentiles(values, q);
  int mismatches = 0;
  for (std::size_t i = 0; i < q.size(); ++i) {
    const double h = static_cast<double>(n - 1) * q[i];
    const auto lo = static_cast<std::size_t>(h);
    const double expected = sorted[lo] + (h - static_cast<double>(lo)) * (sorted[std::min(lo + 1, n - 1)] - sorted[lo]);
    if (std::fabs(r[i] - expected) > 1e-9 * std::max(1.0, std::fabs(expected))) ++mismatches;
  }
  return mismatches;
}

} // namespace

TEST_CASE("percentiles: large inputs (radix pre-selection) match a full sort") {
  // Above 4096 values the order statistics are found by a radix pass first; the results must be
  // those of a full sort: ties, negative values, zeros of both signs, one value everywhere, and a
  // spread of magnitudes that puts most values in a few buckets.
  std::uint64_t state = 7;
  const auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
  };
  const std::size_t sizes[] = {4096, 5000, 65537, 200001};
  int mismatches = 0;
  for (const std::size_t n : sizes)
    for (int shape = 0; shape < 4; ++shape) {
      std::vector<double> values(n);
      for (double& v : values) {
        const double u = static_cast<double>(next() % 100000);
        v = shape == 0 ? u / 8.0 : shape == 1 ? u - 50000.0 : shape == 2 ? 42.0 : std::exp(u / 10000.0) * (next() % 2 ? 1 : -1);
      }
      if (shape == 1) values[3] = -0.0;
      const double q[] = {0.0, 0.01, 0.25, 0.5, 0.9, 0.99, 1.0, 0.123456};
      mismatches += mismatchesWithSort(std::move(values), q);
    }
  CHECK(mismatches == 0);
}

TEST_CASE("percentiles: whole numbers (counts, whole seconds) are counted, with a sort's results") {
  // Counts of replies put most values on a few numbers; whole seconds spread to the largest value
  // counted (65,535). Just past it, a fraction in the last block, or a −0 (sorted before 0) take
  // the radix path instead; the results are a sort's either way.
  const double q[] = {0.0, 0.01, 0.25, 0.5, 0.5, 0.9, 0.99, 1.0, 0.123456};
  // 10,000 counts: sorted, ranks 0–1 hold 0, 2–4 hold 1, 5–9996 hold 2, then 3, 7 and 40.
  std::vector<double> counts = {3, 0, 1, 1, 2, 7, 1, 0};
  counts.resize(10000, 2.0);
  counts[9999] = 40;
  const double hand[] = {0.0, 0.0003, 0.0005, 0.9998, 1.0};
  const std::vector<double> r = percentiles(counts, hand);
  CHECK(r[0] == 0.0);
  CHECK(r[1] == 1.0);                  // h = 2.9997: ranks 2 and 3, both 1
  CHECK(r[2] == Approx(1.9995));       // h = 4.9995: 1 + 0.9995 · (2 − 1)
  CHECK(r[3] == Approx(3.0008));       // h = 9997.0002: 3 + 0.0002 · (7 − 3)
  CHECK(r[4] == 40.0);
  std::uint64_t state = 11;
  const auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
  };
  int mismatches = 0;
  for (int shape = 0; shape < 5; ++shape) {
    std::vector<double> values(70000);
    for (double& v : values) v = shape == 0 ? static_cast<double>(next() % 7) : static_cast<double>(next() % 65536);
    if (shape == 2) values.back() = 65536;
    if (shape == 3) values.back() = 17.5;
    if (shape == 4) values[5] = -0.0;
    mismatches += mismatchesWithSort(std::move(values), q);
  }
  CHECK(mismatches == 0);
}

TEST_CASE("duration summary: n, mean, median, p90, min, max; non-finite values skipped") {
  // 10 waits: sorted 2 3 5 8 13 21 34 55 89 144; mean 374/10; median h = 4.5 → (13 + 21)/2 = 17;
  // p90 h = 8.1 → 89 + 0.1·55 = 94.5.
  std::vector<double> waits = {55, 3, 144, 8, 2, 89, 13, 34, 21, 5, std::nan(""), INFINITY};
  const auto s = summarizeDurations(waits);
  REQUIRE(s.ok());
  CHECK(s.value->n == 10);
  CHECK(s.value->skipped == 2);
  CHECK(s.value->mean == Approx(37.4));
  CHECK(s.value->median == Approx(17.0));
  CHECK(s.value->p90 == Approx(94.5));
  CHECK(s.value->min == 2.0);
  CHECK(s.value->max == 144.0);
  std::vector<double> none = {std::nan("")};
  CHECK(summarizeDurations(none).insufficient == InsufficientData{0, 1});
}

}
