// The single-byte code pages as data: the code point of each byte 0x80–0xFF (0x00–0x7F are
// ASCII in all of them). Bytes a code page leaves undefined map to the C1 control of the same
// value, as the WHATWG Encoding standard (and so the browser's TextDecoder) does.
#pragma once
#include <array>

#include "core/ingest/encoding.h"

namespace carescore {

using CodePageHighHalf = std::array<char32_t, 128>;

// The table of a single-byte encoding (isSingleByte(encoding) must hold).
const CodePageHighHalf& highHalfOf(Encoding encoding);

} // namespace carescore
