#include <doctest/doctest.h>

#include "core/stats/nps.h"

using namespace carescore;
using doctest::Approx;

TEST_SUITE("core/stats") {

TEST_CASE("nps: score, margin of error and adjusted-Wald interval") {
  // vendors.md §5.1 worked number: n = 200, p = 0.50, d = 0.20 → NPS 30, margin ±10.8:
  // var = (0.5 + 0.2 − 0.3²)/200 = 0.00305, 1.96 · 100 · √0.00305 = 10.824.
  const auto r = nps({100, 60, 40});
  REQUIRE(r.ok());
  CHECK(r.value->n == 200);
  CHECK(r.value->score == Approx(30.0));
  CHECK(r.value->marginOfError == Approx(10.82425489).epsilon(1e-9));
  // Adjusted Wald: n′ = 203, p′ = 100.75/203, d′ = 40.75/203 → 29.5567 ± 1.96 · 5.4803.
  CHECK(r.value->adjustedScore == Approx(29.55665025).epsilon(1e-9));
  CHECK(r.value->adjustedStandardError == Approx(5.480304087).epsilon(1e-9));
  CHECK(r.value->adjustedWald.low == Approx(18.81545161).epsilon(1e-9));
  CHECK(r.value->adjustedWald.high == Approx(40.29784888).epsilon(1e-9));

  // All promoters: the plain margin collapses to 0, the adjusted interval does not and stays ≤ 100.
  const auto all = nps({10, 0, 0});
  CHECK(all.value->score == 100.0);
  CHECK(all.value->marginOfError == 0.0);
  CHECK(all.value->adjustedWald.high == 100.0);
  CHECK(all.value->adjustedWald.low < 90.0);
  CHECK(nps({0, 3, 0}).value->score == 0.0);
  CHECK(nps({}).insufficient == InsufficientData{0, 1});
}

TEST_CASE("nps: comparing two periods") {
  // A = 100/60/40 (NPS 30), B = 80/70/50 (NPS 15): SE of the adjusted difference 7.8018, z = 1.8942,
  // p = 0.0582 (mpmath): a 15-point rise that is not significant at 95% with 200 answers each.
  const auto r = npsDifference({100, 60, 40}, {80, 70, 50});
  REQUIRE(r.ok());
  CHECK(r.value->difference == Approx(15.0));
  CHECK(r.value->standardError == Approx(7.801819099).epsilon(1e-9));
  CHECK(r.value->z == Approx(1.894215302).epsilon(1e-9));
  CHECK(r.value->pValue == Approx(0.0581964378).epsilon(1e-8));
  CHECK_FALSE(r.value->significant);
  // Ten times the answers, same shares: now significant.
  const auto big = npsDifference({1000, 600, 400}, {800, 700, 500});
  CHECK(big.value->significant);
  CHECK(big.value->pValue < 1e-8);
  CHECK_FALSE(npsDifference({}, {1, 0, 0}).ok());
}

}
