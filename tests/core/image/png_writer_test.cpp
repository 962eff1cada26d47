#include <doctest/doctest.h>

#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/image/png_writer.h"
#include "test_support.h"

using namespace carescore;

namespace {

// An independent inflater for what a PNG writer may emit (stored and fixed-Huffman blocks), written
// from RFC 1951 for this test: decoding symbol by symbol with the canonical code ranges, not the
// encoder's tables. Throws on anything malformed.
class Inflater {
public:
  explicit Inflater(std::span<const std::uint8_t> in) : in_(in) {}

  std::vector<std::uint8_t> run() {
    std::vector<std::uint8_t> out;
    for (bool last = false; !last;) {
      last = bits(1);
      const std::uint32_t type = bits(2);
      if (type == 0) stored(out);
      else if (type == 1) fixed(out);
      else throw std::runtime_error("unsupported block type");
    }
    return out;
  }
  std::size_t bytesUsed() const { return (bit_ + 7) / 8; }

private:
  std::uint32_t bits(int count) {
    std::uint32_t value = 0;
    for (int i = 0; i < count; ++i, ++bit_) {
      if (bit_ / 8 >= in_.size()) throw std::runtime_error("out of input");
      value |= ((in_[bit_ / 8] >> (bit_ % 8)) & 1u) << i;
    }
    return value;
  }
  // Reads a Huffman code MSB first, one bit at a time.
  std::uint32_t codeBits(int count, std::uint32_t code = 0) {
    for (int i = 0; i < count; ++i) code = (code << 1) | bits(1);
    return code;
  }
  int literalLength() {
    std::uint32_t code = codeBits(7);
    if (code <= 0x17) return 256 + static_cast<int>(code);                 // 7 bits: 256–279
    code = codeBits(1, code);
    if (code >= 0x30 && code <= 0xBF) return static_cast<int>(code - 0x30);  // 8 bits: 0–143
    if (code >= 0xC0 && code <= 0xC7) return 280 + static_cast<int>(code - 0xC0);
    code = codeBits(1, code);
    if (code >= 0x190 && code <= 0x1FF) return 144 + static_cast<int>(code - 0x190);
    throw std::runtime_error("bad literal code");
  }
  void stored(std::vector<std::uint8_t>& out) {
    bit_ = (bit_ + 7) / 8 * 8;
    const std::uint32_t length = bits(16), complement = bits(16);
    if ((length ^ 0xFFFF) != complement) throw std::runtime_error("bad stored length");
    for (std::uint32_t i = 0; i < length; ++i) out.push_back(static_cast<std::uint8_t>(bits(8)));
  }
  void fixed(std::vector<std::uint8_t>& out) {
    static constexpr int kLengthBase[] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    static constexpr int kDistanceBase[] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    for (;;) {
      const int symbol = literalLength();
      if (symbol < 256) {
        out.push_back(static_cast<std::uint8_t>(symbol));
        continue;
      }
      if (symbol == 256) return;
      const int l = symbol - 257;
      if (l >= 29) throw std::runtime_error("bad length symbol");
      const int lengthExtra = l < 8 || l == 28 ? 0 : (l - 4) / 4;
      const int length = kLengthBase[l] + static_cast<int>(bits(lengthExtra));
      const auto d = static_cast<int>(codeBits(5));
      if (d >= 30) throw std::runtime_error("bad distance symbol");
      const int distanceExtra = d < 4 ? 0 : (d - 2) / 2;
      const int distance = kDistanceBase[d] + static_cast<int>(bits(distanceExtra));
      if (static_cast<std::size_t>(distance) > out.size()) throw std::runtime_error("distance before start");
      for (int i = 0; i < length; ++i) out.push_back(out[out.size() - static_cast<std::size_t>(distance)]);
    }
  }
  std::span<const std::uint8_t> in_;
  std::size_t bit_ = 0;
};

std::uint32_t bigEndian(std::span<const std::uint8_t> bytes, std::size_t at) {
  return (std::uint32_t{bytes[at]} << 24) | (std::uint32_t{bytes[at + 1]} << 16) | (std::uint32_t{bytes[at + 2]} << 8) | bytes[at + 3];
}

// Bit-by-bit CRC-32 (no table), to check the writer's table-driven one.
std::uint32_t slowCrc(std::span<const std::uint8_t> data) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (std::uint8_t byte : data) {
    crc ^= byte;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

struct DecodedPng {
  std::uint32_t width = 0, height = 0;
  std::vector<std::uint8_t> rgba;
};

// Reads back what encodePng wrote: chunks with their CRCs, zlib header and Adler-32, filters.
DecodedPng decode(const std::vector<std::uint8_t>& png) {
  const std::uint8_t signature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  REQUIRE(png.size() > 8);
  REQUIRE(std::equal(signature, signature + 8, png.begin()));
  DecodedPng image;
  std::vector<std::uint8_t> idat;
  for (std::size_t at = 8; at < png.size();) {
    const std::uint32_t length = bigEndian(png, at);
    const std::string type(png.begin() + static_cast<std::ptrdiff_t>(at + 4), png.begin() + static_cast<std::ptrdiff_t>(at + 8));
    const auto body = std::span(png).subspan(at + 8, length);
    CHECK(bigEndian(png, at + 8 + length) == slowCrc(std::span(png).subspan(at + 4, length + 4)));
    if (type == "IHDR") {
      image.width = bigEndian(body, 0);
      image.height = bigEndian(body, 4);
      CHECK(body[8] == 8);
      CHECK(body[9] == 6);
    } else if (type == "IDAT") {
      idat.insert(idat.end(), body.begin(), body.end());
    }
    at += 12 + length;
  }
  REQUIRE(idat.size() > 6);
  CHECK((idat[0] * 256 + idat[1]) % 31 == 0);
  CHECK((idat[0] & 0x0F) == 8);
  Inflater inflater{std::span(idat).subspan(2)};
  const std::vector<std::uint8_t> raw = inflater.run();
  CHECK(bigEndian(idat, 2 + inflater.bytesUsed()) == adler32(raw));
  const std::size_t stride = image.width * 4;
  REQUIRE(raw.size() == (stride + 1) * image.height);
  image.rgba.resize(stride * image.height);
  for (std::size_t y = 0; y < image.height; ++y) {
    const int filter = raw[y * (stride + 1)];
    for (std::size_t x = 0; x < stride; ++x) {
      const int a = x >= 4 ? image.rgba[y * stride + x - 4] : 0;
      const int b = y > 0 ? image.rgba[(y - 1) * stride + x] : 0;
      const int c = x >= 4 && y > 0 ? image.rgba[(y - 1) * stride + x - 4] : 0;
      const int p = a + b - c;
      const int paeth = std::abs(p - a) <= std::abs(p - b) && std::abs(p - a) <= std::abs(p - c) ? a : std::abs(p - b) <= std::abs(p - c) ? b : c;
      const int predicted = filter == 0 ? 0 : filter == 1 ? a : filter == 2 ? b : filter == 3 ? (a + b) / 2 : paeth;
      image.rgba[y * stride + x] = static_cast<std::uint8_t>(raw[y * (stride + 1) + 1 + x] + predicted);
    }
  }
  return image;
}

} // namespace

TEST_SUITE("core/image") {

TEST_CASE("CRC-32 and Adler-32 of known strings") {
  // Check values from RFC 1950/1952 tooling: crc32("123456789") = CBF43926, adler32("Wikipedia") = 11E60398.
  CHECK(crc32(testing::bytesOf("123456789")) == 0xCBF43926u);
  CHECK(adler32(testing::bytesOf("Wikipedia")) == 0x11E60398u);
  CHECK(adler32({}) == 1u);
}

TEST_CASE("zlib output inflates back to the input, and repetition compresses") {
  std::vector<std::uint8_t> text;
  for (int i = 0; i < 5000; ++i) text.push_back(static_cast<std::uint8_t>("chart rows repeat "[i % 18]));
  const auto packed = zlibCompress(text);
  CHECK(packed.size() < text.size() / 10);
  Inflater inflater{std::span(packed).subspan(2)};
  CHECK(inflater.run() == text);
  // Every byte value, and an empty input.
  std::vector<std::uint8_t> all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<std::uint8_t>(i));
  const auto packedAll = zlibCompress(all);
  Inflater inflaterAll{std::span(packedAll).subspan(2)};
  CHECK(inflaterAll.run() == all);
  const auto packedEmpty = zlibCompress({});
  Inflater inflaterEmpty{std::span(packedEmpty).subspan(2)};
  CHECK(inflaterEmpty.run().empty());
}

TEST_CASE("a PNG decodes back to the same pixels, bottom-up rows flipped, alpha made opaque") {
  // 37 × 23: a gradient, a flat band and noise, so every filter and both literals and matches occur.
  constexpr std::uint32_t kWidth = 37, kHeight = 23;
  std::vector<std::uint8_t> rgba(kWidth * kHeight * 4);
  std::uint32_t seed = 7;
  for (std::uint32_t y = 0; y < kHeight; ++y)
    for (std::uint32_t x = 0; x < kWidth; ++x) {
      std::uint8_t* p = &rgba[(y * kWidth + x) * 4];
      seed = seed * 1103515245u + 12345u;
      p[0] = static_cast<std::uint8_t>(x * 7);
      p[1] = y > 10 && y < 15 ? 200 : static_cast<std::uint8_t>(y * 11);
      p[2] = static_cast<std::uint8_t>(seed >> 24);
      p[3] = 17;
    }
  const DecodedPng top = decode(encodePng(rgba, kWidth, kHeight));
  CHECK(top.width == kWidth);
  CHECK(top.height == kHeight);
  REQUIRE(top.rgba.size() == rgba.size());
  for (std::size_t i = 0; i < rgba.size(); ++i)
    if (top.rgba[i] != (i % 4 == 3 ? 255 : rgba[i])) FAIL("pixel byte " << i << " differs");
  const DecodedPng flipped = decode(encodePng(rgba, kWidth, kHeight, {.bottomUp = true, .opaque = false}));
  for (std::uint32_t y = 0; y < kHeight; ++y)
    for (std::size_t i = 0; i < kWidth * 4; ++i)
      if (flipped.rgba[y * kWidth * 4 + i] != rgba[(kHeight - 1 - y) * kWidth * 4 + i]) FAIL("row " << y << " not flipped");
}

TEST_CASE("a flat 800 × 400 chart background compresses to under 10 KB") {
  std::vector<std::uint8_t> rgba(800 * 400 * 4, 0xF7);
  const auto png = encodePng(rgba, 800, 400);
  // 1,280,400 filtered bytes; a match covers at most 258, so ≈ 4,960 matches of ≈ 15 bits ≈ 9.3 KB.
  CHECK(png.size() < 10000);
  CHECK(decode(png).rgba.size() == rgba.size());
}

TEST_CASE("sizes that do not match the pixels give no image") {
  const std::vector<std::uint8_t> rgba(16);
  CHECK(encodePng(rgba, 3, 1).empty());
  CHECK(encodePng(rgba, 0, 4).empty());
  CHECK(encodePng(rgba, 2, 2).size() > 8);
}

}
