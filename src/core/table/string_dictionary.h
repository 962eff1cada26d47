// Distinct strings stored once, each with a dense code (0, 1, 2, … in order of first sight).
// Category and text columns hold codes; the bytes of a value that repeats a million times are
// kept once. Lookup is an open-addressing hash table whose slots carry each string's hash tag
// beside its code: a probe reads one slot, and the string bytes only when the tags agree.
// The bytes live in blocks that are never moved: growing touches only new memory, once.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace carescore {

class StringDictionary {
public:
  StringDictionary() = default;
  StringDictionary(const StringDictionary& other);
  StringDictionary& operator=(const StringDictionary& other);
  StringDictionary(StringDictionary&&) noexcept = default;
  StringDictionary& operator=(StringDictionary&&) noexcept = default;

  // The code of `value`, adding it if new.
  std::uint32_t intern(std::string_view value);
  std::optional<std::uint32_t> find(std::string_view value) const;
  std::string_view at(std::uint32_t code) const {
    const std::uint64_t entry = entries_[code];
    const std::size_t block = entry >> (kOffsetBits + kLengthBits);
    const std::size_t offset = (entry >> kLengthBits) & kFieldMask;
    const std::size_t length = entry & kFieldMask;
    return {blocks_[block].bytes.get() + offset, length == kFieldMask ? blocks_[block].used : length};
  }
  std::size_t size() const { return entries_.size(); }
  std::size_t memoryBytes() const;
  // Room for `strings` distinct strings of `bytes` in all, so that many arrive without regrowing.
  void reserve(std::size_t strings, std::size_t bytes);

private:
  // An entry packs where a string is: block (20 bits), offset in it (22), length (22; all ones:
  // the string fills its own block, for strings of 4 MiB and more).
  static constexpr unsigned kOffsetBits = 22, kLengthBits = 22;
  static constexpr std::uint64_t kFieldMask = (std::uint64_t{1} << kLengthBits) - 1;

  struct Block {
    std::unique_ptr<char[]> bytes;
    std::size_t used = 0;
    std::size_t capacity = 0;
  };

  void rehash(std::size_t slotCount);
  std::size_t slotOf(std::string_view value, std::uint32_t tag) const;
  std::uint64_t store(std::string_view value);
  void addBlock(std::size_t capacity);

  std::vector<Block> blocks_;          // the last one is filled; full ones never move
  std::vector<std::uint64_t> entries_; // per code: where its string is (see above)
  // Per slot: the string's 32-bit hash tag (high half) and code + 1 (low half); 0 = empty. The
  // tag also places the slot, so growing never re-reads the strings.
  std::vector<std::uint64_t> slots_;
};

std::uint64_t hashBytes(std::string_view value);

} // namespace carescore
