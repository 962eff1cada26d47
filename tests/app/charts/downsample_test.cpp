#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "app/charts/downsample.h"

using namespace carescore::charts;

TEST_SUITE("app/charts") {

TEST_CASE("M4 keeps first, min, max and last of each pixel column, in data order") {
  // 12 points, x = index, 3 columns over [0, 12): column k holds x in [4k, 4k+4).
  //   column 0: y 5 1 9 4  → first 0, min 1, max 2, last 3
  //   column 1: y 2 2 2 2  → first 4, min 4 = max 4, last 7 → 4, 7
  //   column 2: y 7 8 0 3  → first 8, max 9, min 10, last 11
  const std::vector<double> y = {5, 1, 9, 4, 2, 2, 2, 2, 7, 8, 0, 3};
  std::vector<std::uint32_t> out;
  m4Indices({}, y, 0, 12, 3, out);
  CHECK(out == std::vector<std::uint32_t>{0, 1, 2, 3, 4, 7, 8, 9, 10, 11});
}

TEST_CASE("M4 with explicit x, gaps and points outside the range") {
  // Columns of width 10 over [0, 20). NaN at index 2 is a gap; x = 25 is outside.
  const std::vector<double> x = {0, 3, 5, 9, 12, 25};
  const std::vector<double> y = {1, 4, NAN, 2, 6, 9};
  std::vector<std::uint32_t> out;
  m4Indices(x, y, 0, 20, 2, out);
  // column 0: indices 0,1,3 (first 0, min 0, max 1, last 3); column 1: index 4 alone.
  CHECK(out == std::vector<std::uint32_t>{0, 1, 3, 4});
}

TEST_CASE("a million points become at most four per pixel column") {
  constexpr std::size_t kPoints = 1'000'000;
  constexpr int kWidth = 1200;
  std::vector<double> y(kPoints);
  for (std::size_t i = 0; i < kPoints; ++i) y[i] = std::sin(static_cast<double>(i) * 0.001) + static_cast<double>(i % 97) * 0.01;
  std::vector<std::uint32_t> out;
  m4Indices({}, y, 0, static_cast<double>(kPoints - 1), kWidth, out);
  CHECK(out.size() <= 4u * kWidth);
  CHECK(out.size() >= 2u * kWidth);  // every column has at least first and last distinct here
  CHECK(out.front() == 0);
  CHECK(out.back() == kPoints - 1);
  // The global extremes survive the reduction.
  double maxAll = -1e9, maxKept = -1e9;
  for (double v : y) maxAll = std::fmax(maxAll, v);
  for (std::uint32_t i : out) maxKept = std::fmax(maxKept, y[i]);
  CHECK(maxKept == maxAll);
}

TEST_CASE("M4 on nothing gives nothing") {
  std::vector<std::uint32_t> out = {1, 2};
  m4Indices({}, {}, 0, 1, 10, out);
  CHECK(out.empty());
  const std::vector<double> y = {1, 2};
  m4Indices({}, y, 0, 1, 0, out);
  CHECK(out.empty());
}

}
