// Typing one column: its format is decided once from a sample of its text (type inference), then
// every cell is parsed with that format into the column's typed vector. The CSV and JSON readers
// both hand cells here as text, so a date or a duration reads the same from either.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "core/ingest/header_hints.h"
#include "core/ingest/missing_tokens.h"
#include "core/ingest/numeric_time.h"
#include "core/ingest/timestamp_parser.h"
#include "core/table/column.h"
#include "core/table/recent_codes.h"

namespace carescore {

struct InferenceOptions {
  // Tie-breaker for a date column whose every value reads both day-first and month-first
  // (a vendor's documented convention, or the user's choice). None: decide from the values alone.
  DateOrder preferredDateOrder = DateOrder::None;
  // Tie-breaker for numbers whose every '.' or ',' stands before exactly three digits (1,234):
  // '.' or ','; 0 reads them with a decimal point, as English exports write them. A reader of a
  // ';'-separated file may pass ',' (decimal-comma locales export ';').
  char preferredDecimalSeparator = 0;
  // Excel serial dates count from 1904-01-01 (Excel for Mac before 2011) instead of 1900.
  bool excel1904 = false;
  // A type wins if at most this share of the sample's values fail to read as it (they become
  // counted misfits); otherwise the column stays text. Small, because a misfit loses its text.
  double maxMisfitShare = 0.02;
  // Skip inference: every column is Category or Text, cells as written (trimmed; missing tokens
  // still missing). For tests of the CSV/JSON layers and for showing a file's raw cells.
  bool keepText = false;
};

// How each cell's text is read; decided with the type.
enum class CellSyntax : std::uint8_t {
  None,         // Empty column: the first value seen decides
  Text,         // Category or Text: the trimmed text
  Boolean,      // yes/no words (boolean_parser.h) and 1/0
  Number,       // Integer or Decimal; percentages when `percent`
  DateText,     // textual dates and timestamps (timestamp_parser.h)
  UnixTime,     // Unix epoch numbers in `epochUnit`
  ExcelSerial,  // Excel serial day numbers, with time fractions
  CompactDate,  // YYMMDD or YYYYMMDD digits
  Duration,     // clocks, units, ISO 8601, or bare numbers × format.durationUnitSeconds
  TimeOfDay,    // clock readings or Excel day fractions: seconds since midnight
};

std::string_view nameOf(CellSyntax syntax);

// All that is needed to read a column's cells, decided once from a sample.
struct ColumnFormat {
  ValueType type = ValueType::Text;
  ValueFormat format;
  CellSyntax syntax = CellSyntax::Text;
  bool percent = false;                   // Number: "94.01%" → 0.9401; bare numbers are percent points too
  bool booleanWords = false;              // Boolean: the sample had yes/no words (so 2 is a misfit, not a count)
  bool separatorSettled = false;          // Number/Duration: a value proved the decimal separator
  bool twoFieldsAreHours = false;         // Duration: "1:30" is H:MM (an hours column), not M:SS
  EpochUnit epochUnit = EpochUnit::Seconds;
  TimestampText dateShape;                // DateText: the shape the description was made from
  HeaderHints hints;                      // of the header: for a column whose sample was empty
  InferenceOptions options;               // as given to inference: the same for late decisions
};

// Decides a column's type and format from its header (a hint, e.g. "… in minutes") and the first
// values seen. Missing tokens in the sample are ignored; a sample of only missing cells gives Empty.
ColumnFormat inferColumnFormat(std::string_view header, std::span<const std::string_view> sample,
                               const InferenceOptions& options = {});

// Appends cells to one column in row order.
class CellReader {
public:
  explicit CellReader(ColumnFormat format) : format_(std::move(format)), booleanWordSeen_(format_.booleanWords) {}

  // Prepares an empty column: sets its type and format.
  void begin(Column& column) const;

  // Appends one cell (row: 0-based data row) as a value, a missing cell, or a misfit. May widen the
  // column or reinterpret earlier values when a later one proves the sample's guess wrong
  // (integer → decimal; an ambiguous day/month order settled by a day above 12).
  void append(Column& column, std::string_view text, std::uint64_t row);

  // Appends `count` cells of one column, cells[0], cells[stride], …, the first being row `firstRow`:
  // the same as append for each, with the syntax's dispatch taken once per run, not per cell.
  void appendColumn(Column& column, const std::string_view* cells, std::size_t stride, std::size_t count,
                    std::uint64_t firstRow);

  const ColumnFormat& format() const { return format_; }

private:
  // From cell i, appends while the cells have the syntax's common shape, without a per-cell
  // dispatch (cell_runs.cpp); returns the first cell not appended.
  std::size_t appendRun(Column& column, const std::string_view* cells, std::size_t stride, std::size_t i,
                        std::size_t count);
  bool readIsoSeconds(std::string_view text, std::int64_t& ms);
  bool appendRecent(Column& column, std::string_view trimmed);
  void appendTrimmed(Column& column, std::string_view trimmed, std::uint64_t row);
  void appendFirstValue(Column& column, std::string_view text, std::uint64_t row);
  void appendText(Column& column, std::string_view text);
  // Its code, with the counts kept; `hash` = hashBytes(text).
  std::uint32_t internText(Column& column, std::string_view text, std::uint64_t hash);
  std::uint32_t internText(Column& column, std::string_view text) { return internText(column, text, hashBytes(text)); }
  void appendedText(Column& column);
  void appendBoolean(Column& column, std::string_view text, std::uint64_t row);
  void appendNumber(Column& column, std::string_view text, std::uint64_t row);
  void appendDate(Column& column, std::string_view text, std::uint64_t row);
  void appendNumericTime(Column& column, std::string_view text, std::uint64_t row);
  void appendDuration(Column& column, std::string_view text, std::uint64_t row);
  void settleDateOrder(Column& column, DateOrder order);
  void settleDecimalSeparator(Column& column, char separator);
  void retype(Column& column, ColumnFormat format);
  void publish(Column& column) const { column.format = format_.format; }

  ColumnFormat format_;
  // Rows read under a guess (day/month order, or what '.' and ',' mean), rewritten exactly when a
  // later value proves the guess wrong. One bit per row, only while the guess is open.
  Bitmap guessedDot_;    // dates: order-ambiguous rows; numbers: one '.' before three digits
  Bitmap guessedComma_;  // numbers: one ',' before three digits
  bool fractionSeen_ = false;  // Number: a value read with a fraction regardless of the guess
  bool booleanWordSeen_ = false;
  std::uint64_t textValues_ = 0;
  std::size_t distinctBytes_ = 0;
  RecentCodes recent_;  // Text: codes of the values seen lately, so a repeat skips the hash table
  // DateText: the date (first 10 bytes) of the last ISO timestamp read by readIsoSeconds, and its ms.
  char lastDay_[10] = {};
  bool dayKnown_ = false;
  std::int64_t lastDayMs_ = 0;
};

} // namespace carescore
