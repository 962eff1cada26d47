#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "core/stats/mann_whitney.h"

using namespace carescore;
using doctest::Approx;

TEST_SUITE("core/stats") {

// The NAG Library's published example for g08amc / g08ahf (Mann-Whitney U): two groups of 16 and
// 23, U = 86, normal statistic −2.8039 with ties (−2.7838 without), one-sided tail 0.0025 (0.0027).
TEST_CASE("mann-whitney: NAG's example, with and without ties") {
  const std::vector<double> tiedA = {13, 6, 12, 7, 12, 7, 10, 7, 10, 7, 16, 7, 10, 8, 9, 8};
  const std::vector<double> tiedB = {17, 6, 10, 8, 15, 8, 15, 10, 15, 10, 14, 10, 14, 11, 14, 11, 13, 12, 13, 12, 13, 12, 12};
  auto r = mannWhitneyU(tiedA, tiedB);
  REQUIRE(r.ok());
  CHECK(r.value->uA == 86.0);
  CHECK(r.value->uB == 16.0 * 23.0 - 86.0);
  CHECK(r.value->z == Approx(-2.8039).epsilon(0.00002));
  CHECK(r.value->pValue / 2.0 == Approx(0.0025).epsilon(0.02));
  CHECK(r.value->pValue == Approx(0.0050488458).epsilon(1e-7));  // mpmath: erfc(2.8039007/√2)
  CHECK(r.value->significant);

  const std::vector<double> a = {13.0, 5.8, 11.7, 6.5, 12.3, 6.7, 9.2, 6.9, 10.0, 7.3, 16.0, 7.0, 10.5, 8.5, 9.0, 7.5};
  const std::vector<double> b = {17.0, 6.2, 10.1, 8.0, 15.3, 8.2, 15.0, 9.6, 14.9, 10.4, 14.2, 9.8,
                                 13.8, 11.0, 14.0, 11.1, 12.9, 11.6, 12.8, 12.0, 13.1, 12.4, 11.9};
  r = mannWhitneyU(a, b);
  CHECK(r.value->uA == 86.0);
  CHECK(r.value->z == Approx(-2.7838).epsilon(0.00002));
  CHECK(r.value->pValue / 2.0 == Approx(0.0027).epsilon(0.02));
  // Without the continuity correction: (86 − 184)/√(16·23·40/12) = −2.7981.
  r = mannWhitneyU(a, b, {.continuityCorrection = false});
  CHECK(r.value->z == Approx(-2.7980972).epsilon(1e-7));
}

TEST_CASE("mann-whitney: hand-computed small case, symmetry and degenerate input") {
  // A = {1, 2}, B = {3, 4, 5}: A's ranks 1 + 2 = 3, uA = 3 − 3 = 0; every B is larger.
  const std::vector<double> a = {1, 2};
  const std::vector<double> b = {3, 4, 5};
  auto r = mannWhitneyU(a, b, {.continuityCorrection = false});
  CHECK(r.value->uA == 0.0);
  CHECK(r.value->probabilityAGreater == 0.0);
  // σ² = 2·3/12·6 = 3, z = (0 − 3)/√3 = −1.7320508.
  CHECK(r.value->z == Approx(-1.7320508076).epsilon(1e-9));
  const auto swapped = mannWhitneyU(b, a, {.continuityCorrection = false});
  CHECK(swapped.value->z == Approx(1.7320508076).epsilon(1e-9));
  CHECK(swapped.value->pValue == Approx(r.value->pValue));
  // All values equal: no evidence either way.
  const std::vector<double> same = {5, 5, 5};
  r = mannWhitneyU(same, same);
  CHECK(r.value->z == 0.0);
  CHECK(r.value->pValue == 1.0);
  // NaN and infinity are left out; an empty side is insufficient.
  const std::vector<double> dirty = {1, std::nan(""), 2, std::numeric_limits<double>::infinity()};
  CHECK(mannWhitneyU(dirty, b).value->nA == 2);
  CHECK(mannWhitneyU({}, b).insufficient == InsufficientData{0, 1});
}

TEST_CASE("mann-whitney: sorted and shuffled samples, ties across both, give the same U bit for bit") {
  // A = {1, 2, 2, 5}, B = {2, 3, 5}: pooled 1 2 2 2 3 5 5 → ranks 1, 3, 3, 3, 5, 6.5, 6.5.
  // Rank sum of A = 1 + 3 + 3 + 6.5 = 13.5; uA = 13.5 − 4·5/2 = 3.5; ties (3: 24, 2: 6) → Σ(t³ − t) = 30.
  const std::vector<double> sortedA = {1, 2, 2, 5}, sortedB = {2, 3, 5};
  const std::vector<double> shuffledA = {5, 2, 1, 2}, shuffledB = {5, 2, 3};
  const auto sorted = mannWhitneyU(sortedA, sortedB);
  const auto shuffled = mannWhitneyU(shuffledA, shuffledB);
  REQUIRE(sorted.value);
  REQUIRE(shuffled.value);
  CHECK(sorted.value->uA == 3.5);
  CHECK(sorted.value->uB == 8.5);  // 4·3 − 3.5
  CHECK(shuffled.value->uA == sorted.value->uA);
  CHECK(shuffled.value->z == sorted.value->z);
  // σ² = 12/12 · (8 − 30/42) = 7.2857…; z = (3.5 − 6 + 0.5)/σ = −2/2.6992 = −0.74096.
  CHECK(sorted.value->z == Approx(-2.0 / std::sqrt(8.0 - 30.0 / 42.0)));
}


TEST_CASE("mannWhitneyU: sorted samples give the unsorted samples' result") {
  std::uint64_t state = 3;
  std::vector<double> a(5000), b(4000);
  for (std::vector<double>* sample : {&a, &b})
    for (double& v : *sample) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      v = static_cast<double>((state >> 33) % 600) + (sample == &a ? 7 : 0);  // many ties, A a little larger
    }
  a[17] = std::numeric_limits<double>::quiet_NaN();  // left out either way
  const auto unsorted = mannWhitneyU(a, b);
  std::vector<double> sortedA(a.begin(), a.end()), sortedB(b.begin(), b.end());
  std::erase_if(sortedA, [](double v) { return std::isnan(v); });
  std::sort(sortedA.begin(), sortedA.end());
  std::sort(sortedB.begin(), sortedB.end());
  const auto sorted = mannWhitneyU(sortedA, sortedB);
  REQUIRE(unsorted.value);
  REQUIRE(sorted.value);
  CHECK(unsorted.value->nA == 4999);
  CHECK(sorted.value->uA == unsorted.value->uA);
  CHECK(sorted.value->z == unsorted.value->z);
  CHECK(sorted.value->pValue == unsorted.value->pValue);
  CHECK(unsorted.value->probabilityAGreater > 0.5);
}

}
