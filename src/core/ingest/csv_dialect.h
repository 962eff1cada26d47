// Sniffing a CSV file's dialect from its first kilobytes of (UTF-8) text: an Excel "sep=;" first
// line, the delimiter (comma, semicolon, tab, pipe: the one that splits records most
// consistently, ignoring delimiters inside quotes), the line endings, and files that a
// spreadsheet re-saved with each line wrapped into one quoted cell. A heuristic, like every
// sniffer: the reader reports ambiguity and the caller can override the delimiter.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace carescore {

// Which bytes end a record outside quotes.
enum class LineBreaks : std::uint8_t {
  LfOrCrlf,   // LF and CRLF; a lone CR is text (twcs.csv has bare CRs inside unquoted tweets)
  Universal,  // LF, CRLF and a lone CR (old Mac files, where CR is the line ending)
};

enum class LineEnding : std::uint8_t { None, Lf, Crlf, Cr };
std::string_view nameOf(LineEnding ending);  // "none", "LF", "CRLF", "CR"

inline constexpr char kDelimiterCandidates[] = {',', ';', '\t', '|'};

struct CsvDialect {
  char delimiter = ',';
  char quote = '"';
  LineBreaks lineBreaks = LineBreaks::LfOrCrlf;
  LineEnding lineEnding = LineEnding::None;  // the most common record ending in the sample
  bool mixedLineEndings = false;             // more than one kind of record ending in the sample
  std::size_t sepLineBytes = 0;              // length of an Excel "sep=X" first line (with its line end)
  bool delimiterFromSepLine = false;
  bool ambiguous = false;                    // another delimiter split the sample as well
  char runnerUp = 0;                         // that other delimiter
  // Each line is one quoted cell holding a whole row, then empty cells (`"1,Ann,…";;`): the rows
  // are read from those cells with innerDelimiter.
  bool wrapped = false;
  char innerDelimiter = ',';
  // Most fields quoted and short ("a","b",…): the tokenizer reads 64-byte blocks through their
  // boundary index (CsvTokenizerOptions::blockIndex), which pays only for such files.
  bool shortQuotedFields = false;
};

struct DialectOptions {
  std::optional<char> delimiter;  // the user's choice: only line endings are sniffed
  char quote = '"';
  std::size_t maxRecords = 200;   // records of the sample to look at
};

// `complete`: the sample is the whole file (its last record is not cut).
CsvDialect sniffCsvDialect(std::string_view sample, bool complete, const DialectOptions& options = {});

// "," → "comma", "\t" → "tab"…, for messages and reports.
std::string_view delimiterName(char delimiter);

} // namespace carescore
