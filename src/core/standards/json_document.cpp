// Safe JSON reading for profiles and mappings (RELIABILITY.md §C: NUL is end-of-input to nlohmann, deep
// nesting overflows the wasm stack on copy, 1e400 throws without a position).
#include "core/standards/json_document.h"

#include <algorithm>
#include <cassert>
#include <optional>
#include <string>
#include <utility>

#include "core/standards/issue_variants.h"
#include "core/standards/message_text.h"

namespace carescore {

namespace {

using Json = nlohmann::json;

struct TextPosition {
  std::uint32_t line = 1, column = 1;
};

// Line and column (in characters, 1-based) of a byte offset.
TextPosition positionOf(std::string_view text, std::size_t offset) {
  TextPosition position;
  offset = std::min(offset, text.size());
  for (std::size_t i = 0; i < offset; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((byte & 0xC0) != 0x80) {
      ++position.column;
    }
  }
  return position;
}

ProfileIssue textIssue(ProfileIssue issue, std::string_view text, std::size_t offset) {
  const TextPosition at = positionOf(text, offset);
  issue.line = at.line;
  issue.column = at.column;
  return issue;
}

ProfileIssue textIssue(IssueCode code, std::string_view variant, std::vector<std::string> args, std::string_view text,
                       std::size_t offset) {
  return textIssue(variantIssue(IssueSeverity::Error, code, "", variant, std::move(args)), text, offset);
}

// The document's name as an IssueWord key ("profile", "mapping").
std::string nameWord(const JsonLimits& limits) {
  const std::string_view key = wordKeyOf(limits.documentName);
  assert(!key.empty() && "documentName is an IssueWord");
  return std::string(key.empty() ? std::string_view("profile") : key);
}

// nlohmann's problem after "syntax error while parsing <context> - ": "unexpected ':'", or
// "invalid literal; last read: 'tru'", then "; expected <token>" when `expected` is not empty.
std::optional<ProfileIssue> syntaxParts(std::string context, std::string_view rest, std::string_view expected,
                                        const std::string& message) {
  constexpr std::string_view kLastRead = "; last read: '";
  constexpr std::string_view kControl = "invalid string: control character ";
  constexpr std::string_view kEscaped = " must be escaped to ";
  std::vector<std::string> args = {std::move(context)};
  std::string variant;
  if (rest.substr(0, 11) == "unexpected ") {
    variant = "unexpected";
    args.emplace_back(wordKeyOf(rest.substr(11), "token_"));
  } else if (const std::size_t read = rest.find(kLastRead); read != std::string_view::npos && rest.back() == '\'') {
    std::string_view problem = rest.substr(0, read);
    const std::string_view token = rest.substr(read + kLastRead.size(), rest.size() - read - kLastRead.size() - 1);
    if (problem.substr(0, kControl.size()) == kControl) {
      problem.remove_prefix(kControl.size());  // "U+0009 (HT)", then one escape or two joined by " or "
      const std::size_t to = problem.find(kEscaped);
      if (to == std::string_view::npos) return std::nullopt;
      args.emplace_back(problem.substr(0, to));
      std::string_view escapes = problem.substr(to + kEscaped.size());
      variant = "control_character";
      if (const std::size_t orAt = escapes.find(" or "); orAt != std::string_view::npos) {
        variant = "control_character_or";
        args.emplace_back(escapes.substr(0, orAt));
        escapes.remove_prefix(orAt + 4);
      }
      args.emplace_back(escapes);
    } else {
      variant = "invalid";
      args.emplace_back(wordKeyOf(problem, "lexer_"));
    }
    args.emplace_back(sanitizeUtf8(token));
  } else {
    return std::nullopt;
  }
  if (!expected.empty()) {
    variant += "_expected";
    args.emplace_back(wordKeyOf(expected, "token_"));
  }
  const IssueVariant* found = findIssueVariant(IssueCode::Syntax, variant);
  const bool wordsKnown = std::none_of(args.begin(), args.end(), [](const std::string& a) { return a.empty(); });
  if (!found || !wordsKnown || placeholderCount(found->messageTemplate) != args.size()) return std::nullopt;
  ProfileIssue issue = variantIssue(IssueSeverity::Error, IssueCode::Syntax, "", variant, std::move(args));
  if (issue.message != message) return std::nullopt;
  return issue;
}

// nlohmann's "syntax error while parsing object key - unexpected ':'; expected string literal" as a
// Syntax variant with its words, when one reads back exactly; else the message alone.
ProfileIssue syntaxIssue(std::string_view what) {
  const std::string message = "not valid JSON: " + sanitizeUtf8(what);
  constexpr std::string_view kAt = "syntax error while parsing ";
  constexpr std::string_view kExpected = "; expected ";
  const ProfileIssue plain{IssueSeverity::Error, IssueCode::Syntax, "", message, 0, 0, {}, {}};
  if (what.substr(0, kAt.size()) != kAt) return plain;
  std::string_view rest = what.substr(kAt.size());
  const std::size_t dash = rest.find(" - ");
  if (dash == std::string_view::npos) return plain;
  const std::string context(wordKeyOf(rest.substr(0, dash), "context_"));
  rest.remove_prefix(dash + 3);
  // "; expected" may end the message, or belong to the problem ("invalid number; expected digit").
  if (const std::size_t at = rest.rfind(kExpected); at != std::string_view::npos)
    if (auto issue = syntaxParts(context, rest.substr(0, at), rest.substr(at + kExpected.size()), message)) return *issue;
  if (auto issue = syntaxParts(context, rest, {}, message)) return *issue;
  return plain;
}

// One pass before parsing: a raw NUL anywhere (nlohmann would stop reading there and accept what
// came before), and nesting beyond the limit (checked outside strings, escapes honoured).
bool prescan(std::string_view text, const JsonLimits& limits, IssueList& issues) {
  std::uint32_t depth = 0;
  bool inString = false, escaped = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\0') {
      issues.add(textIssue(IssueCode::NulByte, "binary", {nameWord(limits)}, text, i));
      return false;
    }
    if (inString) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limits.maxDepth) {
        issues.add(textIssue(IssueCode::TooDeep, "levels",
                             {std::to_string(limits.maxDepth), nameWord(limits), std::to_string(limits.usualDepth)}, text, i));
        return false;
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return true;
}

// nlohmann's SAX events into a DOM, noting duplicate keys (nlohmann keeps the last silently).
class DomBuilder {
public:
  explicit DomBuilder(IssueList& issues) : issues_(issues) {}

  Json& root() { return root_; }
  bool failed() const { return failed_; }
  void setText(std::string_view text) { text_ = text; }

  bool null() { return insert(Json(nullptr)) != nullptr; }
  bool boolean(bool value) { return insert(Json(value)) != nullptr; }
  bool number_integer(Json::number_integer_t value) { return insert(Json(value)) != nullptr; }
  bool number_unsigned(Json::number_unsigned_t value) { return insert(Json(value)) != nullptr; }
  bool number_float(Json::number_float_t value, const std::string&) { return insert(Json(value)) != nullptr; }
  bool string(std::string& value) { return insert(Json(std::move(value))) != nullptr; }
  bool binary(Json::binary_t&) { return false; }  // JSON text has no binary values

  bool start_object(std::size_t) { return open(Json::object()); }
  bool start_array(std::size_t) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(std::string& key) {
    Frame& frame = frames_.back();
    if (frame.node->contains(key)) {
      std::string path;
      if (!issues_.full()) {  // past the limit the issue is only counted: spare building its path
        for (const Frame& f : frames_) path += f.selector;
        if (!path.empty() && path.front() == '.') path.erase(0, 1);
        path = childPath(path, key);
      }
      issues_.error(IssueCode::DuplicateKey, std::move(path), "twice", {});
    }
    frame.key = std::move(key);
    return true;
  }

  bool parse_error(std::size_t position, const std::string& lastToken, const Json::exception& error) {
    failed_ = true;
    const std::size_t offset = position > 0 ? position - 1 : 0;
    if (error.id == 406) {  // number overflow: nlohmann's message has no position, ours does
      issues_.add(textIssue(IssueCode::NumberOutOfRange, "too_large", {sanitizeUtf8(lastToken)}, text_, offset));
      return false;
    }
    // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error …": keep the part
    // after the position, which says what was expected; we give the position ourselves.
    std::string_view what = error.what();
    if (const auto column = what.find("column "); column != std::string_view::npos)
      if (const auto colon = what.find(": ", column); colon != std::string_view::npos) what.remove_prefix(colon + 2);
    issues_.add(textIssue(syntaxIssue(what), text_, offset));
    return false;
  }

private:
  struct Frame {
    Json* node;
    std::string selector;  // this container's place in its parent: ".key" / "[3]" ("" for the root)
    std::string key;       // the key whose value comes next (objects)
  };

  // Places a value in the open container (or as the root). Pointers to open containers stay valid:
  // only the innermost one grows.
  Json* insert(Json&& value) {
    if (frames_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Json& parent = *frames_.back().node;
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    Json& slot = parent[frames_.back().key];
    slot = std::move(value);
    return &slot;
  }

  bool open(Json&& container) {
    std::string selector;
    if (!frames_.empty()) {
      const Frame& parent = frames_.back();
      selector = parent.node->is_array() ? indexPath("", parent.node->size()) : childPath("x", parent.key).substr(1);
    }
    Json* node = insert(std::move(container));
    frames_.push_back({node, std::move(selector), {}});
    return true;
  }

  bool close() {
    frames_.pop_back();
    return true;
  }

  IssueList& issues_;
  std::string_view text_;
  Json root_;
  std::vector<Frame> frames_;
  bool failed_ = false;
};

} // namespace

JsonDocument parseJsonDocument(std::string_view text, IssueList& issues, const JsonLimits& limits) {
  JsonDocument document;
  if (text.size() > limits.maxBytes) {
    issues.error(IssueCode::TooLarge, "", "bytes",
                 {nameWord(limits), std::to_string(text.size()), nameWord(limits), std::to_string(limits.maxBytes)});
    return document;
  }
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    issues.error(IssueCode::Utf16, "", "save_as_utf8", {nameWord(limits)});
    return document;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos || text == "\xEF\xBB\xBF") {
    issues.error(IssueCode::Empty, "", "empty", {nameWord(limits)});
    return document;
  }
  if (!prescan(text, limits, issues)) return document;

  DomBuilder builder(issues);
  builder.setText(text);
  try {
    Json::sax_parse(text.begin(), text.end(), &builder, Json::input_format_t::json, /*strict=*/true,
                    /*ignore_comments=*/false);
  } catch (const std::exception& error) {  // nlohmann's own (none expected with SAX) or bad_alloc
    issues.error(IssueCode::Syntax, "", "unreadable", {nameWord(limits), sanitizeUtf8(error.what())});
    return document;
  }
  if (builder.failed()) return document;
  document.value = std::move(builder.root());
  document.parsed = true;
  return document;
}

} // namespace carescore
