// Problems found while reading a file, as data: a code (one table gives its name, severity and
// message template), where it happened, and a short message saying what was expected. Counts are
// kept per code; only the first few entries per code are stored. Not a logger: nothing is printed.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace carescore {

enum class Severity : std::uint8_t { Info, Warning, Error };

// The order is the order of kDiagnosticDefinitions in diagnostics.cpp.
enum class DiagnosticCode : std::uint8_t {
  EmptyFile,
  NoDataRows,
  InvalidEncoding,
  EncodingUncertain,
  NulBytes,
  UnterminatedQuote,
  InvalidQuotes,
  StrayQuote,
  WhitespaceBeforeQuote,
  TooFewFields,
  TooManyFields,
  BlankRows,
  FieldTooLarge,
  MixedLineEndings,
  AmbiguousDelimiter,
  ExcelWrappedRows,
  PreambleSkipped,
  NoHeader,
  DuplicateHeader,
  EmptyHeader,
  JsonSyntax,
  JsonTooDeep,
  DuplicateKey,
  JsonIgnoredKey,
  TooManyColumns,
  Cancelled,
};
inline constexpr std::size_t kDiagnosticCodeCount = static_cast<std::size_t>(DiagnosticCode::Cancelled) + 1;

struct DiagnosticDefinition {
  DiagnosticCode code;
  std::string_view name;             // stable, for scripts: "UNTERMINATED_QUOTE"
  Severity severity;
  std::string_view messageTemplate;  // "{}" placeholders, filled in order
};

// A code whose message comes in several wordings (which quote was left open, which bytes are
// invalid): the variant's template replaces the code's. Data, so translations can be checked
// against it (the app renders `diag.<NAME>.<key>` in the UI's language).
struct DiagnosticVariant {
  DiagnosticCode code;
  std::string_view key;              // "end_of_file"
  std::string_view messageTemplate;  // the whole message, "{}" placeholders filled in order
};

const DiagnosticDefinition& definitionOf(DiagnosticCode code);
std::span<const DiagnosticDefinition> diagnosticDefinitions();
std::span<const DiagnosticVariant> diagnosticVariants();
const DiagnosticVariant* findDiagnosticVariant(DiagnosticCode code, std::string_view key);
std::string_view nameOf(DiagnosticCode code);
std::string_view nameOf(Severity severity);
std::optional<DiagnosticCode> diagnosticCodeFromName(std::string_view name);

// Fills the "{}" placeholders of `pattern` with `args`, in order (no std::format in GCC 12).
std::string fillTemplate(std::string_view pattern, std::initializer_list<std::string_view> args);

inline constexpr std::uint64_t kNoPosition = ~std::uint64_t{0};

// Where a problem is. Every field is optional (kNoPosition when not applicable).
struct TextPosition {
  std::uint64_t record = kNoPosition;  // 1-based data record (after the header); 0: inside the header
  std::uint64_t line = kNoPosition;    // 1-based physical line (LF, CRLF and a lone CR each end one)
  std::uint64_t column = kNoPosition;  // CSV: 1-based field index; JSON: 1-based byte column in the line
  std::uint64_t byte = kNoPosition;    // 0-based offset in the text as read (UTF-8 after decoding; a
                                       // UTF-8 BOM counted), so the file offset for clean UTF-8 files
};

// `message` is the English text (CLI, JSON); `variant` and `args` are what it was filled from, so
// the app can word it in the UI's language from its own template per code (and variant).
struct Diagnostic {
  DiagnosticCode code{};
  Severity severity = Severity::Warning;
  TextPosition where;
  std::string message;
  std::string_view variant;       // a DiagnosticVariant's key, or empty
  std::vector<std::string> args;  // the template's "{}" values, in order
};

class Diagnostics {
public:
  static constexpr std::size_t kDefaultKeptPerCode = 20;
  explicit Diagnostics(std::size_t keptPerCode = kDefaultKeptPerCode) : keptPerCode_(keptPerCode) {}

  // Counts the problem; stores it if fewer than keptPerCode of its code are stored.
  void add(DiagnosticCode code, const TextPosition& where, std::initializer_list<std::string_view> args = {});
  // The same, worded by one of the code's variants (asserted to exist).
  void addVariant(DiagnosticCode code, std::string_view variant, const TextPosition& where,
                  std::initializer_list<std::string_view> args = {});
  void addCount(DiagnosticCode code, std::uint64_t n) { counts_[index(code)] += n; }
  // Whether an entry of this code would still be stored (callers skip building positions if not).
  bool wantsEntry(DiagnosticCode code) const { return stored_[index(code)] < keptPerCode_; }

  std::uint64_t count(DiagnosticCode code) const { return counts_[index(code)]; }
  std::uint64_t total() const;
  std::uint64_t countAtLeast(Severity severity) const;
  bool hasErrors() const { return countAtLeast(Severity::Error) > 0; }
  const std::vector<Diagnostic>& entries() const { return entries_; }
  std::size_t keptPerCode() const { return keptPerCode_; }

  // Turns physical record numbers (1-based, counting header lines) into data record numbers once
  // the number of header records is known: record - headerRecords, or 0 inside the header.
  void rebaseRecords(std::uint64_t headerRecords);
  // Entries in file order, file-wide ones first (stable: equal positions keep their order).
  void sortByPosition();

private:
  static std::size_t index(DiagnosticCode code) { return static_cast<std::size_t>(code); }
  void store(DiagnosticCode code, std::string_view variant, std::string_view pattern, const TextPosition& where,
             std::initializer_list<std::string_view> args);
  std::size_t keptPerCode_;
  std::array<std::uint64_t, kDiagnosticCodeCount> counts_{};
  std::array<std::size_t, kDiagnosticCodeCount> stored_{};
  std::vector<Diagnostic> entries_;
};

} // namespace carescore
