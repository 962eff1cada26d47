// CellReader's steady state: a column's cells in the commonest shapes (any text value, plain
// digits, H:MM:SS, an ISO timestamp to the second) read in one loop per run, validity written 64
// cells at a time. Not a second set of parsers: every shape taken here gives exactly what the
// general per-cell path (cell_reader.cpp) gives, and any other cell is left to that path.
#include <algorithm>
#include <cstring>

#include "core/ingest/cell_reader.h"
#include "core/ingest/date_fields.h"
#include "core/ingest/duration_parser.h"
#include "core/ingest/missing_tokens.h"
#include "core/ingest/text_scan.h"

namespace carescore {

namespace {

constexpr std::size_t kPlainDigitsMax = 15;  // as readNumber's shortcut: an exact double
// A text column whose dictionary holds this many values has a hash table larger than the L2
// cache: its lookups are read ahead (StringDictionary::readAhead), a window of cells at a time.
constexpr std::size_t kReadAheadDistinct = std::size_t{1} << 15;
constexpr std::size_t kReadAheadWindow = 32;

// Appends cells[i], cells[i + stride], … while `read` takes each trimmed, non-empty one; an empty
// cell is missing (its value is Value{}, as Column::appendMissing writes). Returns the index of
// the first cell not taken, which is not appended.
template <class Value, class Read>
std::size_t appendWhile(Bitmap& valid, SharedVector<Value>& values, const std::string_view* cells, std::size_t stride,
                        std::size_t i, std::size_t count, Read read) {
  while (i < count) {
    const std::size_t end = std::min(count, i + 64);
    std::uint64_t bits = 0;
    unsigned n = 0;
    for (; i < end; ++i, ++n) {
      const std::string_view t = scan::trim(cells[i * stride]);
      Value value{};
      if (!t.empty()) {
        if (!read(t, value)) break;
        bits |= std::uint64_t{1} << n;
      }
      values.push_back(value);
    }
    valid.appendBits(bits, n);
    if (i < end) return i;
  }
  return i;
}

// Plain digits without a leading zero (a leading zero makes an identifier, a misfit).
bool readPlainDigits(std::string_view t, double& value) {
  const std::size_t n = t.size();
  if (n > kPlainDigitsMax || (n > 1 && t[0] == '0')) return false;
  std::uint64_t mantissa = 0;
  for (const char c : t) {
    if (!scan::isDigit(c)) return false;
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(scan::digitOf(c));
  }
  value = static_cast<double>(mantissa);
  return true;
}

int twoDigitsAt(std::string_view s, std::size_t i) {
  return scan::isDigit(s[i]) && scan::isDigit(s[i + 1]) ? scan::digitOf(s[i]) * 10 + scan::digitOf(s[i + 1]) : -1;
}

} // namespace

std::size_t CellReader::appendRun(Column& column, const std::string_view* cells, std::size_t stride, std::size_t i,
                                  std::size_t count) {
  switch (format_.syntax) {
    case CellSyntax::Text: {
      const auto readText = [&](std::string_view t, std::uint32_t& code) {
        // A value already in the dictionary is not missing (only values are interned).
        code = recent_.find(column.dictionary, t);
        if (code != RecentCodes::kMiss) {
          ++textValues_;
          if (column.type != ValueType::Category) appendedText(column);  // no new value: only Text can change
          return true;
        }
        // Not a recent value: interned here as appendText does, unless it is a missing token.
        if (!scan::isDigit(t[0]) && isMissingToken(t)) return false;
        code = internText(column, t);
        return true;
      };
      if (column.dictionary.size() < kReadAheadDistinct)
        return appendWhile(column.valid, column.codes, cells, stride, i, count, readText);
      // Many distinct values (subjects, ids): a window's lookups are read ahead together, and the
      // recent values are not looked at: with more distinct values than it has slots, its slot
      // holds another value, whose bytes cost two more misses to rule out.
      std::string_view values[kReadAheadWindow];  // the window's non-empty cells, trimmed
      std::uint64_t hashes[kReadAheadWindow];
      std::size_t next = 0;
      const auto internValue = [&](std::string_view t, std::uint32_t& code) {
        if (!scan::isDigit(t[0]) && isMissingToken(t)) return false;
        code = internText(column, t, hashes[next++]);  // appendWhile reads the non-empty cells in order
        return true;
      };
      while (i < count) {
        const std::size_t end = std::min(count, i + kReadAheadWindow);
        std::size_t n = 0;
        for (std::size_t k = i; k < end; ++k)
          if (const std::string_view t = scan::trim(cells[k * stride]); !t.empty()) values[n++] = t;
        column.dictionary.readAhead({values, n}, hashes);
        next = 0;
        const std::size_t stop = appendWhile(column.valid, column.codes, cells, stride, i, end, internValue);
        if (stop < end) return stop;
        i = end;
      }
      return i;
    }
    case CellSyntax::Number: {
      // Plain digits change neither the separator guess nor the type, unless the type is still
      // to be set by the next cell (after inference) or percent points scale them.
      const Bitmap& readAsDecimal = format_.format.decimalSeparator == '.' ? guessedDot_ : guessedComma_;
      const ValueType type = fractionSeen_ || readAsDecimal.size() > 0 ? ValueType::Decimal : ValueType::Integer;
      if (format_.percent || column.type != type) return i;
      return appendWhile(column.valid, column.numbers, cells, stride, i, count, readPlainDigits);
    }
    case CellSyntax::Duration: {
      DurationStyle style;
      style.unitSeconds = format_.format.durationUnitSeconds;
      style.decimalSeparator = format_.format.decimalSeparator;
      style.twoFieldsAreHours = format_.twoFieldsAreHours;
      // Digits and H:MM:SS hold no '.' or ',': no separator evidence to settle.
      return appendWhile(column.valid, column.numbers, cells, stride, i, count, [&](std::string_view t, double& seconds) {
        DurationReading reading;
        if (!scan::isDigit(t[0]) || !readCommonDuration(t, style, reading)) return false;
        seconds = reading.seconds;
        return true;
      });
    }
    case CellSyntax::DateText:
      return appendWhile(column.valid, column.epochMs, cells, stride, i, count,
                         [&](std::string_view t, std::int64_t& ms) { return readIsoSeconds(t, ms); });
    default:
      return i;
  }
}

// yyyy-mm-dd HH:MM:SS ('-', '/' or '.' between the date's fields, 'T' or a space before the
// time), then 'Z' in a UTC column or nothing in a wall-clock one: what scanFixedTimestamp and
// timestampToEpochMs give for it (the year first, so no day/month order; no offset, no fraction).
// The day's milliseconds are kept for the next cell of the same date (a file's rows come in time
// order, many per day).
bool CellReader::readIsoSeconds(std::string_view s, std::int64_t& ms) {
  const bool utc = format_.format.timeBase == TimeBase::Utc;
  if (s.size() != (utc ? 20u : 19u) || (utc && s[19] != 'Z' && s[19] != 'z')) return false;
  if (s[13] != ':' || s[16] != ':' || (s[10] != 'T' && s[10] != 't' && s[10] != ' ')) return false;
  const int hour = twoDigitsAt(s, 11), minute = twoDigitsAt(s, 14), second = twoDigitsAt(s, 17);
  if (hour < 0 || minute < 0 || second < 0 || hour > 23 || minute > 59 || second > 59) return false;
  if (!dayKnown_ || std::memcmp(s.data(), lastDay_, sizeof lastDay_) != 0) {
    const char sep = s[4];
    if ((sep != '-' && sep != '/' && sep != '.') || s[7] != sep) return false;
    const int century = twoDigitsAt(s, 0), year = twoDigitsAt(s, 2), month = twoDigitsAt(s, 5), day = twoDigitsAt(s, 8);
    if (century < 0 || year < 0 || month < 0 || day < 0 || !isValidDate(century * 100 + year, month, day)) return false;
    lastDayMs_ = epochMsOf(century * 100 + year, month, day, 0, 0, 0, 0);
    std::memcpy(lastDay_, s.data(), sizeof lastDay_);
    dayKnown_ = true;
  }
  ms = lastDayMs_ + ((hour * 60 + minute) * 60 + second) * kMsPerSecond;
  return true;
}

} // namespace carescore
