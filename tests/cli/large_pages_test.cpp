// The native tools' memory blocks (src/cli/large_pages.h): sizes kept, malloc's alignment, big
// blocks usable end to end. Natively a 5 MB block is a mapping of its own; in WebAssembly and under
// AddressSanitizer every block comes from malloc. The same assertions hold either way.
#include <cstdint>
#include <cstring>
#include <initializer_list>

#include <doctest/doctest.h>

#include "cli/large_pages.h"

TEST_SUITE("cli/large_pages") {

TEST_CASE("blocks keep the size asked for and operator new's alignment, small and large") {
  for (const std::size_t bytes : {std::size_t{0}, std::size_t{1}, std::size_t{100}, (std::size_t{2} << 20) - 16, std::size_t{2} << 20,
                                  std::size_t{5'000'000}}) {
    void* block = carescore::cli::allocateBlock(bytes);
    REQUIRE(block != nullptr);
    CHECK(carescore::cli::blockBytes(block) == bytes);
    CHECK(reinterpret_cast<std::uintptr_t>(block) % __STDCPP_DEFAULT_NEW_ALIGNMENT__ == 0);  // what operator new promises
    carescore::cli::releaseBlock(block);
  }
}

TEST_CASE("a large block holds what is written into all of it") {
  constexpr std::size_t kBytes = 5'000'000;
  auto* bytes = static_cast<unsigned char*>(carescore::cli::allocateBlock(kBytes));
  REQUIRE(bytes != nullptr);
  std::memset(bytes, 0xA5, kBytes);
  bytes[kBytes - 1] = 0x5A;
  CHECK(bytes[0] == 0xA5);
  CHECK(bytes[kBytes / 2] == 0xA5);
  CHECK(bytes[kBytes - 1] == 0x5A);
  carescore::cli::releaseBlock(bytes);
  carescore::cli::releaseBlock(nullptr);  // like free(nullptr): nothing happens
}

}
