// Word matching ignoring case through core/text/case_mapping.h, and what counts as a letter.
#include "core/ingest/text_scan.h"

#include "core/text/case_mapping.h"

namespace carescore::scan {

std::size_t matchFolded(std::string_view text, std::string_view lowerWord) {
  std::size_t t = 0, w = 0;
  while (w < lowerWord.size()) {
    if (t >= text.size()) return 0;
    const unsigned char tc = byteAt(text, t);
    const unsigned char wc = byteAt(lowerWord, w);
    if (tc < 0x80 && wc < 0x80) {  // the common case: ASCII on both sides
      if (asciiLower(static_cast<char>(tc)) != static_cast<char>(wc)) return 0;
      ++t;
      ++w;
      continue;
    }
    const DecodedCodePoint fromText = decodeUtf8(text, t);
    const DecodedCodePoint fromWord = decodeUtf8(lowerWord, w);
    if (fromText.codePoint == 0xFFFD || toLowerCodePoint(fromText.codePoint) != fromWord.codePoint) return 0;
    t += fromText.length;
    w += fromWord.length;
  }
  return t;
}

std::size_t appendFolded(std::string& out, std::string_view text, std::size_t i) {
  const unsigned char c = byteAt(text, i);
  if (c < 0x80) {
    out.push_back(asciiLower(static_cast<char>(c)));
    return 1;
  }
  const DecodedCodePoint decoded = decodeUtf8(text, i);
  if (decoded.codePoint == 0xFFFD) out.push_back(static_cast<char>(c));  // a stray byte stays as it is
  else appendUtf8(out, toLowerCodePoint(decoded.codePoint));
  return decoded.length;
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
