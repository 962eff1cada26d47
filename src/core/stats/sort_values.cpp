// LSD radix sort over the order keys, 11 bits a pass, only over the bits where the keys differ:
// whole-second durations leave the low mantissa bits zero and share the sign and most of the
// exponent, so most passes are skipped. Short inputs go to std::sort.
#include "core/stats/sort_values.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/stats/order_key.h"

namespace carescore {

namespace {

constexpr std::size_t kRadixFrom = 1024;
constexpr int kDigitBits = 11;
constexpr std::size_t kBuckets = std::size_t{1} << kDigitBits;

} // namespace

void sortAscending(std::span<double> values) {
  const std::size_t n = values.size();
  if (n < kRadixFrom) {
    std::sort(values.begin(), values.end(), [](double a, double b) { return orderKey(a) < orderKey(b); });  // ±0 as below
    return;
  }
  std::vector<std::uint64_t> keys(n);
  std::uint64_t all = ~std::uint64_t{0}, any = 0;
  for (std::size_t i = 0; i < n; ++i) {
    keys[i] = orderKey(values[i]);
    all &= keys[i];
    any |= keys[i];
  }
  const std::uint64_t differing = all ^ any;
  if (differing == 0) return;  // one value throughout (but for nothing: ±0 differ)
  const int lowest = std::countr_zero(differing);
  const int highest = 64 - std::countl_zero(differing);  // one past the highest differing bit
  std::vector<std::uint64_t> out(n);
  std::vector<std::size_t> start(kBuckets);
  for (int shift = lowest; shift < highest; shift += kDigitBits) {
    std::fill(start.begin(), start.end(), 0);
    for (const std::uint64_t key : keys) ++start[(key >> shift) & (kBuckets - 1)];
    std::size_t at = 0;
    for (std::size_t& s : start) at += std::exchange(s, at);
    for (const std::uint64_t key : keys) out[start[(key >> shift) & (kBuckets - 1)]++] = key;
    keys.swap(out);
  }
  for (std::size_t i = 0; i < n; ++i) values[i] = fromOrderKey(keys[i]);
}

} // namespace carescore
