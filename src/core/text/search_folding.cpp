// Folding by a table of code-point ranges to their base letter, after lower-casing: Latin-1,
// Latin Extended-A/B letters Vietnamese uses, the Vietnamese block of Latin Extended Additional,
// Cyrillic ё and й; combining marks (text that was not composed) are dropped.
#include "core/text/search_folding.h"

#include "core/text/case_mapping.h"

namespace carescore {

namespace {

struct FoldRange {
  char32_t first, last;
  char base;
};

// Lower-case code points only: folding lower-cases first.
constexpr FoldRange kFolds[] = {
  {0x00E0, 0x00E5, 'a'}, {0x00E7, 0x00E7, 'c'}, {0x00E8, 0x00EB, 'e'}, {0x00EC, 0x00EF, 'i'}, {0x00F0, 0x00F0, 'd'},
  {0x00F1, 0x00F1, 'n'}, {0x00F2, 0x00F6, 'o'}, {0x00F8, 0x00F8, 'o'}, {0x00F9, 0x00FC, 'u'}, {0x00FD, 0x00FD, 'y'},
  {0x00FF, 0x00FF, 'y'}, {0x0101, 0x0105, 'a'}, {0x0107, 0x010D, 'c'}, {0x010F, 0x0111, 'd'}, {0x0113, 0x011B, 'e'},
  {0x0129, 0x0131, 'i'}, {0x014D, 0x0151, 'o'}, {0x0169, 0x0173, 'u'}, {0x01A1, 0x01A1, 'o'}, {0x01B0, 0x01B0, 'u'},
  {0x1EA1, 0x1EB7, 'a'}, {0x1EB9, 0x1EC7, 'e'}, {0x1EC9, 0x1ECB, 'i'}, {0x1ECD, 0x1EE3, 'o'}, {0x1EE5, 0x1EF1, 'u'},
  {0x1EF3, 0x1EF9, 'y'},
};

// Cyrillic letters whose marks Russian writers often leave out.
struct FoldPoint {
  char32_t from, to;
};
constexpr FoldPoint kCyrillicFolds[] = {{0x0451, 0x0435}, {0x0439, 0x0438}};  // ё → е, й → и

bool isCombiningMark(char32_t c) { return c >= 0x0300 && c <= 0x036F; }

} // namespace

void foldForSearch(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const DecodedCodePoint decoded = decodeUtf8(text, at);
    at += decoded.length;
    char32_t c = toLowerCodePoint(decoded.codePoint);
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    if (isCombiningMark(c)) continue;
    bool folded = false;
    for (const FoldRange& range : kFolds)
      if (c >= range.first && c <= range.last) {
        out += range.base;
        folded = true;
        break;
      }
    if (folded) continue;
    for (const FoldPoint& point : kCyrillicFolds)
      if (c == point.from) c = point.to;
    appendUtf8(out, c);
  }
}

std::string foldForSearch(std::string_view text) {
  std::string out;
  foldForSearch(text, out);
  return out;
}

bool containsFolded(std::string_view foldedHaystack, std::string_view foldedNeedle) {
  return foldedHaystack.find(foldedNeedle) != std::string_view::npos;
}

} // namespace carescore
