// Distinct strings stored once, each with a dense code (0, 1, 2, … in order of first sight).
// Category and text columns hold codes; the bytes of a value that repeats a million times are
// kept once. Lookup is an open-addressing hash table whose slots carry each string's hash tag
// beside its code: a probe reads one slot, and the string's bytes only when the tags agree, and
// growing the table re-places slots by their tags without reading a string again.
// The bytes live in blocks that are never moved or over-allocated by doubling: a million
// free-text values are appended once, into memory touched once. A copy shares everything with
// its original until one of them adds a string (copy on write): the mapping's and the dataset's
// columns hold the reader's dictionaries without a second million strings.
// The hash table is needed only to add and to look up strings: a finished column drops it
// (releaseIndex, 16 bytes per distinct string, a third of a million ids' dictionary), and the next
// find() or intern() builds it again from the strings, once.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace carescore {

std::uint64_t hashBytes(std::string_view value);

class StringDictionary {
public:
  // The code of `value`, adding it if new.
  std::uint32_t intern(std::string_view value) { return intern(value, hashBytes(value)); }
  // The same, with `hash` = hashBytes(value) already known (from readAhead).
  std::uint32_t intern(std::string_view value, std::uint64_t hash);
  std::optional<std::uint32_t> find(std::string_view value) const { return find(value, hashBytes(value)); }
  std::optional<std::uint32_t> find(std::string_view value, std::uint64_t hash) const;  // hash = hashBytes(value)
  // Reads ahead what intern() or find() of each of `values` will read: its hash slot, the entry of
  // the string whose tag is there, that string's first bytes, one level at a time over the batch.
  // A million distinct values' table (16 MB of slots, strings scattered over 20 MB) misses the
  // cache and the TLB on every lookup; read one after another, a batch's misses follow each other,
  // read level by level they overlap. Plain loads, not prefetch hints, so that WebAssembly (which
  // has none) gains too. Worth it only for a table far larger than the cache. Gives each value's
  // hashBytes() in `hashes`, for intern(value, hash).
  void readAhead(std::span<const std::string_view> values, std::uint64_t* hashes) const;
  std::string_view at(std::uint32_t code) const {
    const std::uint64_t entry = data_->entries[code];
    const Block& block = data_->blocks[entry >> (kOffsetBits + kLengthBits)];
    const std::size_t length = entry & kFieldMask;
    if (length == kFieldMask) return {block.bytes.get(), block.size};  // a string of its own block
    return {block.bytes.get() + ((entry >> kLengthBits) & kFieldMask), length};
  }
  std::size_t size() const { return data_ ? data_->entries.size() : 0; }
  // The bytes it holds, shared ones included (a copy that shares them counts them too).
  std::size_t memoryBytes() const;
  // Whether two dictionaries share one storage (a copy that neither has added to).
  bool sharesWith(const StringDictionary& other) const { return data_ && data_ == other.data_; }
  // Drops the hash table until the next find() or intern() needs it. The table only mirrors the
  // strings, so no value or code changes: allowed on a const (shared) dictionary, for every holder.
  void releaseIndex() const;
  bool hasIndex() const { return data_ && !data_->slots.empty(); }
  // Room for `strings` distinct strings of `bytes` in all, so that many arrive without regrowing.
  void reserve(std::size_t strings, std::size_t bytes);
  // Gives back the room reserve() or growth left unused (the per-code list, the last block's
  // tail), once no more strings are expected: a reservation made from a sample that guessed high
  // would otherwise be held as long as the column. Codes and strings stay as they are; shared
  // storage is left alone.
  void shrinkToFit();
  // Adds `from`'s strings of `codes` (distinct codes: distinct strings), in that order, to a
  // dictionary that has none of them (an empty one): no lookup, so no hash table is built until a
  // find() or intern() needs one. A subset of a million ids is copied without 16 MB of slots.
  void appendDistinct(const StringDictionary& from, std::span<const std::uint32_t> codes, std::size_t bytes);

private:
  // An entry packs where a string is: block (20 bits), offset in it (22), length (22; all ones:
  // the string is the whole block, for strings too long for the field).
  static constexpr unsigned kOffsetBits = 22, kLengthBits = 22;
  static constexpr std::uint64_t kFieldMask = (std::uint64_t{1} << kLengthBits) - 1;
  static constexpr std::size_t kMaxBlockBytes = std::size_t{1} << kOffsetBits;
  static constexpr std::size_t kFirstBlockBytes = 256;

  // Strings' bytes, allocated once at full size (not zeroed: each byte is written once, by the
  // string it holds) and never moved while they fill.
  struct Block {
    std::unique_ptr<char[]> bytes;
    std::size_t size = 0, capacity = 0;
    explicit Block(std::size_t room) : bytes(new char[room]), capacity(room) {}
    Block(const Block& other);
    Block(Block&&) = default;
    Block& operator=(const Block&) = delete;
    Block& operator=(Block&&) = default;
    void append(std::string_view value);
  };

  struct Data {
    // Each block is filled up to its capacity, never past it; the last one is being filled.
    std::vector<Block> blocks;
    std::size_t nextBlockBytes = kFirstBlockBytes;
    std::vector<std::uint64_t> entries;  // per code: where its string is (see above)
    // Per slot: the string's 32-bit hash tag (high half) and code + 1 (low half); 0 = empty. The
    // tag also places the slot (its low bits), so growing never re-reads the strings.
    std::vector<std::uint64_t> slots;
  };

  // The data, this dictionary's alone, for a write: shared data is copied first.
  Data& own();
  void rehash(Data& data, std::size_t slotCount);
  // The hash table of every string, after releaseIndex() dropped it.
  void buildIndex(Data& data) const;
  static std::uint64_t store(Data& data, std::string_view value);

  // Null until the first string (and in a moved-from dictionary); shared by copies until a write.
  std::shared_ptr<Data> data_;
};

inline std::uint64_t load64(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, 8);
  return word;
}

inline std::uint32_t load32(const char* p) {
  std::uint32_t word;
  std::memcpy(&word, p, 4);
  return word;
}

// memcpy for the short strings a dictionary stores: WebAssembly's memcpy is a call that copies
// byte by byte unless both ends share an alignment.
inline void copyBytes(char* to, const char* from, std::size_t n) {
  if (n > 64) {
    std::memcpy(to, from, n);
  } else if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) std::memcpy(to + i, from + i, 8);
    std::memcpy(to + n - 8, from + n - 8, 8);
  } else if (n >= 4) {
    const std::uint32_t head = load32(from), tail = load32(from + n - 4);
    std::memcpy(to, &head, 4);
    std::memcpy(to + n - 4, &tail, 4);
  } else {
    for (std::size_t i = 0; i < n; ++i) to[i] = from[i];
  }
}

// Equal bytes, for the short strings categories and identifiers are: whole words, the last one
// overlapping, instead of a call to memcmp.
inline bool sameBytes(const char* a, const char* b, std::size_t n) {
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8)
      if (load64(a + i) != load64(b + i)) return false;
    return load64(a + n - 8) == load64(b + n - 8);
  }
  if (n >= 4) return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

} // namespace carescore
