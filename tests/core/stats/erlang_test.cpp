#include <doctest/doctest.h>

#include <cmath>

#include "core/stats/erlang_a.h"
#include "core/stats/erlang_c.h"

using namespace carescore;
using doctest::Approx;

TEST_SUITE("core/stats") {

// SPEC §3 / vendors.md §5.3 test vectors (pyworkforce README, R package ErlangC).
TEST_CASE("erlang C: the published test vectors") {
  const QueueLoad load{200.0, 180.0, 20.0};  // 100 calls per 30 min = 10 Erlangs
  const ErlangCResult r = erlangC(load, 14);
  CHECK(r.stable);
  CHECK(r.trafficErlangs == Approx(10.0));
  CHECK(r.occupancy == Approx(0.7142857).epsilon(1e-7));
  CHECK(r.waitProbability == Approx(0.1741319).epsilon(1e-7));
  CHECK(r.serviceLevel == Approx(0.88835).epsilon(1e-5));
  CHECK(r.asaSeconds == Approx(7.836).epsilon(1e-4));

  // 360 calls / 30 min, AHT 240 s, 55 agents, T = 15 s → A = 48, P_W 0.23870, SL 0.84588, ASA 8.18 s.
  const ErlangCResult classic = erlangC({720.0, 240.0, 15.0}, 55);
  CHECK(classic.waitProbability == Approx(0.23870).epsilon(1e-5));
  CHECK(classic.serviceLevel == Approx(0.84588).epsilon(1e-5));
  CHECK(classic.asaSeconds == Approx(8.184).epsilon(1e-3));
  CHECK(classic.occupancy == Approx(0.8727).epsilon(1e-4));
}

TEST_CASE("erlang C: staffing for a target, unstable queues, hundreds of agents") {
  const QueueLoad load{200.0, 180.0, 20.0};
  // 13 agents reach SL 0.7956 (mpmath, factorial form), 14 reach 0.8884: 80/20 needs 14 (pyworkforce: 14 raw positions).
  CHECK(erlangC(load, 13).serviceLevel == Approx(0.795594788418).epsilon(1e-10));
  const auto needed = agentsForServiceLevel(load, {0.8, 1.0});
  REQUIRE(needed.has_value());
  CHECK(needed->agents == 14);
  CHECK(agentsForServiceLevel(load, {0.8, 0.65})->agents == 16);  // occupancy 10/16 = 0.625 ≤ 0.65 < 10/15
  const ErlangCResult unstable = erlangC(load, 10);
  CHECK_FALSE(unstable.stable);
  CHECK(unstable.waitProbability == 1.0);
  CHECK(std::isinf(unstable.asaSeconds));
  // 480 Erlangs on 500 agents, checked against the factorial formula in 60-digit arithmetic.
  const ErlangCResult large = erlangC({480.0 * 3600.0 / 180.0, 180.0, 20.0}, 500);
  CHECK(large.waitProbability == Approx(0.266512519962).epsilon(1e-10));
  CHECK(large.serviceLevel == Approx(0.971118565048).epsilon(1e-10));
  CHECK(large.asaSeconds == Approx(2.39861267966).epsilon(1e-10));
  CHECK(erlangB(0, 5.0) == 1.0);
  CHECK_FALSE(agentsForServiceLevel({-1.0, 180.0, 20.0}).has_value());
  CHECK_FALSE(agentsForServiceLevel({NAN, 180.0, 20.0}).has_value());
  CHECK_FALSE(agentsForServiceLevel({1e12, 180.0, 20.0}).has_value());
}

// Independent reference: a Python script (mpmath, 80 and 140 digits, queue truncated at 150 and 200
// waiting) built the birth–death chain of M/M/n+M, took the state an arrival sees (PASTA) and, per
// queue position, the offered wait as a hypoexponential sum with rates nμ + iθ:
//   200/h, AHT 180 s, 14 agents, T 20 s, patience 120 s → P(wait) 0.12697634008,
//     P(abandon) 0.0228392865318, SL 0.932729580698, ASA (answered) 2.34537523415 s
//   300/h, AHT 180 s, 14 agents (overloaded: A = 15), patience 60 s → 0.493552485191,
//     0.166211462233, 0.69071203164, 8.46477032173 s
TEST_CASE("erlang A: against an independent birth–death computation") {
  auto r = erlangA({200.0, 180.0, 20.0}, 120.0, 14);
  REQUIRE(r.has_value());
  CHECK(r->waitProbability == Approx(0.12697634008).epsilon(1e-9));
  CHECK(r->abandonProbability == Approx(0.0228392865318).epsilon(1e-9));
  CHECK(r->serviceLevel == Approx(0.932729580698).epsilon(1e-9));
  CHECK(r->asaSeconds == Approx(2.34537523415).epsilon(1e-8));
  CHECK(r->averageWaitSeconds == Approx(0.0228392865318 * 120.0).epsilon(1e-8));  // E[W] = P(Ab)/θ
  r = erlangA({300.0, 180.0, 20.0}, 60.0, 14);
  REQUIRE(r.has_value());
  CHECK(r->waitProbability == Approx(0.493552485191).epsilon(1e-9));
  CHECK(r->abandonProbability == Approx(0.166211462233).epsilon(1e-9));
  CHECK(r->serviceLevel == Approx(0.69071203164).epsilon(1e-9));
  CHECK(r->asaSeconds == Approx(8.46477032173).epsilon(1e-8));
  CHECK(r->occupancy == Approx(300.0 / 3600.0 * (1 - 0.166211462233) * 180.0 / 14.0).epsilon(1e-9));
}

TEST_CASE("erlang A: tends to Erlang C as patience grows, and staffs fewer agents") {
  const QueueLoad load{200.0, 180.0, 20.0};
  const auto patient = erlangA(load, 1e9, 14);
  REQUIRE(patient.has_value());
  CHECK(patient->waitProbability == Approx(0.1741319).epsilon(1e-6));
  CHECK(patient->serviceLevel == Approx(0.88835).epsilon(1e-5));
  CHECK(patient->asaSeconds == Approx(7.836).epsilon(1e-3));
  const auto withA = agentsForServiceLevelA(load, 60.0, {0.8, 0.05});
  REQUIRE(withA.has_value());
  CHECK(withA->agents <= 14);
  CHECK(withA->serviceLevel >= 0.8);
  CHECK(withA->abandonProbability <= 0.05);
  const auto fewer = erlangA(load, 60.0, withA->agents - 1);
  CHECK((fewer->serviceLevel < 0.8 || fewer->abandonProbability > 0.05));
  // Hundreds of agents stay finite and sensible.
  const auto large = erlangA({480.0 * 20.0, 180.0, 20.0}, 90.0, 500);
  REQUIRE(large.has_value());
  CHECK(large->serviceLevel > 0.97);
  CHECK(large->waitProbability < 0.2665);
  CHECK_FALSE(erlangA(load, 0.0, 14).has_value());
  CHECK_FALSE(erlangA(load, 60.0, 0).has_value());
  CHECK(erlangA({0.0, 180.0, 20.0}, 60.0, 3)->serviceLevel == 1.0);
}

}
