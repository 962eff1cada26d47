// One typed column of a table: a value vector for its type plus a validity bitmap. Cells are
// typed once, when the file is read; metrics read numbers and timestamps, never text.
//
// Memory per cell (the validity bit, 1/8 byte, comes on top of each):
//   Integer, Decimal, Boolean, Duration   8 bytes (double; durations in seconds, booleans 0/1)
//   Timestamp                             8 bytes (int64 milliseconds since 1970-01-01)
//   Category, Text                        4 bytes (code into the column's dictionary), plus each
//                                         distinct string once: its bytes + 8 (where they are),
//                                         and 16-32 of hash slots while the column is read
//   Empty                                 0 bytes (the column only counts rows)
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/table/bitmap.h"
#include "core/table/shared_vector.h"
#include "core/table/string_dictionary.h"

namespace carescore {

enum class ValueType : std::uint8_t {
  Empty,      // no cell has a value: the type is unknown
  Integer,    // numbers (exact up to 2^53)
  Decimal,    // numbers
  Boolean,    // numbers, 0 or 1
  Timestamp,  // epochMs
  Duration,   // numbers, in seconds
  Category,   // codes into dictionary: few distinct values (channel, agent, status)
  Text,       // codes into dictionary: free text and identifiers
};

std::string_view nameOf(ValueType type);

enum class DateOrder : std::uint8_t { None, YearMonthDay, DayMonthYear, MonthDayYear };

// What the timestamps of a column mean.
enum class TimeBase : std::uint8_t {
  WallClock,  // local date and time of a zone the text did not name: the file's zone decides
  Utc,        // true instants: the text carried Z or an offset, or was a Unix epoch
};

// How a column's text was read: shown to the user, and enough to read the next file the same way.
struct ValueFormat {
  std::string description;            // e.g. "dd.mm.yyyy HH:MM:SS", "HH:MM:SS", "minutes (from the header)"
  DateOrder dateOrder = DateOrder::None;
  bool dateOrderAmbiguous = false;    // every value read both day-first and month-first: dateOrder is a guess
  TimeBase timeBase = TimeBase::WallClock;
  char decimalSeparator = '.';
  double durationUnitSeconds = 1.0;   // the unit of bare numbers in a duration column (60: minutes)
  bool timeOfDay = false;             // a Duration column of clock times: seconds since midnight of a date found elsewhere
  bool decimalSeparatorAmbiguous = false;  // every value read both ways (1,234): decimalSeparator is a guess
};

// A cell whose text did not fit the column's type: it became missing, and is reported.
struct Misfit {
  std::uint64_t row = 0;  // 0-based data row
  std::string text;
};

struct Column {
  std::string name;
  ValueType type = ValueType::Empty;
  ValueFormat format;
  Bitmap valid;                       // one bit per row: the cell has a value
  // The value vectors and the dictionary are shared by copies of the column until one writes.
  SharedVector<double> numbers;        // Integer, Decimal, Boolean, Duration
  SharedVector<std::int64_t> epochMs;  // Timestamp
  SharedVector<std::uint32_t> codes;   // Category, Text
  StringDictionary dictionary;        // Category, Text
  std::uint64_t misfits = 0;          // cells with text that did not fit `type`
  std::vector<Misfit> misfitSamples;  // the first few misfits, for diagnostics

  static constexpr std::size_t kMisfitSamples = 5;

  std::size_t size() const { return valid.size(); }
  bool hasValue(std::size_t row) const { return valid.test(row); }
  std::size_t valueCount() const { return valid.count(); }
  bool isNumeric() const {
    return type == ValueType::Integer || type == ValueType::Decimal || type == ValueType::Boolean || type == ValueType::Duration;
  }
  bool isText() const { return type == ValueType::Category || type == ValueType::Text; }
  std::string_view text(std::size_t row) const { return dictionary.at(codes[row]); }

  // Appending keeps every vector of the column's type the same length as `valid`.
  void appendMissing();
  void appendNumber(double value);
  void appendTime(std::int64_t ms);
  void appendText(std::string_view value);
  void appendCode(std::uint32_t code) {  // a code the dictionary already has
    valid.pushBack(true);
    codes.push_back(code);
  }
  void addMisfit(std::uint64_t row, std::string_view text);  // also appends a missing cell

  std::size_t memoryBytes() const;
};

} // namespace carescore
