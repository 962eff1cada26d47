#include <doctest/doctest.h>

#include "test_support.h"

#include <string>
#include <vector>

#include "core/ingest/transcoder.h"

using namespace carescore;
using carescore::testing::bytesOf;

namespace {

struct Decoded {
  std::string text;
  std::vector<DecodeIssue> issues;  // outputOffset made absolute
  std::uint64_t issueCount = 0;
};

// Decodes `input` fed in pieces of `chunk` bytes (0: all at once).
Decoded decodeAll(std::string_view input, Encoding encoding, std::size_t chunk = 0, std::size_t skip = 0) {
  Transcoder transcoder(encoding, skip);
  Decoded result;
  std::string out;
  std::vector<DecodeIssue> issues;
  auto take = [&] {
    for (DecodeIssue issue : issues) {
      issue.outputOffset += result.text.size();
      result.issues.push_back(issue);
    }
    result.text += out;
  };
  const std::size_t step = chunk ? chunk : (input.empty() ? 1 : input.size());
  for (std::size_t at = 0; at < input.size(); at += step) {
    transcoder.decode(bytesOf(input.substr(at, step)), out, issues);
    take();
  }
  transcoder.finish(out, issues);
  take();
  result.issueCount = transcoder.issueCount();
  return result;
}

// The same output and the same issues for every chunk size.
void checkChunkInvariant(std::string_view input, Encoding encoding, std::size_t skip = 0) {
  const Decoded whole = decodeAll(input, encoding, 0, skip);
  for (std::size_t chunk = 1; chunk <= input.size(); ++chunk) {
    CAPTURE(chunk);
    const Decoded pieces = decodeAll(input, encoding, chunk, skip);
    CHECK(pieces.text == whole.text);
    REQUIRE(pieces.issues.size() == whole.issues.size());
    for (std::size_t i = 0; i < whole.issues.size(); ++i) {
      CHECK(pieces.issues[i].outputOffset == whole.issues[i].outputOffset);
      CHECK(pieces.issues[i].fileOffset == whole.issues[i].fileOffset);
      CHECK(pieces.issues[i].length == whole.issues[i].length);
    }
  }
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("transcoder: valid UTF-8 passes through unchanged, the BOM is dropped") {
  const std::string text = "id,tên,имя\r\n1,Nguyễn,Иван\r\n2,Đỗ,Ёж 😀\n";
  CHECK(decodeAll(text, Encoding::Utf8).text == text);
  CHECK(decodeAll("\xEF\xBB\xBF" + text, Encoding::Utf8, 0, 3).text == text);
  checkChunkInvariant("\xEF\xBB\xBF" + text, Encoding::Utf8, 3);
}

TEST_CASE("transcoder: ill-formed UTF-8 becomes U+FFFD per maximal subpart, counted and located") {
  // C3 28: a lead byte followed by ASCII; E2 82 41: a cut 3-byte sequence; FF: never valid;
  // ED A0 80: an encoded surrogate (ED's second byte must be 80..9F, so ED alone is the subpart,
  // then A0 and 80 are lone continuation bytes).
  const std::string input = "a\xC3(b\xE2\x82" "A\xFF\xED\xA0\x80z";
  const Decoded d = decodeAll(input, Encoding::Utf8);
  CHECK(d.text == "a\uFFFD(b\uFFFDA\uFFFD\uFFFD\uFFFD\uFFFDz");
  CHECK(d.issueCount == 6);
  REQUIRE(d.issues.size() == 6);
  CHECK(d.issues[0].fileOffset == 1);
  CHECK(d.issues[0].outputOffset == 1);
  CHECK(d.issues[1].fileOffset == 4);
  CHECK(d.issues[1].length == 2);
  CHECK(d.issues[1].outputOffset == 6);  // "a" + FFFD (3 bytes) + "(b"
  const DecodeIssueText first = describeIssue(d.issues[0], Encoding::Utf8);
  CHECK(first.variant == "invalid_utf8_byte");
  CHECK(first.bytes == "0xC3");
  CHECK(first.offset == "1");
  const DecodeIssueText second = describeIssue(d.issues[1], Encoding::Utf8);
  CHECK(second.variant == "invalid_utf8_bytes");
  CHECK(second.bytes == "0xE2 0x82");
  CHECK(second.offset == "4");
  checkChunkInvariant(input, Encoding::Utf8);
}

TEST_CASE("transcoder: a UTF-8 character cut by the end of the file is one reported U+FFFD") {
  const Decoded d = decodeAll("ok\xF0\x9F\x98", Encoding::Utf8);
  CHECK(d.text == "ok\uFFFD");
  REQUIRE(d.issues.size() == 1);
  CHECK(d.issues[0].kind == DecodeIssue::TruncatedUtf8);
  CHECK(d.issues[0].fileOffset == 2);
  CHECK(d.issues[0].length == 3);
  checkChunkInvariant("ok\xF0\x9F\x98", Encoding::Utf8);
}

TEST_CASE("transcoder: issue details are capped, the count is not") {
  Transcoder transcoder(Encoding::Utf8);
  transcoder.setMaxIssueDetails(2);
  std::string out;
  std::vector<DecodeIssue> issues;
  transcoder.decode(bytesOf("\xFF\xFF\xFF\xFF"), out, issues);
  CHECK(issues.size() == 2);
  CHECK(transcoder.issueCount() == 4);
  CHECK(out == "\uFFFD\uFFFD\uFFFD\uFFFD");
}

TEST_CASE("transcoder: UTF-16 LE and BE, surrogate pairs, lone surrogates, an odd last byte") {
  // "Tô😀" = U+0054 U+00F4 U+D83D U+DE00
  const std::string le("\x54\x00\xF4\x00\x3D\xD8\x00\xDE", 8);
  const std::string be("\x00\x54\x00\xF4\xD8\x3D\xDE\x00", 8);
  CHECK(decodeAll(le, Encoding::Utf16Le).text == "Tô😀");
  CHECK(decodeAll(be, Encoding::Utf16Be).text == "Tô😀");
  CHECK(decodeAll("\xFF\xFE" + le, Encoding::Utf16Le, 0, 2).text == "Tô😀");
  checkChunkInvariant(le, Encoding::Utf16Le);
  checkChunkInvariant(be, Encoding::Utf16Be);

  const std::string lone("\x3D\xD8\x41\x00\x00\xDE\x42", 7);  // high surrogate + 'A', low surrogate, half a unit
  const Decoded d = decodeAll(lone, Encoding::Utf16Le);
  CHECK(d.text == "\uFFFDA\uFFFD\uFFFD");
  REQUIRE(d.issues.size() == 3);
  CHECK(d.issues[0].kind == DecodeIssue::LoneSurrogate);
  CHECK(d.issues[0].fileOffset == 0);
  CHECK(d.issues[1].fileOffset == 4);
  CHECK(d.issues[2].kind == DecodeIssue::OddByte);
  CHECK(d.issues[2].fileOffset == 6);
  checkChunkInvariant(lone, Encoding::Utf16Le);
}

TEST_CASE("transcoder: Cyrillic code pages (the byte values from RELIABILITY.md B)") {
  CHECK(decodeAll("\xCF\xF0\xE8\xE2\xE5\xF2", Encoding::Windows1251).text == "Привет");
  CHECK(decodeAll("\xCF\xF0\xE8\xE2\xE5\xF2", Encoding::Koi8R).text == "оПХБЕР");  // the plausible mojibake
  CHECK(decodeAll("\xF0\xD2\xC9\xD7\xC5\xD4", Encoding::Koi8R).text == "Привет");
  CHECK(decodeAll("\xA8\xB8", Encoding::Windows1251).text == "Ёё");
  CHECK(decodeAll("\xB3\xA3", Encoding::Koi8R).text == "Ёё");
}

TEST_CASE("transcoder: Windows-1252, undefined bytes as C1 controls like TextDecoder") {
  CHECK(decodeAll("caf\xE9 \x80 \x93x\x94", Encoding::Windows1252).text == "café € “x”");
  CHECK(decodeAll("\x81", Encoding::Windows1252).text == "\u0081");
}

TEST_CASE("transcoder: Windows-1258 tone marks compose to the precomposed letters (NFC)") {
  // 56 69 EA F2 74: V i ê + combining dot below, t. TextDecoder gives 5 code points; we give "Việt".
  CHECK(decodeAll("\x56\x69\xEA\xF2\x74", Encoding::Windows1258).text == "Vi\u1EC7t");
  // Nguyễn: N g u y ê + combining tilde (0xDE) n; Đỗ: Đ (0xD0) ô + combining tilde
  CHECK(decodeAll("Nguy\xEA\xDEn \xD0\xF4\xDE", Encoding::Windows1258).text == "Nguyễn Đỗ");
  // ờ = ơ (0xF5) + combining grave (0xCC); ử = ư (0xFD) + hook above (0xD2)
  CHECK(decodeAll("ng\xFD\xF5\xCCi s\xFD\xD2", Encoding::Windows1258).text == "người sử");
  // A mark after a non-letter stays a combining mark.
  CHECK(decodeAll("1\xF2", Encoding::Windows1258).text == "1\u0323");
  checkChunkInvariant("Nguy\xEA\xDEn \xD0\xF4\xDE ng\xFD\xF5\xCCi", Encoding::Windows1258);
}

TEST_CASE("transcoder: decomposed (NFD) UTF-8 composes too, in canonical and in Windows order") {
  CHECK(decodeAll("Vie\u0323\u0302t", Encoding::Utf8).text == "Việt");  // NFD: dot below, then circumflex
  CHECK(decodeAll("Vie\u0302\u0323t", Encoding::Utf8).text == "Việt");
  CHECK(decodeAll("Nguye\u0302\u0303n", Encoding::Utf8).text == "Nguyễn");
  checkChunkInvariant("Vie\u0323\u0302t, Nguye\u0302\u0303n", Encoding::Utf8);
}

TEST_CASE("transcoder: 16-byte blocks of plain UTF-8 decode exactly as byte by byte, wherever a block ends") {
  // Fed one byte at a time, no 16-byte block is ever checked: that is the reference. Each damage
  // (stray continuation, overlong E0, surrogate ED, 0xFF, a combining mark after 'e', a cut 3-byte
  // Vietnamese letter) is moved through every offset of a block, inside Cyrillic, Vietnamese and ASCII.
  const std::string text = "Попов Ольга, Bưu kiện của tôi ở đâu — order #12345 Đã giải quyết, Иванов";
  const std::string damages[] = {"\x80", "\xE0\x80\x80", "\xED\xA0\x80", "\xFF", "e\xCC\x81", "\xE1\xBB"};
  int compared = 0;
  for (const std::string& damage : damages) {
    for (std::size_t at = 0; at <= 40; ++at) {
      const std::string input = text.substr(0, at) + damage + text.substr(at);
      CAPTURE(at);
      checkChunkInvariant(input, Encoding::Utf8);  // chunk 1 included
      CHECK(decodeAll(input, Encoding::Utf8).issueCount == decodeAll(input, Encoding::Utf8, 1).issueCount);
      ++compared;
    }
  }
  CHECK(compared == 6 * 41);
  CHECK(decodeAll(text, Encoding::Utf8).text == text);  // plain text passes through as it is
}

}
