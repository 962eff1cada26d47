#include <doctest/doctest.h>

#include <string>

#include "ingest_test_support.h"

using namespace carescore;
using namespace carescore::testing;
using Rows = std::vector<std::vector<std::string>>;
using Names = std::vector<std::string>;

TEST_SUITE("core/ingest") {

TEST_CASE("json reader: an array of objects; keys in order of first sight; missing keys missing") {
  const ReadResult r = readText(R"([{"id": 1, "status": "open"}, {"id": 2, "agent": "Ann"}, {"status": "solved", "id": 3}])");
  CHECK(r.ok());
  CHECK(r.format == FileFormat::Json);
  CHECK(r.recordPath == "$");
  CHECK(columnNames(r.table) == Names{"id", "status", "agent"});
  CHECK(rowsOf(r.table) == Rows{{"1", "open", ""}, {"2", "", "Ann"}, {"3", "solved", ""}});
  CHECK_FALSE(r.table.columns[2].hasValue(0));
}

TEST_CASE("json reader: nested objects flatten to dotted names, arrays of scalars join (C12)") {
  const ReadResult r = readText(
      R"([{"id": 1, "via": {"channel": "web", "source": {"from": {"name": "Ann"}}}, "tags": ["vip", "late"],
          "custom_fields": [{"id": 7, "value": "x"}, {"id": 8, "value": null}], "empty": [], "none": {}}])");
  CHECK(columnNames(r.table) ==
        Names{"id", "via.channel", "via.source.from.name", "tags", "custom_fields.0.id", "custom_fields.0.value",
              "custom_fields.1.id", "custom_fields.1.value"});
  CHECK(rowsOf(r.table) == Rows{{"1", "web", "Ann", "vip, late", "7", "x", "8", ""}});
}

TEST_CASE("json reader: an object wrapping the records; paging keys are not a record (C11)") {
  const ReadResult r = readText(R"({"count": 2, "tickets": [{"id": 1}, {"id": 2}], "next_page": "https://x/api?page=2"})");
  CHECK(r.ok());
  CHECK(r.recordPath == "$.tickets");
  CHECK(columnNames(r.table) == Names{"id"});
  CHECK(rowsOf(r.table) == Rows{{"1"}, {"2"}});
  CHECK(r.diagnostics.count(DiagnosticCode::JsonIgnoredKey) == 2);  // count, next_page
  // {"data": …} with metadata before it; a key never seen before but alone in its object.
  CHECK(readText(R"({"meta": {"page": 1}, "data": [{"a": 1}]})").recordPath == "$.data");
  CHECK(readText(R"({"whatever": [{"a": 1}, {"a": 2}]})").table.rowCount() == 2);
}

TEST_CASE("json reader: a single object that holds an array is one record, not a wrapper") {
  // Like zenpy's chat.json: fields first, then an array of messages.
  const ReadResult r = readText(R"({"comment": "Hell yea!", "rating": null, "history": [{"msg": "hi"}, {"msg": "bye"}]})");
  CHECK(r.recordPath == "$");
  CHECK(r.table.rowCount() == 1);
  CHECK(columnNames(r.table) == Names{"comment", "rating", "history.0.msg", "history.1.msg"});
  CHECK(readText(R"({"data": [1, 2, 3]})").table.rowCount() == 1);  // scalars: joined, one record
}

TEST_CASE("json reader: NDJSON, one record per line, a broken line skipped and counted (C11)") {
  std::string text;
  for (int i = 1; i <= 6000; ++i) text += i == 5000 ? "{\"id\": 5000, \"x\": \n" : "{\"id\": " + std::to_string(i) + "}\n";
  const ReadResult r = readText(text, {.fileName = "export.json"});
  CHECK(r.format == FileFormat::Ndjson);
  CHECK(r.recordPath == "lines");
  CHECK(r.table.rowCount() == 5999);
  CHECK(r.rowsSkipped == 1);
  const Diagnostic* d = findDiagnostic(r.diagnostics, DiagnosticCode::JsonSyntax);
  REQUIRE(d != nullptr);
  CHECK(d->where.line == 5000);
  CHECK(d->where.record == 5000);
  CHECK(readText("{\"a\":1}\n{\"a\":2}\n", {.fileName = "x.jsonl"}).format == FileFormat::Ndjson);
}

TEST_CASE("json reader: a cut document reports where, and its records are not used by default (C10)") {
  const std::string text = R"([{"id": 1}, {"id": 2}, {"id": 3, "subj)";
  ReadResult r = readText(text);
  CHECK_FALSE(r.ok());
  CHECK(r.table.rowCount() == 0);
  CHECK(r.rowsSkipped == 2);
  const Diagnostic* d = findDiagnostic(r.diagnostics, DiagnosticCode::JsonSyntax);
  REQUIRE(d != nullptr);
  CHECK(d->where.line == 1);
  CHECK(d->where.record == 3);
  r = readText(text, {.keepPartialJson = true});
  CHECK(rowsOf(r.table) == Rows{{"1"}, {"2"}});
}

TEST_CASE("json reader: duplicate keys keep the last value and are warned (C5)") {
  const ReadResult r = readText(R"([{"status": "open", "status": "solved"}])");
  CHECK(rowsOf(r.table) == Rows{{"solved"}});
  const Diagnostic* d = findDiagnostic(r.diagnostics, DiagnosticCode::DuplicateKey);
  REQUIRE(d != nullptr);
  CHECK(d->where.record == 1);
  CHECK(d->message == "key 'status' repeated in one record; the last value is kept");
}

TEST_CASE("json reader: big ids are kept exactly as written (C4)") {
  const ReadResult r = readText(R"([{"id": 12345678901234567890}, {"id": 9007199254740993}, {"id": 1e400}])");
  CHECK(rowsOf(r.table) == Rows{{"12345678901234567890"}, {"9007199254740993"}, {"1e400"}});
}

TEST_CASE("json reader: scalars and arrays as records become a 'value' column") {
  CHECK(rowsOf(readText("[1, \"two\", [3, 4]]").table) == Rows{{"1"}, {"two"}, {"3, 4"}});
  CHECK(columnNames(readText("\"lonely\"", {.fileName = "x.json"}).table) == Names{"value"});
}

TEST_CASE("json reader: the Zendesk sample export, keys missing in some tickets (data README §2.4)") {
  const ReadResult r = readShared("data/karimatthews__zendesk-coding-challenge-2018/data__tickets.json");
  CHECK(r.table.rowCount() == 200);
  const Column* description = r.table.find("description");
  REQUIRE(description != nullptr);
  CHECK(description->valueCount() == 199);  // one ticket has no description
  CHECK(r.table.find("due_at")->valueCount() == 195);
  CHECK(r.table.find("tags") != nullptr);
  CHECK(r.table.find("via")->text(0) == "web");
  // zenpy's chat is one object with nested objects flattened.
  const ReadResult chat = readShared("data/facetoe__zenpy/specification__chat__chat.json");
  CHECK(chat.table.rowCount() == 1);
  CHECK(chat.table.find("visitor.name") != nullptr);
  CHECK(chat.table.find("response_time.first") != nullptr);
}

TEST_CASE("json reader: JSON is read as Unicode; a stray Latin-1 byte in a string is replaced and reported (C6)") {
  const ReadResult r = readText("[{\"name\": \"caf\xE9\"}]");
  CHECK(r.encoding.used == Encoding::Utf8);
  CHECK(r.ok());
  CHECK(rowsOf(r.table) == Rows{{"caf\uFFFD"}});
  CHECK(r.diagnostics.count(DiagnosticCode::InvalidEncoding) == 1);
}

TEST_CASE("json reader: every chunk size from 1 byte gives the same table") {
  const std::string text = "\xEF\xBB\xBF" R"({"next_page": null, "tickets": [{"id": 1, "s": "Nguyễn", "t": ["a","b"]}, {"id": 2, "via": {"c": "web"}}]})";
  const ReadResult whole = readText(text);
  for (std::size_t chunk = 1; chunk < text.size(); ++chunk) {
    CAPTURE(chunk);
    checkSameTable(readText(text, {}, chunk).table, whole.table);
  }
}

}
