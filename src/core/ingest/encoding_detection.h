// Guessing a file's text encoding from its first bytes: byte-order mark, the zero-byte pattern
// of UTF-16, UTF-8 validity, then letter statistics to tell Windows-1251 from KOI8-R and
// Windows-1258 (Vietnamese) from Windows-1252. A guess with a confidence, never a certainty:
// the user can always override it (ReadOptions::encoding).
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/ingest/encoding.h"

namespace carescore {

struct EncodingGuess {
  Encoding encoding = Encoding::Utf8;
  double confidence = 1.0;    // 0..1; below kConfidentEncoding the reader warns (ENCODING_UNCERTAIN)
  std::size_t bomBytes = 0;   // length of the byte-order mark to skip (0, 2 or 3)
};

inline constexpr double kConfidentEncoding = 0.8;

struct EncodingDetectionOptions {
  // JSON must be Unicode (RFC 8259): never guess a single-byte code page for it.
  bool unicodeOnly = false;
  // The bytes are the whole file (a UTF-8 sequence cut at the end is then invalid, not truncated).
  bool complete = false;
};

EncodingGuess detectEncoding(std::span<const std::uint8_t> prefix, const EncodingDetectionOptions& options = {});

// The byte-order mark at the start of `bytes` for `encoding`, if any: its length, else 0.
std::size_t byteOrderMarkLength(std::span<const std::uint8_t> bytes, Encoding encoding);

} // namespace carescore
