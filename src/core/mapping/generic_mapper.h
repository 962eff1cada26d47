// Mapping the columns of an export CareScore has no signature for: each column's header is
// compared (folded) with the synonyms of every field of a record kind, the match is weighed by how
// well the column's inferred type and values fit the field (a "satisfaction" column of 1–5
// numbers fits CSAT, of free text does not), and columns are given to fields best match first.
// Also used to fill columns a vendor signature does not know. Not the vendor tables (detection.h).
#pragma once
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/mapping/column_profile.h"
#include "core/model/fields.h"

namespace carescore {

// The warning on bare numbers mapped to a duration field whose header names no unit.
inline constexpr std::string_view kNoUnitNote =
    "the header names no unit: the numbers are read as seconds; change the unit if they are not";

struct FieldChoice {
  std::size_t column = 0;
  std::string field;        // canonical key of the kind, or "survey.csat" (another kind)
  double score = 0;         // name match × fit, 0–1
  double weight = 0;        // the synonym entry's weight for the kind decision
  std::string phrase;       // the synonym that matched, as written in the table
  std::string valueTable;   // value table for labelled values, when one fits
  std::string note;         // what the mapper is unsure about ("unit not stated: seconds assumed")
};

struct GenericAssignment {
  RecordKind kind = RecordKind::Contact;
  std::vector<FieldChoice> choices;  // in column order
  double strength = 0;               // Σ score × weight of the kind's own fields
  bool anchored = false;             // the fields that make a file this kind are there
  std::size_t unmatchedColumns = 0;
};

struct ResolvedField {
  RecordKind kind;
  const FieldDefinition* definition = nullptr;  // null when the key names no canonical field
};
// "csat" in a survey mapping, "survey.csat" in a contact mapping.
ResolvedField resolveField(RecordKind mappingKind, std::string_view key);

// How well a column's type and values fit a field, 0–1, and the value table that makes them fit.
struct Fit {
  double score = 0;
  std::string valueTable;
  std::string note;
};
Fit fieldFit(const ResolvedField& field, std::string_view key, const ColumnProfile& column);

// Columns in `skip` are left alone (a vendor signature already mapped them); fields in `taken`
// are not offered again.
GenericAssignment assignGeneric(std::span<const ColumnProfile> columns, RecordKind kind,
                                const std::vector<bool>& skip = {}, const std::vector<std::string>& taken = {});

// A date-only timestamp column's time of day from another column ("Date" + "Time"): the index of
// the best clock column not in `used`, or columns.size() when there is none.
std::size_t findTimeColumn(std::span<const ColumnProfile> columns, const std::vector<bool>& used);

// True when some header names calls (a call log that has no channel column).
bool looksLikeCallLog(std::span<const ColumnProfile> columns);

} // namespace carescore
