// What the mapper needs to know about each read column beyond its type: the header as compared
// (folded, a zone it names, a JSON record prefix stripped), the range and wholeness of numbers,
// whether timestamps are dates only, distinct text values (up to a cap), and a few sample values
// for the review screen. Computed once per file from the typed table; not type inference.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/ingest/file_reader.h"
#include "core/mapping/header_text.h"

namespace carescore {

struct ColumnProfile {
  std::size_t index = 0;
  std::string name;              // as the table names it
  HeaderText header;             // folded, zone split off
  std::string matchName;         // folded, without the records' common JSON prefix ("ticket.")
  std::vector<std::string> alternateNames;  // folded texts of the other header rows (Qualtrics questions)
  bool question = false;         // reads like a question: ends with '?', or five words or more
  ValueType type = ValueType::Empty;
  std::size_t values = 0;        // cells with a value
  bool wholeNumbers = true;      // numeric: every value is an integer
  double min = 0, max = 0;       // numeric
  bool dateOnly = false;         // timestamps: every value at midnight (a date without time)
  bool timeOfDay = false;        // a duration column of clock times (seconds since midnight)
  std::vector<std::string> distinct;  // text values in order of first sight, up to kMaxDistinct
  bool moreDistinct = false;          // more than kMaxDistinct exist
  std::vector<std::string> samples;   // up to kSamples values as text, for people

  static constexpr std::size_t kMaxDistinct = 64;
  static constexpr std::size_t kSamples = 3;
};

std::vector<ColumnProfile> profileColumns(const ReadResult& read);

// A value of a column as text, for samples and for value tables: numbers as written shortest,
// booleans "true"/"false", timestamps "YYYY-MM-DD HH:MM:SS" (UTC or wall clock, as read).
std::string cellText(const Column& column, std::size_t row);

// How many distinct numbers a numeric column holds when its values ascend (ids in order, as most
// exports write them), counted in one pass; 0 when they do not ascend (or hold NaN).
std::size_t distinctIfAscending(const Column& column);

} // namespace carescore
