// Reading a file the way the browser does: in chunks into one reused buffer, so the CLI holds no
// more of a file than the app would. Not a file-system abstraction.
#pragma once
#include <cstdint>
#include <functional>
#include <span>
#include <string>

namespace carescore::cli {

inline constexpr std::size_t kChunkBytes = std::size_t{1} << 20;

// Calls `consume` for each chunk of the file; false with `error` set when it cannot be read.
bool readInChunks(const char* path, const std::function<void(std::span<const std::uint8_t>)>& consume, std::string* error);

} // namespace carescore::cli
