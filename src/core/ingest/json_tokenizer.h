// A streaming JSON parser: text in chunks of any size, events out (start/end of objects and arrays,
// keys, strings, numbers as their raw text, literals), with an explicit stack instead of
// recursion, so no input can overflow the WebAssembly stack; nesting deeper than the limit is
// rejected while parsing. Strict RFC 8259 (JSONTestSuite's y_ files accepted, n_ files rejected),
// raw NUL bytes included. Errors are diagnostics with line and column; in NDJSON mode a bad line
// is skipped and reading goes on. Not a DOM: nothing is kept after its event.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/diagnostics.h"

namespace carescore {

enum class JsonLiteral : std::uint8_t { True, False, Null };

class JsonHandler {
public:
  virtual ~JsonHandler() = default;
  virtual void onStartObject() = 0;
  virtual void onEndObject() = 0;
  virtual void onStartArray() = 0;
  virtual void onEndArray() = 0;
  virtual void onKey(std::string_view key) = 0;
  virtual void onString(std::string_view value) = 0;
  virtual void onNumber(std::string_view raw) = 0;  // exactly as written: "12345678901234567890", "1e400"
  virtual void onLiteral(JsonLiteral literal) = 0;
  // The value being read was broken off by an error: forget what it delivered so far.
  virtual void onAbort() = 0;
  // 1-based record the parser is in, for diagnostics (kNoPosition if unknown).
  virtual std::uint64_t currentRecord() const { return kNoPosition; }
};

struct JsonTokenizerOptions {
  std::size_t maxDepth = 64;
  std::size_t maxStringBytes = std::size_t{16} << 20;
  bool ndjson = false;  // values separated by line breaks; a bad line is skipped, not fatal
  std::uint64_t firstByte = 0;  // offset of the first byte fed in the text as read (after a BOM)
};

class JsonTokenizer {
public:
  JsonTokenizer(const JsonTokenizerOptions& options, JsonHandler& handler, Diagnostics& diagnostics);

  void feed(std::string_view text);
  void finish();

  TextPosition position() const;
  bool failed() const { return failed_; }              // a document error stopped reading
  std::uint64_t values() const { return values_; }     // complete top-level values
  std::uint64_t skippedLines() const { return skippedLines_; }

private:
  enum class Expect : std::uint8_t { Value, FirstValueOrEnd, FirstKeyOrEnd, Key, Colon, CommaOrEnd, Nothing };
  enum class Token : std::uint8_t { None, String, Number, Literal, SkipLine };

  std::size_t step(const char* p, std::size_t n, std::size_t i);
  std::size_t beginValue(const char* p, std::size_t n, std::size_t i);
  std::size_t continueString(const char* p, std::size_t n, std::size_t i);
  std::size_t continueNumber(const char* p, std::size_t n, std::size_t i);
  std::size_t continueLiteral(const char* p, std::size_t n, std::size_t i);
  std::size_t skipLine(const char* p, std::size_t n, std::size_t i);
  bool escape(char c, std::size_t k);
  void appendCodeUnit(char32_t unit, std::size_t k);
  void flushHighSurrogate(std::size_t k);
  bool endString(std::string_view text);
  bool endNumber(std::string_view raw, std::size_t k);
  void afterValue();
  void push(bool array, std::size_t k);
  void fail(std::string_view what, std::size_t k, DiagnosticCode code);
  // JSON_SYNTAX worded by one of its variants (diagnostics.cpp), so the app can translate it.
  void failSyntax(std::string_view variant, std::size_t k, std::initializer_list<std::string_view> args = {});
  void stopAfterError();
  TextPosition at(std::size_t k) const;
  std::string describeByte(char c) const;

  JsonTokenizerOptions options_;
  JsonHandler& handler_;
  Diagnostics& diagnostics_;

  std::vector<std::uint8_t> stack_;  // 1: array, 0: object
  Expect expect_ = Expect::Value;
  Token token_ = Token::None;
  bool isKey_ = false;
  bool sawValue_ = false;            // a top-level value began (an empty document is an error)
  bool newlineSinceValue_ = true;

  // A token that spans pieces: its bytes so far (strings: unescaped).
  std::string scratch_;
  bool scratchActive_ = false;
  std::size_t stringStart_ = 0;      // start of the current run in the piece
  int escapeState_ = 0;              // 0: none, 1: after '\', 2..5: reading \u hex digits
  char32_t hexValue_ = 0;
  char16_t highSurrogate_ = 0;
  int numberState_ = 0;
  std::string_view literalText_;
  std::size_t literalMatched_ = 0;
  JsonLiteral literal_ = JsonLiteral::Null;

  std::uint64_t consumed_ = 0;       // bytes before the current piece
  std::uint64_t line_ = 1;
  std::uint64_t lineStart_ = 0;      // offset of the current line's first byte
  std::uint64_t values_ = 0;
  std::uint64_t skippedLines_ = 0;
  bool failed_ = false;
};

} // namespace carescore
