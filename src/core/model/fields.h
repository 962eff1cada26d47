// The canonical record kinds and their fields (SPEC §2), as data. Mapping (mapping/) turns a read
// table into canonical tables whose columns are named by these keys and typed as listed here;
// metrics ask for fields by key, and name the missing one when a file lacks it.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "core/table/column.h"

namespace carescore {

enum class RecordKind : std::uint8_t { Contact, Survey, Order, Customer, AgentTime };
inline constexpr RecordKind kRecordKinds[] = {RecordKind::Contact, RecordKind::Survey, RecordKind::Order,
                                              RecordKind::Customer, RecordKind::AgentTime};

std::string_view nameOf(RecordKind kind);  // "contact", "survey", "order", "customer", "agent_time"
std::optional<RecordKind> recordKindFromName(std::string_view text);

// What a canonical field holds, and so the type of its column in a canonical table.
enum class FieldType : std::uint8_t {
  Id,         // Text: identifiers, matched exactly
  Category,   // Category: channel, agent, status, …
  Text,       // Text: free text (topic, comment)
  Timestamp,  // Timestamp, always UTC (wall-clock times are resolved with the file's zone)
  Seconds,    // Duration in seconds
  Count,      // Integer: replies, transfers, items
  Score,      // Decimal: survey answers on their own scale
  Flag,       // Boolean
};

ValueType columnTypeOf(FieldType type);

struct FieldDefinition {
  RecordKind kind;
  std::string_view key;          // canonical name, e.g. "created_at"
  FieldType type;
  std::string_view description;  // one line, English; the app translates by key
};

std::span<const FieldDefinition> fieldCatalogue();
std::span<const FieldDefinition> fieldsOf(RecordKind kind);
const FieldDefinition* findField(RecordKind kind, std::string_view key);

} // namespace carescore
