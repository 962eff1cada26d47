// Byte-level helpers shared by the value parsers: trimming, digits, and case folding of the few
// scripts our vocabularies use (Latin incl. Vietnamese letters, Cyrillic). Not a Unicode library:
// no locale, no tables beyond what the parsers need, and nothing here allocates.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace carescore::scan {

inline constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }
inline constexpr int digitOf(char c) { return c - '0'; }
inline constexpr bool isAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline constexpr char asciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }
inline constexpr unsigned char byteAt(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

// Length of the space at `i`: ASCII space or tab (1), U+00A0 no-break space (2), U+202F narrow
// no-break space (3, the French/Russian thousands separator); 0 if none.
inline constexpr std::size_t spaceAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  const unsigned char c = byteAt(s, i);
  if (c == ' ' || c == '\t') return 1;
  if (c == 0xC2 && i + 1 < s.size() && byteAt(s, i + 1) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size() && byteAt(s, i + 1) == 0x80 && byteAt(s, i + 2) == 0xAF) return 3;
  return 0;
}

// Removes spaces (as above), CR and LF from both ends: cells often carry a stray tab or padding.
inline constexpr std::string_view trim(std::string_view s) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    if (s[begin] == '\r' || s[begin] == '\n') { ++begin; continue; }
    const std::size_t n = spaceAt(s, begin);
    if (n == 0) break;
    begin += n;
  }
  std::size_t end = s.size();
  while (end > begin) {
    const unsigned char c = byteAt(s, end - 1);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') --end;
    else if (c == 0xA0 && end - begin >= 2 && byteAt(s, end - 2) == 0xC2) end -= 2;
    else if (c == 0xAF && end - begin >= 3 && byteAt(s, end - 2) == 0x80 && byteAt(s, end - 3) == 0xE2) end -= 3;
    else break;
  }
  return s.substr(begin, end - begin);
}

// Lower-cases one UTF-8 sequence starting at `i` into `out` (same length) and returns its length.
// Folds ASCII, Latin-1 letters (Ó→ó), Latin Extended-A pairs (Đ→đ), Latin Extended Additional
// pairs (Ố→ố, the Vietnamese tone letters), Greek-free Cyrillic (Д→д, Ё→ё). Other bytes are copied.
std::size_t foldSequence(std::string_view s, std::size_t i, char out[4]);

// True if `text` equals `lowerWord` (already lower case, UTF-8) ignoring case as foldSequence does.
bool equalsFolded(std::string_view text, std::string_view lowerWord);

// True if `text` starts with `lowerWord` ignoring case; the matched length is the word's length.
bool startsWithFolded(std::string_view text, std::string_view lowerWord);

// Length of the UTF-8 letter (ASCII letter, or any multi-byte sequence: the scripts we read have
// no multi-byte punctuation we stop on except the spaces above) at `i`, or 0.
std::size_t letterAt(std::string_view s, std::size_t i);

} // namespace carescore::scan
