// Doubles as unsigned keys in the same order, for radix passes: negative values flipped whole,
// positive ones with the sign bit set. -0.0 comes just before +0.0; NaN has no place (callers drop it).
#pragma once
#include <cstdint>
#include <cstring>

namespace carescore {

inline std::uint64_t orderKey(double value) {
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);  // std::bit_cast is missing from Emscripten 3.1.6's libc++
  return (bits >> 63) ? ~bits : bits | (std::uint64_t{1} << 63);
}

inline double fromOrderKey(std::uint64_t key) {
  const std::uint64_t bits = (key >> 63) ? key & ~(std::uint64_t{1} << 63) : ~key;
  double value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

} // namespace carescore
