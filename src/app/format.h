// Numbers and sizes as people read them. English conventions for now; per-language formats
// (82,4 % in Vietnamese and Russian) come with the translations.
#pragma once
#include <cstdint>
#include <string>

namespace carescore {

std::string formatCount(std::uint64_t n);    // 1234567 -> "1,234,567"
std::string formatBytes(std::uint64_t bytes);  // 1536 -> "1.5 KB" (decimal units, as browsers show)

} // namespace carescore
