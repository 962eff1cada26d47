#include "core/table/string_dictionary.h"

#include <cstring>

namespace carescore {

std::uint64_t hashBytes(std::string_view value) {
  // FNV-1a over 8-byte words, then a final avalanche (splitmix64): fast for short keys.
  std::uint64_t h = 0xcbf29ce484222325ull ^ value.size();
  const char* p = value.data();
  std::size_t n = value.size();
  while (n >= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    h = (h ^ word) * 0x100000001b3ull;
    p += 8;
    n -= 8;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  h = (h ^ tail) * 0x100000001b3ull;
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}

std::size_t StringDictionary::slotOf(std::string_view value, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const std::uint32_t entry = slots_[slot];
    if (entry == 0) return slot;
    if (hashes_[entry - 1] == static_cast<std::uint32_t>(hash >> 32) && at(entry - 1) == value) return slot;
  }
}

std::optional<std::uint32_t> StringDictionary::find(std::string_view value) const {
  if (slots_.empty()) return std::nullopt;
  const std::uint32_t entry = slots_[slotOf(value, hashBytes(value))];
  if (entry == 0) return std::nullopt;
  return entry - 1;
}

std::uint32_t StringDictionary::intern(std::string_view value) {
  if ((size() + 1) * 2 > slots_.size()) grow();  // load factor at most 1/2
  const std::uint64_t hash = hashBytes(value);
  const std::size_t slot = slotOf(value, hash);
  if (slots_[slot] != 0) return slots_[slot] - 1;
  const auto code = static_cast<std::uint32_t>(size());
  bytes_.append(value);
  offsets_.push_back(bytes_.size());
  hashes_.push_back(static_cast<std::uint32_t>(hash >> 32));
  slots_[slot] = code + 1;
  return code;
}

void StringDictionary::grow() {
  std::vector<std::uint32_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 16 : old.size() * 2, 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::uint32_t entry : old) {
    if (entry == 0) continue;
    std::size_t slot = hashBytes(at(entry - 1)) & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = entry;
  }
}

void StringDictionary::reserve(std::size_t strings, std::size_t bytes) {
  bytes_.reserve(bytes);
  offsets_.reserve(strings + 1);
  hashes_.reserve(strings);
}

std::size_t StringDictionary::memoryBytes() const {
  return bytes_.capacity() + offsets_.capacity() * sizeof(std::uint64_t) + slots_.capacity() * sizeof(std::uint32_t) +
         hashes_.capacity() * sizeof(std::uint32_t);
}

} // namespace carescore
