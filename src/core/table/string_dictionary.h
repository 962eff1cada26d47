// Distinct strings stored once, each with a dense code (0, 1, 2, … in order of first sight).
// Category and text columns hold codes; the bytes of a value that repeats a million times are
// kept once. Lookup is an open-addressing hash table over the codes: no allocation per string.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carescore {

class StringDictionary {
public:
  // The code of `value`, adding it if new.
  std::uint32_t intern(std::string_view value);
  std::optional<std::uint32_t> find(std::string_view value) const;
  std::string_view at(std::uint32_t code) const {
    return std::string_view(bytes_).substr(offsets_[code], offsets_[code + 1] - offsets_[code]);
  }
  std::size_t size() const { return offsets_.size() - 1; }
  std::size_t memoryBytes() const;
  void reserve(std::size_t strings, std::size_t bytes);

private:
  void grow();
  std::size_t slotOf(std::string_view value, std::uint64_t hash) const;

  std::string bytes_;                           // every distinct string, back to back
  std::vector<std::uint64_t> offsets_{0};       // string i is bytes_[offsets_[i], offsets_[i+1])
  std::vector<std::uint32_t> slots_;            // code + 1, or 0 for an empty slot
  std::vector<std::uint32_t> hashes_;           // low bits of each string's hash, to skip most compares
};

std::uint64_t hashBytes(std::string_view value);

} // namespace carescore
