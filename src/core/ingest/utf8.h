// Decoding and encoding one UTF-8 sequence, strictly (no overlongs, surrogates or code points
// past U+10FFFF). An ill-formed sequence is consumed as its "maximal subpart", the unit the
// WHATWG decoder (the browser's TextDecoder) replaces with one U+FFFD.
#pragma once
#include <cstddef>
#include <cstdint>

namespace carescore {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct Utf8Step {
  enum Status : std::uint8_t { Ok, Invalid, Truncated };
  char32_t codePoint = 0;  // valid when Ok
  std::uint8_t length = 0; // bytes consumed (Ok, Invalid), or bytes seen so far (Truncated)
  Status status = Ok;
};

// Decodes the sequence starting at p (p[0] may be ASCII). Truncated: the bytes before p + available
// are a valid beginning of a sequence that continues past them.
inline Utf8Step decodeUtf8(const unsigned char* p, std::size_t available) {
  const unsigned char lead = p[0];
  if (lead < 0x80) return {lead, 1, Utf8Step::Ok};
  std::size_t need;
  char32_t cp;
  unsigned char lower = 0x80, upper = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    cp = lead & 0x0F;
    if (lead == 0xE0) lower = 0xA0;       // overlong
    else if (lead == 0xED) upper = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    cp = lead & 0x07;
    if (lead == 0xF0) lower = 0x90;       // overlong
    else if (lead == 0xF4) upper = 0x8F;  // past U+10FFFF
  } else {
    return {0, 1, Utf8Step::Invalid};
  }
  for (std::size_t i = 1; i <= need; ++i) {
    if (i >= available) return {0, static_cast<std::uint8_t>(i), Utf8Step::Truncated};
    const unsigned char c = p[i];
    const unsigned char lo = i == 1 ? lower : 0x80, hi = i == 1 ? upper : 0xBF;
    if (c < lo || c > hi) return {0, static_cast<std::uint8_t>(i), Utf8Step::Invalid};
    cp = (cp << 6) | (c & 0x3F);
  }
  return {cp, static_cast<std::uint8_t>(need + 1), Utf8Step::Ok};
}

// Writes cp as UTF-8 into out (room for 4 bytes); returns the length.
inline std::size_t encodeUtf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

} // namespace carescore
