// What a known export looks like, as data: the headers a vendor writes (with weights: a header
// only that vendor writes is strong evidence), which canonical field each feeds, in what unit and
// with which definition, how its values read (value_tables.h), the time-zone and date-order
// conventions the vendor documents, and the kind of records it holds. The tables themselves are
// in signatures_*.cpp, one file per family; detection.h scores files against them.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/model/fields.h"
#include "core/table/column.h"

namespace carescore {

// How a column feeds a field that another column feeds too.
enum class Merge : std::uint8_t {
  None,      // the only column of its field
  Fallback,  // used where the columns before it are missing (Aircall: answered when no missed reason)
  Sum,       // added to them (Zendesk Talk: talk + hold + wrap-up = handle time)
};

struct HeaderRule {
  std::string_view header;       // as the vendor writes it; a '*' at either end: any words before/after
  std::string_view field = {};   // canonical field of the signature's kind, "survey.csat" for another
                                 // kind; "" when the column is evidence only
  double weight = 1.0;           // evidence: 3 for a header only this vendor writes, 0.5 for common ones
  double unitSeconds = 0.0;      // seconds per unit of bare numbers (minutes: 60); 0: as the reader read them
  std::string_view values = {};  // value table (value_tables.h) for labelled values
  std::string_view definition = {};  // what the vendor means by the value
  Merge merge = Merge::None;
  double offset = 0.0;           // added to counts (Zendesk assignee stations − 1 = transfers)
  std::string_view timeColumn = {};  // a date column whose time of day is in this other column
  std::string_view exclude = {};     // rows with this value are left out (SEE PHANTOM calls)

  constexpr HeaderRule inUnit(double seconds) const { HeaderRule r = *this; r.unitSeconds = seconds; return r; }
  constexpr HeaderRule valuesFrom(std::string_view table) const { HeaderRule r = *this; r.values = table; return r; }
  constexpr HeaderRule meaning(std::string_view text) const { HeaderRule r = *this; r.definition = text; return r; }
  constexpr HeaderRule merged(Merge how) const { HeaderRule r = *this; r.merge = how; return r; }
  constexpr HeaderRule plus(double add) const { HeaderRule r = *this; r.offset = add; return r; }
  constexpr HeaderRule timeFrom(std::string_view column) const { HeaderRule r = *this; r.timeColumn = column; return r; }
  constexpr HeaderRule excluding(std::string_view value) const { HeaderRule r = *this; r.exclude = value; return r; }
};

constexpr HeaderRule headerRule(std::string_view header, std::string_view field = {}, double weight = 1.0) {
  return HeaderRule{.header = header, .field = field, .weight = weight};
}

enum class ZoneConvention : std::uint8_t {
  None,         // nothing documented: the user's zone
  Utc,          // documented UTC, or instants (Unix times, offsets in the values)
  AccountZone,  // the account's zone at export time (Zendesk CSV): the user must say which
  HeaderNamed,  // the header names it: "(America/New_York)", "(UTC)"
};
std::string_view nameOf(ZoneConvention convention);

enum class FormatHint : std::uint8_t { Any, Csv, Json };

struct VendorSignature {
  std::string_view key;      // "zendesk_csv"; saved in mappings
  std::string_view vendor;   // "Zendesk"
  std::string_view product;  // "Support ticket export (CSV)"
  std::optional<RecordKind> kind;  // none: recognized, but not rows CareScore maps (aggregates, logs)
  std::span<const HeaderRule> rules;
  std::string_view note = {};      // shown with the detection: what to watch, or why it is not mapped
  FormatHint format = FormatHint::Any;
  ZoneConvention zone = ZoneConvention::None;
  std::string_view zoneNote = {};
  DateOrder dateOrder = DateOrder::None;  // documented, for dates whose values cannot tell
  std::string_view layout = {};           // "qualtrics" / "surveymonkey": the reader found that header
  std::string_view channel = {};          // the channel every row has (a call log: "phone")
  double minEvidence = 4.0;               // matched weight below which the signature is no candidate
  double unknownColumnWeight = 0.5;       // what each column the signature does not know costs
  std::string_view source = {};           // where the headers come from: vendors.md §…, data/README §…
};

// Every signature, helpdesks first.
std::vector<const VendorSignature*> vendorSignatures();
const VendorSignature* findSignature(std::string_view key);

// The families (signatures_*.cpp).
std::span<const VendorSignature> helpdeskSignatures();
std::span<const VendorSignature> callSignatures();
std::span<const VendorSignature> surveySignatures();
std::span<const VendorSignature> datasetSignatures();

} // namespace carescore
