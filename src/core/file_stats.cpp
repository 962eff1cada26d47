#include "core/file_stats.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace carescore {

void LineCounter::feed(std::span<const std::uint8_t> chunk) {
  if (chunk.empty()) return;
  const std::uint8_t* p = chunk.data();
  const std::size_t n = chunk.size();
  // lines = CRs + LFs - CRLF pairs, in one pass. Byte-wide counters over runs of 255 bytes let the
  // compiler count 16 bytes per vector step (SSE / SIMD128); 64-bit counters would take 2.
  std::uint64_t crs = 0, lfs = 0, pairs = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  // The same counts 16 bytes at a time, written out: clang's vectorization of the loop below ran
  // at a quarter of GCC's in the WebAssembly build (60 ms against 16 for 146 MB). Each block also
  // reads the byte after it (the pair test), so blocks stop before the last byte.
  const __m128i crByte = _mm_set1_epi8('\r'), lfByte = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
  const auto sum = [&zero](__m128i counts) {  // the 16 byte-wide counters' total
    std::uint64_t halves[2];
    _mm_storeu_si128(reinterpret_cast<__m128i*>(halves), _mm_sad_epu8(counts, zero));
    return halves[0] + halves[1];
  };
  while (i + 16 < n) {
    const std::size_t blocks = std::min<std::size_t>(255, (n - 1 - i) / 16);
    __m128i cr = zero, lf = zero, pair = zero;
    for (std::size_t b = 0; b < blocks; ++b, i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
      const __m128i isCr = _mm_cmpeq_epi8(v, crByte);
      cr = _mm_sub_epi8(cr, isCr);  // a match is -1
      lf = _mm_sub_epi8(lf, _mm_cmpeq_epi8(v, lfByte));
      pair = _mm_sub_epi8(pair, _mm_and_si128(isCr, _mm_cmpeq_epi8(next, lfByte)));
    }
    crs += sum(cr);
    lfs += sum(lf);
    pairs += sum(pair);
  }
#endif
  while (i + 1 < n) {
    const std::size_t run = std::min<std::size_t>(255, n - 1 - i);
    std::uint8_t cr = 0, lf = 0, pair = 0;
    for (std::size_t k = i; k < i + run; ++k) {
      const bool isCr = p[k] == '\r';
      cr = static_cast<std::uint8_t>(cr + isCr);
      lf = static_cast<std::uint8_t>(lf + (p[k] == '\n'));
      pair = static_cast<std::uint8_t>(pair + (isCr & (p[k + 1] == '\n')));
    }
    crs += cr;
    lfs += lf;
    pairs += pair;
    i += run;
  }
  crs += p[n - 1] == '\r';  // the last byte: no pair starts there
  lfs += p[n - 1] == '\n';
  if (endsWithCr_ && p[0] == '\n') ++pairs;
  lineEnds_ += crs + lfs - pairs;
  bytes_ += n;
  endsWithCr_ = p[n - 1] == '\r';
  endsWithLineEnd_ = p[n - 1] == '\r' || p[n - 1] == '\n';
}

FileStats LineCounter::stats() const {
  return {bytes_, lineEnds_ + (endsWithLineEnd_ ? 0 : 1)};
}

FileStats countLines(std::span<const std::uint8_t> bytes) {
  LineCounter counter;
  counter.feed(bytes);
  return counter.stats();
}

} // namespace carescore
