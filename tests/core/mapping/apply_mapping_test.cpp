// Applying mappings: vendor durations in their units with the definition kept, labelled scales and
// call outcomes through their value maps, time zones from the header, the vendor or the user
// (DST gaps and overlaps counted), summed and fallback columns, date-order overrides. Exact values
// on the fixtures, the arithmetic in comments.
#include <doctest/doctest.h>

#include "core/mapping/mapping_test_support.h"

using namespace carescore;
using namespace carescore::testing;

TEST_SUITE("core/mapping") {

TEST_CASE("Zendesk CSV: minutes become seconds, calendar and business kept apart, Good/Bad scored, zone from the user") {
  const MappedFixture file = mapFixture("zendesk_tickets.csv");
  CHECK(file.mapping.zoneSource == ZoneSource::Assumed);  // Zendesk writes the account's zone: the user chooses
  const ColumnMapping* reply = file.mapping.find("First reply time in minutes");
  REQUIRE(reply != nullptr);
  CHECK(reply->unitSeconds == 60);
  CHECK(reply->definition.find("calendar") != std::string::npos);
  const MappedRows rows = file.apply("Asia/Ho_Chi_Minh");
  CHECK(rows.ok());
  const Table& contacts = rows.records.of(RecordKind::Contact);
  const Column& calendar = *contacts.find("first_response_seconds");
  const Column& business = *contacts.find("first_response_business_seconds");
  CHECK(calendar.numbers[0] == 2700);   // 45 min × 60
  CHECK(calendar.numbers[1] == 33900);  // 565 min, overnight
  CHECK(business.numbers[1] == 1200);   // 20 business minutes
  CHECK_FALSE(calendar.hasValue(2));    // the open ticket: empty, not zero
  CHECK(contacts.find("transfers")->numbers[1] == 2);  // 3 assignee stations − 1
  CHECK(contacts.find("channel")->text(0) == "web");   // "Web Form"
  CHECK(contacts.find("channel")->text(3) == "phone"); // "Voice"
  // 2024-03-04 09:15 in Ho Chi Minh City (UTC+7) = 02:15 UTC.
  CHECK(contacts.find("created_at")->epochMs[0] == at(2024, 3, 4, 2, 15));
  CHECK(rows.zoneUsed == "Asia/Ho_Chi_Minh");
  // Satisfaction: Good → 5, Bad → 1; Offered / Not Offered are no answer, so two responses.
  const Table& surveys = rows.records.of(RecordKind::Survey);
  REQUIRE(rows.surveyRows == 2);
  CHECK(surveys.find("csat")->numbers[0] == 5);
  CHECK(surveys.find("csat")->numbers[1] == 1);
  CHECK(surveys.find("contact_id")->text(1) == "1002");  // the response is about its ticket
  CHECK(surveys.find("agent")->text(0) == "Trần Thị Bình");
}

TEST_CASE("Help Scout and Zoho labelled ratings map 5 / 3 / 1, and the map is in the document") {
  const MappedFixture helpScout = mapFixture("help_scout_conversations.csv");
  const ColumnMapping* rating = helpScout.mapping.find("Rating");
  REQUIRE(rating != nullptr);
  CHECK(rating->valueTable == "good_okay_bad");
  CHECK(rating->values == std::vector<ValueMapping>{{"Great", "5"}, {"Not Good", "1"}, {"Okay", "3"}});
  const MappedRows rows = helpScout.apply();
  const Column& csat = fieldColumn(rows, RecordKind::Survey, "csat");
  CHECK(csat.numbers[0] == 5);
  CHECK(csat.numbers[1] == 1);
  CHECK(csat.numbers[2] == 3);
  const MappedRows zoho = mapFixture("zoho_desk_tickets.csv").apply();
  CHECK(zoho.surveyRows == 3);
  CHECK(fieldColumn(zoho, RecordKind::Survey, "csat").numbers[1] == 3);  // Okay
}

TEST_CASE("a user's edit of a value map changes the scores") {
  MappedFixture file = mapFixture("help_scout_conversations.csv");
  ColumnMapping* rating = file.mapping.find("Rating");
  REQUIRE(rating != nullptr);
  rating->values = {{"Great", "5"}, {"Okay", "4"}, {"Not Good", "2"}};
  const MappedRows rows = file.apply();
  CHECK(fieldColumn(rows, RecordKind::Survey, "csat").numbers[2] == 4);
}

TEST_CASE("call outcomes from each vendor's values") {
  // Aircall: missed call reason first, the answered flag where there is none.
  const MappedRows aircall = mapFixture("aircall_calls.csv").apply();
  const Column& a = fieldColumn(aircall, RecordKind::Contact, "outcome");
  CHECK(a.text(0) == "answered");
  CHECK(a.text(1) == "short_abandoned");
  CHECK(a.text(2) == "out_of_hours");
  CHECK(a.text(3) == "abandoned");  // abandoned_in_classic
  CHECK(a.text(4) == "answered");   // outbound, answered
  CHECK(fieldColumn(aircall, RecordKind::Contact, "direction").text(4) == "outbound");
  CHECK(fieldColumn(aircall, RecordKind::Contact, "wait_seconds").numbers[0] == 12);  // time to answer, not waiting time
  // The header names UTC: 02:15 is 02:15 UTC whatever the user's zone.
  const MappedRows utc = mapFixture("aircall_calls.csv").apply("Asia/Ho_Chi_Minh");
  CHECK(fieldColumn(utc, RecordKind::Contact, "created_at").epochMs[0] == at(2024, 3, 4, 2, 15));

  const MappedRows talkdeskRows = mapFixture("talkdesk_calls.csv").apply();
  const Column& talkdesk = fieldColumn(talkdeskRows, RecordKind::Contact, "outcome");
  CHECK(talkdesk.text(0) == "answered");  // "inbound" = an answered inbound call
  CHECK(talkdesk.text(1) == "abandoned");
  CHECK(talkdesk.text(2) == "short_abandoned");
  CHECK(talkdesk.text(3) == "voicemail");
  CHECK_FALSE(talkdesk.hasValue(4));  // outbound calls have no queue outcome

  const MappedRows twilio = mapFixture("twilio_calls.csv").apply();
  const Column& t = fieldColumn(twilio, RecordKind::Contact, "outcome");
  CHECK(t.text(1) == "missed");     // no-answer
  CHECK(t.text(2) == "abandoned");  // canceled
  CHECK(fieldColumn(twilio, RecordKind::Contact, "wait_seconds").numbers[3] == 1.5);  // queue_time 1500 ms

  const MappedRows genesys = mapFixture("genesys_interactions.csv").apply();
  CHECK(fieldColumn(genesys, RecordKind::Contact, "abandoned").numbers[1] == 1);
  CHECK(fieldColumn(genesys, RecordKind::Contact, "channel").text(0) == "phone");  // voice
}

TEST_CASE("summed columns: Talkdesk talk + hold + after-call work = handle time") {
  const MappedRows rows = mapFixture("talkdesk_calls.csv").apply();
  const Column& handle = fieldColumn(rows, RecordKind::Contact, "handle_seconds");
  CHECK(handle.numbers[0] == 240 + 30 + 60);  // 00:04:00 + 00:00:30 + 00:01:00
  CHECK(handle.numbers[4] == 170 + 0 + 30);   // 00:02:50 + 00:00:00 + 00:00:30
  CHECK(fieldColumn(rows, RecordKind::Contact, "wait_seconds").numbers[1] == 70);
}

TEST_CASE("zones: named by the header, DST gaps counted, the user's zone otherwise") {
  const MappedFixture intercom = mapFixture("intercom_conversations.csv");
  CHECK(intercom.mapping.zone == "America/New_York");
  CHECK(intercom.mapping.zoneSource == ZoneSource::Header);
  const MappedRows rows = intercom.apply("Asia/Ho_Chi_Minh");  // the header wins over the user's default
  const Column& created = fieldColumn(rows, RecordKind::Contact, "created_at");
  CHECK(created.epochMs[0] == at(2024, 3, 9, 15, 0));  // 10:00 EST (UTC−5)
  // 2024-03-10 02:30 does not exist in New York (02:00 → 03:00): moved forward by the gap to
  // 03:30 EDT = 07:30 UTC, and counted.
  CHECK(created.epochMs[1] == at(2024, 3, 10, 7, 30));
  CHECK(issueCount(rows, ApplyCode::NonexistentLocalTime) == 1);
  CHECK(fieldColumn(rows, RecordKind::Contact, "first_response_seconds").numbers[1] == 23400);

  // A repeated hour (Berlin, 2026-10-25 02:30 happens twice): the earlier instant, counted.
  ReadResult berlin = readText("Ticket ID,Created at,Status\n1,2026-10-25 02:30:00,open\n2,2026-10-25 04:00:00,open\n");
  MappedFixture file(std::move(berlin));
  file.mapping.zone = "Europe/Berlin";
  file.mapping.zoneSource = ZoneSource::User;
  const MappedRows fallBack = file.apply();
  CHECK(fieldColumn(fallBack, RecordKind::Contact, "created_at").epochMs[0] == at(2026, 10, 25, 0, 30));
  CHECK(issueCount(fallBack, ApplyCode::AmbiguousLocalTime) == 1);

  // Offsets in the values are instants: no zone applies.
  const MappedRows gorgias = mapFixture("gorgias_tickets.json").apply("Asia/Ho_Chi_Minh");
  CHECK(fieldColumn(gorgias, RecordKind::Contact, "created_at").epochMs[0] == at(2024, 3, 4, 9, 0));
}

TEST_CASE("an unknown zone is an error on the file, and wall-clock times read as UTC until fixed") {
  MappedFixture file = mapFixture("vi_contacts_utf8.csv");
  const MappedRows rows = applyMapping(file.read.table, file.mapping, {.zones = &zoneDatabase(), .defaultZone = "Mars/Olympus"});
  CHECK_FALSE(rows.ok());
  CHECK(issueCount(rows, ApplyCode::UnknownZone) == 1);
}

TEST_CASE("date order override: ambiguous dates swap day and month, proven ones are kept") {
  // Every date reads both ways: read month first by default? The reader guesses; the user decides.
  MappedFixture file(readText("Ticket ID,Created at,Status\n1,01/02/2024 10:00,open\n2,03/04/2024 11:00,closed\n"));
  const Column* created = file.read.table.find("Created at");
  REQUIRE(created != nullptr);
  REQUIRE(created->format.dateOrderAmbiguous);
  const DateOrder read = created->format.dateOrder;
  file.mapping.dateOrder = read == DateOrder::DayMonthYear ? DateOrder::MonthDayYear : DateOrder::DayMonthYear;
  const MappedRows rows = file.apply();
  const std::int64_t first = fieldColumn(rows, RecordKind::Contact, "created_at").epochMs[0];
  // 01/02/2024: 1 February read day first, 2 January read month first.
  CHECK(first == (file.mapping.dateOrder == DateOrder::DayMonthYear ? at(2024, 2, 1, 10) : at(2024, 1, 2, 10)));

  MappedFixture proven = mapFixture("vi_contacts_utf8.csv");  // 15/03/2024 proves day first
  proven.mapping.dateOrder = DateOrder::MonthDayYear;
  const MappedRows kept = proven.apply();
  CHECK(issueCount(kept, ApplyCode::DateOrderKept) >= 1);
  CHECK(fieldColumn(kept, RecordKind::Contact, "created_at").epochMs[3] == at(2024, 3, 15, 16, 30));
}

TEST_CASE("negative durations are left missing and counted, not averaged") {
  const MappedFixture file(readText("Ticket ID,Created at,Handle time,Satisfaction\n1,2024-03-04 10:00,120,5\n"
                                    "2,2024-03-04 11:00,-30,4\n3,2024-03-04 12:00,60,3\n"));
  const MappedRows rows = file.apply();
  CHECK(issueCount(rows, ApplyCode::NegativeDuration) == 1);
  CHECK_FALSE(fieldColumn(rows, RecordKind::Contact, "handle_seconds").hasValue(1));
  CHECK(fieldColumn(rows, RecordKind::Contact, "handle_seconds").numbers[2] == 60);
}

TEST_CASE("every mapped row keeps its source and source row") {
  const MappedFixture file = mapFixture("talkdesk_calls.csv");
  const MappedRows rows = applyMapping(file.read.table, file.mapping, {.zones = &zoneDatabase(), .defaultZone = "UTC", .sourceName = "calls-march.csv"});
  const Table& contacts = rows.records.of(RecordKind::Contact);
  CHECK(contacts.find("source")->text(4) == "calls-march.csv");
  CHECK(contacts.find("source_row")->numbers[4] == 5);
}

} // TEST_SUITE

TEST_SUITE("core/mapping") {

TEST_CASE("cell text of numbers: whole numbers as printf's %.0f, fractions with 15 digits") {
  Column numbers;
  numbers.type = ValueType::Decimal;
  for (double v : {12345.0, -7.0, -0.0, 1e14, 2.5, 1e15}) numbers.appendNumber(v);
  numbers.appendMissing();
  CHECK(cellText(numbers, 0) == "12345");
  CHECK(cellText(numbers, 1) == "-7");
  CHECK(cellText(numbers, 2) == "-0");
  CHECK(cellText(numbers, 3) == "100000000000000");
  CHECK(cellText(numbers, 4) == "2.5");
  CHECK(cellText(numbers, 5) == "1e+15");  // past 1e15: %.15g
  CHECK(cellText(numbers, 6).empty());
}

TEST_CASE("an id field fed from a number column: each id as text, the survey answers beside it") {
  const ReadResult read = readBuffer(bytesOf("ticket,csat,subject\n17,5,Refund\n18,,Refund\n19,2,Late\n"));
  Mapping mapping;
  mapping.kind = RecordKind::Contact;
  for (const auto& [column, field] : {std::pair{"ticket", "id"}, {"csat", "survey.csat"}, {"subject", "topic"}}) {
    ColumnMapping& m = mapping.columns.emplace_back();
    m.column = column;
    m.field = field;
  }
  const MappedRows rows = applyMapping(read.table, mapping, {});
  CHECK(rows.ok());
  const Table& contacts = rows.records.of(RecordKind::Contact);
  REQUIRE(contacts.find("id") != nullptr);
  REQUIRE(contacts.find("topic") != nullptr);
  const Column& id = *contacts.find("id");
  CHECK(id.text(0) == "17");
  CHECK(id.text(2) == "19");
  CHECK(contacts.find("topic")->dictionary.size() == 2);  // Refund, Late
  const Table& surveys = rows.records.of(RecordKind::Survey);
  REQUIRE(surveys.rowCount() == 2);  // rows 1 and 3 answered
  REQUIRE(surveys.find("contact_id") != nullptr);
  CHECK(surveys.find("contact_id")->text(1) == "19");
  CHECK(surveys.find("contact_id")->dictionary.size() == 2);  // 17 and 19 only: 18 gave no answer
}

}

TEST_SUITE("core/mapping") {

TEST_CASE("a few thousand ids written as ascending numbers, one repeated: every id as text, once in the dictionary") {
  std::string csv = "ticket,topic\n";
  for (int i = 0; i < 3000; ++i) csv += std::to_string(10000 + i) + ",Refund\n";
  csv += "12999,Late\n";  // the last id again: 3000 distinct among 3001 rows
  const ReadResult read = readBuffer(bytesOf(csv));
  Mapping mapping;
  mapping.kind = RecordKind::Contact;
  for (const auto& [column, field] : {std::pair{"ticket", "id"}, {"topic", "topic"}}) {
    ColumnMapping& m = mapping.columns.emplace_back();
    m.column = column;
    m.field = field;
  }
  const MappedRows rows = applyMapping(read.table, mapping, {});
  const Column& id = *rows.records.of(RecordKind::Contact).find("id");
  CHECK(id.dictionary.size() == 3000);
  CHECK(id.text(0) == "10000");
  CHECK(id.text(2999) == "12999");
  CHECK(id.codes[3000] == id.codes[2999]);
}

}

TEST_SUITE("core/mapping") {

TEST_CASE("identity conversions share the read column's values; a conversion that changes a row does not") {
  // Created at carries Z (UTC instants), Handle time is seconds, Subject is text kept as written:
  // the mapped columns hold the reader's storage.
  const MappedFixture file(readText("Ticket ID,Created at,Handle time,Subject\n"
                                    "1,2024-03-04T10:00:00Z,120,a\n2,2024-03-04T11:00:00Z,30,b\n3,2024-03-04T12:00:00Z,60,a\n"));
  const MappedRows rows = file.apply();
  REQUIRE(rows.ok());
  const Table& read = file.read.table;
  const Column& created = fieldColumn(rows, RecordKind::Contact, "created_at");
  CHECK(created.epochMs.sharesWith(read.find("Created at")->epochMs));
  CHECK(created.epochMs[1] == at(2024, 3, 4, 11, 0));
  const Column& handle = fieldColumn(rows, RecordKind::Contact, "handle_seconds");
  CHECK(handle.numbers.sharesWith(read.find("Handle time")->numbers));
  CHECK(handle.numbers[0] == 120);
  const Column& subject = *read.find("Subject");
  const ColumnMapping* subjectMapping = file.mapping.find("Subject");
  REQUIRE(subjectMapping != nullptr);
  REQUIRE(subjectMapping->field == "topic");
  const Column& mapped = fieldColumn(rows, RecordKind::Contact, "topic");
  CHECK(mapped.codes.sharesWith(subject.codes));
  CHECK(mapped.text(2) == "a");
}

TEST_CASE("a negative duration makes the conversion copy: the read column keeps its value") {
  const MappedFixture file(readText("Ticket ID,Created at,Handle time\n1,2024-03-04 10:00,120\n2,2024-03-04 11:00,-30\n"));
  const MappedRows rows = file.apply();
  const Column& handle = fieldColumn(rows, RecordKind::Contact, "handle_seconds");
  CHECK_FALSE(handle.numbers.sharesWith(file.read.table.find("Handle time")->numbers));
  CHECK_FALSE(handle.hasValue(1));
  CHECK(handle.numbers[1] == 0);  // missing cells hold 0
  CHECK(file.read.table.find("Handle time")->numbers[1] == -30);
}

} // TEST_SUITE
