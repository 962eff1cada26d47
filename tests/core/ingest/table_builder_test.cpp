#include <doctest/doctest.h>

#include "test_support.h"

#include <string>
#include <vector>

#include "core/ingest/table_builder.h"
#include "ingest_test_support.h"

using namespace carescore;
using namespace carescore::testing;

TEST_SUITE("core/ingest") {

TEST_CASE("table builder: rows of text become columns, short rows are missing at the end") {
  TableBuilder builder;
  builder.addColumn("id");
  builder.addColumn("agent");
  const std::string_view r1[] = {"1", "Ann"};
  const std::string_view r2[] = {"2"};
  builder.appendRow(r1);
  builder.appendRow(r2);
  const Table table = builder.finish();
  REQUIRE(table.columns.size() == 2);
  CHECK(table.rowCount() == 2);
  CHECK(columnText(table.columns[1]) == std::vector<std::string>{"Ann", ""});
  CHECK_FALSE(table.columns[1].hasValue(1));
}

TEST_CASE("table builder: a column added late is missing in the rows before it") {
  TableBuildOptions options;
  options.sampleRows = 2;
  options.sampleMinValues = 1;
  TableBuilder builder(options);
  builder.addColumn("a");
  for (int i = 0; i < 5; ++i) {
    const std::string value = std::to_string(i);
    const std::string_view row[] = {value};
    builder.appendRow(row);
  }
  CHECK(builder.addColumn("b") == 1);
  const std::string_view row[] = {"5", "late"};
  builder.appendRow(row);
  const Table table = builder.finish();
  CHECK(table.rowCount() == 6);
  CHECK(columnText(table.columns[1]) == std::vector<std::string>{"", "", "", "", "", "late"});
  CHECK(table.columns[1].valueCount() == 1);
}

TEST_CASE("table builder: a sparse column keeps sampling until it has values; nothing is lost") {
  TableBuildOptions options;
  options.sampleRows = 10;
  options.sampleMinValues = 3;
  options.sampleMaxRows = 1000;
  TableBuilder builder(options);
  builder.addColumn("rare");
  for (int i = 0; i < 500; ++i) {
    std::string value;
    if (i % 100 == 99) value = std::to_string(i).insert(0, 1, 'x');
    const std::string_view row[] = {value};
    builder.appendRow(row);
  }
  const Table table = builder.finish();
  CHECK(table.columns[0].type != ValueType::Empty);
  CHECK(table.columns[0].valueCount() == 5);
  CHECK(columnText(table.columns[0])[499] == "x499");
}

TEST_CASE("table builder: free text whose sample was all distinct gives back the room reserved for it") {
  TableBuildOptions options;
  options.sampleRows = 10;
  options.sampleMinValues = 1;
  TableBuilder builder(options);
  builder.addColumn("comment");  // a free-text header: never a category, however the values repeat
  const auto subject = [](int i) { return "subject " + std::to_string(i % 10); };
  for (int i = 0; i < 10; ++i) {
    const std::string value = subject(i);
    const std::string_view row[] = {value};
    builder.appendRow(row);
  }
  // A sample of 10 distinct values among 10 rows predicts 1,000 distinct ones in 1,000 rows…
  builder.expectRows(1000);
  for (int i = 10; i < 1000; ++i) {  // … but the file repeats them
    const std::string value = subject(i);
    const std::string_view row[] = {value};
    builder.appendRow(row);
  }
  const Table table = builder.finish();
  const Column& column = table.columns[0];
  REQUIRE(column.type == ValueType::Text);  // free text: only its dictionary is reserved by the sample's share
  CHECK(column.dictionary.size() == 10);
  CHECK(column.dictionary.at(7) == "subject 7");
  // 10 entries of 8 bytes and one block of 90 bytes (rounded up by the library) with its string
  // header, not the 1,000 entries (8,000 bytes) reserved.
  CHECK(column.dictionary.memoryBytes() < 10 * 8 + 90 + 64 + 32);
  CHECK_FALSE(column.dictionary.hasIndex());
}

TEST_CASE("table builder: a table without columns still counts its rows") {
  TableBuilder builder;
  builder.appendRow({});
  builder.appendRow({});
  CHECK(builder.finish().rowCount() == 2);
}

}
