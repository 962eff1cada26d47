#include <doctest/doctest.h>

#include "core/stats/normal.h"
#include "core/stats/proportion.h"

using namespace carescore;
using doctest::Approx;

TEST_SUITE("core/stats") {

TEST_CASE("normal distribution: CDF, p-values and quantiles") {
  CHECK(normalCdf(0.0) == Approx(0.5));
  CHECK(normalCdf(1.959963984540054) == Approx(0.975).epsilon(1e-12));
  CHECK(twoSidedPValue(-1.959963984540054) == Approx(0.05).epsilon(1e-12));
  CHECK(zForConfidence(0.95) == Approx(kZ95).epsilon(1e-14));
  CHECK(zForConfidence(0.90) == Approx(1.6448536269514722).epsilon(1e-13));
  CHECK(normalQuantile(1e-10) == Approx(-6.361340902404056).epsilon(1e-12));
  CHECK(normalQuantile(0.3) == Approx(-0.5244005127080407).epsilon(1e-13));
}

// Published values: Newcombe (1998), "Two-sided confidence intervals for the single proportion:
// comparison of seven methods", Statistics in Medicine 17:857–872, Table II, method 3 (score).
TEST_CASE("wilson: Newcombe's published score intervals") {
  const auto check = [](std::uint64_t x, std::uint64_t n, double low, double high) {
    const auto r = wilson(x, n);
    REQUIRE(r.ok());
    CHECK(r.value->interval.low == Approx(low).epsilon(0.0001 / low + 1e-9));
    CHECK(r.value->interval.high == Approx(high).epsilon(0.0001));
  };
  check(81, 263, 0.2553, 0.3662);
  check(15, 148, 0.0624, 0.1605);
  check(1, 29, 0.0061, 0.1718);
  const auto zero = wilson(0, 20);
  CHECK(zero.value->interval.low == 0.0);  // exactly 0, never a rounding −1e−17
  CHECK(zero.value->interval.high == Approx(0.1611).epsilon(0.0005));
  // vendors.md §5.2 check: 45/50 → [0.786, 0.957].
  const auto r = wilson(45, 50);
  CHECK(r.value->rate == 0.9);
  CHECK(r.value->interval.low == Approx(0.7863976856).epsilon(1e-9));
  CHECK(r.value->interval.high == Approx(0.9565242351).epsilon(1e-9));
  CHECK(wilson(29, 29).value->interval.high == 1.0);
  CHECK(wilson(0, 0).insufficient == InsufficientData{0, 1});
  CHECK_FALSE(wilson(0, 0).ok());
}

// Newcombe (1998), "Interval estimation for the difference between independent proportions:
// comparison of eleven methods", Statistics in Medicine 17:873–890, Table II, method 10.
TEST_CASE("two proportions: Newcombe's hybrid score interval and the pooled z-test") {
  auto r = twoProportionTest(56, 70, 48, 80);
  REQUIRE(r.ok());
  CHECK(r.value->difference == Approx(0.2));
  CHECK(r.value->interval.low == Approx(0.0524).epsilon(0.001));
  CHECK(r.value->interval.high == Approx(0.3339).epsilon(0.0003));
  r = twoProportionTest(9, 10, 3, 10);
  CHECK(r.value->interval.low == Approx(0.1705).epsilon(0.0003));
  CHECK(r.value->interval.high == Approx(0.8090).epsilon(0.0001));
  // 45/50 against 30/50: pooled p = 0.75, SE = √(0.75·0.25·(2/50)) = 0.0866, z = 0.3/0.0866 = 3.4641,
  // p = 0.000532 (mpmath).
  r = twoProportionTest(45, 50, 30, 50);
  CHECK(r.value->z == Approx(3.464101615).epsilon(1e-9));
  CHECK(r.value->pValue == Approx(0.0005320055051).epsilon(1e-8));
  CHECK(r.value->significant);
  r = twoProportionTest(10, 20, 11, 20);
  CHECK_FALSE(r.value->significant);
  CHECK(r.value->z < 0);
  CHECK(twoProportionTest(20, 20, 10, 10).value->pValue == 1.0);  // both 100%: no difference, SE 0
  CHECK_FALSE(twoProportionTest(1, 0, 3, 10).ok());
}

}
