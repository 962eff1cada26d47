#include <doctest/doctest.h>

#include "test_support.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/ingest/byte_scan.h"
#include "core/ingest/csv_block_index.h"
#include "core/ingest/csv_tokenizer.h"
#include "ingest_test_support.h"
#include "tools/synthetic_exports.h"

using namespace carescore;

namespace {

// Everything a tokenizer hands out: records with their positions, diagnostics, counts.
struct Output : RecordSink {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::uint64_t> positions;  // index, line, byte of each record
  void onRecord(std::span<const std::string_view> fields, const RecordInfo& info) override {
    rows.emplace_back(fields.begin(), fields.end());
    positions.insert(positions.end(), {info.index, info.line, info.byte});
  }
  std::vector<std::string> diagnostics;
  std::vector<std::uint64_t> stats;
  bool stopped = false;
  bool operator==(const Output& o) const {
    return rows == o.rows && positions == o.positions && diagnostics == o.diagnostics && stats == o.stats && stopped == o.stopped;
  }
};

Output tokenize(std::string_view text, std::size_t chunk, bool blockIndex, CsvTokenizerOptions options = {}) {
  options.blockIndex = blockIndex;
  Output out;
  Diagnostics diagnostics;
  CsvTokenizer tokenizer(options, out, diagnostics);
  carescore::testing::feedInChunks(text, chunk, [&](std::string_view piece) { tokenizer.feed(piece); });
  tokenizer.finish();
  for (const Diagnostic& d : diagnostics.entries())
    out.diagnostics.push_back(std::to_string(d.where.record) + ":" + std::to_string(d.where.line) + ":" +
                              std::to_string(d.where.column) + ":" + std::to_string(d.where.byte) + " " + d.message);
  const CsvTokenizerStats& s = tokenizer.stats();
  out.stats = {s.records, s.blankLines, s.lfEnds, s.crlfEnds, s.crEnds, s.crAsText, diagnostics.total()};
  out.stopped = tokenizer.stopped();
  return out;
}

// The block index and the event loop agree at every listed chunk size, and every chunk size
// agrees with reading at once.
void checkBothPaths(std::string_view text, const CsvTokenizerOptions& options = {}) {
  const Output reference = tokenize(text, 0, false, options);
  for (std::size_t chunk : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{16}, std::size_t{63},
                            std::size_t{64}, std::size_t{65}, std::size_t{127}, std::size_t{130}, std::size_t{1000}}) {
    CAPTURE(chunk);
    CHECK(tokenize(text, chunk, true, options) == reference);
  }
}

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out.append(s);
  return out;
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("prefixXor: a quote mask becomes the bytes inside quotes") {
  CHECK(prefixXor(0) == 0);
  CHECK(prefixXor(1) == ~std::uint64_t{0});            // one opening quote: everything after it is inside
  // quotes at bits 1 and 4: bits 1, 2, 3 inside (0b01110), the closing quote at 4 outside
  CHECK(prefixXor(0b10010) == 0b01110);
  // "" escape inside a field, quotes at 0, 3, 4, 7: inside 0-2 and 4-6 = 0b01110111
  CHECK(prefixXor(0b10011001) == 0b01110111);
  CHECK(prefixXor(std::uint64_t{1} << 63) == std::uint64_t{1} << 63);
}

TEST_CASE("CsvBlockClassifier and the event scan: the vector paths equal the byte-wise one, aligned or not") {
  std::mt19937 random(7);
  const char alphabet[] = {'a', ',', ';', '"', '\'', '\n', '\r', '\0', '\t', ' ', '\x80', '\xD0', '\xFF', '1'};
  std::vector<char> buffer(64 + 16 + 1);
  for (int round = 0; round < 400; ++round) {
    for (char& c : buffer) c = alphabet[random() % sizeof alphabet];
    for (std::size_t offset = 0; offset < 17; ++offset) {  // 16-byte aligned (0, 16) and not
      const char* p = buffer.data() + offset;
      for (const char delimiter : {',', ';', '\t'}) {
        for (const char quote : {'"', '\'', '\0'}) {
          CAPTURE(offset);
          const CsvBlockMasks reference = classifyBlockScalar(p, delimiter, quote);
          REQUIRE(CsvBlockClassifier(delimiter, quote).quoteMask(p) == reference.quote);
          const char needles[] = {delimiter, quote, '\n', '\r', '\0'};  // as the tokenizer scans
          REQUIRE(ByteMatcher(needles, 5).match64(p) ==
                  (reference.quote | reference.delimiter | reference.lf | reference.cr | reference.nul));
        }
      }
    }
  }
  // hand-checked: a,"b"<CR><LF> then zeros
  char block[64] = {'a', ',', '"', 'b', '"', '\r', '\n'};
  const CsvBlockMasks m = classifyBlockScalar(block, ',', '"');
  CHECK(m.delimiter == 0b10);
  CHECK(m.quote == 0b10100);
  CHECK(CsvBlockClassifier(',', '"').quoteMask(block) == 0b10100);
  CHECK(m.cr == 0b100000);
  CHECK(m.lf == 0b1000000);
  CHECK(m.nul == ~std::uint64_t{0} << 7);
}

TEST_CASE("block index: the same records as the event loop, at every chunk boundary") {
  SUBCASE("quoted fields with delimiters and line breaks, across chunk and block boundaries") {
    checkBothPaths(repeat("1,\"a, b\",\"line\nbreak\",x\r\n22,\"\",,\"q\"\r\n", 40));
    checkBothPaths(repeat("id,\"" + std::string(70, 'z') + "\",\"" + std::string(61, ',') + "\"\n", 10));
  }
  SUBCASE("CRLF split across chunks, and mixed with LF") {
    checkBothPaths(repeat("abc,def,ghi\r\n", 50));
    checkBothPaths(repeat("abc,def\r\nx,y\n", 30));  // mixed line ends are warned about once
  }
  SUBCASE("escaped quotes, stray quotes, text after a closing quote") {
    checkBothPaths(repeat("1,\"say \"\"hi\"\"\",3\n", 30));
    checkBothPaths(repeat("1,ab\"c,3\n2,\"x\"y,4\n3, \"z\",5\n", 20));
  }
  SUBCASE("empty fields and blank lines") {
    checkBothPaths(repeat(",,,\n\n,\"\",\n   \n1,,2,\n", 30));
  }
  SUBCASE("16-byte aligned and unaligned tails") {
    for (std::size_t extra : {0, 1, 5, 15, 16, 17, 63}) {
      CAPTURE(extra);
      std::string text = repeat("0123456789abcde\n", 8);  // 128 bytes: two whole blocks
      text += std::string(extra, 'x');
      checkBothPaths(text);
      checkBothPaths(text + "\n");
    }
  }
  SUBCASE("NUL bytes and lone CRs fall back to the event loop") {
    checkBothPaths(repeat(std::string("a,b\0c,d\n", 8) + "e\rf,g\r\n", 20));
  }
  SUBCASE("a CR at the end of a block, before an LF or text") {
    for (std::size_t width = 56; width < 72; ++width) {
      CAPTURE(width);
      checkBothPaths(repeat(std::string(width, 'x') + "\r,b\r\n" + std::string(width, 'y') + "\r\n", 6));
    }
  }
  SUBCASE("an unterminated quote, read again as text") {
    checkBothPaths(repeat("a,b,c\n", 30) + "1,\"open," + repeat("x,y\n", 40));
  }
  SUBCASE("a field of several MB") {
    const std::string big = "id,text\n1,\"" + repeat("long, \"\"quoted\"\"\nvalue ", 200000) + "\"\n2,short\n";
    CHECK(big.size() > 4000000);
    const Output reference = tokenize(big, 0, false);
    REQUIRE(reference.rows.size() == 3);
    CHECK(tokenize(big, 0, true) == reference);
    CHECK(tokenize(big, 65536, true) == reference);
    CHECK(tokenize(big, 100003, true) == reference);
    // past the field limit: the same report either way (within a piece or across pieces)
    CsvTokenizerOptions small;
    small.maxFieldBytes = 100000;
    CHECK(tokenize(big, 0, true, small) == tokenize(big, 0, false, small));
    CHECK(tokenize(big, 4093, true, small) == tokenize(big, 4093, false, small));
  }
  SUBCASE("a generated ticket export") {
    const std::string text = carescore::tools::exportToString({.kind = carescore::tools::ExportKind::Tickets, .rows = 3000});
    const Output reference = tokenize(text, 0, false);
    CHECK(reference.rows.size() == 3001);
    for (std::size_t chunk : {std::size_t{0}, std::size_t{777}, std::size_t{65536}}) CHECK(tokenize(text, chunk, true) == reference);
  }
  SUBCASE("other dialects keep the event loop and agree") {
    CsvTokenizerOptions semicolon;
    semicolon.delimiter = ';';
    checkBothPaths(repeat("1;\"a;b\";2,5\r\n", 40), semicolon);
    CsvTokenizerOptions universal;  // also: a CRLF split across pieces counts as CRLF, not CR
    universal.lineBreaks = LineBreaks::Universal;
    checkBothPaths(repeat("1,2\r3,4\r\n", 40), universal);
  }
}

}  // TEST_SUITE
