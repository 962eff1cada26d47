// The text encodings the readers understand, and their names. Everything is converted to UTF-8
// before parsing (transcoder.h); detection is in encoding_detection.h.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace carescore {

enum class Encoding : std::uint8_t {
  Utf8,
  Utf16Le,
  Utf16Be,
  Windows1252,  // Western European (Excel on English, French, German… Windows)
  Windows1258,  // Vietnamese: tone marks are separate combining characters
  Windows1251,  // Cyrillic (Excel on Russian Windows)
  Koi8R,        // Cyrillic (older Unix and mail exports)
};

inline constexpr Encoding kEncodings[] = {Encoding::Utf8,        Encoding::Utf16Le,     Encoding::Utf16Be, Encoding::Windows1252,
                                          Encoding::Windows1258, Encoding::Windows1251, Encoding::Koi8R};

std::string_view nameOf(Encoding encoding);  // WHATWG labels: "utf-8", "utf-16le", "windows-1258", "koi8-r", …
// Accepts the WHATWG label and the usual aliases ("cp1251", "utf8", "koi8r"), any case.
std::optional<Encoding> encodingFromName(std::string_view name);
bool isSingleByte(Encoding encoding);

} // namespace carescore
