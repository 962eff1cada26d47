#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "core/stats/order_key.h"
#include "core/stats/sort_values.h"

using namespace carescore;

namespace {

// Equal as bits, so that -0.0 and +0.0 are told apart.
bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

} // namespace

TEST_SUITE("core/stats") {

TEST_CASE("order keys: ascending with the doubles, and back") {
  const double inf = std::numeric_limits<double>::infinity();
  const std::vector<double> ascending = {-inf, -1e300, -2.5, -1.0, -std::numeric_limits<double>::denorm_min(), -0.0, 0.0,
                                         std::numeric_limits<double>::denorm_min(), 1.0, 1.5, 86400.0, 1e300, inf};
  for (std::size_t i = 0; i + 1 < ascending.size(); ++i) CHECK(orderKey(ascending[i]) < orderKey(ascending[i + 1]));
  std::vector<double> back;
  for (const double v : ascending) back.push_back(fromOrderKey(orderKey(v)));
  CHECK(sameBits(back, ascending));
}

TEST_CASE("sortAscending: a hand-checked short sample") {
  std::vector<double> values = {35, -2, 0.5, 35, 1e9};
  sortAscending(values);
  CHECK(values == std::vector<double>{-2, 0.5, 35, 35, 1e9});
}

TEST_CASE("sortAscending: the radix path gives std::sort's order on every shape") {
  // Whole seconds (few differing bits), negatives and both zeros, one value throughout, values
  // spread over many magnitudes, and infinities; sizes around the radix threshold and well above.
  std::uint64_t state = 11;
  const auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
  };
  const double inf = std::numeric_limits<double>::infinity();
  int mismatches = 0;
  for (const std::size_t n : {std::size_t{1023}, std::size_t{1024}, std::size_t{5000}, std::size_t{300001}})
    for (int shape = 0; shape < 5; ++shape) {
      std::vector<double> values(n);
      for (double& v : values) {
        const double u = static_cast<double>(next() % 100000);
        v = shape == 0 ? u : shape == 1 ? u / 4.0 - 12500.0 : shape == 2 ? 42.0 : std::exp(u / 3000.0) * (next() % 2 ? 1 : -1);
      }
      if (shape == 1) values[7] = -0.0, values[9] = 0.0, values[11] = -0.0;
      if (shape == 4) values[3] = inf, values[5] = -inf;
      std::vector<double> expected = values;
      std::sort(expected.begin(), expected.end());
      // std::sort leaves equal values in any order; ±0 compare equal, so place -0.0 first as the radix does.
      std::stable_partition(expected.begin(), expected.end(), [](double v) { return v < 0 || (v == 0 && std::signbit(v)); });
      sortAscending(values);
      if (!sameBits(values, expected)) ++mismatches;
    }
  CHECK(mismatches == 0);
}

} // TEST_SUITE
