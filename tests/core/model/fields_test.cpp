#include <doctest/doctest.h>

#include "test_support.h"

#include <set>
#include <string>

#include "core/model/fields.h"

using namespace carescore;

TEST_SUITE("core/model") {

TEST_CASE("every record kind has its fields, keys unique within a kind") {
  for (RecordKind kind : kRecordKinds) {
    CAPTURE(nameOf(kind));
    CHECK(recordKindFromName(nameOf(kind)) == kind);
    std::set<std::string_view> keys;
    for (const FieldDefinition& field : fieldsOf(kind)) {
      CHECK(field.kind == kind);
      CHECK(keys.insert(field.key).second);
      CHECK(findField(kind, field.key) == &field);
    }
    CHECK(keys.size() >= 4);
  }
  std::size_t total = 0;
  for (RecordKind kind : kRecordKinds) total += fieldsOf(kind).size();
  CHECK(total == fieldCatalogue().size());  // grouped by kind, nothing outside a group
}

TEST_CASE("canonical fields of SPEC §2 are present with the right types") {
  CHECK(findField(RecordKind::Contact, "created_at")->type == FieldType::Timestamp);
  CHECK(findField(RecordKind::Contact, "wait_seconds")->type == FieldType::Seconds);
  CHECK(findField(RecordKind::Contact, "abandoned")->type == FieldType::Flag);
  CHECK(findField(RecordKind::Survey, "nps")->type == FieldType::Score);
  CHECK(findField(RecordKind::Order, "delivered_at")->type == FieldType::Timestamp);
  CHECK(findField(RecordKind::Customer, "churned")->type == FieldType::Flag);
  CHECK(findField(RecordKind::AgentTime, "available_seconds")->type == FieldType::Seconds);
  CHECK(findField(RecordKind::Contact, "nps") == nullptr);
  CHECK(columnTypeOf(FieldType::Seconds) == ValueType::Duration);
  CHECK_FALSE(recordKindFromName("ticket").has_value());
}

}
