// A small direct-mapped cache in front of one column's StringDictionary: the codes of values seen
// recently, placed by a hash of a few of their bytes and checked against the dictionary's own
// bytes. A category column repeats a few dozen values a million times; a hit costs one slot read
// and one compare instead of a full hash and a probe. Not a dictionary: it forgets on collision.
#pragma once
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/table/string_dictionary.h"

namespace carescore {

class RecentCodes {
public:
  static constexpr std::uint32_t kMiss = 0xFFFFFFFFu;

  // The dictionary's code of `value` if it is cached, else kMiss.
  std::uint32_t find(const StringDictionary& dictionary, std::string_view value) const {
    const std::uint32_t entry = slots_[slotOf(value)];
    if (entry == 0) return kMiss;
    const std::string_view known = dictionary.at(entry - 1);
    if (known.size() != value.size() || !sameBytes(known.data(), value.data(), value.size())) return kMiss;
    return entry - 1;
  }

  void remember(std::string_view value, std::uint32_t code) {
    if (code != kMiss) slots_[slotOf(value)] = code + 1;
  }

private:
  // 4,096 slots (16 KB): a few hundred agents or customers rarely share one (with 1,024, one
  // in five lookups of 360 names missed and paid the hash table).
  static constexpr unsigned kSlotBits = 12;

  // The length and up to sixteen bytes from both ends: categories differ there (names, statuses;
  // "Mary Wilson" and "Mary Nelson" only past the first and last four).
  static std::size_t slotOf(std::string_view value) {
    const std::size_t n = value.size();
    const char* p = value.data();
    std::uint64_t key = n;
    if (n >= 8) {
      key ^= load64(p) ^ std::rotl(load64(p + n - 8), 29);
    } else if (n >= 4) {
      key ^= std::uint64_t{load32(p)} << 32 ^ std::uint64_t{load32(p + n - 4)} << 8;
    } else if (n > 0) {
      key ^= std::uint64_t{static_cast<unsigned char>(p[0])} << 40 ^ std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 24;
    }
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits));
  }

  std::array<std::uint32_t, std::size_t{1} << kSlotBits> slots_{};  // code + 1; 0 = empty
};

} // namespace carescore
