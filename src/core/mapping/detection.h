// Which tool a file came from and what it holds: every vendor signature is scored against the
// file's headers (each header matched to the signature's best rule, weighed; columns the signature
// does not know count against it), and the generic synonyms propose a record kind too. The result
// is ranked candidates, each with a confidence and the evidence — which headers matched what — so
// a person can see why. Not the mapping itself (mapping_builder.h turns a candidate into one).
#pragma once
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/ingest/file_reader.h"
#include "core/mapping/column_profile.h"
#include "core/mapping/generic_mapper.h"
#include "core/mapping/vendor_signature.h"

namespace carescore {

struct DetectionEvidence {
  std::string column;   // the file's header
  std::string matched;  // "Zendesk header 'Summation column'", "synonym 'thời gian tạo' → created_at"
  double weight = 0;
};

struct SourceCandidate {
  std::string key;      // signature key, or "generic"
  std::string vendor;   // "Zendesk", "Generic"
  std::string product;  // "Support ticket export (CSV)", "contact records"
  std::optional<RecordKind> kind;
  double confidence = 0;  // 0–1
  double strength = 0;    // the evidence's total weight
  std::vector<DetectionEvidence> evidence;
  std::vector<std::string> missing;  // the signature's strongest headers the file lacks (a few)
  std::string note;
  const VendorSignature* signature = nullptr;  // null for generic
};

struct Detection {
  std::vector<SourceCandidate> candidates;  // best first; never empty
  const SourceCandidate& best() const { return candidates.front(); }
};

Detection detectSource(const ReadResult& read, std::span<const ColumnProfile> columns);

// The generic candidate of an assignment (kind, evidence, strength); its confidence is the caller's.
SourceCandidate genericCandidateOf(const GenericAssignment& assignment, std::span<const ColumnProfile> columns);

// The rule of `signature` a column matches best, skipping single-use rules already used (their
// flags in `used`, one per rule); null when none matches.
const HeaderRule* matchRule(const VendorSignature& signature, const ColumnProfile& column, std::vector<bool>& used);

// Share of a column's values that repeat an earlier one (0: all distinct). Ids that repeat mean
// one row per event, not per contact.
double repeatedShare(const Column& column);

} // namespace carescore
