// Canonical (NFC) composition of a Latin letter with a following combining mark — the marks
// Vietnamese text uses: grave, acute, circumflex, tilde, breve, hook above, horn, dot below.
// Windows-1258 writes tones as separate marks (e + U+0323 for ẹ) and macOS writes NFD; both
// must equal the precomposed letters of other files. Not a full Unicode normalizer.
#pragma once
#include <span>

namespace carescore {

struct CompositionPair {
  char32_t base;
  char32_t mark;
  char32_t composed;
};

// Sorted by (base, mark). Derived from Unicode 14 NFC with Python's unicodedata.
std::span<const CompositionPair> compositionPairs();

inline bool isComposingMark(char32_t c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0302 || c == 0x0303 || c == 0x0306 || c == 0x0309 || c == 0x031B ||
         c == 0x0323;
}

// A letter that some mark composes with (so a reader must wait for the next character).
inline bool mayTakeMark(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c < 0x250) || (c >= 0x1E00 && c < 0x1F00); }

// The precomposed letter, or 0 when base + mark do not compose.
char32_t composePair(char32_t base, char32_t mark);

} // namespace carescore
