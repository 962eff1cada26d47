#include "core/ingest/cell_reader.h"

#include <algorithm>
#include <cmath>

#include "core/ingest/boolean_parser.h"
#include "core/ingest/date_fields.h"
#include "core/ingest/duration_parser.h"
#include "core/ingest/text_scan.h"
#include "core/ingest/type_inference.h"

// The per-cell path: trim, missing check, one parser chosen by the column's syntax, append. A later
// value may prove the sample's guess wrong; the column then changes in place, exactly:
//  - integer → decimal (the numbers are doubles already), 0/1 flag → integer, category ↔ text;
//  - an open day/month order, once a value settles it: rows read under the wrong guess are
//    swapped (both fields were ≤ 12, so the swap is a valid date);
//  - an open decimal separator (only 1,234-shaped values so far): those rows are rescaled by 1000
//    from the integer of their digits, so the result equals a direct parse.
namespace carescore {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0;  // 2^53
constexpr double kSecondsPerHour = 3600, kSecondsPerMinute = 60;

// Marks the row about to be appended in a bitmap that may lag behind the column (unmarked rows
// past its end read as unmarked): no cost for the rows that need no mark.
void markNextRow(Bitmap& marks, const Column& column) {
  marks.resize(column.size());
  marks.pushBack(true);
}

bool hasDotOrComma(std::string_view text) {
  for (char c : text)
    if (c == '.' || c == ',') return true;
  return false;
}

template <typename Rewrite>
void rewriteMarked(const Bitmap& marks, const Column& column, Rewrite rewrite) {
  for (std::size_t row = 0; row < marks.size(); ++row)
    if (marks.test(row) && column.hasValue(row)) rewrite(row);
}

} // namespace

std::string_view nameOf(CellSyntax syntax) {
  switch (syntax) {
    case CellSyntax::None: return "none";
    case CellSyntax::Text: return "text";
    case CellSyntax::Boolean: return "boolean";
    case CellSyntax::Number: return "number";
    case CellSyntax::DateText: return "date text";
    case CellSyntax::UnixTime: return "unix time";
    case CellSyntax::ExcelSerial: return "excel serial";
    case CellSyntax::CompactDate: return "compact date";
    case CellSyntax::Duration: return "duration";
    case CellSyntax::TimeOfDay: return "time of day";
  }
  return "unknown";
}

void CellReader::begin(Column& column) const {
  column.type = format_.type;
  column.format = format_.format;
}

// A Text column's cell that is a recent value: its code appended (true), else nothing (false).
inline bool CellReader::appendRecent(Column& column, std::string_view trimmed) {
  // A value already in the dictionary is not missing (only values are interned): a repeat of a
  // recent one needs neither the missing-token check nor the hash table.
  const std::uint32_t code = recent_.find(column.dictionary, trimmed);
  if (code == RecentCodes::kMiss) return false;
  column.appendCode(code);
  ++textValues_;
  // With no new distinct value, only a Text column can change its mind (values grew).
  if (column.type != ValueType::Category) appendedText(column);
  return true;
}

void CellReader::append(Column& column, std::string_view text, std::uint64_t row) {
  const std::string_view t = scan::trim(text);
  if (format_.syntax == CellSyntax::Text && !t.empty() && appendRecent(column, t)) return;
  appendTrimmed(column, t, row);
}

void CellReader::appendColumn(Column& column, const std::string_view* cells, std::size_t stride, std::size_t count,
                              std::uint64_t firstRow) {
  // Runs of common shapes in one loop; a cell a run does not take (a new text value, another
  // shape, a misfit) through the general path, after which the syntax may have changed.
  for (std::size_t i = 0; i < count; ++i) {
    i = appendRun(column, cells, stride, i, count);
    if (i < count) appendTrimmed(column, scan::trim(cells[i * stride]), firstRow + i);
  }
}

// The cell after trimming and, for Text, after the recent values were looked at.
void CellReader::appendTrimmed(Column& column, std::string_view t, std::uint64_t row) {
  if (t.empty() || (!scan::isDigit(t[0]) && isMissingToken(t))) {  // no missing token starts with a digit
    column.appendMissing();
    return;
  }
  switch (format_.syntax) {
    case CellSyntax::None: appendFirstValue(column, t, row); return;
    case CellSyntax::Text: appendText(column, t); return;
    case CellSyntax::Boolean: appendBoolean(column, t, row); return;
    case CellSyntax::Number: appendNumber(column, t, row); return;
    case CellSyntax::DateText: appendDate(column, t, row); return;
    case CellSyntax::UnixTime:
    case CellSyntax::ExcelSerial:
    case CellSyntax::CompactDate: appendNumericTime(column, t, row); return;
    case CellSyntax::Duration:
    case CellSyntax::TimeOfDay: appendDuration(column, t, row); return;
  }
}

// The sample held no value: the first one types the column, as inference would have.
void CellReader::appendFirstValue(Column& column, std::string_view text, std::uint64_t row) {
  const std::string_view one[] = {text};
  retype(column, inferFromSample(format_.hints, one, format_.options));
  append(column, text, row);
}

void CellReader::retype(Column& column, ColumnFormat format) {
  format_ = std::move(format);
  booleanWordSeen_ = format_.booleanWords;
  const std::size_t rows = column.size();
  column.type = format_.type;
  publish(column);
  if (column.isNumeric()) column.numbers.assign(rows, 0.0);
  else if (column.type == ValueType::Timestamp) column.epochMs.assign(rows, 0);
  else if (column.isText()) column.codes.assign(rows, 0);
}

void CellReader::appendText(Column& column, std::string_view text) { column.appendCode(internText(column, text)); }

std::uint32_t CellReader::internText(Column& column, std::string_view text, std::uint64_t hash) {
  const std::size_t distinctBefore = column.dictionary.size();
  const std::uint32_t code = column.dictionary.intern(text, hash);
  recent_.remember(text, code);
  ++textValues_;
  if (column.dictionary.size() != distinctBefore) distinctBytes_ += text.size();
  appendedText(column);  // reads the counts only, not the column's cells
  return code;
}

void CellReader::appendedText(Column& column) {
  const ValueType type = looksLikeCategory(textValues_, column.dictionary.size(), distinctBytes_, format_.hints)
                             ? ValueType::Category
                             : ValueType::Text;
  column.type = format_.type = type;
}

void CellReader::appendBoolean(Column& column, std::string_view text, std::uint64_t row) {
  if (const auto word = readBooleanWord(text)) {
    booleanWordSeen_ = true;
    column.appendNumber(*word ? 1.0 : 0.0);
    return;
  }
  if (const auto digit = readBooleanDigit(text)) {
    column.appendNumber(*digit ? 1.0 : 0.0);
    return;
  }
  // A 0/1 column (a flag by its header) meeting another number was a count: widen, exactly.
  NumberReading number;
  if (!booleanWordSeen_ && readNumber(text, format_.format.decimalSeparator, number) && !number.identifier &&
      !number.percent) {
    format_.syntax = CellSyntax::Number;
    column.type = format_.type = ValueType::Integer;
    format_.format.description = describeNumbers(ValueType::Integer, format_.format.decimalSeparator, false);
    publish(column);
    appendNumber(column, text, row);
    return;
  }
  column.addMisfit(row, text);
}

void CellReader::appendNumber(Column& column, std::string_view text, std::uint64_t row) {
  // Plain digits (ids, counts, scores) hold neither a separator nor a percent sign: one loop
  // tells, instead of one for each.
  const bool plainDigits = std::all_of(text.begin(), text.end(), scan::isDigit);
  if (!plainDigits && !format_.separatorSettled && hasDotOrComma(text)) {
    const SeparatorEvidence evidence = separatorEvidence(text);
    if (evidence == SeparatorEvidence::Dot) settleDecimalSeparator(column, '.');
    else if (evidence == SeparatorEvidence::Comma) settleDecimalSeparator(column, ',');
  }
  // In a percent column a bare number is in percent points too ("94.01" as "94.01%").
  const bool percentSign = !plainDigits && text.find('%') != std::string_view::npos;
  NumberReading number;
  if (!readNumber(text, format_.format.decimalSeparator, number, format_.percent && !percentSign ? -2 : 0) ||
      number.identifier || (percentSign && !format_.percent)) {
    column.addMisfit(row, text);
    return;
  }
  if (!format_.separatorSettled && number.ambiguous) {
    markNextRow(text.find('.') != std::string_view::npos ? guessedDot_ : guessedComma_, column);
  } else if (!number.integral || std::fabs(number.value) > kMaxExactInteger) {
    fractionSeen_ = true;
  }
  column.appendNumber(number.value);
  // Decimal if any value has a fraction, counting open-guess rows read as decimals under the
  // current guess (a marks bitmap is non-empty only once a row was marked).
  const Bitmap& readAsDecimal = format_.format.decimalSeparator == '.' ? guessedDot_ : guessedComma_;
  const bool decimal = format_.percent || fractionSeen_ || readAsDecimal.size() > 0;
  const ValueType type = decimal ? ValueType::Decimal : ValueType::Integer;
  if (type != column.type) {
    column.type = format_.type = type;
    format_.format.description = describeNumbers(type, format_.format.decimalSeparator, format_.percent);
    publish(column);
  }
}

void CellReader::settleDecimalSeparator(Column& column, char separator) {
  const char guess = format_.format.decimalSeparator;
  if (separator != guess) {
    // Each marked row was "x<c>yyy" with c = '.' or ','; read as a decimal if c was the guess.
    const double percentScale = format_.percent ? 100.0 : 1.0;
    auto rescale = [&](const Bitmap& marks, char written) {
      const double oldDivisor = (written == guess ? 1000.0 : 1.0) * percentScale;
      const double newDivisor = (written == separator ? 1000.0 : 1.0) * percentScale;
      rewriteMarked(marks, column, [&](std::size_t row) {
        const double digits = static_cast<double>(std::llround(column.numbers[row] * oldDivisor));
        column.numbers.set(row, digits / newDivisor);
      });
    };
    rescale(guessedDot_, '.');
    rescale(guessedComma_, ',');
  }
  // Rows read as decimals under the final separator keep the column Decimal.
  if ((separator == '.' ? guessedDot_ : guessedComma_).size() > 0) fractionSeen_ = true;
  guessedDot_ = Bitmap();
  guessedComma_ = Bitmap();
  format_.format.decimalSeparator = separator;
  format_.separatorSettled = true;
  format_.format.decimalSeparatorAmbiguous = false;
  if (format_.syntax == CellSyntax::Number) {
    column.type = format_.type = format_.percent || fractionSeen_ ? ValueType::Decimal : ValueType::Integer;
    format_.format.description = describeNumbers(format_.type, separator, format_.percent);
  }
  publish(column);
}

void CellReader::appendDate(Column& column, std::string_view text, std::uint64_t row) {
  TimestampText value;
  if (!scanTimestamp(text, value) || (value.zone != ZoneStyle::None) != (format_.format.timeBase == TimeBase::Utc)) {
    column.addMisfit(row, text);
    return;
  }
  if (!value.orderKnown) {
    const DateOrder order = format_.format.dateOrder;
    const bool open = format_.format.dateOrderAmbiguous ||
                      (order != DateOrder::DayMonthYear && order != DateOrder::MonthDayYear);
    const OrderFit fit = orderFit(value);
    if (open && fit.dayFirst != fit.monthFirst) {
      settleDateOrder(column, fit.dayFirst ? DateOrder::DayMonthYear : DateOrder::MonthDayYear);
    } else if (open && fit.dayFirst) {
      if (!format_.format.dateOrderAmbiguous) {  // the first year-last date of an ISO column
        format_.format.dateOrder =
            defaultDateOrder(format_.options, value.separator, value.separator == '/' && !value.padded);
        format_.format.dateOrderAmbiguous = true;
        publish(column);
      }
      markNextRow(guessedDot_, column);
    }
  }
  const auto ms = timestampToEpochMs(value, format_.format.dateOrder);
  if (!ms) {
    column.addMisfit(row, text);
    return;
  }
  column.appendTime(*ms);
}

void CellReader::settleDateOrder(Column& column, DateOrder order) {
  if (format_.format.dateOrderAmbiguous && order != format_.format.dateOrder)
    rewriteMarked(guessedDot_, column, [&](std::size_t row) { column.epochMs.set(row, swapDayAndMonth(column.epochMs[row])); });
  guessedDot_ = Bitmap();
  format_.format.dateOrder = order;
  format_.format.dateOrderAmbiguous = false;
  format_.format.description = describeDates(format_.dateShape, order);
  publish(column);
}

void CellReader::appendNumericTime(Column& column, std::string_view text, std::uint64_t row) {
  std::optional<std::int64_t> ms;
  if (format_.syntax == CellSyntax::UnixTime) {
    PlainDecimal plain;
    if (readPlainDecimal(text, plain)) ms = unixToEpochMs(plain, format_.epochUnit);
  } else if (format_.syntax == CellSyntax::ExcelSerial) {
    NumberReading number;
    if (readNumber(text, format_.format.decimalSeparator, number) && !number.percent)
      ms = excelSerialToEpochMs(number.value, number.fractionDigits, format_.options.excel1904);
  } else {
    ms = compactDateToEpochMs(text);
  }
  if (ms) column.appendTime(*ms);
  else column.addMisfit(row, text);
}

void CellReader::appendDuration(Column& column, std::string_view text, std::uint64_t row) {
  if (!format_.separatorSettled && hasDotOrComma(text) && text.find(':') == std::string_view::npos) {
    const SeparatorEvidence evidence = separatorEvidence(text);
    if (evidence == SeparatorEvidence::Dot || evidence == SeparatorEvidence::Comma) {
      format_.format.decimalSeparator = evidence == SeparatorEvidence::Dot ? '.' : ',';
      format_.separatorSettled = true;
      publish(column);
    }
  }
  if (format_.syntax == CellSyntax::TimeOfDay) {
    ClockReading clock;
    NumberReading number;
    if (scanClock(text, 0, clock) && clock.end == text.size()) {
      const std::int64_t hour = hours24(clock);
      if (clock.leadDigits <= 2 && hour >= 0 && hour < 24) {
        column.appendNumber(static_cast<double>(hour) * kSecondsPerHour + clock.middle * kSecondsPerMinute +
                            clock.last + clock.millis / 1000.0);
        return;
      }
    } else if (readNumber(text, format_.format.decimalSeparator, number) && number.value >= 0.0 && number.value < 1.0 &&
               !number.percent) {
      column.appendNumber(static_cast<double>(dayFractionToMs(number.value, number.fractionDigits)) / 1000.0);
      return;
    }
    column.addMisfit(row, text);
    return;
  }
  DurationStyle style;
  style.unitSeconds = format_.format.durationUnitSeconds;
  style.decimalSeparator = format_.format.decimalSeparator;
  style.twoFieldsAreHours = format_.twoFieldsAreHours;
  DurationReading duration;
  if (readDuration(text, style, duration)) column.appendNumber(duration.seconds);
  else column.addMisfit(row, text);
}

} // namespace carescore
