// Letters without their accents, for matching what people type with and without them: Vietnamese
// "Thời gian tạo" and "thoi gian tao", Russian "Ё" and "е", French "Récl." and "recl.". A table of
// the Latin ranges' base letters (Unicode decompositions, plus đ, ø, ł that do not decompose).
// Not a transliteration: Cyrillic stays Cyrillic, and nothing is lowered here (case_mapping.h).
#pragma once
#include <string>
#include <string_view>

namespace carescore {

// The base letter of a lower-case Latin letter with diacritics (ệ → e, đ → d), ё → е; the code
// point itself otherwise. Combining marks (U+0300–U+036F) give 0: drop them.
char32_t withoutDiacritic(char32_t lowerCodePoint);

// Lower-cased and accent-free UTF-8 (invalid bytes kept as U+FFFD).
std::string foldAccents(std::string_view text);

} // namespace carescore
