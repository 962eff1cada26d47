#include "cli/inspect_mapping.h"

#include <algorithm>
#include <cmath>
#include <cstdio>


namespace carescore::cli {

namespace {

using Json = nlohmann::ordered_json;

double rounded(double value) { return std::round(value * 100) / 100; }

Json kindJson(const std::optional<RecordKind>& kind) { return kind ? Json(nameOf(*kind)) : Json(nullptr); }

std::string percent(double share) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", share * 100);
  return text;
}

constexpr std::size_t kCandidatesShown = 4;
constexpr std::size_t kEvidenceShown = 8;

} // namespace

Json detectionJson(const Detection& detection) {
  const SourceCandidate& best = detection.best();
  Json evidence = Json::array();
  for (const DetectionEvidence& e : best.evidence) evidence.push_back({{"column", e.column}, {"matched", e.matched}, {"weight", rounded(e.weight)}});
  Json others = Json::array();
  for (std::size_t i = 1; i < detection.candidates.size() && i <= kCandidatesShown; ++i) {
    const SourceCandidate& c = detection.candidates[i];
    others.push_back({{"key", c.key}, {"vendor", c.vendor}, {"product", c.product}, {"kind", kindJson(c.kind)},
                      {"confidence", rounded(c.confidence)}});
  }
  return {{"key", best.key},
          {"vendor", best.vendor},
          {"product", best.product},
          {"kind", kindJson(best.kind)},
          {"confidence", rounded(best.confidence)},
          {"note", best.note.empty() ? Json(nullptr) : Json(best.note)},
          {"evidence", evidence},
          {"missing", best.missing},
          {"alternatives", others}};
}

Json mappedJson(const MappedRows& mapped, const Mapping& mapping) {
  Json rows = Json::object();
  for (RecordKind kind : kRecordKinds)
    if (const std::size_t n = mapped.records.of(kind).rowCount()) rows[std::string(nameOf(kind))] = n;
  Json fields = Json::object();
  for (RecordKind kind : kRecordKinds) {
    const Table& table = mapped.records.of(kind);
    if (table.rowCount() == 0) continue;
    Json list = Json::array();
    for (const Column& column : table.columns) list.push_back(column.name);
    fields[std::string(nameOf(kind))] = list;
  }
  Json issues = Json::array();
  for (const ApplyIssue& i : mapped.issues)
    issues.push_back({{"code", nameOf(i.code)}, {"severity", nameOf(i.severity)}, {"column", i.column}, {"field", i.field},
                      {"count", i.count}, {"example", i.example}, {"row", i.exampleRow}, {"message", i.message}});
  return {{"kind", kindJson(mapping.kind)}, {"rows", rows}, {"rowsExcluded", mapped.rowsExcluded},
          {"zone", mapped.zoneUsed.empty() ? Json(nullptr) : Json(mapped.zoneUsed)}, {"fields", fields}, {"issues", issues}};
}

std::string detectionText(const Detection& detection) {
  const SourceCandidate& best = detection.best();
  std::string out = "  detected: " + best.vendor + " — " + best.product + ", " +
                    (best.kind ? std::string(nameOf(*best.kind)) : std::string("not mapped")) + ", confidence " +
                    percent(best.confidence) + "\n";
  if (!best.note.empty()) out += "    note: " + best.note + "\n";
  std::size_t shown = 0;
  for (const DetectionEvidence& e : best.evidence) {
    if (shown++ == kEvidenceShown) {
      out += "    … and " + std::to_string(best.evidence.size() - kEvidenceShown) + " more\n";
      break;
    }
    out += "    evidence: " + (e.column.empty() ? std::string("(file)") : "'" + e.column + "'") + " ← " + e.matched + "\n";
  }
  for (std::size_t i = 1; i < detection.candidates.size() && i <= kCandidatesShown; ++i) {
    const SourceCandidate& c = detection.candidates[i];
    out += "    also possible: " + c.vendor + " — " + c.product + " (" + percent(c.confidence) + ")\n";
  }
  return out;
}

std::string mappingText(const Mapping& mapping, const MappedRows& mapped) {
  std::string out = "  mapping:\n";
  for (const ColumnMapping& c : mapping.columns) {
    if (c.field.empty()) continue;
    out += "    " + c.column + " → " + c.field;
    std::vector<std::string> details;
    if (c.merge != Merge::None) details.emplace_back(nameOf(c.merge));
    if (c.unitSeconds != 0 && c.unitSeconds != 1) {
      char unit[32];
      std::snprintf(unit, sizeof unit, "× %g s", c.unitSeconds);
      details.push_back(unit);
    }
    if (c.offset != 0) details.push_back("offset " + std::to_string(static_cast<long long>(c.offset)));
    if (!c.timeColumn.empty()) details.push_back("time from '" + c.timeColumn + "'");
    if (!c.values.empty()) {
      std::string values;
      for (std::size_t i = 0; i < c.values.size() && i < 4; ++i)
        values += (i ? ", " : "") + c.values[i].value + " → " + (c.values[i].to.empty() ? "(none)" : c.values[i].to);
      if (c.values.size() > 4) values += ", …";
      details.push_back(values);
    }
    if (!c.exclude.empty()) details.push_back("rows with " + c.exclude.front() + " left out");
    if (!details.empty()) {
      out += " (";
      for (std::size_t i = 0; i < details.size(); ++i) out += (i ? "; " : "") + details[i];
      out += ")";
    }
    out += "\n";
    if (!c.warning.empty()) out += "      ! " + c.warning + "\n";
  }
  for (const auto& [field, value] : mapping.constants) out += "    (every row) " + field + " = " + value + "\n";
  out += "  zone: " + (mapped.zoneUsed.empty() ? std::string("none needed") : mapped.zoneUsed) + " (" +
         std::string(nameOf(mapping.zoneSource)) + (mapping.zoneNote.empty() ? "" : ": " + mapping.zoneNote) + ")\n";
  std::string rows;
  for (RecordKind kind : kRecordKinds)
    if (const std::size_t n = mapped.records.of(kind).rowCount())
      rows += (rows.empty() ? "" : ", ") + std::to_string(n) + " " + std::string(nameOf(kind)) + " rows";
  out += "  mapped: " + (rows.empty() ? std::string("nothing") : rows) + ", " + std::to_string(mapped.rowsExcluded) + " left out\n";
  for (const ApplyIssue& i : mapped.issues) {
    out += "    " + std::string(nameOf(i.code)) + " x" + std::to_string(i.count) + ": " + i.message;
    if (!i.example.empty()) out += " (e.g. row " + std::to_string(i.exampleRow) + ": " + i.example + ")";
    out += "\n";
  }
  return out;
}

} // namespace carescore::cli
