// Byte-classification kernels for the readers' hot loops: which of 16 or 64 bytes equal one of a
// few given bytes, which are not ASCII, which end a JSON string run. SSE2 intrinsics, which
// Emscripten maps 1:1 to WebAssembly SIMD128 (-msse2 -msimd128); a scalar fallback otherwise.
// Not a parser: callers iterate the returned bitmasks.
#pragma once
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace carescore {

// Matches up to five needle bytes (unused slots repeat the first, so every call does the same
// five compares: no branches on the needle count).
class ByteMatcher {
public:
  static constexpr std::size_t kMaxNeedles = 5;

  ByteMatcher(const char* needles, std::size_t count) {
    for (std::size_t i = 0; i < kMaxNeedles; ++i) bytes_[i] = needles[i < count ? i : 0];
#if defined(__SSE2__)
    for (std::size_t i = 0; i < kMaxNeedles; ++i) vectors_[i] = _mm_set1_epi8(bytes_[i]);
#endif
  }

  // Bit i set when p[i] is a needle, for i in [0, 16). Reads exactly 16 bytes.
  std::uint32_t match16(const char* p) const {
#if defined(__SSE2__)
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i hit = _mm_cmpeq_epi8(v, vectors_[0]);
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, vectors_[1]));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, vectors_[2]));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, vectors_[3]));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, vectors_[4]));
    return static_cast<std::uint32_t>(_mm_movemask_epi8(hit));
#else
    std::uint32_t mask = 0;
    for (int i = 0; i < 16; ++i) mask |= static_cast<std::uint32_t>(isNeedle(p[i])) << i;
    return mask;
#endif
  }

  // Bit i set when p[i] is a needle, for i in [0, 64). Reads exactly 64 bytes.
  std::uint64_t match64(const char* p) const {
    return std::uint64_t{match16(p)} | std::uint64_t{match16(p + 16)} << 16 | std::uint64_t{match16(p + 32)} << 32 |
           std::uint64_t{match16(p + 48)} << 48;
  }

  // Like match64 for the last n < 64 bytes: copies them into a padded block (never reads past p + n).
  std::uint64_t matchTail(const char* p, std::size_t n) const {
    char block[64] = {};  // the padding may match a needle: its bits are masked off below
    std::memcpy(block, p, n);
    const std::uint64_t mask = match64(block);
    return n >= 64 ? mask : mask & ((std::uint64_t{1} << n) - 1);
  }

  bool isNeedle(char c) const {
    return c == bytes_[0] || c == bytes_[1] || c == bytes_[2] || c == bytes_[3] || c == bytes_[4];
  }

private:
  char bytes_[kMaxNeedles];
#if defined(__SSE2__)
  __m128i vectors_[kMaxNeedles];
#endif
};

// Bit i set when p[i] >= 0x80, for i in [0, 16). Reads exactly 16 bytes.
inline std::uint32_t nonAsciiMask16(const char* p) {
#if defined(__SSE2__)
  return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))));
#else
  std::uint32_t mask = 0;
  for (int i = 0; i < 16; ++i) mask |= static_cast<std::uint32_t>(static_cast<unsigned char>(p[i]) >> 7) << i;
  return mask;
#endif
}

// Bit i set when p[i] ends a run of plain JSON string bytes: '"', '\\' or a control byte < 0x20.
inline std::uint32_t jsonStringStopMask16(const char* p) {
#if defined(__SSE2__)
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
  const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
  const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
  return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))));
#else
  std::uint32_t mask = 0;
  for (int i = 0; i < 16; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    mask |= static_cast<std::uint32_t>(c < 0x20 || c == '"' || c == '\\') << i;
  }
  return mask;
#endif
}

// How many of the 16 bytes at p (a character boundary) are whole characters of "plain" UTF-8:
// ASCII, two-byte sequences led by C2..DF except CC (CC leads the combining marks), and three-byte
// sequences led by E1..EC, EE, EF (Cyrillic, Latin accents, precomposed Vietnamese). 16, or 14–15
// when the last character continues past the block; 0 when anything else is in the block (or
// without SSE2), for the caller's byte-wise path. Reads exactly 16 bytes.
inline std::size_t plainUtf8Prefix16(const char* p) {
#if defined(__SSE2__)
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const auto nonAscii = static_cast<std::uint32_t>(_mm_movemask_epi8(v));
  if (nonAscii == 0) return 16;
  const auto inRange = [&v](unsigned char low, unsigned char high) {
    return _mm_and_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(static_cast<char>(low))), v),
                         _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(static_cast<char>(high))), v));
  };
  const __m128i isCc = _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xCC)));
  const __m128i isEd = _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xED)));
  const auto lead2 = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_andnot_si128(isCc, inRange(0xC2, 0xDF))));
  const auto lead3 = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_andnot_si128(isEd, inRange(0xE1, 0xEF))));
  const auto continuation = static_cast<std::uint32_t>(_mm_movemask_epi8(inRange(0x80, 0xBF)));
  if ((lead2 | lead3 | continuation) != nonAscii) return 0;
  if (((lead2 << 1 | lead3 << 1 | lead3 << 2) & 0xFFFF) != continuation) return 0;
  if (lead3 & 0x4000) return 14;
  if ((lead2 | lead3) & 0x8000) return 15;
  return 16;
#else
  (void)p;
  return 0;
#endif
}

// Index of the first byte >= 0x80 in p[0, n), or n.
inline std::size_t findNonAscii(const char* p, std::size_t n) {
  std::size_t i = 0;
  for (; i + 16 <= n; i += 16)
    if (const std::uint32_t mask = nonAsciiMask16(p + i)) return i + static_cast<std::size_t>(std::countr_zero(mask));
  for (; i < n; ++i)
    if (static_cast<unsigned char>(p[i]) >= 0x80) return i;
  return n;
}

} // namespace carescore
