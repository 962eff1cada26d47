#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/ingest/file_reader.h"
#include "core/mapping/dataset_builder.h"
#include "core/scorecard/demo_data.h"
#include "tools/demo_shop.h"

using namespace carescore;
using namespace carescore::testing;

TEST_SUITE("core/scorecard") {

TEST_CASE("demo data: the committed files are what carescore-gen --kind demo writes, and small") {
  const std::vector<tools::DemoFile> generated = tools::demoShopFiles();
  const std::vector<EmbeddedDemoFile> embedded = embeddedDemoFiles();
  REQUIRE(generated.size() == embedded.size());
  std::size_t total = 0;
  for (const tools::DemoFile& file : generated) {
    CAPTURE(file.name);
    const auto it = std::find_if(embedded.begin(), embedded.end(), [&](const EmbeddedDemoFile& e) { return e.name == file.name; });
    REQUIRE(it != embedded.end());
    const std::string committed(reinterpret_cast<const char*>(it->bytes.data()), it->bytes.size());
    CHECK_MESSAGE(committed == file.content, "regenerate: carescore-gen --kind demo --output assets/demo");
    total += file.content.size();
  }
  CHECK(total < 600 * 1024);  // shipped in the web build
}

TEST_CASE("demo data: the mapping recognizes every demo file without a manual mapping") {
  DatasetBuilder builder({.defaultZone = "UTC+07:00"});
  for (const EmbeddedDemoFile& file : embeddedDemoFiles()) {
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
