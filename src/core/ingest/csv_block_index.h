// The boundary index of one 64-byte block of CSV text: its quote mask, found 16 bytes at a time
// with GCC/clang vector extensions (SSE2 natively, SIMD128 in WebAssembly), and which bytes lie
// inside quotes, by a prefix XOR of that mask; a byte-wise classifier of every byte that matters
// as the reference. Not a tokenizer: csv_tokenizer.cpp decides what the masks mean, and reads
// bytes one event at a time when a block holds anything unusual (NUL, a lone CR, a stray quote).
#pragma once
#include <cstdint>
#include <cstring>

namespace carescore {

struct CsvBlockMasks {
  std::uint64_t quote = 0, delimiter = 0, lf = 0, cr = 0, nul = 0;  // bit i: byte i of the block
  bool operator==(const CsvBlockMasks&) const = default;
};

// A byte at a time: the reference the vector paths are tested against, and the path without SIMD.
CsvBlockMasks classifyBlockScalar(const char* p, char delimiter, char quote);

#if defined(__wasm_simd128__) || defined(__SSE2__)
namespace block_vectors {
typedef signed char V16 __attribute__((vector_size(16)));
typedef char G16 __attribute__((vector_size(16)));

// The sign bits of 16 bytes: the one target builtin the kernel needs (pmovmskb, i8x16.bitmask).
inline std::uint64_t signBits(V16 v) {
#if defined(__wasm_simd128__)
  return static_cast<std::uint16_t>(__builtin_wasm_bitmask_i8x16(v));
#else
  return static_cast<std::uint16_t>(__builtin_ia32_pmovmskb128(reinterpret_cast<G16>(v)));
#endif
}
inline V16 splat(char c) { return V16{} + static_cast<signed char>(c); }
} // namespace block_vectors
#endif

// The quote mask of blocks for one dialect; the compared-against vector is built once. (The
// other bytes come from the tokenizer's own event scan, byte_scan.h's ByteMatcher.)
class CsvBlockClassifier {
public:
  CsvBlockClassifier(char delimiter, char quote) : delimiter_(delimiter), quote_(quote) {
#if defined(__wasm_simd128__) || defined(__SSE2__)
    quoteV_ = block_vectors::splat(quote);
#endif
  }

  // Bit i set when p[i] is the quote, for i in [0, 64); 0 for a dialect without quotes. Reads
  // exactly 64 bytes at p (any alignment).
  std::uint64_t quoteMask(const char* p) const {
#if defined(__wasm_simd128__) || defined(__SSE2__)
    std::uint64_t mask = 0;
    for (int part = 0; part < 4; ++part) {
      block_vectors::V16 v;
      std::memcpy(&v, p + part * 16, 16);  // an unaligned load
      mask |= block_vectors::signBits(v == quoteV_) << (part * 16);
    }
    return quote_ == '\0' ? 0 : mask;
#else
    return classifyBlockScalar(p, delimiter_, quote_).quote;
#endif
  }

private:
  [[maybe_unused]] char delimiter_;  // read by the scalar classifier only
  char quote_;
#if defined(__wasm_simd128__) || defined(__SSE2__)
  block_vectors::V16 quoteV_;
#endif
};

// Bit i of the result: the XOR of bits 0..i of `mask`. Of a quote mask: 1 from an opening quote
// up to the byte before its closing quote (a "" escape closes and reopens).
inline std::uint64_t prefixXor(std::uint64_t mask) {
  mask ^= mask << 1;
  mask ^= mask << 2;
  mask ^= mask << 4;
  mask ^= mask << 8;
  mask ^= mask << 16;
  mask ^= mask << 32;
  return mask;
}

} // namespace carescore
