#include "app/mapping_summary.h"

#include <cmath>

namespace carescore {

namespace {

double rounded(double value) { return std::round(value * 100) / 100; }

nlohmann::json kindJson(const std::optional<RecordKind>& kind) { return kind ? nlohmann::json(nameOf(*kind)) : nlohmann::json(); }

} // namespace

nlohmann::json mappingSummaryJson(const DatasetBuilder& dataset, std::size_t index) {
  const MappedFile& file = dataset.file(index);
  const Mapping& m = file.mapping;
  nlohmann::json columns = nlohmann::json::object();
  nlohmann::json units = nlohmann::json::object();  // seconds per unit of bare numbers, where one is set
  for (const ColumnMapping& c : m.columns) {
    columns[c.column] = c.field;
    if (c.unitSeconds != 0) units[c.column] = c.unitSeconds;
  }
  nlohmann::json rows = nlohmann::json::object();
  for (RecordKind kind : kRecordKinds)
    if (const std::size_t n = file.rows.records.of(kind).rowCount()) rows[std::string(nameOf(kind))] = n;
  std::uint64_t warnings = 0;
  for (const ApplyIssue& issue : file.rows.issues) warnings += issue.count;
  return {{"vendor", m.vendor},
          {"vendorName", m.vendorName},
          {"kind", kindJson(m.kind)},
          {"confidence", rounded(m.confidence)},
          {"detected", file.detection.best().key},
          {"remembered", file.rememberedMapping},
          {"duplicateOf", file.duplicateOf ? nlohmann::json(dataset.file(*file.duplicateOf).name) : nlohmann::json()},
          {"zone", file.rows.zoneUsed},
          {"zoneSource", nameOf(m.zoneSource)},
          {"headerSignature", m.headerSignature},
          {"columns", columns},
          {"units", units},
          {"rows", rows},
          {"rowsExcluded", file.rows.rowsExcluded},
          {"issues", warnings}};
}

nlohmann::json datasetSummaryJson(const AppState& state) {
  const Dataset& data = state.dataset.dataset();
  nlohmann::json rows = nlohmann::json::object();
  for (RecordKind kind : kRecordKinds) rows[std::string(nameOf(kind))] = data.of(kind).rowCount();
  const SurveyLinks& links = state.dataset.links();
  nlohmann::json missing = nlohmann::json::array();
  for (const MissingForStandard& m : state.missing) missing.push_back({{"standard", m.standard}, {"metric", m.metric}, {"needs", m.messages}});
  return {{"rows", rows},
          {"links", {{"byContactId", links.byContactId}, {"byCustomer", links.byCustomer}, {"unlinked", links.unlinked}}},
          {"missingFields", state.missingFields},
          {"missing", missing}};
}

} // namespace carescore
