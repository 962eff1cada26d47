#include "core/mapping/detection.h"

#include <algorithm>
#include <cmath>

#include "core/mapping/generic_mapper.h"
#include "core/mapping/header_text.h"

namespace carescore {

namespace {

constexpr double kMissingAnchorCost = 0.1;   // per unit of weight of a strong header the file lacks
constexpr double kLayoutWeight = 3.0;        // the reader found the signature's multi-row header
constexpr double kGenericCeiling = 0.85;     // synonyms alone never make a mapping certain
constexpr double kRepeatedIdPenalty = 0.6;

enum class Anchor : std::uint8_t { Whole, Prefix, Suffix, Inside };

struct Pattern {
  std::string folded;
  double unitSeconds = 0;  // a whole header's unit must be the column's: "(seconds)" is not "(minutes)"
  bool percent = false;
  Anchor anchor = Anchor::Whole;
  bool question = false;
};

Pattern patternOf(std::string_view header) {
  Pattern pattern;
  if (header == "{question}") {
    pattern.question = true;
    return pattern;
  }
  const bool before = !header.empty() && header.front() == '*';
  const bool after = header.size() > 1 && header.back() == '*';
  if (before) header.remove_prefix(1);
  if (after) header.remove_suffix(1);
  pattern.anchor = before && after ? Anchor::Inside : before ? Anchor::Suffix : after ? Anchor::Prefix : Anchor::Whole;
  const HeaderText text = readHeaderText(header);
  pattern.folded = text.folded;
  pattern.unitSeconds = text.unitSeconds;
  pattern.percent = text.percent;
  return pattern;
}

bool multiUse(const Pattern& pattern) { return pattern.question || pattern.anchor != Anchor::Whole; }

bool startsWithWords(std::string_view text, std::string_view words) {
  return text.size() >= words.size() && text.compare(0, words.size(), words) == 0 &&
         (text.size() == words.size() || text[words.size()] == ' ');
}

bool endsWithWords(std::string_view text, std::string_view words) {
  return text.size() >= words.size() && text.compare(text.size() - words.size(), words.size(), words) == 0 &&
         (text.size() == words.size() || text[text.size() - words.size() - 1] == ' ');
}

bool matches(const Pattern& pattern, const ColumnProfile& column) {
  if (pattern.question) return column.question;
  const std::string& name = column.matchName;
  switch (pattern.anchor) {
    case Anchor::Whole:
      return (name == pattern.folded || column.header.folded == pattern.folded) &&
             column.header.unitSeconds == pattern.unitSeconds && column.header.percent == pattern.percent;
    case Anchor::Prefix: return startsWithWords(name, pattern.folded);
    case Anchor::Suffix: return endsWithWords(name, pattern.folded);
    case Anchor::Inside: return containsPhrase(name, pattern.folded);
  }
  return false;
}

bool formatFits(FormatHint hint, FileFormat format) {
  if (hint == FormatHint::Any) return true;
  return (hint == FormatHint::Csv) == (format == FileFormat::Csv);
}

// Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string.
std::string quoted(std::string_view text) {
  std::string out;
  out.append("'").append(text).append("'");
  return out;
}

std::optional<SourceCandidate> scoreSignature(const VendorSignature& signature, const ReadResult& read,
                                              std::span<const ColumnProfile> columns) {
  if (!formatFits(signature.format, read.format)) return std::nullopt;
  SourceCandidate candidate;
  candidate.key = std::string(signature.key);
  candidate.vendor = std::string(signature.vendor);
  candidate.product = std::string(signature.product);
  candidate.kind = signature.kind;
  candidate.note = std::string(signature.note);
  candidate.signature = &signature;
  std::vector<bool> used(signature.rules.size(), false);
  std::size_t unknown = 0;
  double anchors = 0;  // evidence from the vendor's own headers: question columns alone prove nothing
  std::size_t questions = 0;
  bool asksQuestions = false;  // a survey signature: a file without a question column is not its export
  for (const HeaderRule& rule : signature.rules) asksQuestions = asksQuestions || rule.header == "{question}";
  for (const ColumnProfile& column : columns) {
    const HeaderRule* rule = matchRule(signature, column, used);
    if (!rule) {
      ++unknown;
      continue;
    }
    candidate.strength += rule->weight;
    if (rule->header != "{question}") anchors += rule->weight;
    else ++questions;
    candidate.evidence.push_back({column.name, candidate.vendor + " header " + quoted(rule->header), rule->weight});
  }
  if (!signature.layout.empty() && read.headerLayout == signature.layout) {
    candidate.strength += kLayoutWeight;
    anchors += kLayoutWeight;
    candidate.evidence.push_back({"", "header layout: " + std::to_string(read.headerRows) + " header rows, as " +
                                          candidate.vendor + " writes them", kLayoutWeight});
  }
  if (anchors < signature.minEvidence || (asksQuestions && questions == 0)) return std::nullopt;
  double missingWeight = 0;
  for (std::size_t i = 0; i < signature.rules.size(); ++i) {
    const HeaderRule& rule = signature.rules[i];
    if (used[i] || rule.weight < 3 || multiUse(patternOf(rule.header))) continue;
    missingWeight += rule.weight;
    if (candidate.missing.size() < 5) candidate.missing.emplace_back(rule.header);
  }
  candidate.confidence = candidate.strength / (candidate.strength + static_cast<double>(unknown) * signature.unknownColumnWeight +
                                               missingWeight * kMissingAnchorCost);
  return candidate;
}

std::string_view kindWords(RecordKind kind) {
  switch (kind) {
    case RecordKind::Contact: return "contact records (tickets, calls, chats)";
    case RecordKind::Survey: return "survey responses";
    case RecordKind::Order: return "orders or appointments";
    case RecordKind::Customer: return "customers";
    case RecordKind::AgentTime: return "agent time";
  }
  return "";
}

std::optional<SourceCandidate> scoreGeneric(RecordKind kind, const ReadResult& read, std::span<const ColumnProfile> columns) {
  const GenericAssignment assignment = assignGeneric(columns, kind);
  if (!assignment.anchored) return std::nullopt;
  SourceCandidate candidate = genericCandidateOf(assignment, columns);
  candidate.confidence = std::min(kGenericCeiling, assignment.strength / (assignment.strength +
                                                                          0.5 * static_cast<double>(assignment.unmatchedColumns) + 1.0));
  for (const FieldChoice& choice : assignment.choices) {
    if (choice.field != "id") continue;
    const double repeated = repeatedShare(read.table.columns[choice.column]);
    if (repeated > 0.1) {
      candidate.confidence *= kRepeatedIdPenalty;
      candidate.note = "ids repeat (" + std::to_string(static_cast<int>(std::lround(repeated * 100))) +
                       "% of rows): one row per event rather than per " + (kind == RecordKind::Survey ? "response" : "contact") + "?";
    }
  }
  return candidate;
}

} // namespace

SourceCandidate genericCandidateOf(const GenericAssignment& assignment, std::span<const ColumnProfile> columns) {
  SourceCandidate candidate;
  candidate.key = "generic";
  candidate.vendor = "Generic";
  candidate.product = std::string(kindWords(assignment.kind));
  candidate.kind = assignment.kind;
  candidate.strength = assignment.strength;
  for (const FieldChoice& choice : assignment.choices)
    candidate.evidence.push_back({columns[choice.column].name, "synonym " + quoted(choice.phrase) + " → " + choice.field,
                                  choice.score * choice.weight});
  return candidate;
}

const HeaderRule* matchRule(const VendorSignature& signature, const ColumnProfile& column, std::vector<bool>& used) {
  const HeaderRule* best = nullptr;
  std::size_t bestIndex = 0;
  for (std::size_t i = 0; i < signature.rules.size(); ++i) {
    const HeaderRule& rule = signature.rules[i];
    const Pattern pattern = patternOf(rule.header);
    const bool multi = multiUse(pattern);
    if (!multi && used[i]) continue;
    if (!matches(pattern, column)) continue;
    // A whole-header rule beats a wildcard one of the same weight.
    if (!best || rule.weight > best->weight || (rule.weight == best->weight && !multi && multiUse(patternOf(best->header))))
      best = &rule, bestIndex = i;
  }
  if (best && !multiUse(patternOf(best->header))) used[bestIndex] = true;
  return best;
}

double repeatedShare(const Column& column) {
  const std::size_t values = column.valueCount();
  if (values == 0) return 0;
  std::size_t distinct = 0;
  if (column.isText()) {
    distinct = column.dictionary.size();
  } else if (column.isNumeric()) {
    // Ids in order (most exports) are counted in one pass; otherwise sorted, equal numbers sit
    // together. A NaN equals nothing, so each counts as distinct.
    distinct = distinctIfAscending(column);
    if (distinct > 0) return 1.0 - static_cast<double>(distinct) / static_cast<double>(values);
    std::vector<double> sorted;
    sorted.reserve(values);
    for (std::size_t row = 0; row < column.size(); ++row)
      if (column.hasValue(row)) sorted.push_back(column.numbers[row]);
    const auto numbers = std::partition(sorted.begin(), sorted.end(), [](double v) { return !std::isnan(v); });
    distinct = static_cast<std::size_t>(sorted.end() - numbers);
    std::sort(sorted.begin(), numbers);
    distinct += static_cast<std::size_t>(std::unique(sorted.begin(), numbers) - sorted.begin());
  } else {
    return 0;
  }
  return 1.0 - static_cast<double>(distinct) / static_cast<double>(values);
}

Detection detectSource(const ReadResult& read, std::span<const ColumnProfile> columns) {
  Detection detection;
  if (!columns.empty()) {
    for (const VendorSignature* signature : vendorSignatures())
      if (auto candidate = scoreSignature(*signature, read, columns)) detection.candidates.push_back(std::move(*candidate));
    for (RecordKind kind : kRecordKinds)
      if (auto candidate = scoreGeneric(kind, read, columns)) detection.candidates.push_back(std::move(*candidate));
  }
  std::stable_sort(detection.candidates.begin(), detection.candidates.end(),
                   [](const SourceCandidate& a, const SourceCandidate& b) { return a.confidence > b.confidence; });
  if (detection.candidates.empty()) {
    SourceCandidate none;
    none.key = "generic";
    none.vendor = "Generic";
    none.product = "unrecognized";
    none.note = columns.empty() ? "the file has no columns"
                                : "no column matched a known export or a field's synonyms: map the columns yourself";
    detection.candidates.push_back(std::move(none));
  }
  return detection;
}

} // namespace carescore
