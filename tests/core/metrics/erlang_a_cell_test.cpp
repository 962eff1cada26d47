// The closed-form Erlang A of the staffing table against the reference integration of
// stats/erlang_a.h: every result field on a grid of loads, and the agent counts exactly.
#include <doctest/doctest.h>

#include <cmath>

#include "core/metrics/erlang_a_cell.h"

using namespace carescore;

namespace {

struct Case {
  QueueLoad load;
  double patienceSeconds;
};

// Light and heavy traffic, short and long patience, T = 0 and T longer than any wait, tiny loads.
constexpr Case kCases[] = {
    {{200, 180, 20}, 300},  {{360, 240, 20}, 300},       {{852, 423, 120}, 397}, {{99, 463, 120}, 397},
    {{1800, 300, 20}, 600}, {{10, 600, 60}, 30},         {{5000, 60, 0}, 120},   {{120, 900, 3600}, 1800},
    {{0.5, 200, 30}, 90},   {{2000, 420, 15}, 5}};

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("Erlang A cell: the series give what the reference integration gives") {
  // For each case, agent counts from heavy overload (a fifth of the load) to light traffic (twice it).
  for (const Case& c : kCases) {
    ErlangACell cell(c.load, c.patienceSeconds);
    const int traffic = static_cast<int>(std::ceil(c.load.trafficErlangs()));
    for (int agents = std::max(1, traffic / 5); agents <= 2 * traffic + 3; agents += std::max(1, traffic / 7)) {
      CAPTURE(c.load.arrivalsPerHour);
      CAPTURE(agents);
      const auto reference = erlangA(c.load, c.patienceSeconds, agents);
      const auto fast = cell.at(agents);
      REQUIRE(reference);
      REQUIRE(fast);
      CHECK(fast->agents == reference->agents);
      CHECK(fast->trafficErlangs == reference->trafficErlangs);
      // Probabilities to 1e-10 absolute; times to 1e-9 relative (the integration's own error is near 1e-12).
      CHECK(std::fabs(fast->serviceLevel - reference->serviceLevel) < 1e-10);
      CHECK(std::fabs(fast->abandonProbability - reference->abandonProbability) < 1e-10);
      CHECK(std::fabs(fast->waitProbability - reference->waitProbability) < 1e-10);
      CHECK(std::fabs(fast->occupancy - reference->occupancy) < 1e-10 * std::max(1.0, reference->occupancy));
      CHECK(std::fabs(fast->asaSeconds - reference->asaSeconds) <= 1e-9 * std::max(1.0, reference->asaSeconds));
      CHECK(std::fabs(fast->averageWaitSeconds - reference->averageWaitSeconds) <= 1e-9 * std::max(1.0, reference->averageWaitSeconds));
    }
  }
}

TEST_CASE("Erlang A cell: agents needed are the one-by-one search's") {
  for (const Case& c : kCases)
    for (const double level : {0.5, 0.8, 0.9, 0.95})
      for (const double maxAbandon : {1.0, 0.05}) {
        CAPTURE(c.load.arrivalsPerHour);
        CAPTURE(level);
        CAPTURE(maxAbandon);
        ErlangACell cell(c.load, c.patienceSeconds);
        const auto reference = agentsForServiceLevelA(c.load, c.patienceSeconds, {level, maxAbandon});
        const auto fast = cell.agentsNeeded({level, maxAbandon});
        REQUIRE(reference.has_value() == fast.has_value());
        if (reference) CHECK(*fast == reference->agents);
      }
}

TEST_CASE("Erlang A cell: loads the reference integration takes minutes over") {
  // 300 Erlang with 10-minute patience, and hour-long calls with patience of 83 minutes: the adaptive
  // integration of stats/erlang_a.cpp does not finish these in 20 s per agent count. The series do;
  // more agents answer more within T and lose fewer callers, and Erlang A staffs no more than Erlang C.
  for (const Case& c : {Case{{3600, 300, 20}, 600}, Case{{60, 3600, 10}, 5000}}) {
    CAPTURE(c.load.arrivalsPerHour);
    ErlangACell cell(c.load, c.patienceSeconds);
    double lastLevel = -1, lastAbandon = 2;
    for (int agents = 1; agents <= 400; ++agents) {
      const auto result = cell.at(agents);
      REQUIRE(result);
      CHECK(result->serviceLevel >= lastLevel - 1e-12);
      CHECK(result->abandonProbability <= lastAbandon + 1e-12);
      CHECK(result->serviceLevel <= 1.0 + 1e-12);
      lastLevel = result->serviceLevel;
      lastAbandon = result->abandonProbability;
    }
    const auto needed = cell.agentsNeeded({0.8, 1.0});
    const auto erlangCNeeded = agentsForServiceLevel(c.load, {0.8, 1.0});
    REQUIRE(needed);
    REQUIRE(erlangCNeeded);
    CHECK(*needed <= erlangCNeeded->agents);
    CHECK(cell.at(*needed)->serviceLevel >= 0.8);
    CHECK(cell.at(*needed - 1)->serviceLevel < 0.8);
  }
}

TEST_CASE("Erlang A cell: the inputs the reference refuses, and no arrivals") {
  ErlangACell cell({100, 180, 20}, 60);
  CHECK_FALSE(cell.at(0));
  CHECK_FALSE(cell.at(10'001));
  CHECK_FALSE(ErlangACell({100, 180, 20}, 0).at(5));
  CHECK_FALSE(ErlangACell({100, 180, 20}, NAN).at(5));
  CHECK_FALSE(ErlangACell({-1, 180, 20}, 60).at(5));
  CHECK_FALSE(ErlangACell({100, 180, 20}, 0).agentsNeeded({0.8, 1.0}));
  CHECK_FALSE(ErlangACell({3600, 180, 20}, 1e6).at(5));  // λ × patience = 1,000,000: beyond the series' reach
  const auto idle = ErlangACell({0, 180, 20}, 60).at(3);  // nobody calls: everyone (nobody) is answered at once
  REQUIRE(idle);
  CHECK(idle->serviceLevel == 1.0);
  CHECK(idle->abandonProbability == 0.0);
}

}
