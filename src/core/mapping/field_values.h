// One source column converted to one canonical field's values, row for row: the typed vectors of
// the field's type plus validity, before rows are selected and merged. Conversion rules live here
// (time zones and date-order swaps, units, offsets, value maps, ranges); apply_mapping.h puts the
// results together. Text values are codes into the field's own dictionary, each distinct source
// value translated once.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/mapping/apply_issue.h"
#include "core/mapping/generic_mapper.h"
#include "core/mapping/mapping.h"
#include "core/table/column.h"
#include "core/time/time_zone.h"

namespace carescore {

struct FieldValues {
  FieldType type = FieldType::Text;
  Bitmap valid;
  // An identity conversion shares the source column's vectors and dictionary (copy on write).
  SharedVector<double> numbers;        // Seconds, Count, Score, Flag (0/1)
  SharedVector<std::int64_t> epochMs;  // Timestamp, UTC
  SharedVector<std::uint32_t> codes;   // Id, Category, Text
  StringDictionary dictionary;

  explicit FieldValues(FieldType fieldType = FieldType::Text, std::size_t rows = 0);
  // `rows` missing cells of the field's type, replacing any.
  void allocate(std::size_t rows);
  std::size_t size() const { return valid.size(); }
};

// Counts problems by code and column, keeping the first example.
class IssueCounter {
public:
  void add(ApplyCode code, Severity severity, const std::string& column, const std::string& field, std::string example,
           std::uint64_t row, std::string message);
  std::vector<ApplyIssue> take() { return std::move(issues_); }

private:
  std::vector<ApplyIssue> issues_;
};

struct ConversionInputs {
  const Column* column = nullptr;
  const ColumnMapping* mapping = nullptr;
  ResolvedField field;
  const TimeZone* zone = nullptr;       // for wall-clock timestamps
  DateOrder dateOrder = DateOrder::None;
  const Column* timeOfDay = nullptr;    // the clock column that completes a date
};

FieldValues convertColumn(const ConversionInputs& in, IssueCounter& issues);

// Whether a column's durations are bare numbers in a unit (45, "2,5"), which a mapping's unit
// scales; clock texts (HH:MM:SS) and worded durations ("1h 2m") carry their own and are not scaled.
bool takesUnit(const Column& column);

} // namespace carescore
