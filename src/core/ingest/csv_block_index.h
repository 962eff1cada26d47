// The boundary index of one 64-byte block of CSV text: masks of its quotes, delimiters, LFs, CRs
// and NULs, found 16 bytes at a time with GCC/clang vector extensions (SSE2 natively, SIMD128 in
// WebAssembly), and which bytes lie inside quotes, by a prefix XOR of the quote mask. Not a
// tokenizer: csv_tokenizer.cpp decides what the masks mean, and reads bytes one event at a time
// when a block holds anything unusual (NUL, a lone CR, a quote not where RFC 4180 puts one).
#pragma once
#include <cstdint>
#include <cstring>

namespace carescore {

struct CsvBlockMasks {
  std::uint64_t quote = 0, delimiter = 0, lf = 0, cr = 0, nul = 0;  // bit i: byte i of the block
  bool operator==(const CsvBlockMasks&) const = default;
};

// A byte at a time: the reference the vector path is tested against, and the path without SIMD.
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

// Classifies blocks for one dialect; the compared-against vectors are built once.
class CsvBlockClassifier {
public:
  CsvBlockClassifier(char delimiter, char quote) : delimiter_(delimiter), quote_(quote) {
#if defined(__wasm_simd128__) || defined(__SSE2__)
    using block_vectors::splat;
    quoteV_ = splat(quote), delimiterV_ = splat(delimiter), lfV_ = splat('\n'), crV_ = splat('\r');
#endif
  }

  // Reads exactly 64 bytes at p (any alignment). A `quote` of 0 gives no quote mask.
  CsvBlockMasks classify(const char* p) const {
#if defined(__wasm_simd128__) || defined(__SSE2__)
    using block_vectors::signBits;
    CsvBlockMasks m;
    for (int part = 0; part < 4; ++part) {
      block_vectors::V16 v;
      std::memcpy(&v, p + part * 16, 16);  // an unaligned load
      const int shift = part * 16;
      m.quote |= signBits(v == quoteV_) << shift;
      m.delimiter |= signBits(v == delimiterV_) << shift;
      m.lf |= signBits(v == lfV_) << shift;
      m.cr |= signBits(v == crV_) << shift;
      m.nul |= signBits(v == block_vectors::V16{}) << shift;
    }
    if (quote_ == '\0') m.quote = 0;
    return m;
#else
    return classifyBlockScalar(p, delimiter_, quote_);
#endif
  }

private:
  char delimiter_, quote_;
#if defined(__wasm_simd128__) || defined(__SSE2__)
  block_vectors::V16 quoteV_, delimiterV_, lfV_, crV_;
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
