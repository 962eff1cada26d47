#include "core/ingest/json_tokenizer.h"

#include <bit>
#include <cstdio>

#include "core/ingest/byte_scan.h"
#include "core/ingest/utf8.h"

namespace carescore {

namespace {

// The number grammar of RFC 8259 as a table-free automaton. States: 0 start, 1 after '-',
// 2 a leading 0, 3 integer digits, 4 after '.', 5 fraction digits, 6 after 'e', 7 after the
// exponent's sign, 8 exponent digits. Returns the next state, or -1.
int numberStep(int state, char c) {
  const bool digit = c >= '0' && c <= '9';
  switch (state) {
    case 0: return c == '-' ? 1 : c == '0' ? 2 : digit ? 3 : -1;
    case 1: return c == '0' ? 2 : digit ? 3 : -1;
    case 2: return c == '.' ? 4 : (c == 'e' || c == 'E') ? 6 : -1;
    case 3: return digit ? 3 : c == '.' ? 4 : (c == 'e' || c == 'E') ? 6 : -1;
    case 4: return digit ? 5 : -1;
    case 5: return digit ? 5 : (c == 'e' || c == 'E') ? 6 : -1;
    case 6: return (c == '+' || c == '-') ? 7 : digit ? 8 : -1;
    case 7: return digit ? 8 : -1;
    case 8: return digit ? 8 : -1;
    default: return -1;
  }
}

bool isNumberByte(char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; }
bool numberComplete(int state) { return state == 2 || state == 3 || state == 5 || state == 8; }
bool isStringStop(char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; }

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

} // namespace

JsonTokenizer::JsonTokenizer(const JsonTokenizerOptions& options, JsonHandler& handler, Diagnostics& diagnostics)
    : options_(options), handler_(handler), diagnostics_(diagnostics), consumed_(options.firstByte), lineStart_(options.firstByte) {}

TextPosition JsonTokenizer::at(std::size_t k) const {
  const std::uint64_t byte = consumed_ + k;
  return {handler_.currentRecord(), line_, byte - lineStart_ + 1, byte};
}

TextPosition JsonTokenizer::position() const { return at(0); }

std::string JsonTokenizer::describeByte(char c) const {
  const auto b = static_cast<unsigned char>(c);
  if (b == 0) return "raw NUL byte";
  char text[32];
  if (b >= 0x20 && b < 0x7F) std::snprintf(text, sizeof text, "'%c'", c);
  else std::snprintf(text, sizeof text, "byte 0x%02X", b);
  return text;
}

void JsonTokenizer::feed(std::string_view text) {
  if (failed_ || text.empty()) return;
  const char* p = text.data();
  const std::size_t n = text.size();
  stringStart_ = 0;
  std::size_t i = 0;
  while (i < n && !failed_) i = step(p, n, i);
  if (!failed_ && (token_ == Token::String || token_ == Token::Number) && stringStart_ < n) {
    if (token_ == Token::String && highSurrogate_ != 0) flushHighSurrogate(n);
    scratch_.append(p + stringStart_, n - stringStart_);
    scratchActive_ = true;
    if (scratch_.size() > options_.maxStringBytes)
      fail(std::to_string(options_.maxStringBytes), n, DiagnosticCode::FieldTooLarge);
  }
  consumed_ += n;
}

std::size_t JsonTokenizer::step(const char* p, std::size_t n, std::size_t i) {
  switch (token_) {
    case Token::String: return continueString(p, n, i);
    case Token::Number: return continueNumber(p, n, i);
    case Token::Literal: return continueLiteral(p, n, i);
    case Token::SkipLine: return skipLine(p, n, i);
    case Token::None: break;
  }
  const char c = p[i];
  if (c == '\n') {
    if (options_.ndjson && !stack_.empty()) {
      failSyntax("record_incomplete", i);
      return i;
    }
    ++line_;
    lineStart_ = consumed_ + i + 1;
    newlineSinceValue_ = true;
    return i + 1;
  }
  if (c == ' ' || c == '\t' || c == '\r') return i + 1;
  switch (expect_) {
    case Expect::Value: return beginValue(p, n, i);
    case Expect::FirstValueOrEnd:
      if (c == ']') {
        stack_.pop_back();
        handler_.onEndArray();
        afterValue();
        return i + 1;
      }
      return beginValue(p, n, i);
    case Expect::FirstKeyOrEnd:
      if (c == '}') {
        stack_.pop_back();
        handler_.onEndObject();
        afterValue();
        return i + 1;
      }
      [[fallthrough]];
    case Expect::Key:
      if (c == '"') {
        token_ = Token::String;
        isKey_ = true;
        stringStart_ = i + 1;
        return i + 1;
      }
      failSyntax(expect_ == Expect::Key ? "key_after_comma" : "key_or_end", i, {describeByte(c)});
      return failed_ ? n : i;
    case Expect::Colon:
      if (c == ':') {
        expect_ = Expect::Value;
        return i + 1;
      }
      failSyntax("colon", i, {describeByte(c)});
      return failed_ ? n : i;
    case Expect::CommaOrEnd: {
      const bool array = stack_.back() != 0;
      if (c == ',') {
        expect_ = array ? Expect::Value : Expect::Key;
        return i + 1;
      }
      if (c == (array ? ']' : '}')) {
        stack_.pop_back();
        array ? handler_.onEndArray() : handler_.onEndObject();
        afterValue();
        return i + 1;
      }
      failSyntax(array ? "after_element" : "after_member", i, {describeByte(c)});
      return failed_ ? n : i;
    }
    case Expect::Nothing:
      if (options_.ndjson && newlineSinceValue_) return beginValue(p, n, i);
      failSyntax(options_.ndjson ? "line_break" : "trailing_text", i, {describeByte(c)});
      return failed_ ? n : i;
  }
  return i + 1;
}

std::size_t JsonTokenizer::beginValue(const char* p, std::size_t n, std::size_t i) {
  const char c = p[i];
  sawValue_ = true;
  switch (c) {
    case '{':
    case '[':
      push(c == '[', i);
      if (failed_) return n;
      if (token_ == Token::SkipLine) return i;
      if (c == '{') {
        handler_.onStartObject();
        expect_ = Expect::FirstKeyOrEnd;
      } else {
        handler_.onStartArray();
        expect_ = Expect::FirstValueOrEnd;
      }
      return i + 1;
    case '"':
      token_ = Token::String;
      isKey_ = false;
      stringStart_ = i + 1;
      return i + 1;
    case 't':
    case 'f':
    case 'n':
      token_ = Token::Literal;
      literal_ = c == 't' ? JsonLiteral::True : c == 'f' ? JsonLiteral::False : JsonLiteral::Null;
      literalText_ = c == 't' ? "true" : c == 'f' ? "false" : "null";
      literalMatched_ = 0;
      return continueLiteral(p, n, i);
    default:
      if (c == '-' || (c >= '0' && c <= '9')) {
        token_ = Token::Number;
        numberState_ = 0;
        stringStart_ = i;
        return continueNumber(p, n, i);
      }
      failSyntax("value", i, {describeByte(c)});
      return failed_ ? n : i;
  }
}

std::size_t JsonTokenizer::continueString(const char* p, std::size_t n, std::size_t i) {
  while (i < n && escapeState_ != 0) {
    if (!escape(p[i], i)) return failed_ ? n : i;
    ++i;
  }
  stringStart_ = i;
  std::size_t k = i;
  for (;;) {
    if (k + 16 <= n) {
      if (const std::uint32_t mask = jsonStringStopMask16(p + k)) {
        k += static_cast<std::size_t>(std::countr_zero(mask));
        break;
      }
      k += 16;
      continue;
    }
    while (k < n && !isStringStop(p[k])) ++k;
    break;
  }
  if (k == n) return n;  // the run continues in the next piece (feed keeps it)
  const char c = p[k];
  if (c == '"') {
    if (highSurrogate_ != 0) flushHighSurrogate(k);
    std::string_view text(p + stringStart_, k - stringStart_);
    if (scratchActive_) {
      scratch_.append(text);
      text = scratch_;
    }
    if (text.size() > options_.maxStringBytes) {
      fail(std::to_string(options_.maxStringBytes), k, DiagnosticCode::FieldTooLarge);
      return failed_ ? n : k;
    }
    token_ = Token::None;
    const bool ok = endString(text);
    scratch_.clear();
    scratchActive_ = false;
    return ok ? k + 1 : n;
  }
  if (c == '\\') {
    if (highSurrogate_ != 0 && k > stringStart_) flushHighSurrogate(k);
    scratch_.append(p + stringStart_, k - stringStart_);
    scratchActive_ = true;
    escapeState_ = 1;
    stringStart_ = k + 1;
    return k + 1;
  }
  if (c == '\0') failSyntax("nul_in_string", k);
  else failSyntax("control_in_string", k, {describeByte(c)});
  return failed_ ? n : k;
}

bool JsonTokenizer::escape(char c, std::size_t k) {
  if (escapeState_ == 1) {
    char simple = 0;
    switch (c) {
      case '"': simple = '"'; break;
      case '\\': simple = '\\'; break;
      case '/': simple = '/'; break;
      case 'b': simple = '\b'; break;
      case 'f': simple = '\f'; break;
      case 'n': simple = '\n'; break;
      case 'r': simple = '\r'; break;
      case 't': simple = '\t'; break;
      case 'u':
        escapeState_ = 2;
        hexValue_ = 0;
        return true;
      default:
        failSyntax("bad_escape", k, {describeByte(c)});
        return false;
    }
    if (highSurrogate_ != 0) flushHighSurrogate(k);
    scratch_.push_back(simple);
    escapeState_ = 0;
    return true;
  }
  const int digit = hexDigit(c);
  if (digit < 0) {
    failSyntax("bad_unicode_escape", k, {describeByte(c)});
    return false;
  }
  hexValue_ = hexValue_ * 16 + static_cast<char32_t>(digit);
  if (++escapeState_ == 6) {
    escapeState_ = 0;
    appendCodeUnit(hexValue_, k);
  }
  return true;
}

// A \u escape's code unit: surrogate pairs combine; a lone surrogate becomes U+FFFD (reported).
void JsonTokenizer::appendCodeUnit(char32_t unit, std::size_t k) {
  char buffer[4];
  if (unit >= 0xD800 && unit <= 0xDBFF) {
    if (highSurrogate_ != 0) flushHighSurrogate(k);
    highSurrogate_ = static_cast<char16_t>(unit);
    return;
  }
  if (unit >= 0xDC00 && unit <= 0xDFFF) {
    if (highSurrogate_ == 0) {
      diagnostics_.addVariant(DiagnosticCode::InvalidEncoding, "json_lone_surrogate", at(k));
      scratch_.append(buffer, encodeUtf8(kReplacementCharacter, buffer));
      return;
    }
    const char32_t cp = 0x10000 + ((static_cast<char32_t>(highSurrogate_) - 0xD800) << 10) + (unit - 0xDC00);
    highSurrogate_ = 0;
    scratch_.append(buffer, encodeUtf8(cp, buffer));
    return;
  }
  if (highSurrogate_ != 0) flushHighSurrogate(k);
  scratch_.append(buffer, encodeUtf8(unit, buffer));
}

void JsonTokenizer::flushHighSurrogate(std::size_t k) {
  char buffer[4];
  diagnostics_.addVariant(DiagnosticCode::InvalidEncoding, "json_lone_surrogate", this->at(k));
  scratch_.append(buffer, encodeUtf8(kReplacementCharacter, buffer));
  highSurrogate_ = 0;
}

bool JsonTokenizer::endString(std::string_view text) {
  if (isKey_) {
    handler_.onKey(text);
    expect_ = Expect::Colon;
  } else {
    handler_.onString(text);
    afterValue();
  }
  return true;
}

std::size_t JsonTokenizer::continueNumber(const char* p, std::size_t n, std::size_t i) {
  std::size_t k = i;
  while (k < n && isNumberByte(p[k])) {
    const int next = numberStep(numberState_, p[k]);
    if (next < 0) {
      failSyntax("number_unexpected", k, {describeByte(p[k])});
      return failed_ ? n : k;
    }
    numberState_ = next;
    ++k;
  }
  if (k == n) return n;
  std::string_view raw(p + stringStart_, k - stringStart_);
  if (scratchActive_) {
    scratch_.append(raw);
    raw = scratch_;
  }
  if (!endNumber(raw, k)) return failed_ ? n : k;
  return k;  // the byte after the number is read as structure
}

bool JsonTokenizer::endNumber(std::string_view raw, std::size_t k) {
  if (!numberComplete(numberState_)) {
    failSyntax("number_digit", k, {raw.substr(raw.empty() ? 0 : raw.size() - 1)});
    return false;
  }
  token_ = Token::None;
  handler_.onNumber(raw);
  scratch_.clear();
  scratchActive_ = false;
  afterValue();
  return true;
}

std::size_t JsonTokenizer::continueLiteral(const char* p, std::size_t n, std::size_t i) {
  while (i < n && literalMatched_ < literalText_.size()) {
    if (p[i] != literalText_[literalMatched_]) {
      failSyntax("literal", i, {literalText_, describeByte(p[i])});
      return failed_ ? n : i;
    }
    ++literalMatched_;
    ++i;
  }
  if (literalMatched_ == literalText_.size()) {
    token_ = Token::None;
    handler_.onLiteral(literal_);
    afterValue();
  }
  return i;
}

std::size_t JsonTokenizer::skipLine(const char* p, std::size_t n, std::size_t i) {
  while (i < n && p[i] != '\n') ++i;
  if (i < n) token_ = Token::None;  // the line break itself is read as whitespace
  return i;
}

void JsonTokenizer::afterValue() {
  if (stack_.empty()) {
    ++values_;
    expect_ = Expect::Nothing;
    newlineSinceValue_ = false;
  } else {
    expect_ = Expect::CommaOrEnd;
  }
}

void JsonTokenizer::push(bool array, std::size_t k) {
  if (stack_.size() >= options_.maxDepth) {
    fail(std::to_string(options_.maxDepth), k, DiagnosticCode::JsonTooDeep);
    return;
  }
  stack_.push_back(array ? 1 : 0);
}

void JsonTokenizer::fail(std::string_view what, std::size_t k, DiagnosticCode code) {
  diagnostics_.add(code, at(k), {what});
  stopAfterError();
}

void JsonTokenizer::failSyntax(std::string_view variant, std::size_t k, std::initializer_list<std::string_view> args) {
  diagnostics_.addVariant(DiagnosticCode::JsonSyntax, variant, at(k), args);
  stopAfterError();
}

void JsonTokenizer::stopAfterError() {
  handler_.onAbort();
  token_ = Token::None;
  scratch_.clear();
  scratchActive_ = false;
  escapeState_ = 0;
  highSurrogate_ = 0;
  stack_.clear();
  if (options_.ndjson) {
    ++skippedLines_;
    token_ = Token::SkipLine;
    expect_ = Expect::Value;
    newlineSinceValue_ = true;
  } else {
    failed_ = true;
  }
}

void JsonTokenizer::finish() {
  if (failed_) return;
  const std::size_t end = 0;  // positions at the end of the input: consumed_ + 0
  if (token_ == Token::SkipLine) token_ = Token::None;
  if (token_ == Token::Number) {
    if (!endNumber(scratch_, end)) return;
  } else if (token_ == Token::String) {
    failSyntax("end_in_string", end);
  } else if (token_ == Token::Literal) {
    failSyntax("end_in_literal", end, {literalText_});
  }
  if (failed_ || token_ == Token::SkipLine) return;
  if (!stack_.empty()) {
    failSyntax(stack_.back() ? "end_in_array" : "end_in_object", end);
  } else if (!sawValue_ && !options_.ndjson) {
    failSyntax("empty", end);
  }
}

} // namespace carescore
