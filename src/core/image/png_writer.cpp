#include "core/image/png_writer.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>

namespace carescore {

namespace {

// Writes bits least-significant first, as deflate packs them.
class BitWriter {
public:
  explicit BitWriter(std::vector<std::uint8_t>& out) : out_(out) {}
  void bits(std::uint32_t value, int count) {
    buffer_ |= static_cast<std::uint64_t>(value) << used_;
    used_ += count;
    while (used_ >= 8) {
      out_.push_back(static_cast<std::uint8_t>(buffer_));
      buffer_ >>= 8;
      used_ -= 8;
    }
  }
  // Huffman codes are defined most-significant bit first: reverse them into the stream.
  void code(std::uint32_t code, int length) {
    std::uint32_t reversed = 0;
    for (int i = 0; i < length; ++i) reversed |= ((code >> i) & 1u) << (length - 1 - i);
    bits(reversed, length);
  }
  void flush() {
    if (used_ > 0) out_.push_back(static_cast<std::uint8_t>(buffer_));
    buffer_ = 0;
    used_ = 0;
  }

private:
  std::vector<std::uint8_t>& out_;
  std::uint64_t buffer_ = 0;
  int used_ = 0;
};

// RFC 1951 §3.2.5: lengths 3..258 and distances 1..32768 as a code plus extra bits.
constexpr std::uint16_t kLengthBase[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                           35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::uint8_t kLengthExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::uint16_t kDistanceBase[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                                             257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::uint8_t kDistanceExtra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

// The fixed literal/length code of §3.2.6.
void writeSymbol(BitWriter& w, int symbol) {
  if (symbol < 144) w.code(0x30 + symbol, 8);
  else if (symbol < 256) w.code(0x190 + (symbol - 144), 9);
  else if (symbol < 280) w.code(symbol - 256, 7);
  else w.code(0xC0 + (symbol - 280), 8);
}

void writeMatch(BitWriter& w, int length, int distance) {
  int l = 28;
  while (kLengthBase[l] > length) --l;
  writeSymbol(w, 257 + l);
  w.bits(static_cast<std::uint32_t>(length - kLengthBase[l]), kLengthExtra[l]);
  int d = 29;
  while (kDistanceBase[d] > distance) --d;
  w.code(static_cast<std::uint32_t>(d), 5);
  w.bits(static_cast<std::uint32_t>(distance - kDistanceBase[d]), kDistanceExtra[d]);
}

void putBigEndian(std::vector<std::uint8_t>& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(value >> shift));
}

void chunk(std::vector<std::uint8_t>& png, const char type[4], std::span<const std::uint8_t> data) {
  putBigEndian(png, static_cast<std::uint32_t>(data.size()));
  const std::size_t start = png.size();
  png.insert(png.end(), type, type + 4);
  png.insert(png.end(), data.begin(), data.end());
  putBigEndian(png, crc32(std::span(png).subspan(start)));
}

std::uint8_t paeth(int a, int b, int c) {
  const int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
  return static_cast<std::uint8_t>(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
}

// Filters one row (PNG §9), choosing the filter with the smallest sum of absolute differences,
// the usual heuristic; writes the filter byte and the filtered bytes.
void filterRow(const std::uint8_t* row, const std::uint8_t* above, std::size_t stride, std::vector<std::uint8_t>& out,
               std::vector<std::uint8_t>& scratch) {
  constexpr int kBpp = 4;
  scratch.resize(stride * 5);
  long best = -1;
  int bestFilter = 0;
  for (int filter = 0; filter < 5; ++filter) {
    std::uint8_t* f = scratch.data() + stride * static_cast<std::size_t>(filter);
    long sum = 0;
    for (std::size_t i = 0; i < stride; ++i) {
      const int a = i >= kBpp ? row[i - kBpp] : 0, b = above ? above[i] : 0, c = above && i >= kBpp ? above[i - kBpp] : 0;
      const int predicted = filter == 0 ? 0 : filter == 1 ? a : filter == 2 ? b : filter == 3 ? (a + b) / 2 : paeth(a, b, c);
      f[i] = static_cast<std::uint8_t>(row[i] - predicted);
      sum += f[i] < 128 ? f[i] : 256 - f[i];
    }
    if (best < 0 || sum < best) best = sum, bestFilter = filter;
  }
  out.push_back(static_cast<std::uint8_t>(bestFilter));
  const std::uint8_t* chosen = scratch.data() + stride * static_cast<std::size_t>(bestFilter);
  out.insert(out.end(), chosen, chosen + stride);
}

} // namespace

std::uint32_t crc32(std::span<const std::uint8_t> data, std::uint32_t crc) {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  crc = ~crc;
  for (std::uint8_t byte : data) crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

std::uint32_t adler32(std::span<const std::uint8_t> data) {
  std::uint32_t a = 1, b = 0;
  std::size_t i = 0;
  while (i < data.size()) {
    const std::size_t end = std::min(data.size(), i + 5552);  // the largest run before the sums can overflow
    for (; i < end; ++i) a += data[i], b += a;
    a %= 65521;
    b %= 65521;
  }
  return (b << 16) | a;
}

std::vector<std::uint8_t> zlibCompress(std::span<const std::uint8_t> data) {
  std::vector<std::uint8_t> out = {0x78, 0x01};  // deflate, 32 KB window, fastest; (0x7801 % 31 == 0)
  out.reserve(data.size() / 4 + 64);
  BitWriter w(out);
  w.bits(1, 1);  // BFINAL: one block
  w.bits(1, 2);  // BTYPE 01: fixed Huffman codes
  // LZ77 with a hash of the next three bytes → last position seen: one candidate per position,
  // enough for the long runs and repeated rows of a chart.
  constexpr int kHashBits = 15;
  constexpr std::size_t kWindow = 32768, kMaxMatch = 258;
  std::vector<std::int64_t> head(std::size_t{1} << kHashBits, -1);
  const std::size_t n = data.size();
  const auto hashAt = [&](std::size_t i) {
    const std::uint32_t v = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16);
    return (v * 2654435761u) >> (32 - kHashBits);
  };
  std::size_t i = 0;
  while (i < n) {
    std::size_t length = 0, distance = 0;
    if (i + 3 <= n) {
      const std::uint32_t h = hashAt(i);
      const std::int64_t candidate = head[h];
      head[h] = static_cast<std::int64_t>(i);
      if (candidate >= 0 && i - static_cast<std::size_t>(candidate) <= kWindow) {
        const std::size_t from = static_cast<std::size_t>(candidate);
        const std::size_t limit = std::min(kMaxMatch, n - i);
        while (length < limit && data[from + length] == data[i + length]) ++length;
        distance = i - from;
      }
    }
    if (length >= 3) {
      writeMatch(w, static_cast<int>(length), static_cast<int>(distance));
      // Index a few positions inside the match so later rows can refer to them.
      for (std::size_t k = i + 1; k < i + length && k + 3 <= n; k += (length > 32 ? 16 : 1)) head[hashAt(k)] = static_cast<std::int64_t>(k);
      i += length;
    } else {
      writeSymbol(w, data[i]);
      ++i;
    }
  }
  writeSymbol(w, 256);  // end of block
  w.flush();
  putBigEndian(out, adler32(data));
  return out;
}

std::vector<std::uint8_t> encodePng(std::span<const std::uint8_t> rgba, std::uint32_t width, std::uint32_t height,
                                    const PngOptions& options) {
  const std::size_t stride = static_cast<std::size_t>(width) * 4;
  if (width == 0 || height == 0 || rgba.size() != stride * height) return {};
  std::vector<std::uint8_t> raw;
  raw.reserve((stride + 1) * height);
  std::vector<std::uint8_t> scratch, row(stride), above(stride);
  for (std::uint32_t y = 0; y < height; ++y) {
    const std::size_t source = options.bottomUp ? height - 1 - y : y;
    std::memcpy(row.data(), rgba.data() + source * stride, stride);
    if (options.opaque)
      for (std::size_t x = 3; x < stride; x += 4) row[x] = 255;
    filterRow(row.data(), y > 0 ? above.data() : nullptr, stride, raw, scratch);
    std::swap(row, above);
  }
  std::vector<std::uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  std::uint8_t header[13] = {};
  for (int i = 0; i < 4; ++i) {
    header[i] = static_cast<std::uint8_t>(width >> (24 - 8 * i));
    header[4 + i] = static_cast<std::uint8_t>(height >> (24 - 8 * i));
  }
  header[8] = 8;  // bits per channel
  header[9] = 6;  // RGBA
  chunk(png, "IHDR", header);
  chunk(png, "IDAT", zlibCompress(raw));
  chunk(png, "IEND", {});
  return png;
}

} // namespace carescore
