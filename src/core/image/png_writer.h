// PNG encoding of RGBA pixels (charts saved as images): per-row filters and a small deflate
// (LZ77 with fixed Huffman codes) into zlib, CRC-checked chunks. Pure C++, no zlib: the web build
// has none. Not a PNG reader, and not an optimizing compressor.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

namespace carescore {

struct PngOptions {
  bool bottomUp = false;  // rows given last-first, as OpenGL's glReadPixels returns them
  bool opaque = true;     // force alpha to 255 (a WebGL canvas without alpha reads back 0 or 255 anyway)
};

// `rgba` holds width × height pixels of 4 bytes, rows packed. Returns the PNG file's bytes, or an
// empty vector when the sizes do not match the buffer (or are zero).
std::vector<std::uint8_t> encodePng(std::span<const std::uint8_t> rgba, std::uint32_t width, std::uint32_t height,
                                    const PngOptions& options = {});

// zlib stream (RFC 1950) of `data`, deflated with fixed Huffman codes (RFC 1951 §3.2.6).
std::vector<std::uint8_t> zlibCompress(std::span<const std::uint8_t> data);

std::uint32_t crc32(std::span<const std::uint8_t> data, std::uint32_t crc = 0);
std::uint32_t adler32(std::span<const std::uint8_t> data);

} // namespace carescore
