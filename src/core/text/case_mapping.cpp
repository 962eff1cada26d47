// The lower-case table: ranges that shift by a constant, and ranges of upper/lower pairs.
#include "core/text/case_mapping.h"

#include <algorithm>
#include <iterator>

namespace carescore {
namespace {

struct CaseRange {
  char32_t first;
  char32_t last;
  int delta;   // lower = upper + delta; for pairs, applied to every other code point from `first`
  bool pairs;  // upper and lower alternate: first (upper), first + 1 (lower), …
};

// Sorted by `first`. Latin Extended-B and Cyrillic supplements list the pair runs only.
constexpr CaseRange kCaseRanges[] = {
    {0x0041, 0x005A, 32, false},   {0x00C0, 0x00D6, 32, false},   {0x00D8, 0x00DE, 32, false},
    {0x0100, 0x012F, 1, true},     {0x0130, 0x0130, 0x69 - 0x130, false},  // İ → i
    {0x0132, 0x0137, 1, true},     {0x0139, 0x0148, 1, true},     {0x014A, 0x0177, 1, true},
    {0x0178, 0x0178, 0xFF - 0x178, false},                                 // Ÿ → ÿ
    {0x0179, 0x017E, 1, true},     {0x0182, 0x0185, 1, true},     {0x0187, 0x0188, 1, true},
    {0x018B, 0x018C, 1, true},     {0x0191, 0x0192, 1, true},     {0x0198, 0x0199, 1, true},
    {0x01A0, 0x01A5, 1, true},     // Ơ ơ (Vietnamese)
    {0x01A7, 0x01A8, 1, true},     {0x01AC, 0x01AD, 1, true},
    {0x01AF, 0x01B0, 1, true},     // Ư ư (Vietnamese)
    {0x01B3, 0x01B6, 1, true},     {0x01B8, 0x01B9, 1, true},     {0x01BC, 0x01BD, 1, true},
    {0x01C4, 0x01C4, 2, false},    {0x01C5, 0x01C5, 1, false},    {0x01C7, 0x01C7, 2, false},
    {0x01C8, 0x01C8, 1, false},    {0x01CA, 0x01CA, 2, false},    {0x01CB, 0x01CB, 1, false},
    {0x01CD, 0x01DC, 1, true},     {0x01DE, 0x01EF, 1, true},     {0x01F1, 0x01F1, 2, false},
    {0x01F2, 0x01F2, 1, false},    {0x01F4, 0x01F5, 1, true},     {0x01F8, 0x021F, 1, true},
    {0x0222, 0x0233, 1, true},     {0x0246, 0x024F, 1, true},
    {0x0386, 0x0386, 38, false},   {0x0388, 0x038A, 37, false},   {0x038C, 0x038C, 64, false},
    {0x038E, 0x038F, 63, false},   {0x0391, 0x03A1, 32, false},   {0x03A3, 0x03AB, 32, false},
    {0x0400, 0x040F, 80, false},   // Ѐ…Џ, including Ё → ё
    {0x0410, 0x042F, 32, false},   // А…Я
    {0x0460, 0x0481, 1, true},     {0x048A, 0x04BF, 1, true},     {0x04C0, 0x04C0, 15, false},
    {0x04C1, 0x04CE, 1, true},     {0x04D0, 0x052F, 1, true},
    {0x1E00, 0x1E95, 1, true},     {0x1E9E, 0x1E9E, 0xDF - 0x1E9E, false},  // ẞ → ß
    {0x1EA0, 0x1EFF, 1, true},     // Ạ ạ … Ỹ ỹ (Vietnamese)
};

} // namespace

char32_t toLowerCodePoint(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  const auto* end = std::end(kCaseRanges);
  const auto* range = std::upper_bound(std::begin(kCaseRanges), end, c, [](char32_t value, const CaseRange& r) { return value < r.first; });
  if (range == std::begin(kCaseRanges)) return c;
  --range;
  if (c > range->last) return c;
  if (range->pairs) return (c - range->first) % 2 == 0 ? c + 1 : c;
  return static_cast<char32_t>(static_cast<int>(c) + range->delta);
}

DecodedCodePoint decodeUtf8(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) length = 2, value = lead & 0x1F, minimum = 0x80;
  else if ((lead & 0xF0) == 0xE0) length = 3, value = lead & 0x0F, minimum = 0x800;
  else if ((lead & 0xF8) == 0xF0) length = 4, value = lead & 0x07, minimum = 0x10000;
  else return {0xFFFD, 1};
  if (text.size() - at < length) return {0xFFFD, 1};
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {0xFFFD, 1};
    value = value << 6 | (byte(at + i) & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {0xFFFD, 1};
  return {value, length};
}

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

} // namespace carescore
