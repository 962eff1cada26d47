// Mapping ↔ JSON. The reader checks shape (types, keys, list sizes); validateMapping checks
// meaning (fields, merges, units, value words, columns, zones).
#include "core/mapping/mapping_document.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <nlohmann/json.hpp>

#include "core/mapping/generic_mapper.h"
#include "core/mapping/synonyms.h"
#include "core/mapping/value_tables.h"
#include "core/standards/json_document.h"
#include "core/standards/json_fields.h"
#include "core/standards/message_text.h"

namespace carescore {

namespace {

using namespace json_fields;
using Ordered = nlohmann::ordered_json;

constexpr std::size_t kMaxColumns = 4096;  // as many as the reader keeps
constexpr std::size_t kMaxValues = 1000;
constexpr double kMaxUnitSeconds = 366.0 * 86400.0;

Ordered number(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9007199254740992.0)
    return static_cast<std::int64_t>(value);
  return value;
}

Ordered columnJson(const ColumnMapping& c) {
  Ordered out{{"column", c.column}, {"field", c.field}};
  if (c.merge != Merge::None) out["merge"] = nameOf(c.merge);
  if (c.unitSeconds != 0) out["unit_seconds"] = number(c.unitSeconds);
  if (c.offset != 0) out["offset"] = number(c.offset);
  if (!c.timeColumn.empty()) out["time_column"] = c.timeColumn;
  if (!c.zone.empty()) out["zone"] = c.zone;
  if (!c.definition.empty()) out["definition"] = c.definition;
  if (!c.valueTable.empty()) out["value_table"] = c.valueTable;
  if (!c.values.empty()) {
    Ordered values = Ordered::array();
    for (const ValueMapping& v : c.values) values.push_back({{"value", v.value}, {"to", v.to}});
    out["values"] = std::move(values);
  }
  if (!c.exclude.empty()) out["exclude"] = c.exclude;
  if (!c.evidence.empty()) out["evidence"] = c.evidence;
  if (!c.warning.empty()) out["warning"] = c.warning;
  if (c.confidence != 0) out["confidence"] = std::round(c.confidence * 100) / 100;
  return out;
}

constexpr std::string_view kTopKeys[] = {"format", "version", "vendor", "vendor_name", "kind", "confidence", "note",
                                         "header_signature", "headers", "zone", "zone_source", "zone_note",
                                         "date_order", "source", "constants", "columns"};
constexpr std::string_view kColumnKeys[] = {"column", "field", "merge", "unit_seconds", "offset", "time_column",
                                            "zone", "definition", "value_table", "values", "exclude", "evidence",
                                            "warning", "confidence"};
constexpr std::string_view kValueKeys[] = {"value", "to"};

bool readHeader(const Json& root, IssueList& issues) {
  if (!root.is_object()) {
    issues.error(IssueCode::NotAMapping, "", "the document is " + describe(root) +
                 ", not a mapping; a mapping is an object that starts with \"format\": \"carescore-mapping\"");
    return false;
  }
  const auto format = root.find("format");
  if (format == root.end()) {
    issues.error(IssueCode::NotAMapping, "format", "missing; a mapping starts with \"format\": \"carescore-mapping\"");
    return false;
  }
  if (!format->is_string() || format->get_ref<const std::string&>() != Mapping::kFormat) {
    issues.error(IssueCode::WrongFormat, "format", "expected \"carescore-mapping\", got " + describe(*format) +
                 (format->is_string() && format->get_ref<const std::string&>() == "carescore-profile"
                      ? " (this is a standards profile)" : ""));
    return false;
  }
  const auto version = root.find("version");
  if (version == root.end() || !version->is_number()) {
    issues.error(IssueCode::Missing, "version", "missing or not a number; this CareScore writes \"version\": 1");
    return false;
  }
  if (version->get<double>() != Mapping::kVersion) {
    issues.error(IssueCode::UnsupportedVersion, "version", "this CareScore reads mapping version 1, the document is version " +
                 formatNumber(version->get<double>()));
    return false;
  }
  return true;
}

ColumnMapping readColumn(const Json& json, const std::string& path, IssueList& issues) {
  ColumnMapping c;
  const ObjectReader in(json, path, issues, kColumnKeys);
  c.column = readText(in, "column");
  if (c.column.empty() && !in.get("column")) issues.error(IssueCode::Missing, in.at("column"), "missing; the source column's header");
  c.field = readText(in, "field");
  if (const std::string merge = readText(in, "merge"); !merge.empty()) {
    if (const auto parsed = mergeFromName(merge)) c.merge = *parsed;
    else issues.error(IssueCode::BadValue, in.at("merge"), "expected \"fallback\" or \"sum\", got " + quotedText(merge));
  }
  c.unitSeconds = readNumber(in, "unit_seconds").value_or(0);
  c.offset = readNumber(in, "offset").value_or(0);
  c.timeColumn = readText(in, "time_column");
  c.zone = readText(in, "zone");
  c.definition = readText(in, "definition");
  c.valueTable = readText(in, "value_table");
  readList(in, "values", kMaxValues, [&](const Json& item, const std::string& itemPath) {
    if (!expectObject(item, itemPath, issues)) return;
    const ObjectReader value(item, itemPath, issues, kValueKeys);
    c.values.push_back({readText(value, "value"), readText(value, "to")});
    value.finish();
  });
  c.exclude = readTextList(in, "exclude", kMaxValues);
  c.evidence = readText(in, "evidence");
  c.warning = readText(in, "warning");
  c.confidence = readNumber(in, "confidence").value_or(0);
  in.finish();
  return c;
}

Mapping readMapping(const Json& root, IssueList& issues) {
  Mapping m;
  const ObjectReader in(root, "", issues, kTopKeys);
  m.vendor = readText(in, "vendor");
  m.vendorName = readText(in, "vendor_name");
  if (const Json* kind = in.get("kind")) {
    if (!kind->is_string()) wrongType(issues, "kind", "a record kind (\"contact\", \"survey\", …) or null", *kind);
    else if (auto parsed = recordKindFromName(kind->get_ref<const std::string&>())) m.kind = parsed;
    else issues.error(IssueCode::BadValue, "kind", "expected contact, survey, order, customer or agent_time, got " +
                      quotedText(kind->get_ref<const std::string&>()));
  }
  m.confidence = readNumber(in, "confidence").value_or(0);
  m.note = readText(in, "note");
  m.headerSignature = readText(in, "header_signature");
  m.headers = readTextList(in, "headers", kMaxColumns);
  m.zone = readText(in, "zone");
  if (const std::string source = readText(in, "zone_source"); !source.empty()) {
    if (auto parsed = zoneSourceFromName(source)) m.zoneSource = *parsed;
    else issues.error(IssueCode::BadValue, "zone_source", "expected none, header, vendor, user or assumed, got " + quotedText(source));
  }
  m.zoneNote = readText(in, "zone_note");
  if (const std::string order = readText(in, "date_order"); !order.empty()) {
    if (auto parsed = dateOrderFromName(order)) m.dateOrder = *parsed;
    else issues.error(IssueCode::BadValue, "date_order", "expected \"dmy\", \"mdy\" or \"ymd\", got " + quotedText(order));
  }
  m.source = readText(in, "source");
  if (const Json* constants = in.get("constants"); constants && expectObject(*constants, "constants", issues)) {
    for (const auto& [key, value] : constants->items()) {
      if (value.is_string()) m.constants[key] = value.get<std::string>();
      else wrongType(issues, childPath("constants", key), "text", value);
    }
  }
  readList(in, "columns", kMaxColumns, [&](const Json& item, const std::string& path) {
    if (expectObject(item, path, issues)) m.columns.push_back(readColumn(item, path, issues));
  });
  in.finish();
  return m;
}

std::vector<std::string_view> fieldKeysOf(RecordKind kind) {
  std::vector<std::string_view> keys;
  for (const FieldDefinition& field : fieldsOf(kind)) keys.push_back(field.key);
  return keys;
}

bool isFilledByCareScore(std::string_view key) {
  const std::size_t dot = key.find('.');
  const std::string_view bare = dot == std::string_view::npos ? key : key.substr(dot + 1);
  return bare == "source" || bare == "source_row" || bare == "linked_contact_id" || bare == "link_method";
}

void checkValueWord(const ResolvedField& field, std::string_view key, const ValueMapping& value, const std::string& path,
                    IssueList& issues) {
  if (value.to.empty()) return;  // "not a value"
  const FieldType type = field.definition->type;
  if (type == FieldType::Score) {
    char* end = nullptr;
    const std::string text = value.to;
    const double number = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !std::isfinite(number)) {
      issues.error(IssueCode::BadValue, path, "a score must be a number, got " + quotedText(value.to));
      return;
    }
    if (const auto range = scoreRangeOf(key); range && (number < range->min || number > range->max))
      issues.error(IssueCode::BadValue, path, "outside the scale " + formatNumber(range->min) + "–" +
                   formatNumber(range->max) + ": " + quotedText(value.to));
    return;
  }
  if (type == FieldType::Flag) {
    if (value.to != "true" && value.to != "false") issues.error(IssueCode::BadValue, path, "expected \"true\" or \"false\", got " + quotedText(value.to));
    return;
  }
  std::span<const std::string_view> words;
  if (field.definition->key == "outcome") words = outcomeWords();
  else if (field.definition->key == "direction") words = directionWords();
  if (words.empty() || std::find(words.begin(), words.end(), value.to) != words.end()) return;
  std::string message = "not one of " + joinList(words) + ": " + quotedText(value.to);
  if (const std::string_view near = closestMatch(value.to, words); !near.empty()) message += "; did you mean " + std::string(near) + "?";
  issues.error(IssueCode::BadValue, path, message);
}

void checkColumn(const Mapping& m, std::size_t index, std::map<std::string, std::vector<std::size_t>>& byField,
                 const ZoneDatabase* zones, IssueList& issues) {
  const ColumnMapping& c = m.columns[index];
  const std::string path = indexPath("columns", index);
  if (!m.headers.empty() && std::find(m.headers.begin(), m.headers.end(), c.column) == m.headers.end())
    issues.error(IssueCode::UnknownColumn, childPath(path, "column"), quotedText(c.column) + " is not one of the headers");
  if (!c.timeColumn.empty() && !m.headers.empty() &&
      std::find(m.headers.begin(), m.headers.end(), c.timeColumn) == m.headers.end())
    issues.error(IssueCode::UnknownColumn, childPath(path, "time_column"), quotedText(c.timeColumn) + " is not one of the headers");
  if (!c.valueTable.empty() && !findValueTable(c.valueTable))
    issues.error(IssueCode::BadValue, childPath(path, "value_table"), "no value table " + quotedText(c.valueTable));
  if (zones && !c.zone.empty() && !zones->resolve(c.zone))
    issues.error(IssueCode::UnknownZone, childPath(path, "zone"), "no time zone " + quotedText(c.zone));
  if (c.unitSeconds < 0 || c.unitSeconds > kMaxUnitSeconds)
    issues.error(IssueCode::BadValue, childPath(path, "unit_seconds"), "a unit is between 0.001 (milliseconds) and " +
                 formatNumber(kMaxUnitSeconds) + " seconds, got " + formatNumber(c.unitSeconds));
  if (c.field.empty()) return;
  const std::string fieldPath = childPath(path, "field");
  if (!m.kind) {
    issues.error(IssueCode::UnknownField, fieldPath, "the mapping has no record kind, so no column can feed a field");
    return;
  }
  if (isFilledByCareScore(c.field)) {
    issues.error(IssueCode::UnknownField, fieldPath, quotedText(c.field) + " is filled by CareScore itself");
    return;
  }
  const ResolvedField field = resolveField(*m.kind, c.field);
  if (!field.definition) {
    std::string message = quotedText(c.field) + " is not a canonical field of " + std::string(nameOf(*m.kind));
    const std::vector<std::string_view> keys = fieldKeysOf(*m.kind);
    if (const std::string_view near = closestMatch(c.field, keys); !near.empty()) message += "; did you mean " + std::string(near) + "?";
    issues.error(IssueCode::UnknownField, fieldPath, message);
    return;
  }
  byField[c.field].push_back(index);
  const FieldType type = field.definition->type;
  if (c.unitSeconds != 0 && type != FieldType::Seconds)
    issues.warning(IssueCode::BadValue, childPath(path, "unit_seconds"), "a unit only applies to durations; " + c.field + " is not one");
  if (c.offset != 0 && type != FieldType::Count)
    issues.error(IssueCode::BadValue, childPath(path, "offset"), "an offset only applies to counts; " + c.field + " is not one");
  if (c.merge == Merge::Sum && type != FieldType::Seconds && type != FieldType::Count)
    issues.error(IssueCode::BadValue, childPath(path, "merge"), "only durations and counts can be summed; " + c.field + " is neither");
  if (!c.timeColumn.empty() && type != FieldType::Timestamp)
    issues.error(IssueCode::BadValue, childPath(path, "time_column"), "a time of day only completes a date; " + c.field + " is not one");
  for (std::size_t v = 0; v < c.values.size(); ++v)
    checkValueWord(field, c.field, c.values[v], indexPath(childPath(path, "values"), v) + ".to", issues);
}

} // namespace

std::string writeMapping(const Mapping& m) {
  Ordered out{{"format", Mapping::kFormat}, {"version", Mapping::kVersion}, {"vendor", m.vendor}};
  if (!m.vendorName.empty()) out["vendor_name"] = m.vendorName;
  out["kind"] = m.kind ? Ordered(nameOf(*m.kind)) : Ordered(nullptr);
  out["confidence"] = std::round(m.confidence * 100) / 100;
  if (!m.note.empty()) out["note"] = m.note;
  out["header_signature"] = m.headerSignature;
  out["headers"] = m.headers;
  out["zone"] = m.zone;
  out["zone_source"] = nameOf(m.zoneSource);
  if (!m.zoneNote.empty()) out["zone_note"] = m.zoneNote;
  if (m.dateOrder != DateOrder::None) out["date_order"] = nameOf(m.dateOrder);
  out["source"] = m.source;
  if (!m.constants.empty()) out["constants"] = m.constants;
  Ordered columns = Ordered::array();
  for (const ColumnMapping& c : m.columns) columns.push_back(columnJson(c));
  out["columns"] = std::move(columns);
  return out.dump(2, ' ', false, Ordered::error_handler_t::replace) + "\n";
}

std::vector<ProfileIssue> validateMapping(const Mapping& m, const ZoneDatabase* zones) {
  IssueList issues;
  if (zones && !m.zone.empty() && !zones->resolve(m.zone))
    issues.error(IssueCode::UnknownZone, "zone", "no time zone " + quotedText(m.zone) + "; use an IANA name (Asia/Ho_Chi_Minh) or an offset (UTC+07:00)");
  std::map<std::string, std::size_t> seen;
  std::map<std::string, std::vector<std::size_t>> byField;
  for (std::size_t i = 0; i < m.columns.size(); ++i) {
    if (auto [it, fresh] = seen.emplace(m.columns[i].column, i); !fresh)
      issues.error(IssueCode::DuplicateId, indexPath("columns", i) + ".column",
                   quotedText(m.columns[i].column) + " is mapped twice (also " + indexPath("columns", it->second) + ")");
    checkColumn(m, i, byField, zones, issues);
  }
  for (const auto& [field, indices] : byField) {
    std::size_t primaries = 0;
    for (std::size_t i : indices) primaries += m.columns[i].merge == Merge::None ? 1 : 0;
    if (primaries > 1) {
      std::vector<std::string> names;
      for (std::size_t i : indices)
        if (m.columns[i].merge == Merge::None) names.push_back(quotedText(m.columns[i].column));
      std::string list;
      for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
      issues.error(IssueCode::FieldTwice, indexPath("columns", indices[1]) + ".field",
                   field + " is fed by " + list + "; keep one, or mark the others \"merge\": \"fallback\" or \"sum\"");
    } else if (primaries == 0) {
      issues.error(IssueCode::FieldTwice, indexPath("columns", indices[0]) + ".merge",
                   field + " has only fallback or summed columns; one column must feed it without \"merge\"");
    }
  }
  if (m.kind)
    for (const auto& [key, value] : m.constants) {
      const ResolvedField field = resolveField(*m.kind, key);
      if (!field.definition || isFilledByCareScore(key))
        issues.error(IssueCode::UnknownField, childPath("constants", key), quotedText(key) + " is not a field a constant can fill");
      else if (byField.count(key))
        issues.warning(IssueCode::FieldTwice, childPath("constants", key), "a column feeds " + key + " too; the constant fills its missing cells");
      else if (field.definition->type != FieldType::Category && field.definition->type != FieldType::Text)
        issues.error(IssueCode::BadValue, childPath("constants", key), "constants fill text fields only (channel, team, …)");
      (void)value;
    }
  return issues.take();
}

MappingParse parseMapping(std::string_view jsonText, const ZoneDatabase* zones) {
  MappingParse result;
  IssueList issues;
  JsonLimits limits;
  limits.documentName = "mapping";
  limits.usualDepth = 5;
  const JsonDocument document = parseJsonDocument(jsonText, issues, limits);
  if (!document.parsed || !readHeader(document.value, issues)) {
    result.issues = issues.take();
    return result;
  }
  Mapping mapping = readMapping(document.value, issues);
  const bool readErrors = std::any_of(issues.items().begin(), issues.items().end(),
                                      [](const ProfileIssue& i) { return i.severity == IssueSeverity::Error; });
  if (!readErrors)
    for (ProfileIssue& issue : validateMapping(mapping, zones)) issues.add(std::move(issue));
  result.issues = issues.take();
  if (!hasErrors(result.issues)) result.mapping = std::move(mapping);
  return result;
}

} // namespace carescore
