// Heap accounting for the benchmarks: counted_heap.cpp replaces operator new/delete, so a stage's
// peak heap is measured exactly (the bytes asked for), natively and in WebAssembly. Big blocks get
// large pages natively, as in the CLI (src/cli/large_pages.h).
#pragma once
#include <cstddef>

namespace carescore::bench {

std::size_t heapBytesNow();
std::size_t heapPeakBytes();
void resetHeapPeak();  // the peak restarts from what is in use now

} // namespace carescore::bench
