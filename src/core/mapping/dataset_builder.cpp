#include "core/mapping/dataset_builder.h"

#include <cassert>

#include "core/mapping/generic_mapper.h"
#include "core/mapping/mapping_builder.h"
#include "core/mapping/mapping_document.h"
#include "core/mapping/table_fingerprint.h"
#include "core/mapping/value_tables.h"
#include "core/table/column_gather.h"

namespace carescore {

namespace {

// Whether appendRows(empty, table) would give `table` itself: catalogue fields only, in catalogue
// order, and rows counted by a column.
bool inCatalogueOrder(const Table& table, RecordKind kind) {
  if (table.columns.empty()) return false;
  std::size_t next = 0;
  for (const FieldDefinition& field : fieldsOf(kind))
    if (next < table.columns.size() && table.columns[next].name == field.key) ++next;
  return next == table.columns.size();
}

// The mapper's defaults for one column when its field changes: unit, value table and value map of
// the field, as a generic mapping would give them.
void resetColumnFor(ColumnMapping& column, const ColumnProfile& profile, RecordKind kind, std::string_view field) {
  column.field = std::string(field);
  column.merge = Merge::None;
  column.unitSeconds = 0;
  column.offset = 0;
  column.valueTable.clear();
  column.values.clear();
  column.exclude.clear();
  column.definition.clear();
  column.warning.clear();
  column.evidence = "chosen by hand";
  column.confidence = 1;
  if (field.empty()) return;
  const ResolvedField resolved = resolveField(kind, field);
  const Fit fit = fieldFit(resolved, field, profile);
  if (resolved.definition && resolved.definition->type == FieldType::Seconds && profile.header.unitSeconds > 0)
    column.unitSeconds = profile.header.unitSeconds;  // "(phút)": the header's unit, as the mapper sets it
  std::string table = fit.valueTable;
  if (table.empty()) table = std::string(genericValueTableFor(field));
  if (!table.empty() && (profile.type == ValueType::Category || profile.type == ValueType::Text || table == "answered_outcome")) {
    column.valueTable = table;
    if (const ValueTable* values = findValueTable(table))
      for (const std::string& value : profile.distinct)
        if (auto to = lookUpValue(*values, value)) column.values.push_back({value, std::string(*to)});
  }
  column.warning = fit.note;
}

// Why a column of a file cannot be edited, or nothing when it can.
std::optional<std::vector<ProfileIssue>> refuseColumnEdit(const Mapping& mapping, const ColumnMapping* target,
                                                          std::string_view column, const std::string& fileName) {
  if (target && mapping.kind) return std::nullopt;
  IssueList issues;
  issues.error(IssueCode::UnknownColumn, "columns", target ? "the file has no record kind: choose one first"
                                                           : "'" + std::string(column) + "' is not a column of " + fileName);
  return issues.take();
}

} // namespace

std::string duplicateMessage(const MappedFile& file, const MappedFile& original) {
  return "'" + file.name + "' is already loaded as '" + original.name + "' (same columns and cells): it is not counted twice";
}

void appendRows(Table& into, const Table& from, RecordKind kind) {
  const std::size_t before = into.rowCount();
  const std::size_t rows = from.rowCount();
  // Columns in catalogue order, so every combined table reads the same way.
  for (const FieldDefinition& field : fieldsOf(kind)) {
    const Column* source = from.find(field.key);
    Column* target = into.find(field.key);
    if (!source && !target) continue;
    if (!target) {
      target = &into.add(std::string(field.key), source->type);
      target->format = source->format;
      appendMissing(*target, before);
    }
    if (source && source->type == target->type) appendAll(*target, cellsOf(*source));
    else appendMissing(*target, rows);  // a field this file lacks, or typed otherwise: missing here
  }
}

DatasetBuilder::DatasetBuilder(DatasetOptions options) : options_(std::move(options)) {}

std::size_t DatasetBuilder::addFile(std::string name, std::shared_ptr<const ReadResult> read) {
  assert(read);
  MappedFile& file = files_.emplace_back();
  file.name = std::move(name);
  file.read = std::move(read);
  file.fingerprint = tableFingerprint(file.read->table);
  file.columns = profileColumns(*file.read);
  file.detection = detectSource(*file.read, file.columns);
  file.mapping = buildMapping(*file.read, file.columns, file.detection.best(), {.sourceName = file.name});
  const auto remembered = remembered_.find(file.mapping.headerSignature);
  if (remembered != remembered_.end() && !hasErrors(validateMapping(remembered->second, options_.zones))) {
    file.mapping = remembered->second;
    file.rememberedMapping = true;
  }
  markDuplicates();
  apply(file);
  dataset_.reset();
  return files_.size() - 1;
}

void DatasetBuilder::removeFile(std::size_t index) {
  assert(index < files_.size());
  files_.erase(files_.begin() + static_cast<std::ptrdiff_t>(index));
  markDuplicates();  // a copy of the removed file now counts
  dataset_.reset();
}

std::vector<ProfileIssue> DatasetBuilder::setMapping(std::size_t index, Mapping mapping) {
  assert(index < files_.size());
  std::vector<ProfileIssue> issues = validateMapping(mapping, options_.zones);
  if (hasErrors(issues)) return issues;
  MappedFile& file = files_[index];
  file.mapping = std::move(mapping);
  file.rememberedMapping = false;
  remembered_[file.mapping.headerSignature] = file.mapping;
  apply(file);
  dataset_.reset();
  return issues;
}

std::vector<ProfileIssue> DatasetBuilder::setColumnUnit(std::size_t index, std::string_view column, double unitSeconds) {
  assert(index < files_.size());
  Mapping mapping = files_[index].mapping;
  ColumnMapping* target = mapping.find(column);
  if (auto refused = refuseColumnEdit(mapping, target, column, files_[index].name)) return *refused;
  target->unitSeconds = unitSeconds;
  if (target->warning == kNoUnitNote) target->warning.clear();  // the user has said what the unit is
  return setMapping(index, std::move(mapping));
}

std::vector<ProfileIssue> DatasetBuilder::setColumnField(std::size_t index, std::string_view column, std::string_view field) {
  assert(index < files_.size());
  const MappedFile& file = files_[index];
  Mapping mapping = file.mapping;
  ColumnMapping* target = mapping.find(column);
  if (auto refused = refuseColumnEdit(mapping, target, column, file.name)) return *refused;
  const std::size_t position = static_cast<std::size_t>(target - mapping.columns.data());
  // A field fed by one column: the column that fed it before gives it up.
  if (!field.empty())
    for (ColumnMapping& other : mapping.columns)
      if (&other != target && other.field == field) {
        other.field.clear();
        other.merge = Merge::None;
      }
  resetColumnFor(*target, file.columns[position], *mapping.kind, field);
  return setMapping(index, std::move(mapping));
}

std::vector<ProfileIssue> DatasetBuilder::setKind(std::size_t index, std::optional<RecordKind> kind) {
  assert(index < files_.size());
  const MappedFile& file = files_[index];
  Mapping mapping;
  if (!kind) {
    SourceCandidate none;
    none.key = "generic";
    none.vendor = "Generic";
    none.product = "not mapped";
    none.note = "left out by hand";
    mapping = buildMapping(*file.read, file.columns, none, {.sourceName = file.name});
  } else {
    mapping = buildMapping(*file.read, file.columns, genericCandidate(*file.read, file.columns, *kind), {.sourceName = file.name});
  }
  return setMapping(index, std::move(mapping));
}

void DatasetBuilder::rememberMapping(Mapping mapping) {
  std::string signature = mapping.headerSignature;
  remembered_[std::move(signature)] = std::move(mapping);
}

void DatasetBuilder::apply(MappedFile& file) {
  if (file.duplicateOf) {
    file.rows = MappedRows{};
    return;
  }
  ApplyContext context;
  context.zones = options_.zones;
  context.defaultZone = options_.defaultZone;
  context.sourceName = file.name;
  file.rows = applyMapping(file.read->table, file.mapping, context);
}

void DatasetBuilder::markDuplicates() {
  for (std::size_t i = 0; i < files_.size(); ++i) {
    const std::optional<std::size_t> was = files_[i].duplicateOf;
    files_[i].duplicateOf.reset();
    for (std::size_t j = 0; j < i; ++j)
      if (!files_[j].duplicateOf && files_[j].fingerprint == files_[i].fingerprint) {
        files_[i].duplicateOf = j;
        break;
      }
    if (was.has_value() != files_[i].duplicateOf.has_value()) apply(files_[i]);
  }
}

std::shared_ptr<const Dataset> DatasetBuilder::sharedDataset() const {
  if (dataset_) return dataset_;
  auto built = std::make_shared<Dataset>();
  for (RecordKind kind : kRecordKinds) {
    std::vector<const MappedFile*> giving;  // the counted files with rows or columns of this kind
    for (const MappedFile& file : files_) {
      const Table& table = file.rows.records.of(kind);
      if (!file.duplicateOf && (table.rowCount() > 0 || !table.columns.empty())) giving.push_back(&file);
    }
    // One file: its table is the dataset's, shared, when appending it would give the same columns.
    if (giving.size() == 1 && inCatalogueOrder(giving.front()->rows.records.of(kind), kind)) {
      built->share(kind, giving.front()->rows.records.shared(kind));
      continue;
    }
    for (const MappedFile* file : giving) appendRows(built->of(kind), file->rows.records.of(kind), kind);
  }
  links_ = linkSurveys(*built);
  dataset_ = std::move(built);
  return dataset_;
}

const SurveyLinks& DatasetBuilder::links() const {
  dataset();
  return links_;
}

} // namespace carescore
