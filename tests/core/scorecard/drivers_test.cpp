// Drivers ranked from their candidates: shortfall × records against a target, per split. Not the
// search of segments (splitBy, tested in metrics/); the whole path is in scorecard_test.cpp.
#include <doctest/doctest.h>

#include "core/scorecard/drivers.h"

using namespace carescore;

TEST_SUITE("core/scorecard") {

TEST_CASE("drivers: candidates ranked against a target, per split, by shortfall times records") {
  // Target ≥ 90. Agent a: 80 over 10 records → shortfall 10, weight 100; b: 85 over 40 → 5, 200;
  // c: 95 meets it → 0. Team x: 70 over 5 → 20, 100. Agent total 300: b 200/300, a 100/300.
  const std::vector<DriverCandidate> candidates = {
      {"agent", "a", "A", 10, 80}, {"agent", "b", "B", 40, 85}, {"agent", "c", "C", 50, 95}, {"team", "x", "X", 5, 70}};
  Target atLeast90;
  atLeast90.value = 90;
  const std::vector<Driver> drivers = rankDrivers(candidates, atLeast90, 3);
  REQUIRE(drivers.size() == 3);
  CHECK(drivers[0].key == "b");
  CHECK(drivers[0].weight == doctest::Approx(200));
  CHECK(drivers[0].share == doctest::Approx(200.0 / 300));
  CHECK(drivers[1].key == "a");
  CHECK(drivers[1].shortfall == doctest::Approx(10));
  CHECK(drivers[1].share == doctest::Approx(100.0 / 300));
  CHECK(drivers[2].split == "team");
  CHECK(drivers[2].share == doctest::Approx(1));

  // A target of 80 (the same candidates, a change of standard): a, b, c meet it; only x (10 × 5).
  Target atLeast80;
  atLeast80.value = 80;
  const std::vector<Driver> fewer = rankDrivers(candidates, atLeast80, 1);
  REQUIRE(fewer.size() == 1);
  CHECK(fewer[0].key == "x");
  CHECK(fewer[0].weight == doctest::Approx(50));
}

} // TEST_SUITE
