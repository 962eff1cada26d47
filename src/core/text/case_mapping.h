// UTF-8 code points and lower-casing for the scripts CareScore's users write: Latin (Basic,
// Latin-1, Extended-A/B, Extended Additional: Vietnamese), Greek and Cyrillic (Ё → ё). Simple
// one-to-one mappings from a table of ranges; not full Unicode case folding or normalization.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace carescore {

struct DecodedCodePoint {
  char32_t codePoint = 0;  // U+FFFD when the bytes are not valid UTF-8
  std::size_t length = 1;  // bytes consumed (at least 1, so a loop always advances)
};

DecodedCodePoint decodeUtf8(std::string_view text, std::size_t at);
void appendUtf8(std::string& out, char32_t codePoint);
char32_t toLowerCodePoint(char32_t codePoint);

} // namespace carescore
