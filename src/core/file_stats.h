// Byte and line counts of a file fed in chunks of any size: what the app and `carescore stats`
// show about a file before, and independently of, parsing it. Not a CSV parser: a quoted field
// spanning lines counts each physical line.
#pragma once
#include <cstdint>
#include <span>

namespace carescore {

struct FileStats {
  std::uint64_t bytes = 0;
  std::uint64_t lines = 0;  // LF, CRLF and a lone CR each end a line; an unterminated last line counts
};

class LineCounter {
public:
  void feed(std::span<const std::uint8_t> chunk);
  FileStats stats() const;  // valid at any time, so it doubles as progress

private:
  std::uint64_t bytes_ = 0;
  std::uint64_t lineEnds_ = 0;
  bool endsWithCr_ = false;      // a CR ended the previous chunk: a leading LF completes that CRLF
  bool endsWithLineEnd_ = true;  // nothing pending after the last line end (true for empty input)
};

FileStats countLines(std::span<const std::uint8_t> bytes);

} // namespace carescore
