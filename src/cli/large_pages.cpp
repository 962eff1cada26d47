// large_pages.h. Every block starts with a 16-byte header (its size, and whether it is a mapping
// of its own), so it keeps the alignment malloc gives.
#include "cli/large_pages.h"

#include <cstdint>
#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

// Under AddressSanitizer every block comes from malloc, so that ASan sees (and guards) them all.
#if defined(__SANITIZE_ADDRESS__)
#define CARESCORE_MAP_LARGE_BLOCKS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CARESCORE_MAP_LARGE_BLOCKS 0
#endif
#endif
#if !defined(CARESCORE_MAP_LARGE_BLOCKS) && defined(__linux__)
#define CARESCORE_MAP_LARGE_BLOCKS 1
#elif !defined(CARESCORE_MAP_LARGE_BLOCKS)
#define CARESCORE_MAP_LARGE_BLOCKS 0
#endif

namespace carescore::cli {
namespace {

constexpr std::size_t kHeader = 16;

struct Header {
  std::size_t bytes;
  std::size_t mappedBytes;  // 0: from malloc
};
static_assert(sizeof(Header) <= kHeader);

Header* headerOf(const void* block) {
  return reinterpret_cast<Header*>(const_cast<char*>(static_cast<const char*>(block) - kHeader));
}

#if CARESCORE_MAP_LARGE_BLOCKS
constexpr std::size_t kLargePage = std::size_t{2} << 20;

bool largePagesWanted() {
  static const bool wanted = [] {
    const char* value = std::getenv("CARESCORE_LARGE_PAGES");
    return !(value && value[0] == '0');
  }();
  return wanted;
}

// Maps more than asked, then gives back the head and tail so the mapping starts on a 2 MiB
// boundary: huge pages only cover whole aligned 2 MiB ranges.
void* mapAligned(std::size_t bytes) {
  const std::size_t length = (bytes + kLargePage - 1) & ~(kLargePage - 1);
  void* raw = mmap(nullptr, length + kLargePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  const auto start = reinterpret_cast<std::uintptr_t>(raw);
  const auto aligned = (start + kLargePage - 1) & ~(kLargePage - 1);
  if (aligned > start) munmap(raw, aligned - start);
  if (const std::size_t tail = start + length + kLargePage - (aligned + length); tail > 0)
    munmap(reinterpret_cast<void*>(aligned + length), tail);
  madvise(reinterpret_cast<void*>(aligned), length, MADV_HUGEPAGE);  // a refusal only costs speed
  auto* header = reinterpret_cast<Header*>(aligned);
  header->mappedBytes = length;
  return header;
}
#endif

} // namespace

void* allocateBlock(std::size_t bytes) noexcept {
  void* base = nullptr;
#if CARESCORE_MAP_LARGE_BLOCKS
  if (bytes + kHeader >= kLargePage && largePagesWanted()) base = mapAligned(bytes + kHeader);
#endif
  if (!base) {
    base = std::malloc(bytes + kHeader);
    if (!base) return nullptr;
    static_cast<Header*>(base)->mappedBytes = 0;
  }
  static_cast<Header*>(base)->bytes = bytes;
  return static_cast<char*>(base) + kHeader;
}

void releaseBlock(void* block) noexcept {
  if (!block) return;
  Header* header = headerOf(block);
#if CARESCORE_MAP_LARGE_BLOCKS
  if (header->mappedBytes != 0) {
    munmap(header, header->mappedBytes);
    return;
  }
#endif
  std::free(header);
}

std::size_t blockBytes(const void* block) noexcept { return headerOf(block)->bytes; }

} // namespace carescore::cli
