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

#include <doctest/doctest.h>

// doctest 2.4 prints std::string but not std::string_view in failure messages.
template <>
struct doctest::StringMaker<std::string_view> {
  static doctest::String convert(std::string_view value) { return {value.data(), static_cast<unsigned>(value.size())}; }
};

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
