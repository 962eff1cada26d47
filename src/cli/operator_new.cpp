// The CLI's operator new and delete: blocks from large_pages.h. Only the forms without an
// alignment argument; the aligned ones keep the library's, which pairs them itself.
#include <new>

#include "cli/large_pages.h"

void* operator new(std::size_t bytes) {
  if (void* block = carescore::cli::allocateBlock(bytes)) return block;
  throw std::bad_alloc();
}
void* operator new[](std::size_t bytes) { return operator new(bytes); }
void* operator new(std::size_t bytes, const std::nothrow_t&) noexcept { return carescore::cli::allocateBlock(bytes); }
void* operator new[](std::size_t bytes, const std::nothrow_t&) noexcept { return carescore::cli::allocateBlock(bytes); }
void operator delete(void* block) noexcept { carescore::cli::releaseBlock(block); }
void operator delete[](void* block) noexcept { carescore::cli::releaseBlock(block); }
void operator delete(void* block, std::size_t) noexcept { carescore::cli::releaseBlock(block); }
void operator delete[](void* block, std::size_t) noexcept { carescore::cli::releaseBlock(block); }
void operator delete(void* block, const std::nothrow_t&) noexcept { carescore::cli::releaseBlock(block); }
void operator delete[](void* block, const std::nothrow_t&) noexcept { carescore::cli::releaseBlock(block); }
