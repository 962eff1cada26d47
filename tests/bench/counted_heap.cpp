// counted_heap.h: operator new/delete over the CLI's blocks (src/cli/large_pages.h), counting
// the bytes asked for.
#include "bench/counted_heap.h"

#include <algorithm>
#include <new>

#include "cli/large_pages.h"

namespace {
std::size_t gHeapNow = 0, gHeapPeak = 0;
}

namespace carescore::bench {
std::size_t heapBytesNow() { return gHeapNow; }
std::size_t heapPeakBytes() { return gHeapPeak; }
void resetHeapPeak() { gHeapPeak = gHeapNow; }
} // namespace carescore::bench

void* operator new(std::size_t bytes) {
  void* block = carescore::cli::allocateBlock(bytes);
  if (!block) throw std::bad_alloc();
  gHeapNow += bytes;
  gHeapPeak = std::max(gHeapPeak, gHeapNow);
  return block;
}
void* operator new[](std::size_t bytes) { return operator new(bytes); }
void operator delete(void* block) noexcept {
  if (!block) return;
  gHeapNow -= carescore::cli::blockBytes(block);
  carescore::cli::releaseBlock(block);
}
void operator delete[](void* block) noexcept { operator delete(block); }
void operator delete(void* block, std::size_t) noexcept { operator delete(block); }
void operator delete[](void* block, std::size_t) noexcept { operator delete(block); }
