#include "core/mapping/header_text.h"

#include <array>

#include "core/ingest/unit_words.h"
#include "core/text/case_mapping.h"
#include "core/text/diacritics.h"
#include "core/time/time_zone.h"

namespace carescore {

namespace {

// Letters and digits of any script; not punctuation, symbols, spaces or marks.
bool isWordCharacter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#';
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;  // Latin-1 symbols, × and ÷
  if (c == 0x2116) return true;                          // №: "№ заявки"
  if (c >= 0x2000 && c <= 0x2BFF) return false;          // punctuation, symbols, arrows, math
  if (c >= 0x3000 && c <= 0x303F) return false;          // CJK punctuation
  if (c >= 0xFE00 && c <= 0xFE0F) return false;          // variation selectors
  return c != 0xFEFF && c != 0xFFFD;                     // a byte-order mark, a broken byte
}

// The areas of IANA zone names (and the links people still write), so "(Y/N)" is not a zone.
constexpr std::string_view kZoneAreas[] = {"Africa", "America", "Antarctica", "Arctic", "Asia",    "Atlantic",
                                           "Australia", "Europe", "Indian", "Pacific", "Etc", "US", "Canada",
                                           "Brazil", "Mexico", "Chile"};

bool looksLikeZoneName(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos || slash + 2 > text.size()) return false;
  bool knownArea = false;
  for (std::string_view area : kZoneAreas) knownArea = knownArea || text.substr(0, slash) == area;
  if (!knownArea) return false;
  for (char c : text)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '_' ||
          c == '-' || c == '+'))
      return false;
  return true;
}

std::string_view trimSpaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Words that may stand before the unit inside the brackets: "(in minutes)", "(в секундах)".
constexpr std::string_view kUnitPrepositions[] = {"in ", "в ", "tính bằng ", "tinh bang "};

// "giây", "in minutes", "сек.", "%" as a unit; false for anything else ("Y/N", "total").
bool readUnit(std::string_view text, HeaderText& out) {
  text = trimSpaces(text);
  if (text == "%") {
    out.unit = std::string(text);  // not = "%": GCC 12 warns falsely (-Wrestrict) on that
    out.percent = true;
    return true;
  }
  for (std::string_view preposition : kUnitPrepositions)
    if (text.substr(0, preposition.size()) == preposition) text = trimSpaces(text.substr(preposition.size()));
  const UnitWord* unit = findUnitWord(text);
  if (!unit) return false;
  out.unit = std::string(text);
  out.unitSeconds = unit->seconds;
  return true;
}

// Takes a zone or a unit off the end of `body` ("… (UTC)", "… (giây)", "…, сек"); false when
// the end is neither, and `body` is left as it was.
bool splitSuffix(std::string_view& body, HeaderText& out) {
  if (body.empty()) return false;
  if (body.back() == ')' || body.back() == ']') {
    const char open = body.back() == ')' ? '(' : '[';
    const std::size_t at = body.rfind(open);
    if (at == std::string_view::npos) return false;
    const std::string_view inside = trimSpaces(body.substr(at + 1, body.size() - at - 2));
    if (out.zone.empty() && (looksLikeZoneName(inside) || parseUtcOffset(inside))) out.zone = std::string(inside);
    else if (!(out.unit.empty() && readUnit(inside, out))) return false;
    body = trimSpaces(body.substr(0, at));
    return true;
  }
  const std::size_t comma = body.rfind(',');
  if (comma == std::string_view::npos || !out.unit.empty() || !readUnit(body.substr(comma + 1), out)) return false;
  body = trimSpaces(body.substr(0, comma));
  return true;
}

// Splits "a b c" into words.
std::vector<std::string_view> wordsOf(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

bool wordMatches(std::string_view word, std::string_view pattern) {
  if (!pattern.empty() && pattern.back() == '*') {
    pattern.remove_suffix(1);
    return word.substr(0, pattern.size()) == pattern;
  }
  return word == pattern;
}

} // namespace

std::string foldHeader(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = true, lastLower = false;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedCodePoint decoded = decodeUtf8(text, i);
    i += decoded.length;
    const char32_t c = decoded.codePoint;
    if (c >= 0x0300 && c <= 0x036F) continue;  // a combining accent: dropped with its letter's base kept
    if (!isWordCharacter(c)) {
      space = true;
      lastLower = false;
      continue;
    }
    const bool upper = c >= 'A' && c <= 'Z';
    if ((upper && lastLower) || (space && !out.empty())) out.push_back(' ');  // camelCase hump, or a gap
    space = false;
    const char32_t lower = toLowerCodePoint(c);
    lastLower = (c >= 'a' && c <= 'z') || (c >= 0x80 && lower == c);
    if (const char32_t base = withoutDiacritic(lower)) appendUtf8(out, base);
  }
  return out;
}

HeaderText readHeaderText(std::string_view header) {
  HeaderText result;
  std::string_view body = trimSpaces(header);
  while (splitSuffix(body, result)) {
  }
  if (foldHeader(body).empty()) {  // "(сек)" alone: the unit is the whole name, keep it as the text
    body = trimSpaces(header);
    result = {};
  }
  result.folded = foldHeader(body);
  return result;
}

bool phraseEquals(std::string_view folded, std::string_view phrase) {
  const std::vector<std::string_view> words = wordsOf(folded), pattern = wordsOf(phrase);
  if (words.size() != pattern.size() || words.empty()) return false;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (!wordMatches(words[i], pattern[i])) return false;
  return true;
}

bool containsPhrase(std::string_view folded, std::string_view phrase) {
  const std::vector<std::string_view> words = wordsOf(folded), pattern = wordsOf(phrase);
  if (pattern.empty() || words.size() < pattern.size()) return false;
  for (std::size_t start = 0; start + pattern.size() <= words.size(); ++start) {
    bool all = true;
    for (std::size_t i = 0; i < pattern.size() && all; ++i) all = wordMatches(words[start + i], pattern[i]);
    if (all) return true;
  }
  return false;
}

std::uint64_t stableHash(std::string_view bytes, std::uint64_t seed) {
  std::uint64_t hash = seed;
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string headerSignature(std::span<const std::string> headers) {
  std::uint64_t hash = stableHash("carescore-headers");
  for (const std::string& header : headers) hash = stableHash(foldHeader(header) + "\n", hash);
  return hexDigits(hash);
}

std::string hexDigits(std::uint64_t hash) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) text[static_cast<std::size_t>(i)] = kHex[hash & 15];
  return text;
}

} // namespace carescore
