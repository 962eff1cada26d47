#include "core/ingest/diagnostics.h"

#include <algorithm>
#include <cassert>

namespace carescore {

namespace {

using enum DiagnosticCode;
using enum Severity;

// One row per code, in enum order. Messages are short, say what was expected and what was done.
constexpr DiagnosticDefinition kDiagnosticDefinitions[] = {
    {EmptyFile, "EMPTY_FILE", Warning, "the file is empty: no rows to read"},
    {NoDataRows, "NO_DATA_ROWS", Warning, "only a header, no data rows"},
    {InvalidEncoding, "INVALID_ENCODING", Warning, "{}; replaced by U+FFFD"},
    {EncodingUncertain, "ENCODING_UNCERTAIN", Warning,
     "text encoding guessed as {} (confidence {}); choose another if the text looks wrong"},
    {NulBytes, "NUL_BYTES", Warning, "NUL byte (0x00) in a field; removed"},
    {UnterminatedQuote, "UNTERMINATED_QUOTE", Error,
     "quoted field opened here is never closed (expected a closing quote {}); read on treating this quote as text"},
    {InvalidQuotes, "INVALID_QUOTES", Warning,
     "text after a closing quote (expected a delimiter or a line end); kept as part of the field"},
    {StrayQuote, "STRAY_QUOTE", Warning, "quote inside an unquoted field; kept as text"},
    {WhitespaceBeforeQuote, "WHITESPACE_BEFORE_QUOTE", Warning,
     "space before an opening quote; the quote is read as text (expected the quote first)"},
    {TooFewFields, "TOO_FEW_FIELDS", Warning, "expected {} fields, found {}; the missing cells are empty"},
    {TooManyFields, "TOO_MANY_FIELDS", Warning, "expected {} fields, found {}; the extra cells are dropped"},
    {BlankRows, "BLANK_ROWS", Info, "blank line skipped"},
    {FieldTooLarge, "FIELD_TOO_LARGE", Error, "field longer than the limit of {} bytes; reading stopped here"},
    {MixedLineEndings, "MIXED_LINE_ENDINGS", Warning, "{}"},
    {AmbiguousDelimiter, "AMBIGUOUS_DELIMITER", Warning, "delimiter could be {} or {}; read with {}"},
    {ExcelWrappedRows, "EXCEL_WRAPPED_ROWS", Error,
     "each line is one quoted cell followed by empty {}-separated cells: a spreadsheet re-saved the file with the "
     "wrong delimiter. Rows were recovered from inside the cells and may be wrong; export the file again"},
    {PreambleSkipped, "PREAMBLE_SKIPPED", Info, "{} line(s) before the header skipped"},
    {NoHeader, "NO_HEADER", Info, "the first row looks like data: columns named column_1, column_2, …"},
    {DuplicateHeader, "DUPLICATE_HEADER", Warning, "column name '{}' repeated; this one renamed '{}'"},
    {EmptyHeader, "EMPTY_HEADER", Info, "column {} has no name; named '{}'"},
    {JsonSyntax, "JSON_SYNTAX", Error, "invalid JSON: {}"},
    {JsonTooDeep, "JSON_TOO_DEEP", Error, "JSON nested deeper than {} levels"},
    {DuplicateKey, "DUPLICATE_KEY", Warning, "key '{}' repeated in one record; the last value is kept"},
    {JsonIgnoredKey, "JSON_IGNORED_KEY", Info, "records read from '{}'; top-level key '{}' ignored"},
    {TooManyColumns, "TOO_MANY_COLUMNS", Warning, "more than {} columns; '{}' and later new keys dropped"},
    {Cancelled, "CANCELLED", Warning, "reading cancelled; the rows read so far are kept"},
};
static_assert(std::size(kDiagnosticDefinitions) == kDiagnosticCodeCount);

// Codes whose detail comes in fixed wordings. Each template is the whole English message.
constexpr DiagnosticVariant kDiagnosticVariants[] = {
    {InvalidEncoding, "invalid_utf8_byte", "byte {} at offset {} is not valid UTF-8; replaced by U+FFFD"},
    {InvalidEncoding, "invalid_utf8_bytes", "bytes {} at offset {} are not valid UTF-8; replaced by U+FFFD"},
    {InvalidEncoding, "truncated_utf8",
     "bytes {} at offset {} are a UTF-8 character cut by the end of the file; replaced by U+FFFD"},
    {InvalidEncoding, "lone_surrogate", "UTF-16 surrogate {} at offset {} has no other half ({}); replaced by U+FFFD"},
    {InvalidEncoding, "odd_byte", "byte {} at offset {} is half a UTF-16 character at the end of the file; replaced by U+FFFD"},
    {InvalidEncoding, "json_lone_surrogate", "lone UTF-16 surrogate in a \\u escape; replaced by U+FFFD"},
    {UnterminatedQuote, "end_of_file",
     "quoted field opened here is never closed (expected a closing quote before the end of the file); read on "
     "treating this quote as text"},
    {UnterminatedQuote, "field_limit",
     "quoted field opened here is never closed (expected a closing quote within {} bytes); read on treating this "
     "quote as text"},
    {MixedLineEndings, "lone_cr", "carriage return (CR) inside a row kept as text: rows end with LF or CRLF"},
    {MixedLineEndings, "crlf_and_lf", "rows end with both CRLF and LF"},
    {JsonSyntax, "record_incomplete", "invalid JSON: the record is not complete at the end of its line"},
    {JsonSyntax, "key_after_comma", "invalid JSON: expected a key (a quoted name) after ',', found {}"},
    {JsonSyntax, "key_or_end", "invalid JSON: expected a key (a quoted name) or '}', found {}"},
    {JsonSyntax, "colon", "invalid JSON: expected ':' after a key, found {}"},
    {JsonSyntax, "after_element", "invalid JSON: expected ',' or ']' after an array element, found {}"},
    {JsonSyntax, "after_member", "invalid JSON: expected ',' or '}' after an object member, found {}"},
    {JsonSyntax, "line_break", "invalid JSON: expected a line break before the next record, found {}"},
    {JsonSyntax, "trailing_text", "invalid JSON: unexpected text after the JSON value: {}"},
    {JsonSyntax, "value", "invalid JSON: expected a value, found {}"},
    {JsonSyntax, "nul_in_string", "invalid JSON: raw NUL byte in a string"},
    {JsonSyntax, "control_in_string", "invalid JSON: {} in a string: control characters must be escaped (\\n, \\t, \\u0001)"},
    {JsonSyntax, "bad_escape", "invalid JSON: invalid escape \\{} in a string"},
    {JsonSyntax, "bad_unicode_escape", "invalid JSON: invalid \\u escape: expected 4 hexadecimal digits, found {}"},
    {JsonSyntax, "number_unexpected", "invalid JSON: invalid number: unexpected {}"},
    {JsonSyntax, "number_digit", "invalid JSON: invalid number: expected a digit after '{}'"},
    {JsonSyntax, "literal", "invalid JSON: invalid literal: expected '{}', found {}"},
    {JsonSyntax, "end_in_string", "invalid JSON: the file ends inside a string: expected a closing '\"'"},
    {JsonSyntax, "end_in_literal", "invalid JSON: the file ends inside '{}'"},
    {JsonSyntax, "end_in_array", "invalid JSON: the file ends inside an array: expected ']'"},
    {JsonSyntax, "end_in_object", "invalid JSON: the file ends inside an object: expected '}'"},
    {JsonSyntax, "empty", "invalid JSON: empty document: expected a JSON value"},
};

constexpr bool definitionsInEnumOrder() {
  for (std::size_t i = 0; i < kDiagnosticCodeCount; ++i)
    if (static_cast<std::size_t>(kDiagnosticDefinitions[i].code) != i) return false;
  return true;
}
static_assert(definitionsInEnumOrder());

} // namespace

const DiagnosticDefinition& definitionOf(DiagnosticCode code) { return kDiagnosticDefinitions[static_cast<std::size_t>(code)]; }

std::span<const DiagnosticDefinition> diagnosticDefinitions() { return kDiagnosticDefinitions; }

std::span<const DiagnosticVariant> diagnosticVariants() { return kDiagnosticVariants; }

const DiagnosticVariant* findDiagnosticVariant(DiagnosticCode code, std::string_view key) {
  for (const DiagnosticVariant& v : kDiagnosticVariants)
    if (v.code == code && v.key == key) return &v;
  return nullptr;
}

std::string_view nameOf(DiagnosticCode code) { return definitionOf(code).name; }

std::string_view nameOf(Severity severity) {
  switch (severity) {
    case Info: return "info";
    case Warning: return "warning";
    case Error: return "error";
  }
  return "unknown";
}

std::optional<DiagnosticCode> diagnosticCodeFromName(std::string_view name) {
  for (const DiagnosticDefinition& d : kDiagnosticDefinitions)
    if (d.name == name) return d.code;
  return std::nullopt;
}

std::string fillTemplate(std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::string out;
  out.reserve(pattern.size() + 32);
  auto next = args.begin();
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}') {
      if (next != args.end()) out.append(*next++);
      ++i;
    } else {
      out.push_back(pattern[i]);
    }
  }
  return out;
}

void Diagnostics::add(DiagnosticCode code, const TextPosition& where, std::initializer_list<std::string_view> args) {
  store(code, {}, definitionOf(code).messageTemplate, where, args);
}

void Diagnostics::addVariant(DiagnosticCode code, std::string_view variant, const TextPosition& where,
                             std::initializer_list<std::string_view> args) {
  const DiagnosticVariant* found = findDiagnosticVariant(code, variant);
  assert(found && "a variant of diagnostics.cpp's table");
  if (found) store(code, found->key, found->messageTemplate, where, args);
}

void Diagnostics::store(DiagnosticCode code, std::string_view variant, std::string_view pattern, const TextPosition& where,
                        std::initializer_list<std::string_view> args) {
  const std::size_t i = index(code);
  ++counts_[i];
  if (stored_[i] >= keptPerCode_) return;
  ++stored_[i];
  entries_.push_back({code, definitionOf(code).severity, where, fillTemplate(pattern, args), variant,
                      std::vector<std::string>(args.begin(), args.end())});
}

std::uint64_t Diagnostics::total() const {
  std::uint64_t n = 0;
  for (std::uint64_t c : counts_) n += c;
  return n;
}

std::uint64_t Diagnostics::countAtLeast(Severity severity) const {
  std::uint64_t n = 0;
  for (std::size_t i = 0; i < kDiagnosticCodeCount; ++i)
    if (kDiagnosticDefinitions[i].severity >= severity) n += counts_[i];
  return n;
}

void Diagnostics::rebaseRecords(std::uint64_t headerRecords) {
  for (Diagnostic& d : entries_) {
    if (d.where.record == kNoPosition) continue;
    d.where.record = d.where.record > headerRecords ? d.where.record - headerRecords : 0;
  }
}

void Diagnostics::sortByPosition() {
  // File-wide problems (no byte) first, then in file order.
  auto key = [](const Diagnostic& d) { return d.where.byte == kNoPosition ? 0 : d.where.byte + 1; };
  std::stable_sort(entries_.begin(), entries_.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

} // namespace carescore
