// TZif parsing: the 64-bit block and footer of version 2+ files, the 32-bit block of version 1.
// Every count is checked against the bytes that remain before anything is read.
#include "core/time/tzif.h"

#include <cstdint>

namespace carescore {
namespace {

struct Counts {
  std::uint64_t isUt, isStd, leap, time, type, chars;
};

std::uint64_t readBigEndian(const unsigned char* at, int bytes) {
  std::uint64_t value = 0;
  for (int i = 0; i < bytes; ++i) value = value << 8 | at[i];
  return value;
}

std::int64_t readSigned(const unsigned char* at, int bytes) {
  const std::uint64_t raw = readBigEndian(at, bytes);
  if (bytes == 4) return static_cast<std::int32_t>(static_cast<std::uint32_t>(raw));
  return static_cast<std::int64_t>(raw);
}

TzifResult failure(std::string message, std::size_t at) {
  return {std::nullopt, message + " (byte " + std::to_string(at) + ")"};
}

} // namespace

TzifResult readTzif(std::span<const unsigned char> bytes, std::string name) {
  constexpr std::size_t kHeader = 44;
  const auto header = [&](std::size_t at, Counts& counts) {
    if (bytes.size() < at + kHeader || bytes[at] != 'T' || bytes[at + 1] != 'Z' || bytes[at + 2] != 'i' || bytes[at + 3] != 'f')
      return false;
    const unsigned char* p = bytes.data() + at + 20;
    counts = {readBigEndian(p, 4), readBigEndian(p + 4, 4), readBigEndian(p + 8, 4),
              readBigEndian(p + 12, 4), readBigEndian(p + 16, 4), readBigEndian(p + 20, 4)};
    return true;
  };
  const auto blockSize = [](const Counts& c, std::uint64_t timeBytes) {
    return c.time * (timeBytes + 1) + c.type * 6 + c.chars + c.leap * (timeBytes + 4) + c.isStd + c.isUt;
  };

  Counts counts{};
  if (!header(0, counts)) return failure("not a TZif file", 0);
  const unsigned char version = bytes[4];
  std::size_t at = kHeader;
  int timeBytes = 4;
  if (version >= '2') {
    if (blockSize(counts, 4) > bytes.size() - at) return failure("the version 1 block is cut short", at);
    at += static_cast<std::size_t>(blockSize(counts, 4));
    if (!header(at, counts)) return failure("the version 2 header is missing", at);
    at += kHeader;
    timeBytes = 8;
  }
  if (blockSize(counts, static_cast<std::uint64_t>(timeBytes)) > bytes.size() - at) return failure("the data block is cut short", at);
  if (counts.type == 0 || counts.type > 253) return failure("a TZif file needs 1 to 253 local time types", at);

  const unsigned char* times = bytes.data() + at;
  const unsigned char* indices = times + counts.time * timeBytes;
  const unsigned char* types = indices + counts.time;
  const unsigned char* chars = types + counts.type * 6;
  std::vector<LocalTimeType> zoneTypes;
  for (std::uint64_t i = 0; i < counts.type; ++i) {
    const unsigned char* t = types + i * 6;
    const std::uint64_t abbreviation = t[5];
    if (abbreviation >= counts.chars) return failure("an abbreviation index points outside the file", at);
    std::string text;
    for (std::uint64_t c = abbreviation; c < counts.chars && chars[c] != 0; ++c) text.push_back(static_cast<char>(chars[c]));
    zoneTypes.push_back({static_cast<std::int32_t>(readSigned(t, 4)), t[4] != 0, std::move(text)});
  }
  std::vector<ZoneTransition> transitions;
  transitions.reserve(static_cast<std::size_t>(counts.time));
  for (std::uint64_t i = 0; i < counts.time; ++i)
    transitions.push_back({readSigned(times + i * timeBytes, timeBytes), indices[i]});
  at += static_cast<std::size_t>(blockSize(counts, static_cast<std::uint64_t>(timeBytes)));

  std::string_view footer;
  if (version >= '2' && at < bytes.size()) {
    const std::string_view rest(reinterpret_cast<const char*>(bytes.data() + at), bytes.size() - at);
    const std::size_t end = rest.find('\n', 1);
    if (rest[0] != '\n' || end == std::string_view::npos) return failure("the footer is not between newlines", at);
    footer = rest.substr(1, end - 1);
  }
  std::string error;
  auto zone = TimeZone::build(std::move(name), std::move(zoneTypes), 0, transitions, footer, &error);
  if (!zone) return failure(error, at);
  return {std::move(zone), {}};
}

} // namespace carescore
