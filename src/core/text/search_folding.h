// Text folded for searching: lower case and without diacritics, so "cam on", "CẢM ƠN" and "cảm ơn"
// find each other and "ё" finds "е". For substring search in comments and names; not for
// display, and not topic normalization (which keeps diacritics: "bán" ≠ "bản" as FAQ topics).
#pragma once
#include <string>
#include <string_view>

namespace carescore {

// Appends the folded text to `out` (cleared first); reuse it across calls to avoid allocating.
void foldForSearch(std::string_view text, std::string& out);
std::string foldForSearch(std::string_view text);

// True when the folded `haystack` contains the folded `needle` (an empty needle matches).
bool containsFolded(std::string_view foldedHaystack, std::string_view foldedNeedle);

} // namespace carescore
