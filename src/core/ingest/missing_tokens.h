// The spellings of "no value" in exports: empty cells, NULL, N/A, NaN, dashes, Excel's error
// values. A missing cell is missing in every column type, never zero. Not for sentinels that
// depend on the column (a 0:00:00 "no queue" time): the mapping stage knows those.
#pragma once
#include <span>
#include <string_view>

namespace carescore {

// The tokens, lower case, compared ignoring case after trimming spaces (data, not logic).
std::span<const std::string_view> missingTokens();

// True for an empty or all-space cell and for any of missingTokens().
bool isMissingToken(std::string_view text);

} // namespace carescore
