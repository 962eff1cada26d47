// Streaming conversion of a file's bytes to UTF-8, chunk by chunk: any chunk boundary works, even
// inside a multi-byte character or a surrogate pair (partial sequences are carried). Ill-formed
// input becomes U+FFFD and is reported, never dropped. Letters followed by combining tone marks
// are composed (NFC), so ệ from Windows-1258 or from macOS NFD text equals a precomposed ệ.
// Not a parser: it knows nothing of rows or fields.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/encoding.h"

namespace carescore {

// One replaced stretch of input.
struct DecodeIssue {
  enum Kind : std::uint8_t { InvalidUtf8, TruncatedUtf8, LoneSurrogate, OddByte };
  Kind kind = InvalidUtf8;
  std::size_t outputOffset = 0;  // where its U+FFFD starts in the output of the call that reported it
  std::uint64_t fileOffset = 0;  // offset of the first offending byte in the file
  std::uint8_t length = 0;       // offending bytes (up to 4)
  std::uint8_t bytes[4] = {};
};

// What a diagnostic says about an issue: the INVALID_ENCODING variant ("invalid_utf8_byte") and
// its arguments (bytes "0xC3", file offset, and for a lone surrogate the encoding's name).
struct DecodeIssueText {
  std::string_view variant;
  std::string bytes, offset, encoding;
};
DecodeIssueText describeIssue(const DecodeIssue& issue, Encoding encoding);

class Transcoder {
public:
  // skipBytes: a byte-order mark to drop from the start of the input.
  explicit Transcoder(Encoding encoding, std::size_t skipBytes = 0);

  // Replaces `out` with the UTF-8 of `input` (plus what earlier calls held back) and `issues`
  // with this call's issues; at most `maxIssueDetails` are detailed over the whole file, the
  // rest only counted (issueCount()).
  void decode(std::span<const std::uint8_t> input, std::string& out, std::vector<DecodeIssue>& issues);
  // Flushes what is held back; a sequence cut by the end of the file is an issue.
  void finish(std::string& out, std::vector<DecodeIssue>& issues);

  Encoding encoding() const { return encoding_; }
  std::uint64_t issueCount() const { return issueCount_; }
  std::uint64_t bytesIn() const { return bytesIn_; }
  void setMaxIssueDetails(std::size_t n) { maxIssueDetails_ = n; }

private:
  void decodeUtf8Input(const std::uint8_t* p, std::size_t n);
  void decodeUtf16Input(const std::uint8_t* p, std::size_t n);
  void decodeSingleByteInput(const std::uint8_t* p, std::size_t n);
  void emit(char32_t cp);
  void emitMark(char32_t mark);
  void appendText(const char* p, std::size_t n);
  void holdLastLetter();
  void flushHeld();
  void replace(DecodeIssue::Kind kind, std::uint64_t fileOffset, const std::uint8_t* bytes, std::size_t length);

  Encoding encoding_;
  std::size_t toSkip_;
  std::uint64_t bytesIn_ = 0;       // input bytes seen before the current call
  std::string* out_ = nullptr;      // the current call's output and issues
  std::vector<DecodeIssue>* issues_ = nullptr;
  char32_t held_ = 0;               // the last letter of the previous piece: the next may start with its mark
  bool hasHeld_ = false;
  std::uint8_t pending_[4] = {};    // bytes of a sequence cut by the chunk end
  std::size_t pendingLength_ = 0;
  std::uint64_t pendingOffset_ = 0; // file offset of pending_[0]
  char16_t highSurrogate_ = 0;      // UTF-16: a high surrogate waiting for its low half
  std::uint64_t highSurrogateOffset_ = 0;
  std::uint64_t issueCount_ = 0;
  std::size_t issueDetails_ = 0;
  std::size_t maxIssueDetails_ = 64;
};

} // namespace carescore
