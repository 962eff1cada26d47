// Small helpers shared by the engine tests: reading the team's shared corpus (../shared, beside
// the checkout in CI), whole files as bytes, and text as byte spans.
#pragma once
#include <cstdint>
#include <fstream>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace carescore::testing {

inline std::string sharedPath(std::string_view relative) { return std::string(CARESCORE_SHARED_DIR) + "/" + std::string(relative); }

inline std::vector<std::uint8_t> readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::span<const std::uint8_t> bytesOf(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

} // namespace carescore::testing
