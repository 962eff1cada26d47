#include "core/mapping/mapping_builder.h"

#include <algorithm>
#include <cmath>

#include "core/mapping/generic_mapper.h"
#include "core/mapping/header_text.h"
#include "core/mapping/value_tables.h"

namespace carescore {

namespace {

// The table's words the column's values use, so the document shows "Good → 5" for what is there.
std::vector<ValueMapping> observedValues(const ColumnProfile& column, std::string_view tableKey) {
  std::vector<ValueMapping> values;
  const ValueTable* table = findValueTable(tableKey);
  if (!table) return values;
  for (const std::string& value : column.distinct)
    if (const auto to = lookUpValue(*table, value)) values.push_back({value, std::string(*to)});
  return values;
}

// A duration's unit: the vendor's, else the one its header names ("(phút)": the reader already
// read the numbers as minutes, and the document says so), else seconds with a warning.
void checkUnitAndDates(ColumnMapping& mapping, const ResolvedField& field, const Column& column, const ColumnProfile& profile) {
  if (!field.definition) return;
  const bool number = column.type == ValueType::Integer || column.type == ValueType::Decimal;
  if (field.definition->type == FieldType::Seconds && mapping.unitSeconds == 0 && profile.header.unitSeconds > 0 &&
      (number || (column.type == ValueType::Duration && !column.format.timeOfDay))) {
    mapping.unitSeconds = profile.header.unitSeconds;
    mapping.evidence += ", unit '" + profile.header.unit + "' from the header";
    if (mapping.warning == kNoUnitNote) mapping.warning.clear();
  }
  if (field.definition->type == FieldType::Seconds && mapping.unitSeconds == 0 && number) {
    mapping.unitSeconds = 1;
    if (mapping.warning.empty()) mapping.warning = std::string(kNoUnitNote);
  }
  if (field.definition->type == FieldType::Timestamp && column.type == ValueType::Timestamp &&
      column.format.dateOrderAmbiguous) {
    const char* order = column.format.dateOrder == DateOrder::DayMonthYear ? "day first" : "month first";
    mapping.warning = std::string("every date here reads both day first and month first; read ") + order +
                      ": set the date order if that is wrong";
  }
}

std::string kindName(const std::optional<RecordKind>& kind) { return kind ? std::string(nameOf(*kind)) : "unmapped"; }

void applyChoice(ColumnMapping& mapping, const FieldChoice& choice, const ColumnProfile& column) {
  mapping.field = choice.field;
  mapping.evidence = "synonym '" + choice.phrase + "'";
  mapping.confidence = choice.score;
  mapping.warning = choice.note;
  mapping.valueTable = choice.valueTable;
  if (!choice.valueTable.empty()) mapping.values = observedValues(column, choice.valueTable);
}

void decideZone(Mapping& mapping, const ReadResult& read, const VendorSignature* signature, RecordKind kind) {
  bool wallClock = false;
  for (const ColumnMapping& column : mapping.columns) {
    const ResolvedField field = resolveField(kind, column.field);
    if (!field.definition || field.definition->type != FieldType::Timestamp) continue;
    if (!column.zone.empty() && mapping.zoneSource != ZoneSource::Header) {
      mapping.zone = column.zone;
      mapping.zoneSource = ZoneSource::Header;
      mapping.zoneNote = "the header '" + column.column + "' names the zone";
    }
    if (const Column* read_ = read.table.find(column.column); read_ && read_->format.timeBase == TimeBase::WallClock)
      wallClock = true;
  }
  if (mapping.zoneSource == ZoneSource::Header || !wallClock) return;
  if (signature && signature->zone == ZoneConvention::Utc) {
    mapping.zone = "UTC";
    mapping.zoneSource = ZoneSource::Vendor;
    mapping.zoneNote = signature->zoneNote.empty() ? std::string("the vendor writes UTC") : std::string(signature->zoneNote);
    return;
  }
  mapping.zoneSource = ZoneSource::Assumed;
  mapping.zoneNote = signature && !signature->zoneNote.empty()
                         ? std::string(signature->zoneNote)
                         : "the file's times name no zone: the default zone is used until you choose one";
}

} // namespace

SourceCandidate genericCandidate(const ReadResult&, std::span<const ColumnProfile> columns, RecordKind kind) {
  const GenericAssignment assignment = assignGeneric(columns, kind);
  SourceCandidate candidate = genericCandidateOf(assignment, columns);
  candidate.confidence = assignment.anchored ? 0.5 : 0.2;
  candidate.note = "the record kind was chosen by hand";
  return candidate;
}

Mapping buildMapping(const ReadResult& read, std::span<const ColumnProfile> columns, const SourceCandidate& candidate,
                     const MappingOptions& options) {
  Mapping mapping;
  const VendorSignature* signature = candidate.signature;
  mapping.vendor = candidate.key;
  mapping.vendorName = candidate.vendor + " — " + candidate.product;
  mapping.kind = candidate.kind;
  mapping.confidence = candidate.confidence;
  mapping.note = candidate.note;
  for (const Column& column : read.table.columns) mapping.headers.push_back(column.name);
  mapping.headerSignature = headerSignature(mapping.headers);
  mapping.source = signature ? std::string(signature->vendor) : options.sourceName;
  if (signature) mapping.dateOrder = signature->dateOrder;
  for (const ColumnProfile& column : columns) {
    ColumnMapping& out = mapping.columns.emplace_back();
    out.column = column.name;
    out.zone = column.header.zone;
  }
  if (!mapping.kind) {
    for (ColumnMapping& out : mapping.columns) out.evidence = "not mapped: " + kindName(mapping.kind);
    return mapping;
  }
  const RecordKind kind = *mapping.kind;

  // The signature's rules first, then synonyms for the columns it does not map.
  std::vector<bool> mapped(columns.size(), false);
  std::vector<std::string> taken;
  if (signature) {
    std::vector<bool> used(signature->rules.size(), false);
    for (const ColumnProfile& column : columns) {
      const HeaderRule* rule = matchRule(*signature, column, used);
      if (!rule) continue;
      ColumnMapping& out = mapping.columns[column.index];
      out.evidence = candidate.vendor + " header '" + std::string(rule->header) + "'";
      out.definition = std::string(rule->definition);
      out.confidence = candidate.confidence;
      out.unitSeconds = rule->unitSeconds;
      if (!rule->exclude.empty()) out.exclude.emplace_back(rule->exclude);
      if (rule->field.empty()) {
        // Known and deliberately unused; but a question or a custom field ("{question}", "* [list]")
        // is the survey's or the account's own: the synonyms may still know it.
        const std::string_view header = rule->header;
        const bool open = header == "{question}" || header.starts_with('*') || header.ends_with('*');
        if (!open) mapped[column.index] = true;
        continue;
      }
      if (rule->merge == Merge::None && std::find(taken.begin(), taken.end(), rule->field) != taken.end()) {
        out.warning = "another column already feeds " + std::string(rule->field) + ": this one is not used";
        mapped[column.index] = true;
        continue;
      }
      out.field = std::string(rule->field);
      out.merge = rule->merge;
      out.offset = rule->offset;
      if (!rule->values.empty()) {
        out.valueTable = std::string(rule->values);
        out.values = observedValues(column, rule->values);
      }
      if (!rule->timeColumn.empty()) out.timeColumn = std::string(rule->timeColumn);
      mapped[column.index] = true;
      if (rule->merge == Merge::None) taken.push_back(out.field);
    }
  }
  const GenericAssignment generic = assignGeneric(columns, kind, mapped, taken);
  for (const FieldChoice& choice : generic.choices) applyChoice(mapping.columns[choice.column], choice, columns[choice.column]);
  const bool excludes = std::any_of(mapping.columns.begin(), mapping.columns.end(),
                                    [](const ColumnMapping& c) { return !c.exclude.empty(); });
  for (ColumnMapping& out : mapping.columns) {
    if (out.field.empty()) continue;
    const Column* column = read.table.find(out.column);
    if (column) checkUnitAndDates(out, resolveField(kind, out.field), *column, columns[static_cast<std::size_t>(&out - mapping.columns.data())]);
    if (out.field == "id" && column) {
      const double repeated = repeatedShare(*column);
      if (repeated > 0.1 && !excludes && out.warning.empty())
        out.warning = std::to_string(static_cast<int>(std::lround(repeated * 100))) +
                      "% of the ids repeat an earlier row: is this one row per event rather than per record?";
    }
  }

  // A date without time of day, and a clock column beside it ("Date" + "Time").
  std::vector<bool> used(columns.size(), false);
  for (std::size_t i = 0; i < columns.size(); ++i) used[i] = !mapping.columns[i].field.empty() || !mapping.columns[i].timeColumn.empty();
  for (ColumnMapping& out : mapping.columns) {
    if (!out.timeColumn.empty() || (out.field != "created_at" && out.field != "submitted_at")) continue;
    const ColumnProfile& profile = columns[static_cast<std::size_t>(&out - mapping.columns.data())];
    if (!profile.dateOnly) continue;
    const std::size_t time = findTimeColumn(columns, used);
    if (time == columns.size()) continue;
    out.timeColumn = columns[time].name;
    used[time] = true;
    mapping.columns[time].evidence = "time of day of '" + out.column + "'";
  }

  const bool hasChannel = std::any_of(mapping.columns.begin(), mapping.columns.end(),
                                      [](const ColumnMapping& c) { return c.field == "channel"; });
  if (kind == RecordKind::Contact && !hasChannel) {
    if (signature && !signature->channel.empty()) mapping.constants["channel"] = std::string(signature->channel);
    else if (!signature && looksLikeCallLog(columns)) mapping.constants["channel"] = "phone";
  }
  decideZone(mapping, read, signature, kind);
  return mapping;
}

Mapping mapFile(const ReadResult& read, const MappingOptions& options) {
  const std::vector<ColumnProfile> columns = profileColumns(read);
  const Detection detection = detectSource(read, columns);
  return buildMapping(read, columns, detection.best(), options);
}

} // namespace carescore
