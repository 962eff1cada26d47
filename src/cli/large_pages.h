// Memory blocks for the native tools' operator new: big blocks on large pages (Linux). A
// million-row table is a few hundred MB that the process fills once, and on a VM a 4 KiB page
// fault costs ~13 µs (first touch ran at ~300 MB/s here, about as fast as the reader itself).
// The WebAssembly build cannot ask for large pages and does not use this.
#pragma once
#include <cstddef>

namespace carescore::cli {

// malloc for small blocks; for blocks of 2 MiB and more, a mapping aligned to 2 MiB with
// transparent huge pages asked for (the kernel's "madvise" mode, Debian's default, grants them
// only when asked), so filling it takes one fault per 2 MiB instead of 512. Null when out of memory.
// CARESCORE_LARGE_PAGES=0 turns large pages off, to measure what they bring.
void* allocateBlock(std::size_t bytes) noexcept;
void releaseBlock(void* block) noexcept;
std::size_t blockBytes(const void* block) noexcept;  // as asked for

} // namespace carescore::cli
