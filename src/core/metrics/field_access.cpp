// Field lookups with the type the canonical field catalogue gives each field.
#include "core/metrics/field_access.h"

#include <algorithm>

namespace carescore {

namespace {

bool typeFits(FieldType field, ValueType column) {
  switch (field) {
    case FieldType::Id:
    case FieldType::Category:
    case FieldType::Text: return column == ValueType::Category || column == ValueType::Text;
    case FieldType::Timestamp: return column == ValueType::Timestamp;
    case FieldType::Seconds:
    case FieldType::Count:
    case FieldType::Score:
    case FieldType::Flag:
      return column == ValueType::Integer || column == ValueType::Decimal || column == ValueType::Boolean ||
             column == ValueType::Duration;
  }
  return false;
}

} // namespace

const Column* usableField(const Dataset& data, RecordKind kind, std::string_view key) {
  const FieldDefinition* definition = findField(kind, key);
  const Column* column = data.field(kind, key);
  if (!definition || !column || !typeFits(definition->type, column->type)) return nullptr;
  const auto& words = column->valid.words();
  const bool any = std::any_of(words.begin(), words.end(), [](std::uint64_t w) { return w != 0; });
  return any ? column : nullptr;
}

bool hasField(const Dataset& data, RecordKind kind, std::string_view key) { return usableField(data, kind, key) != nullptr; }

NumberField numberField(const Dataset& data, RecordKind kind, std::string_view key) { return {usableField(data, kind, key)}; }
TimeField timeField(const Dataset& data, RecordKind kind, std::string_view key) { return {usableField(data, kind, key)}; }
CodeField codeField(const Dataset& data, RecordKind kind, std::string_view key) { return {usableField(data, kind, key)}; }

std::optional<std::int64_t> latestInstant(const Dataset& data, RecordKind kind) {
  std::optional<std::int64_t> latest;
  for (const FieldDefinition& field : fieldsOf(kind)) {
    // Promises and due dates lie ahead of the data: they do not say how far the export reaches.
    if (field.type != FieldType::Timestamp || field.key == "promised_at") continue;
    const Column* column = usableField(data, kind, field.key);
    if (!column) continue;
    for (std::size_t row = 0; row < column->size(); ++row)
      if (column->valid.test(row) && (!latest || column->epochMs[row] > *latest)) latest = column->epochMs[row];
  }
  return latest;
}

} // namespace carescore
