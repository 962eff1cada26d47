// Base letters per code point, generated from Unicode's canonical decompositions (NFD, first
// character) with python3's unicodedata; '.' marks a letter with no Latin base (æ, ß, ə, …).
#include "core/text/diacritics.h"

#include "core/text/case_mapping.h"

namespace carescore {

namespace {

// U+00C0 … U+024F (Latin-1 Supplement letters, Latin Extended-A and -B), lower-case bases.
constexpr std::string_view kLatinBases =
    "aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.yaaaaaaccccccccdd"
    "ddeeeeeeeeeegggggggghh..iiiiiiiiii..jjkk.llllll..llnnnnnn...oooooo..rrrrrrssssss"
    "sstttt..uuuuuuuuuuuuwwyyyzzzzzz.................................oo.............u"
    "u............................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...."
    "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................";
constexpr char32_t kLatinFirst = 0x00C0;

// U+1E00 … U+1EFF (Latin Extended Additional: most precomposed Vietnamese letters).
constexpr std::string_view kExtendedBases =
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooo"
    "oooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy......"
    "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuu"
    "uuyyyyyyyy......";
constexpr char32_t kExtendedFirst = 0x1E00;

char32_t baseIn(std::string_view bases, char32_t first, char32_t c) {
  if (c < first || c - first >= bases.size()) return 0;
  const char base = bases[c - first];
  return base == '.' ? 0 : static_cast<char32_t>(base);
}

} // namespace

char32_t withoutDiacritic(char32_t c) {
  if (c < 0x80) return c;
  if (c >= 0x0300 && c <= 0x036F) return 0;  // combining marks
  if (c == 0x0451) return 0x0435;            // ё → е
  if (const char32_t base = baseIn(kLatinBases, kLatinFirst, c)) return base;
  if (const char32_t base = baseIn(kExtendedBases, kExtendedFirst, c)) return base;
  return c;
}

std::string foldAccents(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const DecodedCodePoint decoded = decodeUtf8(text, i);
    i += decoded.length;
    if (const char32_t c = withoutDiacritic(toLowerCodePoint(decoded.codePoint))) appendUtf8(out, c);
  }
  return out;
}

} // namespace carescore
