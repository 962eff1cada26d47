#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/ingest/file_reader.h"
#include "core/mapping/dataset_builder.h"
#include "core/scorecard/demo_data.h"
#include "core/demo/demo_shop.h"
#include "test_support.h"

using namespace carescore;
using namespace carescore::testing;

TEST_SUITE("core/scorecard") {

TEST_CASE("demo data: the committed files (assets/demo/) are what the page writes at start") {
  // The same bytes natively and in WebAssembly, so what a user drops from assets/demo/ reads as the
  // page's own demo. Regenerate them with: carescore-gen --kind demo --output assets/demo
  const std::vector<DemoFile> generated = demoShopFiles();
  REQUIRE(generated.size() == 6);
  for (const DemoFile& file : generated) {
    CAPTURE(file.name);
    const std::vector<std::uint8_t> committed = readFile(std::string(CARESCORE_SOURCE_DIR) + "/assets/demo/" + file.name);
    CHECK_MESSAGE(std::string(committed.begin(), committed.end()) == file.content,
                  "regenerate: carescore-gen --kind demo --output assets/demo");
  }
}

TEST_CASE("demo data: the mapping recognizes every demo file without a manual mapping") {
  DatasetBuilder builder({.defaultZone = "UTC+07:00"});
  for (const DemoFileBytes& file : demoFileBytes()) {
    FileReader reader(ReadOptions{.fileName = std::string(file.name)});
    reader.feed(file.bytes);
    const ReadResult result = reader.finish();
    CAPTURE(file.name);
    CHECK(result.ok());
    CHECK(result.rowsSkipped == 0);
    const std::size_t index = builder.addFile(std::string(file.name), result);
    const MappedFile& mapped = builder.file(index);
    REQUIRE(mapped.mapping.kind.has_value());
    CHECK(mapped.rows.rowsMapped == result.rowsRead);
    CHECK(!mapped.duplicateOf);
  }
  const auto kindOf = [&](std::size_t i) { return *builder.file(i).mapping.kind; };
  CHECK(kindOf(0) == RecordKind::Contact);   // calls
  CHECK(kindOf(1) == RecordKind::Contact);   // chats
  CHECK(kindOf(2) == RecordKind::Contact);   // tickets
  CHECK(kindOf(3) == RecordKind::Order);
  CHECK(kindOf(4) == RecordKind::Survey);
  CHECK(kindOf(5) == RecordKind::Customer);
  const Dataset& data = builder.dataset();
  // The fields the story needs, each from the export that has it.
  for (const char* field : {"wait_seconds", "outcome", "first_response_at", "resolved_at", "handle_seconds", "agent",
                            "channel", "customer_id", "reopens", "agent_replies", "topic"}) {
    CHECK_MESSAGE(data.field(RecordKind::Contact, field), field);
  }
  for (const char* field : {"csat", "nps", "ces", "customer_id", "comment"}) CHECK_MESSAGE(data.field(RecordKind::Survey, field), field);
  for (const char* field : {"ordered_at", "delivered_at", "items_ordered", "items_delivered", "customer_id"}) {
    CHECK_MESSAGE(data.field(RecordKind::Order, field), field);
  }
  for (const char* field : {"segment", "orders", "referrals"}) CHECK_MESSAGE(data.field(RecordKind::Customer, field), field);
}

}
