#include "tools/text_encoder.h"

#include "core/ingest/code_pages.h"
#include "core/ingest/mark_composition.h"
#include "core/ingest/utf8.h"

namespace carescore::tools {

using carescore::Encoding;

TextEncoder::TextEncoder(Encoding encoding, bool byteOrderMark) : encoding_(encoding), pendingBom_(byteOrderMark) {}

bool encoderFromName(std::string_view name, Encoding* encoding, bool* byteOrderMark) {
  *byteOrderMark = name == "utf-8-bom" || name == "utf-16le" || name == "utf-16be";
  if (name == "utf-16le-nobom") name = "utf-16le";
  if (name == "utf-16be-nobom") name = "utf-16be";
  const auto parsed = carescore::encodingFromName(name);
  if (!parsed) return false;
  *encoding = *parsed;
  return true;
}

void TextEncoder::encode(std::string_view utf8, std::string& out) {
  if (pendingBom_) {
    pendingBom_ = false;
    if (encoding_ == Encoding::Utf8) out += "\xEF\xBB\xBF";
    else if (encoding_ == Encoding::Utf16Le) out += "\xFF\xFE";
    else if (encoding_ == Encoding::Utf16Be) out += "\xFE\xFF";
  }
  if (encoding_ == Encoding::Utf8) {
    out.append(utf8);
    return;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  for (std::size_t i = 0; i < utf8.size();) {
    const carescore::Utf8Step step = carescore::decodeUtf8(p + i, utf8.size() - i);
    encodeCodePoint(step.status == carescore::Utf8Step::Ok ? step.codePoint : carescore::kReplacementCharacter, out);
    i += step.length ? step.length : 1;
  }
}

void TextEncoder::encodeCodePoint(char32_t cp, std::string& out) {
  if (encoding_ == Encoding::Utf16Le || encoding_ == Encoding::Utf16Be) {
    auto unit = [&](char16_t u) {
      const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
      if (encoding_ == Encoding::Utf16Le) out += lo, out += hi;
      else out += hi, out += lo;
    };
    if (cp >= 0x10000) {
      unit(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
      unit(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    } else {
      unit(static_cast<char16_t>(cp));
    }
    return;
  }
  auto cached = singleByteCache_.find(cp);
  if (cached == singleByteCache_.end()) {
    std::string bytes;
    if (!encodeSingleByte(cp, bytes)) bytes.clear();
    cached = singleByteCache_.emplace(cp, std::move(bytes)).first;
  }
  if (cached->second.empty()) {
    ++unencodable_;
    out += '?';
  } else {
    out += cached->second;
  }
}

// A code point as bytes of a single-byte code page; letters it lacks are written as a base letter
// plus a combining mark when both exist (Windows-1258's Vietnamese), recursively (ệ = ê + ̣).
bool TextEncoder::encodeSingleByte(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
    return true;
  }
  const carescore::CodePageHighHalf& table = carescore::highHalfOf(encoding_);
  for (std::size_t b = 0; b < table.size(); ++b)
    if (table[b] == cp) {
      out += static_cast<char>(0x80 + b);
      return true;
    }
  for (const carescore::CompositionPair& pair : carescore::compositionPairs()) {
    if (pair.composed != cp) continue;
    std::string attempt;
    if (encodeSingleByte(pair.base, attempt) && encodeSingleByte(pair.mark, attempt)) {
      out += attempt;
      return true;
    }
  }
  return false;
}

} // namespace carescore::tools
