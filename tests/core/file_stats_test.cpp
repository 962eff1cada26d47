#include <doctest/doctest.h>

#include "core/file_stats.h"
#include "test_support.h"

using carescore::countLines;
using carescore::LineCounter;
using carescore::testing::bytesOf;

TEST_SUITE("core/file_stats") {

TEST_CASE("line ends: LF, CRLF, lone CR, and an unterminated last line") {
  CHECK(countLines(bytesOf("")).lines == 0);
  CHECK(countLines(bytesOf("a")).lines == 1);            // no line end, still one line
  CHECK(countLines(bytesOf("a\n")).lines == 1);
  CHECK(countLines(bytesOf("a\nb")).lines == 2);
  CHECK(countLines(bytesOf("a\r\nb\r\n")).lines == 2);   // CRLF is one line end
  CHECK(countLines(bytesOf("a\rb\r")).lines == 2);       // classic Mac line ends
  CHECK(countLines(bytesOf("a\r\rb")).lines == 3);       // CR CR: two ends, then "b"
  CHECK(countLines(bytesOf("\n\n\n")).lines == 3);       // blank lines are lines
  CHECK(countLines(bytesOf("a\n\rb")).lines == 3);       // LF then CR is not a pair
  CHECK(countLines(bytesOf("x,y\r\n1,2\n3,4\r5,6")).lines == 4);
  CHECK(countLines(bytesOf("a\r\nb")).bytes == 4);
}

TEST_CASE("every chunking of the input gives the same counts") {
  const std::string_view text = "id,note\r\n1,\"two\r\nlines\"\r\n\r\n2,x\r3,y\n\n4,z";
  const carescore::FileStats whole = countLines(bytesOf(text));
  CHECK(whole.lines == 8);
  CHECK(whole.bytes == text.size());
  for (std::size_t chunk = 1; chunk <= text.size(); ++chunk) {
    LineCounter counter;
    for (std::size_t at = 0; at < text.size(); at += chunk) counter.feed(bytesOf(text.substr(at, chunk)));
    CAPTURE(chunk);
    CHECK(counter.stats().lines == whole.lines);
    CHECK(counter.stats().bytes == whole.bytes);
  }
}

TEST_CASE("long runs of line ends: counted past the 255 a byte-wide counter holds") {
  CHECK(countLines(bytesOf(std::string(1000, '\n'))).lines == 1000);
  CHECK(countLines(bytesOf(std::string(1000, '\r'))).lines == 1000);
  std::string crlf;
  for (int i = 0; i < 1000; ++i) crlf += "\r\n";
  CHECK(countLines(bytesOf(crlf)).lines == 1000);
  CHECK(countLines(bytesOf(crlf + "x")).lines == 1001);
}

TEST_CASE("line ends at every offset of a 16-byte block, over more than 255 blocks") {
  // Lines of 0 to 199 letters: CRLF pairs fall across every block boundary the 16-byte counting
  // has, and 20,300 bytes pass the 255 blocks its byte-wide counters hold.
  std::string crlf, cr;
  for (int k = 0; k < 200; ++k) {
    crlf += std::string(k, 'a') + "\r\n";
    cr += std::string(k, 'a') + "\r";
  }
  CHECK(crlf.size() == 20300);
  CHECK(countLines(bytesOf(crlf)).lines == 200);
  CHECK(countLines(bytesOf(cr)).lines == 200);
  CHECK(countLines(bytesOf(cr + crlf)).lines == 400);
}

TEST_CASE("a CRLF split across two chunks counts once") {
  LineCounter counter;
  counter.feed(bytesOf("a\r"));
  CHECK(counter.stats().lines == 1);
  counter.feed(bytesOf("\nb"));
  CHECK(counter.stats().lines == 2);
  counter.feed({});  // empty chunks change nothing
  CHECK(counter.stats().lines == 2);
}

TEST_CASE("real exports: physical line counts of files in ../shared/data") {
  // Expected values counted independently with: python3 -c "import sys; d=open(p,'rb').read();
  // print(d.count(b'\r') + d.count(b'\n') - d.count(b'\r\n') + (0 if d.endswith((b'\n', b'\r')) else 1))"
  struct Case { const char* path; std::uint64_t bytes; std::uint64_t lines; };
  const Case cases[] = {
    {"data/AnandBakode008__call-center-performance-analysis/Call_Center.csv", 107074, 1773},
    {"data/monalisapatra26__data_visualization/twcs.csv", 892784, 5312},          // has bare CRs
    {"data/ZhDmitriy__contact_center_shiny_dashboard/Call-Center-Dataset.csv", 379049, 5001},  // CRLF
    {"data/Mumtaj1012__customer-satisfaction-analysis/customer_support_tickets.csv", 3991607, 29808},  // mixed
  };
  for (const Case& c : cases) {
    const auto bytes = carescore::testing::readFile(carescore::testing::sharedPath(c.path));
    CAPTURE(c.path);
    REQUIRE(!bytes.empty());
    const auto stats = countLines(bytes);
    CHECK(stats.bytes == c.bytes);
    CHECK(stats.lines == c.lines);
  }
}

}
