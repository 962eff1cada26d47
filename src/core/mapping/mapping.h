// The mapping of one file, as a document: which vendor and record kind it is, and for each source
// column the canonical field it feeds, with the unit of bare numbers, the vendor's definition, the
// value map of labelled scales or outcomes, and the time zone of its wall-clock times. It is saved
// as JSON (mapping_document.h), edited in the app, and applied to the next month's export with the
// same header signature (apply_mapping.h). Plain data: building one is mapping_builder.h's job.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/mapping/vendor_signature.h"
#include "core/model/fields.h"
#include "core/table/column.h"

namespace carescore {

// Where the zone of a file's wall-clock times comes from.
enum class ZoneSource : std::uint8_t {
  None,      // the file has no wall-clock times (every time carries its zone, or there are none)
  Header,    // a header names it: "Conversation started at (America/New_York)"
  Vendor,    // the vendor documents it (Zendesk JSON: UTC)
  User,      // the user chose it
  Assumed,   // nobody said: the default zone (the browser's) is used, and the review asks
};
std::string_view nameOf(ZoneSource source);
std::optional<ZoneSource> zoneSourceFromName(std::string_view name);

std::string_view nameOf(Merge merge);  // "", "fallback", "sum"
std::optional<Merge> mergeFromName(std::string_view name);
std::string_view nameOf(DateOrder order);  // "", "ymd", "dmy", "mdy"
std::optional<DateOrder> dateOrderFromName(std::string_view name);

struct ValueMapping {
  std::string value;  // as the export writes it (compared folded)
  std::string to;     // a score, "true"/"false", an outcome or channel word; "" = not a value
  friend bool operator==(const ValueMapping&, const ValueMapping&) = default;
};

struct ColumnMapping {
  std::string column;       // as the file names it
  std::string field;        // canonical key of the mapping's kind; "survey.csat" for another kind; "" = unused
  Merge merge = Merge::None;
  double unitSeconds = 0;   // seconds per unit of bare numbers; 0 = as the reader read them
  double offset = 0;        // added to counts
  std::string definition;   // what the value means, in the vendor's words
  std::string valueTable;   // where `values` came from (value_tables.h), for people
  std::vector<ValueMapping> values;   // labelled values; empty = values as read
  std::vector<std::string> exclude;   // rows with these values are left out
  std::string timeColumn;   // a date column's time of day is in this column
  std::string zone;         // the zone this column's header names
  std::string evidence;     // why: "Zendesk header 'First reply time in minutes'", "synonym 'thời gian tạo'"
  std::string warning;      // what the mapper was unsure of
  double confidence = 0;    // 0–1
  friend bool operator==(const ColumnMapping&, const ColumnMapping&) = default;
};

struct Mapping {
  static constexpr std::string_view kFormat = "carescore-mapping";
  static constexpr int kVersion = 1;

  std::string vendor;        // signature key, or "generic"
  std::string vendorName;    // "Zendesk — Support ticket export (CSV)"
  std::optional<RecordKind> kind;  // none: the file is recognized but not mapped (see note)
  double confidence = 0;     // of vendor and kind, 0–1
  std::string note;
  std::string headerSignature;       // headerSignature(headers)
  std::vector<std::string> headers;  // the columns as the file names them, in order
  std::string zone;                  // IANA name or offset for wall-clock times; "" = the default zone
  ZoneSource zoneSource = ZoneSource::None;
  std::string zoneNote;
  DateOrder dateOrder = DateOrder::None;  // the user's order for dates that read both ways
  std::string source;                     // value of every row's `source` field
  std::map<std::string, std::string> constants;  // field → value for every row ("channel": "phone")
  std::vector<ColumnMapping> columns;            // one per source column, in file order
  friend bool operator==(const Mapping&, const Mapping&) = default;

  const ColumnMapping* find(std::string_view column) const;
  ColumnMapping* find(std::string_view column);
};

} // namespace carescore
