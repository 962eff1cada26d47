#include "core/file_stats.h"

#include <algorithm>

namespace carescore {

void LineCounter::feed(std::span<const std::uint8_t> chunk) {
  if (chunk.empty()) return;
  const std::uint8_t* p = chunk.data();
  const std::size_t n = chunk.size();
  // lines = CRs + LFs - CRLF pairs, in one pass. Byte-wide counters over runs of 255 bytes let the
  // compiler count 16 bytes per vector step (SSE / SIMD128); 64-bit counters would take 2.
  std::uint64_t crs = 0, lfs = 0, pairs = 0;
  std::size_t i = 0;
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
