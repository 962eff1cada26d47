// The mapping as a JSON document: written, read back equal, applied to the next month's export
// with the same header signature, and invalid documents rejected with path messages.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "core/mapping/mapping_document.h"
#include "core/mapping/mapping_test_support.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

std::string firstError(const MappingParse& parsed) {
  for (const ProfileIssue& issue : parsed.issues)
    if (issue.severity == IssueSeverity::Error) return issue.text();
  return {};
}

// A small valid mapping document, with one piece replaced.
std::string documentWith(std::string_view columns, std::string_view extra = {}) {
  return std::string(R"({"format": "carescore-mapping", "version": 1, "vendor": "generic", "kind": "contact",)") +
         std::string(extra) + R"("headers": ["Ticket", "Opened", "Wait", "Result"], "columns": [)" + std::string(columns) + "]}";
}

} // namespace

TEST_SUITE("core/mapping") {

TEST_CASE("every fixture's mapping survives a write and a read unchanged") {
  for (const char* name : {"zendesk_tickets.csv", "aircall_calls.csv", "intercom_conversations.csv", "talkdesk_calls.csv",
                           "qualtrics_responses.csv", "vi_contacts_cp1258.csv", "ru_contacts_cp1251.csv"}) {
    CAPTURE(name);
    const MappedFixture file = mapFixture(name);
    const std::string text = writeMapping(file.mapping);
    const MappingParse parsed = parseMapping(text, &zoneDatabase());
    CHECK(firstError(parsed).empty());
    REQUIRE(parsed.mapping.has_value());
    Mapping expected = file.mapping;
    // Confidences are written to two decimals.
    expected.confidence = std::round(expected.confidence * 100) / 100;
    for (ColumnMapping& c : expected.columns) c.confidence = std::round(c.confidence * 100) / 100;
    CHECK(*parsed.mapping == expected);
    CHECK(writeMapping(*parsed.mapping) == text);
  }
}

TEST_CASE("the document holds vendor, kind, header signature, units, value maps and zone") {
  const MappedFixture file = mapFixture("zendesk_tickets.csv");
  const std::string text = writeMapping(file.mapping);
  CHECK(text.find(R"("format": "carescore-mapping")") != std::string::npos);
  CHECK(text.find(R"("vendor": "zendesk_csv")") != std::string::npos);
  CHECK(text.find(R"("kind": "contact")") != std::string::npos);
  CHECK(text.find(R"("header_signature": ")" + file.mapping.headerSignature) != std::string::npos);
  CHECK(text.find(R"("unit_seconds": 60)") != std::string::npos);
  CHECK(text.find(R"("value": "Good")") != std::string::npos);
  CHECK(text.find(R"("zone_source": "assumed")") != std::string::npos);
}

TEST_CASE("a saved mapping applies to next month's export with the same headers") {
  MappedFixture march = mapFixture("talkdesk_calls.csv");
  march.mapping.zone = "America/Los_Angeles";
  march.mapping.zoneSource = ZoneSource::User;
  march.mapping.find("Disposition")->field = "topic";  // the user's own choice
  const MappingParse saved = parseMapping(writeMapping(march.mapping), &zoneDatabase());
  REQUIRE(saved.mapping.has_value());

  const ReadResult april = readText("Interaction ID,Call Type,Start Time,End Time,Talk Time,Hold Time,After Call Work Time,Wait Time,"
                                    "Agent Name,Ring Groups,Customer Phone Number,Talkdesk Phone Number,Disposition,Rating\n"
                                    "TD-9,inbound,2024-04-01 09:00:00,2024-04-01 09:02:00,00:01:30,00:00:00,00:00:10,00:00:05,"
                                    "Iris Chen,support,+14155550009,+14155559999,Refund,4\n");
  std::vector<std::string> headers;
  for (const Column& c : april.table.columns) headers.push_back(c.name);
  CHECK(headerSignature(headers) == saved.mapping->headerSignature);
  const MappedRows rows = applyMapping(april.table, *saved.mapping, {.zones = &zoneDatabase(), .defaultZone = "UTC"});
  CHECK(rows.ok());
  const Table& contacts = rows.records.of(RecordKind::Contact);
  CHECK(contacts.find("topic")->text(0) == "Refund");
  CHECK(contacts.find("handle_seconds")->numbers[0] == 100);  // 90 + 0 + 10
  // 09:00 in Los Angeles (PDT, UTC−7 on 1 April) = 16:00 UTC.
  CHECK(contacts.find("created_at")->epochMs[0] == at(2024, 4, 1, 16));
}

TEST_CASE("a column the next file lacks is reported, the rest still maps") {
  const MappedFixture march = mapFixture("ru_contacts_utf8.csv");
  const ReadResult april = readText("№ заявки;Дата создания;Канал;Оператор;Статус\n2001;01.04.2024 10:00:00;Чат;Оператор 2;Закрыта\n");
  const MappedRows rows = applyMapping(april.table, march.mapping, {.zones = &zoneDatabase(), .defaultZone = "Europe/Moscow"});
  CHECK(issueCount(rows, ApplyCode::MissingColumn) == 3);  // wait, talk, rating
  CHECK(rows.rowsMapped == 1);
  CHECK(rows.records.of(RecordKind::Contact).find("channel")->text(0) == "chat");
}

TEST_CASE("invalid mappings get clear messages with their path") {
  struct Case {
    std::string text;
    std::string expected;
  };
  const Case cases[] = {
      {"[]", "not a mapping"},
      {R"({"format": "carescore-profile", "version": 1})", "this is a standards profile"},
      {R"({"format": "carescore-mapping", "version": 2})", "version 2"},
      {documentWith(R"({"column": "Wait", "field": "wait_second"})"), "columns[0].field: \"wait_second\" is not a canonical field of contact; did you mean wait_seconds?"},
      {documentWith(R"({"column": "Queue", "field": "team"})"), "columns[0].column: \"Queue\" is not one of the headers"},
      {documentWith(R"({"column": "Wait", "field": "wait_seconds"}, {"column": "Opened", "field": "wait_seconds"})"), "wait_seconds is fed by"},
      {documentWith(R"({"column": "Result", "field": "outcome", "values": [{"value": "HANG", "to": "abandonned"}]})"), "did you mean abandoned?"},
      {documentWith(R"({"column": "Result", "field": "survey.csat", "values": [{"value": "Good", "to": "7"}]})"), "outside the scale 1–5"},
      {documentWith(R"({"column": "Wait", "field": "wait_seconds", "unit_seconds": -1})"), "columns[0].unit_seconds"},
      {documentWith(R"({"column": "Ticket", "field": "id", "offset": 1})"), "an offset only applies to counts"},
      {documentWith(R"({"column": "Wait", "field": "source_row"})"), "filled by CareScore itself"},
      {documentWith(R"({"column": "Wait", "field": "wait_seconds", "colour": "red"})"), "colour"},
      {documentWith("", R"("zone": "Asia/Hanoi_City",)"), "no time zone \"Asia/Hanoi_City\""},
      {documentWith("", R"("kind": "tickets",)"), "kind"},
      {documentWith("", R"("date_order": "dd/mm",)"), "expected \"dmy\", \"mdy\" or \"ymd\""},
      {"{\"format\": \"carescore-mapping\", \"version\": 1, \"columns\": [", "not valid JSON"},
      {std::string("{\"format\": \"carescore-mapping\"\0}", 33), "NUL"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const MappingParse parsed = parseMapping(c.text, &zoneDatabase());
    CHECK_FALSE(parsed.mapping.has_value());
    const std::string message = firstError(parsed);
    CAPTURE(message);
    bool found = false;
    for (const ProfileIssue& issue : parsed.issues) found = found || issue.text().find(c.expected) != std::string::npos;
    CHECK(found);
  }
}

TEST_CASE("a valid hand-written mapping reads, with defaults for what it leaves out") {
  const MappingParse parsed = parseMapping(documentWith(R"({"column": "Ticket", "field": "id"},
      {"column": "Opened", "field": "created_at"}, {"column": "Wait", "field": "wait_seconds", "unit_seconds": 60},
      {"column": "Result", "field": "outcome", "values": [{"value": "HANG", "to": "abandoned"}, {"value": "AGENT", "to": "answered"}]})",
                                                             R"("zone": "UTC+07:00", "constants": {"channel": "phone"},)"),
                                                &zoneDatabase());
  CHECK(firstError(parsed).empty());
  REQUIRE(parsed.mapping.has_value());
  const Mapping& m = *parsed.mapping;
  CHECK(m.kind == RecordKind::Contact);
  CHECK(m.zone == "UTC+07:00");
  CHECK(m.constants.at("channel") == "phone");
  CHECK(m.find("Wait")->unitSeconds == 60);

  const ReadResult file = readText("Ticket,Opened,Wait,Result\n7,2024-03-04 09:00,2,HANG\n8,2024-03-04 09:05,1,AGENT\n");
  const MappedRows rows = applyMapping(file.table, m, {.zones = &zoneDatabase()});
  const Table& contacts = rows.records.of(RecordKind::Contact);
  CHECK(contacts.find("wait_seconds")->numbers[0] == 120);                // 2 minutes
  CHECK(contacts.find("created_at")->epochMs[0] == at(2024, 3, 4, 2, 0));  // 09:00 at UTC+7
  CHECK(contacts.find("outcome")->text(0) == "abandoned");
  CHECK(contacts.find("channel")->text(1) == "phone");
}

} // TEST_SUITE
