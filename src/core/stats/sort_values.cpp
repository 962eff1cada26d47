// LSD radix sort over the order keys, 11 bits a pass, only over the bits where the keys differ:
// whole-second durations leave the low mantissa bits zero and share the sign and most of the
// exponent, so most passes are skipped. Short inputs go to std::sort.
#include "core/stats/sort_values.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
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
  // Two arrays of keys, passed back and forth: one allocated and left unzeroed (every slot is
  // written before it is read), the other the values' own storage, read and written as key bits.
  std::unique_ptr<std::uint64_t[]> buffer(new std::uint64_t[n]);
  std::uint64_t all = ~std::uint64_t{0}, any = 0;
  for (std::size_t i = 0; i < n; ++i) {
    buffer[i] = orderKey(values[i]);
    all &= buffer[i];
    any |= buffer[i];
  }
  const std::uint64_t differing = all ^ any;
  if (differing == 0) return;  // one value throughout (±0 differ)
  const auto loadKey = [&](std::size_t i) {
    std::uint64_t key;
    std::memcpy(&key, &values[i], sizeof key);
    return key;
  };
  const auto storeKey = [&](std::size_t i, std::uint64_t key) { std::memcpy(&values[i], &key, sizeof key); };
  const int lowest = std::countr_zero(differing);
  const int highest = 64 - std::countl_zero(differing);  // one past the highest differing bit
  std::vector<std::size_t> start(kBuckets);
  bool inBuffer = true;
  for (int shift = lowest; shift < highest; shift += kDigitBits, inBuffer = !inBuffer) {
    std::fill(start.begin(), start.end(), 0);
    const auto digit = [&](std::uint64_t key) { return (key >> shift) & (kBuckets - 1); };
    std::size_t at = 0;
    if (inBuffer) {
      for (std::size_t i = 0; i < n; ++i) ++start[digit(buffer[i])];
      for (std::size_t& s : start) at += std::exchange(s, at);
      for (std::size_t i = 0; i < n; ++i) storeKey(start[digit(buffer[i])]++, buffer[i]);
    } else {
      for (std::size_t i = 0; i < n; ++i) ++start[digit(loadKey(i))];
      for (std::size_t& s : start) at += std::exchange(s, at);
      for (std::size_t i = 0; i < n; ++i) buffer[start[digit(loadKey(i))]++] = loadKey(i);
    }
  }
  for (std::size_t i = 0; i < n; ++i) values[i] = fromOrderKey(inBuffer ? buffer[i] : loadKey(i));
}

} // namespace carescore
