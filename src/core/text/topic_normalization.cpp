// One pass over the code points: classify (letter, digit, joiner, apostrophe, separator), group
// letters and digits into words, words joined by - _ / . : into chunks; a chunk with a digit
// becomes "#". Definitions (reply prefixes, which code points separate) are tables below.
#include "core/text/topic_normalization.h"

#include <algorithm>
#include <iterator>

#include "core/text/case_mapping.h"

namespace carescore {
namespace {

enum class CharClass { Letter, Digit, Joiner, Apostrophe, Separator };

// Reply and forward markers of mail clients in English, Russian and Vietnamese (lower case,
// matched only at the start and only before a colon).
constexpr std::string_view kReplyPrefixes[] = {"re", "fw", "fwd", "aw", "отв", "ответ", "пересл", "tl", "tr"};

struct BlockRange {
  char32_t first;
  char32_t last;
};
// Non-ASCII code points that separate words: Latin-1 punctuation and symbols, × and ÷, general
// punctuation (incl. ’ “ ” – — … and zero-width spaces), currency, letter-like symbols (№),
// arrows, maths, shapes, dingbats, CJK punctuation, variation selectors, BOM, emoji.
constexpr BlockRange kSeparatorBlocks[] = {
    {0x0080, 0x00BF}, {0x00D7, 0x00D7}, {0x00F7, 0x00F7}, {0x2000, 0x2BFF}, {0x3000, 0x303F},
    {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}, {0xFFF0, 0xFFFF}, {0x1F000, 0x1FAFF},
};

CharClass classify(char32_t c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::Letter;
    if (c >= '0' && c <= '9') return CharClass::Digit;
    if (c == '-' || c == '_' || c == '/' || c == '.' || c == ':') return CharClass::Joiner;
    if (c == '\'') return CharClass::Apostrophe;
    return CharClass::Separator;
  }
  if (c == 0x2019 || c == 0x02BC) return CharClass::Apostrophe;  // ’ ʼ
  for (const BlockRange& block : kSeparatorBlocks)
    if (c >= block.first && c <= block.last) return CharClass::Separator;
  return CharClass::Letter;  // any other script, and combining marks, belong to words
}

struct Scanned {
  char32_t codePoint;
  CharClass kind;
  std::size_t next;  // byte offset after it
};

Scanned scan(std::string_view text, std::size_t at) {
  const DecodedCodePoint decoded = decodeUtf8(text, at);
  const char32_t lower = toLowerCodePoint(decoded.codePoint);
  return {lower, decoded.codePoint == 0xFFFD ? CharClass::Separator : classify(lower), at + decoded.length};
}

bool isWordChar(CharClass kind) { return kind == CharClass::Letter || kind == CharClass::Digit; }

} // namespace

void normalizeTopic(std::string_view text, std::string& out, const TopicOptions& options) {
  out.clear();
  bool atStart = true;          // nothing but reply prefixes so far
  bool lastWasPlaceholder = false;
  std::size_t at = 0;
  while (at < text.size()) {
    Scanned c = scan(text, at);
    if (!isWordChar(c.kind)) {
      at = c.next;
      continue;
    }
    // A chunk: words joined by joiners or apostrophes, each joiner between two word characters.
    const std::size_t chunkBegin = out.size();
    if (!out.empty()) out.push_back(' ');
    const std::size_t textBegin = out.size();
    bool hasDigit = false;
    std::size_t end = at;
    while (end < text.size()) {
      c = scan(text, end);
      if (isWordChar(c.kind)) {
        hasDigit = hasDigit || c.kind == CharClass::Digit;
        appendUtf8(out, c.codePoint);
        end = c.next;
        continue;
      }
      if ((c.kind == CharClass::Joiner || c.kind == CharClass::Apostrophe) && c.next < text.size() && isWordChar(scan(text, c.next).kind)) {
        if (c.kind == CharClass::Joiner) out.push_back(' ');  // "e-mail" → "e mail"; an apostrophe joins: "can't" → "cant"
        end = c.next;
        continue;
      }
      break;
    }
    const std::string_view chunk(out.data() + textBegin, out.size() - textBegin);
    const bool prefix = options.dropReplyPrefixes && atStart && end < text.size() && text[end] == ':' &&
                        std::find(std::begin(kReplyPrefixes), std::end(kReplyPrefixes), chunk) != std::end(kReplyPrefixes);
    if (prefix) {
      out.resize(chunkBegin);
    } else if (hasDigit && options.replaceNumbers) {
      out.resize(chunkBegin);
      if (!lastWasPlaceholder) {
        if (!out.empty()) out.push_back(' ');
        out.push_back('#');
      }
      lastWasPlaceholder = true;
      atStart = false;
    } else {
      lastWasPlaceholder = false;
      atStart = false;
    }
    at = end;
  }
}

std::string normalizeTopic(std::string_view text, const TopicOptions& options) {
  std::string out;
  normalizeTopic(text, out, options);
  return out;
}

} // namespace carescore
