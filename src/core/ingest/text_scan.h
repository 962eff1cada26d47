// Byte-level helpers shared by the value parsers: trimming, digits, letters, and matching words
// ignoring case (through core/text/case_mapping.h). Not a Unicode library: no locale, no
// normalization, and nothing here allocates except appendFolded's output.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
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

// Per byte: 1 if it may start a space, CR or LF (any byte up to ' ', and 0xC2 and 0xE2 that start
// the multi-byte spaces), 2 if it may end one (up to ' ', 0xA0, 0xAF).
inline constexpr auto kSpaceEdges = [] {
  struct Table {
    unsigned char edge[256] = {};
  } t;
  for (int c = 0; c <= ' '; ++c) t.edge[c] = 3;
  t.edge[0xC2] = t.edge[0xE2] = 1;
  t.edge[0xA0] = t.edge[0xAF] = 2;
  return t;
}();

// The loops of trim(), for the cells that may need them; out of line so that trim() itself is
// two table reads that clang inlines into the readers' per-cell loops (it did not inline the
// whole: a call per cell in the WebAssembly build).
[[gnu::noinline]] constexpr std::string_view trimSpaces(std::string_view s) {
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

// Removes spaces (as above), CR and LF from both ends: cells often carry a stray tab or padding.
inline constexpr std::string_view trim(std::string_view s) {
  // Most cells need no trimming: a first byte that starts no space and a last byte that ends
  // none decide it, by two table reads.
  if (!s.empty() && ((kSpaceEdges.edge[byteAt(s, 0)] & 1) | (kSpaceEdges.edge[byteAt(s, s.size() - 1)] & 2)) == 0) return s;
  return trimSpaces(s);
}

// Bytes of `text` that match `lowerWord` (lower case UTF-8) at its start, ignoring case as
// core/text/case_mapping.h lowers it (ASCII, Latin incl. Vietnamese, Greek, Cyrillic); 0 if it
// does not match. The length is the text's, which may differ from the word's (İ is 2 bytes, i 1).
std::size_t matchFolded(std::string_view text, std::string_view lowerWord);

// True if the whole of `text` matches `lowerWord` ignoring case.
inline bool equalsFolded(std::string_view text, std::string_view lowerWord) {
  return !text.empty() && matchFolded(text, lowerWord) == text.size();
}

// Appends the lower case of the code point at `i` to `out`; returns the bytes it took.
std::size_t appendFolded(std::string& out, std::string_view text, std::size_t i);

// Length of the UTF-8 letter (ASCII letter, or any multi-byte sequence: the scripts we read have
// no multi-byte punctuation we stop on except the spaces above) at `i`, or 0.
std::size_t letterAt(std::string_view s, std::size_t i);

} // namespace carescore::scan
