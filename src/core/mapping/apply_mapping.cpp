#include "core/mapping/apply_mapping.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

#include "core/mapping/column_profile.h"
#include "core/mapping/field_values.h"
#include "core/mapping/header_text.h"
#include "core/mapping/mapping_document.h"
#include "core/table/column_gather.h"

namespace carescore {

namespace {

struct FieldSources {
  const ColumnMapping* primary = nullptr;
  std::vector<const ColumnMapping*> others;  // fallbacks and sums, in file order
};

std::optional<TimeZone> resolveZone(std::string_view name, const ApplyContext& context) {
  if (name.empty()) return std::nullopt;
  if (context.zones) return context.zones->resolve(name);
  if (const auto offset = parseUtcOffset(name)) return TimeZone::fixed(*offset);
  return std::nullopt;
}

void mergeInto(FieldValues& into, const FieldValues& from, Merge how) {
  for (std::size_t row = 0; row < into.size(); ++row) {
    if (!from.valid.test(row)) continue;
    const bool has = into.valid.test(row);
    if (how == Merge::Fallback && has) continue;
    if (how == Merge::Sum && has && !into.numbers.empty()) {
      into.numbers.set(row, into.numbers[row] + from.numbers[row]);
      continue;
    }
    into.valid.set(row);
    if (!into.numbers.empty()) into.numbers.set(row, from.numbers[row]);
    else if (!into.epochMs.empty()) into.epochMs.set(row, from.epochMs[row]);
    else into.codes.set(row, into.dictionary.intern(from.dictionary.at(from.codes[row])));
  }
}

void fillConstant(FieldValues& values, std::string_view constant) {
  const std::uint32_t code = values.dictionary.intern(constant);
  for (std::size_t row = 0; row < values.size(); ++row)
    if (!values.valid.test(row)) {
      values.valid.set(row);
      values.codes.set(row, code);
    }
}

// Appends the selected rows of `values` as a canonical column. With every row selected and
// `takeOver`, the values move into the column instead of being copied (they are not read again).
void appendColumn(Table& table, const FieldDefinition& field, FieldValues& values, const std::vector<std::size_t>& rows,
                  bool takeOver = false) {
  Column& column = table.add(std::string(field.key), columnTypeOf(field.type));
  if (field.type == FieldType::Timestamp) {
    column.format.timeBase = TimeBase::Utc;
    column.format.description = "UTC";
  }
  if (field.type == FieldType::Seconds) column.format.description = "seconds";
  const CellSource cells{values.valid, values.numbers, values.epochMs, values.codes, values.dictionary};
  const bool everyRow = rows.size() == values.size();  // rows only ever leave out, in order
  if (everyRow && takeOver && (!column.isText() || codesInFirstSightOrder(cells))) {
    column.valid = std::move(values.valid);  // missing cells already hold 0, as appending leaves them
    if (column.isText()) {
      column.codes = std::move(values.codes);
      column.dictionary = std::move(values.dictionary);
    } else if (column.type == ValueType::Timestamp) {
      column.epochMs = std::move(values.epochMs);
    } else {
      column.numbers = std::move(values.numbers);
    }
  } else if (everyRow) {
    appendAll(column, cells);
  } else {
    appendGathered(column, cells, rows);
  }
}

void appendSourceColumns(Table& table, std::string_view source, const std::vector<std::size_t>& rows) {
  table.add("source", ValueType::Category);
  table.add("source_row", ValueType::Integer);  // may move the first: take both references after
  appendRepeated(*table.find("source"), source, rows.size());
  Column& row = *table.find("source_row");
  row.valid.resize(rows.size(), true);
  row.numbers.reserve(rows.size());
  for (std::size_t r : rows) row.numbers.push_back(static_cast<double>(r + 1));
}

// Columns in catalogue order, as the dataset lists them: a file's table can then be the dataset's
// own, shared rather than copied (DatasetBuilder).
void putInCatalogueOrder(Table& table, RecordKind kind) {
  std::vector<Column> ordered;
  ordered.reserve(table.columns.size());
  for (const FieldDefinition& field : fieldsOf(kind))
    if (Column* column = table.find(field.key)) ordered.push_back(std::move(*column));
  table.columns = std::move(ordered);
}

// The rows to keep, and the exclusions counted.
std::vector<std::size_t> selectRows(const Table& table, const Mapping& mapping, MappedRows& out, IssueCounter& issues) {
  std::vector<bool> keep(table.rowCount(), true);
  for (const ColumnMapping& m : mapping.columns) {
    if (m.exclude.empty()) continue;
    const Column* column = table.find(m.column);
    if (!column) continue;
    std::vector<std::string> folded;
    for (const std::string& value : m.exclude) folded.push_back(foldHeader(value));
    for (std::size_t row = 0; row < column->size(); ++row) {
      if (!keep[row] || !column->hasValue(row)) continue;
      const std::string text = cellText(*column, row);
      if (std::find(folded.begin(), folded.end(), foldHeader(text)) == folded.end()) continue;
      keep[row] = false;
      issues.add(ApplyCode::RowsExcluded, Severity::Info, m.column, m.field, text, row + 1,
                 "rows whose '" + m.column + "' is " + text + " are left out");
    }
  }
  std::vector<std::size_t> rows;
  for (std::size_t row = 0; row < keep.size(); ++row)
    if (keep[row]) rows.push_back(row);
  out.rowsExcluded = keep.size() - rows.size();
  return rows;
}

} // namespace

bool MappedRows::ok() const {
  return std::none_of(issues.begin(), issues.end(), [](const ApplyIssue& i) { return i.severity == Severity::Error; });
}

MappedRows applyMapping(const Table& table, const Mapping& mapping, const ApplyContext& context) {
  MappedRows out;
  out.rowsRead = table.rowCount();
  IssueCounter issues;
  if (!mapping.kind) {
    issues.add(ApplyCode::NotMapped, Severity::Info, {}, {}, {}, 0,
               "the file is not mapped to a record kind" + (mapping.note.empty() ? std::string() : ": " + mapping.note));
    out.issues = issues.take();
    return out;
  }
  for (const ProfileIssue& problem : validateMapping(mapping, context.zones))
    if (problem.severity == IssueSeverity::Error) {
      issues.add(ApplyCode::NotMapped, Severity::Error, {}, {}, {}, 0, "the mapping has errors: " + problem.text());
      out.issues = issues.take();
      return out;
    }
  const RecordKind kind = *mapping.kind;

  const std::string zoneName = mapping.zone.empty() ? context.defaultZone : mapping.zone;
  std::optional<TimeZone> fileZone = resolveZone(zoneName, context);
  if (!fileZone) {
    issues.add(ApplyCode::UnknownZone, Severity::Error, {}, {}, zoneName, 0,
               "no time zone '" + zoneName + "': wall-clock times are read as UTC until a zone is chosen");
    fileZone = TimeZone();
  }
  out.zoneUsed = fileZone->name();

  const std::vector<std::size_t> rows = selectRows(table, mapping, out, issues);
  std::map<std::string, FieldSources> sources;
  for (const ColumnMapping& m : mapping.columns) {
    if (m.field.empty()) continue;
    if (!table.find(m.column)) {
      issues.add(ApplyCode::MissingColumn, Severity::Warning, m.column, m.field, {}, 0,
                 "the file has no column '" + m.column + "': " + m.field + " stays empty");
      continue;
    }
    FieldSources& s = sources[m.field];
    if (m.merge == Merge::None) s.primary = &m;
    else s.others.push_back(&m);
  }

  std::map<std::string, FieldValues> values;  // by mapping key ("survey.csat" kept qualified)
  for (const auto& [key, s] : sources) {
    if (!s.primary) continue;
    auto convert = [&](const ColumnMapping& m) {
      ConversionInputs in;
      in.column = table.find(m.column);
      in.mapping = &m;
      in.field = resolveField(kind, m.field);
      std::optional<TimeZone> columnZone = m.zone.empty() ? std::nullopt : resolveZone(m.zone, context);
      if (!m.zone.empty() && !columnZone)
        issues.add(ApplyCode::UnknownZone, Severity::Warning, m.column, m.field, m.zone, 0,
                   "the header names a zone CareScore does not know ('" + m.zone + "'): the file's zone is used");
      in.zone = columnZone ? &*columnZone : &*fileZone;
      in.dateOrder = mapping.dateOrder;
      in.timeOfDay = m.timeColumn.empty() ? nullptr : table.find(m.timeColumn);
      return convertColumn(in, issues);
    };
    FieldValues merged = convert(*s.primary);
    for (const ColumnMapping* other : s.others) mergeInto(merged, convert(*other), other->merge);
    values.emplace(key, std::move(merged));
  }
  for (const auto& [key, constant] : mapping.constants) {
    const ResolvedField field = resolveField(kind, key);
    if (!field.definition) continue;
    auto it = values.find(key);
    if (it == values.end()) it = values.emplace(key, FieldValues(field.definition->type, table.rowCount())).first;
    fillConstant(it->second, constant);
  }

  const std::string source = !context.sourceName.empty() ? context.sourceName
                             : mapping.source.empty()      ? mapping.vendorName
                                                           : mapping.source;

  // Survey answers carried by a contact file: one response per row that has one, about that contact.
  if (kind == RecordKind::Contact) {
    std::vector<std::size_t> answered;
    for (std::size_t row : rows)
      for (const auto& [key, v] : values)
        if (key.rfind("survey.", 0) == 0 && key != "survey.submitted_at" && key != "survey.comment" && v.valid.test(row)) {
          answered.push_back(row);
          break;
        }
    if (!answered.empty()) {
      Table& survey = out.records.of(RecordKind::Survey);
      appendSourceColumns(survey, source, answered);
      const std::pair<std::string_view, std::string_view> carried[] = {
          {"contact_id", "id"}, {"customer_id", "customer_id"}, {"agent", "agent"}, {"channel", "channel"}};
      for (const FieldDefinition& field : fieldsOf(RecordKind::Survey)) {
        auto it = values.find("survey." + std::string(field.key));
        for (const auto& [surveyKey, contactKey] : carried)
          if (it == values.end() && field.key == surveyKey) it = values.find(std::string(contactKey));
        if (it != values.end()) appendColumn(survey, field, it->second, answered);
      }
      out.surveyRows = answered.size();
    }
  }

  // The mapping's own kind, last: its columns take the converted values over.
  Table& primary = out.records.of(kind);
  appendSourceColumns(primary, source, rows);
  for (const FieldDefinition& field : fieldsOf(kind))
    if (auto it = values.find(std::string(field.key)); it != values.end()) appendColumn(primary, field, it->second, rows, true);
  out.rowsMapped = rows.size();
  putInCatalogueOrder(primary, kind);
  if (kind == RecordKind::Contact) putInCatalogueOrder(out.records.of(RecordKind::Survey), RecordKind::Survey);
  // The canonical columns are read from here on: the hash tables the gathering built go.
  for (RecordKind built : kRecordKinds)
    for (const Column& column : std::as_const(out.records).of(built).columns) column.dictionary.releaseIndex();
  out.issues = issues.take();
  return out;
}

} // namespace carescore
