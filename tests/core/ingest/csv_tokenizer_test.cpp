#include <doctest/doctest.h>

#include "test_support.h"

#include <string>
#include <vector>

#include "core/ingest/csv_tokenizer.h"
#include "ingest_test_support.h"

using namespace carescore;

namespace {

using Rows = std::vector<std::vector<std::string>>;

struct Collected : RecordSink {
  Rows rows;
  std::vector<RecordInfo> infos;
  void onRecord(std::span<const std::string_view> fields, const RecordInfo& info) override {
    rows.emplace_back(fields.begin(), fields.end());
    infos.push_back(info);
  }
};

struct Tokenized {
  Rows rows;
  std::vector<RecordInfo> infos;
  Diagnostics diagnostics;
  CsvTokenizerStats stats;
  bool stopped = false;
};

// Tokenizes `text` fed in pieces of `chunk` bytes (0: at once).
Tokenized tokenize(std::string_view text, const CsvTokenizerOptions& options = {}, std::size_t chunk = 0) {
  Tokenized result;
  Collected sink;
  CsvTokenizer tokenizer(options, sink, result.diagnostics);
  carescore::testing::feedInChunks(text, chunk, [&](std::string_view piece) { tokenizer.feed(piece); });
  tokenizer.finish();
  result.rows = std::move(sink.rows);
  result.infos = std::move(sink.infos);
  result.stats = tokenizer.stats();
  result.stopped = tokenizer.stopped();
  return result;
}

const Diagnostic* find(const Diagnostics& diagnostics, DiagnosticCode code) {
  for (const Diagnostic& d : diagnostics.entries())
    if (d.code == code) return &d;
  return nullptr;
}

// Every chunk size gives the same records, record positions and diagnostics as reading at once.
void checkEveryChunkSize(std::string_view text, const CsvTokenizerOptions& options = {}) {
  const Tokenized whole = tokenize(text, options);
  for (std::size_t chunk = 1; chunk < text.size(); ++chunk) {
    CAPTURE(chunk);
    const Tokenized pieces = tokenize(text, options, chunk);
    CHECK(pieces.rows == whole.rows);
    REQUIRE(pieces.infos.size() == whole.infos.size());
    for (std::size_t i = 0; i < whole.infos.size(); ++i) {
      CHECK(pieces.infos[i].line == whole.infos[i].line);
      CHECK(pieces.infos[i].byte == whole.infos[i].byte);
    }
    carescore::testing::checkSameDiagnostics(pieces.diagnostics, whole.diagnostics);
  }
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("csv tokenizer: RFC 4180 records, quoted delimiters, quotes and line breaks") {
  const Tokenized t = tokenize("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"l1\nl2\",\r\n3,,");
  CHECK(t.rows == Rows{{"a", "b", "c"}, {"1", "x, y", "say \"hi\""}, {"2", "l1\nl2", ""}, {"3", "", ""}});
  CHECK(t.diagnostics.total() == 0);
  CHECK(t.infos[2].line == 3);
  CHECK(t.infos[3].line == 5);  // the quoted line break makes record 4 start on line 5
  CHECK(t.infos[1].byte == 7);
  CHECK(t.stats.crlfEnds == 3);
}

TEST_CASE("csv tokenizer: escaped quotes (RELIABILITY A2) and empty quoted fields") {
  CHECK(tokenize("a,b\n1,\"ha \"\"ha\"\" ha\"\n").rows == Rows{{"a", "b"}, {"1", "ha \"ha\" ha"}});
  CHECK(tokenize("\"\",\"\"\"\"\n").rows == Rows{{"", "\""}});
}

TEST_CASE("csv tokenizer: record and line differ after a quoted line break (A3)") {
  const Tokenized t = tokenize("id,note\r\n1,\"l1\r\nl2\"\r\n2,\"x\"y\r\n");
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1][1] == "l1\r\nl2");  // line-break bytes inside quotes are kept
  CHECK(t.rows[2][1] == "xy");        // lenient: text after the closing quote is kept
  const Diagnostic* d = find(t.diagnostics, DiagnosticCode::InvalidQuotes);
  REQUIRE(d != nullptr);
  CHECK(d->where.record == 3);  // physical record: header, record 1, record 2 (rebased later)
  CHECK(d->where.line == 4);
  CHECK(d->where.column == 2);
  CHECK(d->where.byte == 26);  // the 'y' after the closing quote
}

TEST_CASE("csv tokenizer: an unterminated quote is reported at its opening, and reading goes on (A4)") {
  const Tokenized t = tokenize("a,b\n1,\"abc\n2,3\n");
  const Diagnostic* d = find(t.diagnostics, DiagnosticCode::UnterminatedQuote);
  REQUIRE(d != nullptr);
  CHECK(d->severity == Severity::Error);
  CHECK(d->where.record == 2);
  CHECK(d->where.line == 2);
  CHECK(d->where.column == 2);
  CHECK(d->where.byte == 6);
  CHECK(d->message == "quoted field opened here is never closed (expected a closing quote before the end of the file); "
                      "read on treating this quote as text");
  // The rows before it are kept, and so are the rows after it: the quote is read as text.
  CHECK(t.rows == Rows{{"a", "b"}, {"1", "\"abc"}, {"2", "3"}});
  CHECK(t.infos[2].line == 3);
  CHECK(t.diagnostics.count(DiagnosticCode::UnterminatedQuote) == 1);
}

TEST_CASE("csv tokenizer: a quote left open past the field limit is recovered mid-stream (A5)") {
  CsvTokenizerOptions options;
  options.maxFieldBytes = 16;
  std::string text = "a,b\n1,\"oops\n";
  for (int i = 2; i <= 9; ++i) text += std::to_string(i) + ",x\n";
  const Tokenized t = tokenize(text, options, 5);
  CHECK(t.diagnostics.count(DiagnosticCode::UnterminatedQuote) == 1);
  CHECK_FALSE(t.stopped);
  REQUIRE(t.rows.size() == 10);
  CHECK(t.rows[1] == std::vector<std::string>{"1", "\"oops"});
  CHECK(t.rows[9] == std::vector<std::string>{"9", "x"});
  CHECK(t.infos[9].line == 10);
}

TEST_CASE("csv tokenizer: a field over the limit stops reading; earlier rows are kept (A16)") {
  CsvTokenizerOptions options;
  options.maxFieldBytes = 10;
  const Tokenized t = tokenize("a,b\n1,2\n3,0123456789AB\n4,5\n", options);
  CHECK(t.stopped);
  CHECK(t.rows == Rows{{"a", "b"}, {"1", "2"}});
  const Diagnostic* d = find(t.diagnostics, DiagnosticCode::FieldTooLarge);
  REQUIRE(d != nullptr);
  CHECK(d->where.record == 3);
  CHECK(d->where.column == 2);
  CHECK(d->message == "field longer than the limit of 10 bytes; reading stopped here");
  // The same when the field arrives in small pieces.
  CHECK(tokenize("a,b\n1,2\n3,0123456789AB\n4,5\n", options, 3).rows.size() == 2);
}

TEST_CASE("csv tokenizer: a stray quote in an unquoted field is text, and warned (A6)") {
  const Tokenized t = tokenize("a,b\"c,d\n");
  CHECK(t.rows == Rows{{"a", "b\"c", "d"}});
  const Diagnostic* d = find(t.diagnostics, DiagnosticCode::StrayQuote);
  REQUIRE(d != nullptr);
  CHECK(d->where.column == 2);
  CHECK(d->where.byte == 3);
}

TEST_CASE("csv tokenizer: text after a closing quote is kept and warned (A7)") {
  const Tokenized t = tokenize("1,\"b\"c,d\n");
  CHECK(t.rows == Rows{{"1", "bc", "d"}});
  CHECK(t.diagnostics.count(DiagnosticCode::InvalidQuotes) == 1);
}

TEST_CASE("csv tokenizer: a space before an opening quote (A8)") {
  const Tokenized rfc = tokenize("1, \"b,c\"\n");
  CHECK(rfc.rows == Rows{{"1", " \"b", "c\""}});
  CHECK(rfc.diagnostics.count(DiagnosticCode::WhitespaceBeforeQuote) == 1);
  CsvTokenizerOptions options;
  options.skipInitialSpace = true;
  const Tokenized skip = tokenize("1, \"b,c\"\n", options);
  CHECK(skip.rows == Rows{{"1", "b,c"}});
  CHECK(skip.diagnostics.total() == 0);
  checkEveryChunkSize("1, \"b,c\",  \"d\"\"e\"\n", options);
}

TEST_CASE("csv tokenizer: line endings LF, CRLF, CR, and none at the end (A11)") {
  const Rows two{{"a", "b"}, {"1", "2"}};
  CHECK(tokenize("a,b\n1,2\n").rows == two);
  CHECK(tokenize("a,b\r\n1,2\r\n").rows == two);
  CHECK(tokenize("a,b\n1,2").rows == two);
  CHECK(tokenize("a,b\n1,2\r").rows == two);  // a final CR alone ends the last record
  CsvTokenizerOptions universal;
  universal.lineBreaks = LineBreaks::Universal;
  CHECK(tokenize("a,b\r1,2\r", universal).rows == two);
  CHECK(tokenize("a,b\r\n1,2", universal).rows == two);
  checkEveryChunkSize("a,b\r1,2\r\n3,4\r", universal);
}

TEST_CASE("csv tokenizer: a lone CR in an LF file is text, like twcs.csv's tweets (A11)") {
  const Tokenized t = tokenize("a,b\n1,2\r3\n4,5\n");
  CHECK(t.rows == Rows{{"a", "b"}, {"1", "2\r3"}, {"4", "5"}});
  CHECK(t.stats.crAsText == 1);
  const Diagnostic* d = find(t.diagnostics, DiagnosticCode::MixedLineEndings);
  REQUIRE(d != nullptr);
  CHECK(d->where.line == 2);
  CHECK(t.infos[2].line == 4);  // the CR still ends a physical line
}

TEST_CASE("csv tokenizer: records ending in both CRLF and LF are warned once") {
  const Tokenized t = tokenize("a,b\r\n1,2\n3,4\r\n5,6\n");
  CHECK(t.rows.size() == 4);
  CHECK(t.diagnostics.count(DiagnosticCode::MixedLineEndings) == 1);
  // LF inside quotes is text, not a record ending (the Excel re-save in data README §2.3).
  CHECK(tokenize("a,b\r\n1,\"x\ny\"\r\n").diagnostics.count(DiagnosticCode::MixedLineEndings) == 0);
}

TEST_CASE("csv tokenizer: blank and whitespace-only lines are skipped and counted; not inside quotes (A12)") {
  const Tokenized t = tokenize("\na,b\n\n1,2\n  \n,\n\"\n\"\n\r\n");
  CHECK(t.rows == Rows{{"a", "b"}, {"1", "2"}, {"\n"}});
  CHECK(t.stats.blankLines == 5);
  CHECK(t.diagnostics.count(DiagnosticCode::BlankRows) == 5);
  CHECK(t.diagnostics.entries()[0].where.line == 1);
  CHECK(t.infos[1].index == 1);  // blank lines are not records
  CsvTokenizerOptions keep;
  keep.skipBlankRecords = false;
  CHECK(tokenize("a\n\nb\n", keep).rows == Rows{{"a"}, {""}, {"b"}});
}

TEST_CASE("csv tokenizer: NUL bytes are removed and reported; no truncation (B7)") {
  using namespace std::string_literals;
  const Tokenized t = tokenize("a,b\0c,d\n2,\"3\0\",4\n\0"s);
  CHECK(t.rows == Rows{{"a", "bc", "d"}, {"2", "3", "4"}});
  CHECK(t.diagnostics.count(DiagnosticCode::NulBytes) == 3);
  CHECK(t.diagnostics.entries()[0].where.byte == 3);
  checkEveryChunkSize("a,b\0c,d\n2,\"3\0\",4\n\0x"s);
}

TEST_CASE("csv tokenizer: other delimiters, and no quoting at all") {
  CsvTokenizerOptions semicolon;
  semicolon.delimiter = ';';
  CHECK(tokenize("id;score\n1;4,5\n2;\"a;b\"\n", semicolon).rows == Rows{{"id", "score"}, {"1", "4,5"}, {"2", "a;b"}});
  CsvTokenizerOptions tab;
  tab.delimiter = '\t';
  tab.quote = 0;
  CHECK(tokenize("a\t\"b\n1\t\"x\"\"\n", tab).rows == Rows{{"a", "\"b"}, {"1", "\"x\"\""}});
}

TEST_CASE("csv tokenizer: the field limit counts a field's raw bytes, its quotes too, whether it ends at a delimiter or a line end") {
  // Delimiter-ended fields take a shortcut when they lie whole in one piece and need no cleaning;
  // the limit (raw bytes, as for every other field) must hold there too. Limit 6: `"abcd"` is 6.
  CsvTokenizerOptions options;
  options.maxFieldBytes = 6;
  for (std::size_t chunk : {std::size_t{0}, std::size_t{1}, std::size_t{4}}) {
    CAPTURE(chunk);
    const Tokenized fits = tokenize("abcdef,\"abcd\",x\nabcdef,\"abcd\"\n", options, chunk);
    CHECK_FALSE(fits.stopped);
    CHECK(fits.rows == Rows{{"abcdef", "abcd", "x"}, {"abcdef", "abcd"}});
    CHECK(tokenize("a,abcdefg,x\n", options, chunk).rows.empty());
    CHECK(tokenize("a,\"abcde\",x\n", options, chunk).stopped);
    CHECK(tokenize("1,2\na,\"abcde\"\n", options, chunk).rows == Rows{{"1", "2"}});
  }
}

TEST_CASE("csv tokenizer: a delimiter that is also the quote or a line break keeps the general reading") {
  // The shortcut for delimiters applies only to ordinary ones; these read as before it existed.
  CsvTokenizerOptions pipeQuote;
  pipeQuote.delimiter = '|';
  pipeQuote.quote = '|';
  checkEveryChunkSize("a|b\n|x|\n", pipeQuote);
  CsvTokenizerOptions semicolon;
  semicolon.delimiter = ';';
  const Tokenized t = tokenize("a;\"b;c\";d\n\"e\"\";\";f\n", semicolon);
  CHECK(t.rows == Rows{{"a", "b;c", "d"}, {"e\";", "f"}});
  checkEveryChunkSize("a;\"b;c\";d\n\"e\"\";\";f\n", semicolon);
}

TEST_CASE("csv tokenizer: long fields and many fields across pieces") {
  std::string big(3'000'000, 'x');
  for (std::size_t i = 1000; i < big.size(); i += 300) big[i] = '\n';
  const std::string text = "id,body\n1,\"" + big + "\"\n2,\"" + big + "\"\n";
  const Tokenized t = tokenize(text, {}, 65536);
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1][1] == big);
  CHECK(t.rows[2][1] == big);
  std::string wide;
  for (int i = 0; i < 20000; ++i) wide += std::to_string(i) + ",";
  wide.back() = '\n';
  const Tokenized w = tokenize(wide + wide, {}, 4096);
  REQUIRE(w.rows.size() == 2);
  CHECK(w.rows[1].size() == 20000);
  CHECK(w.rows[1][19999] == "19999");
}

TEST_CASE("csv tokenizer: every chunk size gives the same records, positions and diagnostics (A15)") {
  using namespace std::string_literals;
  const char* cases[] = {
      "a,b,c\r\n1,\"x, \"\"y\"\"\",3\r\n\r\n\"multi\r\nline\",\"\",\"\"\"\"\r\n4,5,6",
      "id,note\r\n1,\"l1\r\nl2\"\r\n2,\"x\"y\r\n",
      "a,b\n1,\"abc\n2,3\n",
      "a,b\"c,d\n  \n1,2\r3\n",
      "x,\"\"\"\",\"a\"\"\"\"b\"\r\n\"\"\r\n,\n",
      "t\xC3\xAAn,\xD0\xB8\xD0\xBC\xD1\x8F\n\"Nguy\xE1\xBB\x85n\",\"\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\"\n",
  };
  for (const char* text : cases) {
    CAPTURE(text);
    checkEveryChunkSize(text);
  }
}

TEST_CASE("csv tokenizer: position() tells where the next byte goes") {
  Diagnostics diagnostics;
  Collected sink;
  CsvTokenizer tokenizer({}, sink, diagnostics);
  tokenizer.feed("a,b\n1,\"x\ny");
  const TextPosition p = tokenizer.position();
  CHECK(p.record == 2);
  CHECK(p.line == 3);
  CHECK(p.column == 2);
  CHECK(p.byte == 10);
}

}
