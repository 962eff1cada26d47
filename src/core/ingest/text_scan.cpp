#include "core/ingest/text_scan.h"

// Case folding limited to the letters of English, Vietnamese and Russian vocabularies. Every fold
// keeps the UTF-8 length, so folded comparison walks both strings in step.
namespace carescore::scan {

namespace {

char32_t foldCodePoint(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;                      // À..Þ
  if (((cp >= 0x100 && cp <= 0x12F) || (cp >= 0x14A && cp <= 0x177)) && cp % 2 == 0) return cp + 1;  // Ă Đ Ĩ Ũ …
  if (cp == 0x1A0 || cp == 0x1AF) return cp + 1;                                      // Ơ Ư
  if (((cp >= 0x1E00 && cp <= 0x1E95) || (cp >= 0x1EA0 && cp <= 0x1EFF)) && cp % 2 == 0) return cp + 1;  // Ạ…Ỹ
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;                                   // А..Я
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;                                   // Ѐ..Џ (Ё)
  return cp;
}

void encode(char32_t cp, std::size_t length, char out[4]) {
  if (length == 2) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
  }
}

} // namespace

std::size_t foldSequence(std::string_view s, std::size_t i, char out[4]) {
  const unsigned char c = byteAt(s, i);
  if (c < 0x80) {
    out[0] = asciiLower(static_cast<char>(c));
    return 1;
  }
  if ((c & 0xE0) == 0xC0 && i + 1 < s.size() && (byteAt(s, i + 1) & 0xC0) == 0x80) {
    const char32_t cp = (char32_t{c & 0x1Fu} << 6) | (byteAt(s, i + 1) & 0x3Fu);
    encode(foldCodePoint(cp), 2, out);
    return 2;
  }
  if ((c & 0xF0) == 0xE0 && i + 2 < s.size() && (byteAt(s, i + 1) & 0xC0) == 0x80 && (byteAt(s, i + 2) & 0xC0) == 0x80) {
    const char32_t cp = (char32_t{c & 0x0Fu} << 12) | (char32_t{byteAt(s, i + 1) & 0x3Fu} << 6) | (byteAt(s, i + 2) & 0x3Fu);
    if (cp >= 0x800) {
      encode(foldCodePoint(cp), 3, out);
      return 3;
    }
  }
  out[0] = static_cast<char>(c);  // a 4-byte sequence or a stray byte: compared as is, byte by byte
  return 1;
}

bool startsWithFolded(std::string_view text, std::string_view lowerWord) {
  if (text.size() < lowerWord.size()) return false;
  std::size_t i = 0;
  while (i < lowerWord.size()) {
    const unsigned char w = byteAt(lowerWord, i);
    const unsigned char t = byteAt(text, i);
    if (w < 0x80 || t < 0x80) {  // ASCII on either side: one byte each (folding keeps ASCII ASCII)
      if (asciiLower(static_cast<char>(t)) != static_cast<char>(w)) return false;
      ++i;
      continue;
    }
    char folded[4] = {};
    const std::size_t n = foldSequence(text, i, folded);
    if (i + n > lowerWord.size()) return false;
    for (std::size_t k = 0; k < n; ++k)
      if (folded[k] != lowerWord[i + k]) return false;
    i += n;
  }
  return true;
}

bool equalsFolded(std::string_view text, std::string_view lowerWord) {
  return text.size() == lowerWord.size() && startsWithFolded(text, lowerWord);
}

std::size_t letterAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  const unsigned char c = byteAt(s, i);
  if (c < 0x80) return isAsciiAlpha(static_cast<char>(c)) ? 1 : 0;
  if (spaceAt(s, i) != 0) return 0;
  std::size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  if (i + n > s.size()) return 0;
  if (c == 0xE2 && byteAt(s, i + 1) == 0x80) return 0;  // U+2000..U+203F: dashes, quotes, bullets
  if (c == 0xE2 && byteAt(s, i + 1) == 0x88) return 0;  // U+2200..U+223F: the minus sign U+2212
  if (c == 0xC2 && byteAt(s, i + 1) < 0xC0) return 0;   // U+0080..U+00BF: °, «, », ·, …
  return n;
}

} // namespace carescore::scan
