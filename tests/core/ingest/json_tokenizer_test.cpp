#include <doctest/doctest.h>

#include "test_support.h"

#include <string>
#include <vector>

#include "core/ingest/json_tokenizer.h"
#include "ingest_test_support.h"

using namespace carescore;

namespace {

// Every event as a line of text: "{", "}", "[", "]", "k:name", "s:text", "n:raw", "true", "null", "abort".
struct Recorder : JsonHandler {
  std::vector<std::string> events;
  void onStartObject() override { events.push_back("{"); }
  void onEndObject() override { events.push_back("}"); }
  void onStartArray() override { events.push_back("["); }
  void onEndArray() override { events.push_back("]"); }
  void onKey(std::string_view key) override { events.push_back("k:" + std::string(key)); }
  void onString(std::string_view value) override { events.push_back("s:" + std::string(value)); }
  void onNumber(std::string_view raw) override { events.push_back("n:" + std::string(raw)); }
  void onLiteral(JsonLiteral literal) override {
    events.push_back(literal == JsonLiteral::True ? "true" : literal == JsonLiteral::False ? "false" : "null");
  }
  void onAbort() override { events.push_back("abort"); }
};

struct Parsed {
  std::vector<std::string> events;
  Diagnostics diagnostics;
  bool failed = false;
  std::uint64_t values = 0, skippedLines = 0;
};

Parsed parse(std::string_view text, JsonTokenizerOptions options = {}, std::size_t chunk = 0) {
  Parsed result;
  Recorder recorder;
  JsonTokenizer tokenizer(options, recorder, result.diagnostics);
  carescore::testing::feedInChunks(text, chunk, [&](std::string_view piece) { tokenizer.feed(piece); });
  tokenizer.finish();
  result.events = std::move(recorder.events);
  result.failed = tokenizer.failed();
  result.values = tokenizer.values();
  result.skippedLines = tokenizer.skippedLines();
  return result;
}

using Events = std::vector<std::string>;

const Diagnostic& firstError(const Parsed& p) {
  REQUIRE_FALSE(p.diagnostics.entries().empty());
  return p.diagnostics.entries().front();
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("json tokenizer: events of a document, numbers as written") {
  const Parsed p = parse(R"({"id": 12345678901234567890, "tags": ["a", "b"], "via": {"channel": "web"}, "ok": true, "x": null, "r": -1.5e-3})");
  CHECK_FALSE(p.failed);
  CHECK(p.diagnostics.total() == 0);
  CHECK(p.events == Events{"{", "k:id", "n:12345678901234567890", "k:tags", "[", "s:a", "s:b", "]", "k:via", "{", "k:channel",
                           "s:web", "}", "k:ok", "true", "k:x", "null", "k:r", "n:-1.5e-3", "}"});
  CHECK(p.values == 1);
}

TEST_CASE("json tokenizer: escapes, surrogate pairs, and a lone surrogate replaced") {
  Parsed p = parse(R"(["a\"b\\c\/d\n\t", "\u00e9\u1ec7", "\ud83d\ude00", "\ud800x"])");
  CHECK(p.events == Events{"[", "s:a\"b\\c/d\n\t", "s:éệ", "s:😀", "s:\uFFFDx", "]"});
  CHECK(p.diagnostics.count(DiagnosticCode::InvalidEncoding) == 1);
  CHECK_FALSE(p.failed);
}

TEST_CASE("json tokenizer: every chunk size gives the same events") {
  const std::string text = R"( {"k\u00e9y": [1, -0.5e+10, "str\"ing", true, false, null, {"a": []}], "b": "\ud83d\ude00"} )";
  const Parsed whole = parse(text);
  for (std::size_t chunk = 1; chunk < text.size(); ++chunk) {
    CAPTURE(chunk);
    CHECK(parse(text, {}, chunk).events == whole.events);
  }
}

TEST_CASE("json tokenizer: errors carry line and column and stop the document") {
  Parsed p = parse("[1,\n 2,\n ]");
  CHECK(p.failed);
  const Diagnostic& e = firstError(p);
  CHECK(e.code == DiagnosticCode::JsonSyntax);
  CHECK(e.where.line == 3);
  CHECK(e.where.column == 2);
  CHECK(e.where.byte == 9);
  CHECK(e.message == "invalid JSON: expected a value, found ']'");
  CHECK(p.events.back() == "abort");

  p = parse(R"({"a" 1})");
  CHECK(firstError(p).message == "invalid JSON: expected ':' after a key, found '1'");
  p = parse("[1] x");
  CHECK(firstError(p).message == "invalid JSON: unexpected text after the JSON value: 'x'");
  p = parse("");
  CHECK(firstError(p).message == "invalid JSON: empty document: expected a JSON value");
  p = parse(R"({"a": [1, 2)");
  CHECK(firstError(p).message == "invalid JSON: the file ends inside an array: expected ']'");
  p = parse("[01]");
  CHECK(p.failed);
  p = parse("[1.]");
  CHECK(p.failed);
  p = parse(R"(["tab	inside"])");
  CHECK(p.failed);
}

TEST_CASE("json tokenizer: raw NUL bytes are rejected, wherever they are (C2)") {
  using namespace std::string_literals;
  for (const std::string& text : {"{\"a\":1}\0{\"evil\":2}"s, "123\0"s, "[1]\0xyz"s, "\"abc\"\0"s, "[\"a\0b\"]"s}) {
    CAPTURE(text);
    const Parsed p = parse(text);
    CHECK(p.failed);
    CHECK(firstError(p).message.find("raw NUL byte") != std::string::npos);
  }
}

TEST_CASE("json tokenizer: depth 64 is accepted, 65 rejected while parsing (C3)") {
  CHECK_FALSE(parse(std::string(64, '[') + std::string(64, ']')).failed);
  Parsed p = parse(std::string(65, '[') + std::string(65, ']'));
  CHECK(p.failed);
  CHECK(firstError(p).code == DiagnosticCode::JsonTooDeep);
  CHECK(firstError(p).where.byte == 64);
  CHECK(firstError(p).message == "JSON nested deeper than 64 levels");
  std::string mixed;
  for (int i = 0; i < 40; ++i) mixed += "[{\"\":";
  CHECK(parse(mixed).failed);
  CHECK(parse(std::string(100000, '['), {}, 4096).failed);
}

TEST_CASE("json tokenizer: NDJSON skips a bad line and goes on (C11)") {
  JsonTokenizerOptions ndjson;
  ndjson.ndjson = true;
  const Parsed p = parse("{\"a\":1}\n{\"a\":\n{\"a\":3}\r\n\n{\"a\":4} x\n{\"a\":5}", ndjson);
  CHECK_FALSE(p.failed);
  CHECK(p.values == 4);
  CHECK(p.skippedLines == 2);
  REQUIRE(p.diagnostics.entries().size() == 2);
  CHECK(p.diagnostics.entries()[0].where.line == 2);
  CHECK(p.diagnostics.entries()[0].message == "invalid JSON: the record is not complete at the end of its line");
  CHECK(p.diagnostics.entries()[1].where.line == 5);
  CHECK(p.events == Events{"{", "k:a", "n:1", "}", "{", "k:a", "abort", "{", "k:a", "n:3", "}", "{", "k:a", "n:4", "}", "abort",
                           "{", "k:a", "n:5", "}"});
}

TEST_CASE("json tokenizer: a string over the limit is an error, not a memory blow-up") {
  JsonTokenizerOptions options;
  options.maxStringBytes = 8;
  const Parsed p = parse(R"(["0123456789"])", options, 3);
  CHECK(p.failed);
  CHECK(firstError(p).code == DiagnosticCode::FieldTooLarge);
}

}
