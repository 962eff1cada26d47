#include "cli/file_chunks.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace carescore::cli {

bool readInChunks(const char* path, const std::function<void(std::span<const std::uint8_t>)>& consume, std::string* error) {
  std::FILE* file = std::fopen(path, "rb");
  if (!file) {
    *error = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  std::vector<std::uint8_t> chunk(kChunkBytes);
  while (const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), file)) consume({chunk.data(), n});
  const bool failed = std::ferror(file);
  std::fclose(file);
  if (failed) *error = "read error";
  return !failed;
}

} // namespace carescore::cli
