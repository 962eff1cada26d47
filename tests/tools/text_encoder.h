// Writing UTF-8 text in another encoding, for the synthetic exports: the inverse of the engine's
// transcoder. Windows-1258 gets Vietnamese letters the way Windows writes them (a base letter
// plus a combining tone mark where the code page has no precomposed letter). Test tooling only.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/ingest/encoding.h"

namespace carescore::tools {

class TextEncoder {
public:
  TextEncoder(carescore::Encoding encoding, bool byteOrderMark);

  // Appends `utf8` (whole characters) encoded to `out`; the first call also writes the BOM.
  void encode(std::string_view utf8, std::string& out);
  // Characters the encoding cannot write; each became '?'.
  std::uint64_t unencodable() const { return unencodable_; }

private:
  void encodeCodePoint(char32_t cp, std::string& out);
  bool encodeSingleByte(char32_t cp, std::string& out);

  carescore::Encoding encoding_;
  bool pendingBom_;
  std::uint64_t unencodable_ = 0;
  std::unordered_map<char32_t, std::string> singleByteCache_;  // non-ASCII code point → bytes ("" if none)
};

// "utf-8", "utf-8-bom", "utf-16le" (with a BOM, like Excel's Unicode Text), "utf-16le-nobom",
// "utf-16be", "cp1252", "cp1258", "cp1251", "koi8-r": false if unknown.
bool encoderFromName(std::string_view name, carescore::Encoding* encoding, bool* byteOrderMark);

} // namespace carescore::tools
