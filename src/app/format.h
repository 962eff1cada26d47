// Numbers and sizes as people read them. English conventions for now; per-language formats
// (82,4 % in Vietnamese and Russian) come with the translations.
#pragma once
#include <cstdint>
#include <string>

namespace carescore {

std::string formatCount(std::uint64_t n);    // 1234567 -> "1,234,567"
// 1 -> "1 row", 1234 -> "1,234 rows"
std::string formatCount(std::uint64_t n, const char* singular, const char* plural);
std::string formatBytes(std::uint64_t bytes);  // 1536 -> "1.5 KB" (decimal units, as browsers show)

} // namespace carescore
