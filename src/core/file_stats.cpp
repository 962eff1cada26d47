#include "core/file_stats.h"

namespace carescore {

void LineCounter::feed(std::span<const std::uint8_t> chunk) {
  if (chunk.empty()) return;
  const std::uint8_t* p = chunk.data();
  const std::size_t n = chunk.size();
  // lines = CRs + LFs - CRLF pairs. Three branch-free reductions that clang vectorizes (SSE/SIMD128).
  std::uint64_t crs = 0, lfs = 0, pairs = 0;
  for (std::size_t i = 0; i < n; ++i) {
    crs += p[i] == '\r';
    lfs += p[i] == '\n';
  }
  for (std::size_t i = 0; i + 1 < n; ++i) pairs += (p[i] == '\r') & (p[i + 1] == '\n');
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
