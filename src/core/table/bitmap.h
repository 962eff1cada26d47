// A growable bit vector: the validity of each cell of a column (1 = has a value, 0 = missing).
// One bit per cell, so "missing, never zero" costs 1/64 of an 8-byte value.
#pragma once
#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace carescore {

class Bitmap {
public:
  Bitmap() = default;
  explicit Bitmap(std::size_t size, bool value = false) { resize(size, value); }

  std::size_t size() const { return size_; }
  bool test(std::size_t i) const { return (words_[i >> 6] >> (i & 63)) & 1u; }
  void set(std::size_t i, bool value = true) {
    const std::uint64_t mask = std::uint64_t{1} << (i & 63);
    if (value) words_[i >> 6] |= mask;
    else words_[i >> 6] &= ~mask;
  }
  void pushBack(bool value) {
    if ((size_ & 63) == 0) words_.push_back(0);
    if (value) words_.back() |= std::uint64_t{1} << (size_ & 63);
    ++size_;
  }
  // Appends the low `count` bits of `bits` (count <= 64; bits above count are zero): 64 cells'
  // validity in one or two word writes instead of 64 pushBack calls.
  void appendBits(std::uint64_t bits, unsigned count) {
    if (count == 0) return;
    const unsigned used = size_ & 63;
    if (used == 0) {
      words_.push_back(bits);
    } else {
      words_.back() |= bits << used;
      if (used + count > 64) words_.push_back(bits >> (64 - used));
    }
    size_ += count;
  }
  void resize(std::size_t size, bool value = false) {
    const std::size_t old = size_;
    words_.resize((size + 63) / 64, 0);
    size_ = size;
    if (value)
      for (std::size_t i = old; i < size; ++i) set(i);
    clearTail();
  }
  void reserve(std::size_t size) { words_.reserve((size + 63) / 64); }
  // Appends every bit of `other`, a word at a time.
  void append(const Bitmap& other) {
    words_.reserve((size_ + other.size_ + 63) / 64);
    for (std::size_t i = 0, left = other.size_; left > 0; ++i, left -= std::min<std::size_t>(left, 64))
      appendBits(other.words_[i], static_cast<unsigned>(std::min<std::size_t>(left, 64)));
  }
  std::size_t count() const {
    std::size_t n = 0;
    for (std::uint64_t w : words_) n += static_cast<std::size_t>(std::popcount(w));
    return n;
  }
  // Keeps the bits set in both; `other` has the same size.
  Bitmap& operator&=(const Bitmap& other) {
    for (std::size_t i = 0; i < words_.size(); ++i) words_[i] &= other.words_[i];
    return *this;
  }
  const std::vector<std::uint64_t>& words() const { return words_; }
  std::size_t memoryBytes() const { return words_.capacity() * sizeof(std::uint64_t); }
  bool operator==(const Bitmap&) const = default;

private:
  void clearTail() {  // bits past size_ stay zero, so count() and == need no masking
    if (size_ & 63) words_.back() &= (std::uint64_t{1} << (size_ & 63)) - 1;
  }
  std::vector<std::uint64_t> words_;
  std::size_t size_ = 0;
};

} // namespace carescore
