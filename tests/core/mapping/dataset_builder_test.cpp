// Several files → one Dataset: calls and tickets from different tools in one contact log with
// `source`, a file dropped twice counted once, surveys linked to contacts by id or by customer
// (filling agent and channel), and a changed mapping re-mapping only its file.
#include <doctest/doctest.h>

#include <algorithm>
#include <utility>

#include "core/mapping/dataset_builder.h"
#include "core/mapping/generic_mapper.h"
#include "core/mapping/mapping_test_support.h"
#include "core/mapping/missing_fields.h"
#include "core/mapping/survey_links.h"
#include "core/mapping/table_fingerprint.h"
#include "core/standards/profile_reader.h"
#include "embedded_assets.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

DatasetBuilder builderIn(std::string zone) { return DatasetBuilder({.zones = &zoneDatabase(), .defaultZone = std::move(zone)}); }

} // namespace

TEST_SUITE("core/mapping") {

TEST_CASE("calls and tickets from different tools make one contact log, each row with its source") {
  DatasetBuilder builder = builderIn("UTC");
  builder.addFile("aircall-march.csv", readPath(fixturePath("aircall_calls.csv")));
  builder.addFile("zendesk-march.csv", readPath(fixturePath("zendesk_tickets.csv")));
  const Dataset& data = builder.dataset();
  const Table& contacts = data.of(RecordKind::Contact);
  REQUIRE(contacts.rowCount() == 5 + 4);
  const Column& source = *contacts.find("source");
  CHECK(source.text(0) == "aircall-march.csv");
  CHECK(source.text(5) == "zendesk-march.csv");
  CHECK(contacts.find("source_row")->numbers[5] == 1);
  // Fields only one tool has are missing on the other's rows.
  const Column& outcome = *contacts.find("outcome");
  CHECK(outcome.hasValue(0));
  CHECK_FALSE(outcome.hasValue(5));
  const Column& channel = *contacts.find("channel");
  CHECK(channel.text(0) == "phone");  // the call log's constant
  CHECK(channel.text(5) == "web");
  for (const Column& column : contacts.columns) CHECK(column.size() == 9);
  // Zendesk's satisfaction answers join the survey table, linked to their tickets.
  CHECK(data.of(RecordKind::Survey).rowCount() == 2);
  CHECK(builder.links().byContactId == 2);
}

TEST_CASE("the same file dropped twice is recognized and not counted twice") {
  DatasetBuilder builder = builderIn("UTC");
  const std::size_t first = builder.addFile("calls.csv", readPath(fixturePath("talkdesk_calls.csv")));
  const std::size_t again = builder.addFile("calls (1).csv", readPath(fixturePath("talkdesk_calls.csv")));
  REQUIRE(builder.file(again).duplicateOf == first);
  CHECK(duplicateMessage(builder.file(again), builder.file(first)) ==
        "'calls (1).csv' is already loaded as 'calls.csv' (same columns and cells): it is not counted twice");
  CHECK(builder.dataset().of(RecordKind::Contact).rowCount() == 5);
  // Read in other chunks, the table is the same: so is its fingerprint.
  const std::vector<std::uint8_t> bytes = readFile(fixturePath("talkdesk_calls.csv"));
  CHECK(tableFingerprint(readBuffer(bytes, {}, 7).table) == builder.file(first).fingerprint);
  // The same headers with other rows are another file.
  builder.addFile("april.csv", readText("Interaction ID,Call Type,Start Time,End Time,Talk Time,Hold Time,After Call Work Time,"
                                        "Wait Time,Agent Name,Ring Groups,Customer Phone Number,Talkdesk Phone Number,Disposition,Rating\n"
                                        "TD-9,inbound,2024-04-01 09:00:00,2024-04-01 09:02:00,00:01:30,00:00:00,00:00:10,00:00:05,"
                                        "Iris Chen,support,+14155550009,+14155559999,Refund,4\n"));
  CHECK_FALSE(builder.file(2).duplicateOf.has_value());
  CHECK(builder.dataset().of(RecordKind::Contact).rowCount() == 6);
  // Removing the original makes the copy count.
  builder.removeFile(first);
  CHECK_FALSE(builder.file(0).duplicateOf.has_value());
  CHECK(builder.dataset().of(RecordKind::Contact).rowCount() == 6);
  CHECK(builder.dataset().of(RecordKind::Contact).find("source")->text(0) == "calls (1).csv");
}

TEST_CASE("a survey export links to contacts by contact id, filling agent and channel") {
  DatasetBuilder builder = builderIn("UTC");
  builder.addFile("conversations.csv", readPath(fixturePath("intercom_conversations.csv")));
  builder.addFile("ratings.csv", readPath(fixturePath("intercom_csat.csv")));
  const Table& surveys = builder.dataset().of(RecordKind::Survey);
  // 2 ratings carried by the conversations report + 3 rows of the ratings report.
  REQUIRE(surveys.rowCount() == 5);
  const Column& method = *surveys.find("link_method");
  const Column& linked = *surveys.find("linked_contact_id");
  CHECK(method.text(2) == "contact_id");
  CHECK(linked.text(2) == "215470001");
  CHECK(method.text(4) == "none");  // conversation 215470009 is not loaded
  CHECK_FALSE(linked.hasValue(4));
  CHECK(surveys.find("agent")->text(2) == "Mai Tran");  // from the linked conversation
  CHECK(surveys.find("channel")->text(3) == "email");
  CHECK_FALSE(surveys.find("agent")->hasValue(4));
  CHECK(builder.links().byContactId == 4);
  CHECK(builder.links().unlinked == 1);
}

TEST_CASE("ratings carried by a contact file all link by their own contact id, which the linked id repeats") {
  DatasetBuilder builder = builderIn("UTC");
  builder.addFile("conversations.csv", readPath(fixturePath("intercom_conversations.csv")));
  const Table& surveys = builder.dataset().of(RecordKind::Survey);
  REQUIRE(surveys.rowCount() == 2);
  CHECK(builder.links().byContactId == 2);
  CHECK(builder.links().unlinked == 0);
  const Column& own = *surveys.find("contact_id");
  const Column& linked = *surveys.find("linked_contact_id");
  for (std::size_t row = 0; row < 2; ++row) {
    CHECK(surveys.find("link_method")->text(row) == "contact_id");
    REQUIRE(linked.hasValue(row));
    CHECK(linked.text(row) == own.text(row));
  }
  CHECK(linked.text(0) != linked.text(1));
  // Row for row the response's own ids, numbered alike: their storage, not a copy.
  CHECK(linked.codes.sharesWith(own.codes));
  CHECK(linked.dictionary.sharesWith(own.dictionary));
}

TEST_CASE("a response links to the first contact with a value holding its id; ids no contact has stay unlinked") {
  Dataset data;
  Table& contacts = data.of(RecordKind::Contact);
  Column& id = contacts.add("id", ValueType::Text);
  id.appendMissing();  // code 0 before any string: it becomes C-2's code, but the cell has no value
  for (const char* text : {"C-2", "C-1", "C-2", "C-3"}) id.appendText(text);
  Column& agent = contacts.add("agent", ValueType::Category);
  for (const char* name : {"a0", "a1", "a2", "a3", "a4"}) agent.appendText(name);
  contacts.find("id")->dictionary.releaseIndex();  // as after the mapping (adding agent moved `id`)
  Table& surveys = data.of(RecordKind::Survey);
  Column& own = surveys.add("contact_id", ValueType::Text);
  own.appendText("C-2");
  own.appendText("C-9");  // no such contact
  own.appendText("C-1");
  own.appendMissing();
  own.appendText("C-2");
  const SurveyLinks links = linkSurveys(data);
  CHECK(links.byContactId == 3);
  CHECK(links.byCustomer == 0);
  CHECK(links.unlinked == 2);
  CHECK(links.agentsFilled == 3);
  const Table& linked = std::as_const(data).of(RecordKind::Survey);
  const Column& filled = *linked.find("agent");
  CHECK(filled.text(0) == "a1");  // contact row 1, the first C-2 with a value (row 0 holds its code, missing)
  CHECK_FALSE(filled.hasValue(1));
  CHECK(filled.text(2) == "a2");
  CHECK_FALSE(filled.hasValue(3));
  CHECK(filled.text(4) == "a1");
  const Column& method = *linked.find("link_method");
  CHECK(method.text(0) == "contact_id");
  CHECK(method.text(1) == "none");
  CHECK(method.text(3) == "none");
  const Column& linkedId = *linked.find("linked_contact_id");
  CHECK(linkedId.text(4) == "C-2");
  CHECK_FALSE(linkedId.hasValue(1));
  // The contacts' ids were not indexed for the lookup, nor changed.
  CHECK_FALSE(std::as_const(data).of(RecordKind::Contact).find("id")->dictionary.hasIndex());
}

TEST_CASE("a survey without contact ids links to the customer's latest earlier contact") {
  DatasetBuilder builder = builderIn("Asia/Ho_Chi_Minh");
  builder.addFile("phieu.csv", readPath(fixturePath("vi_contacts_utf8.csv")));
  builder.addFile("khao-sat.csv", readPath(fixturePath("vi_survey_ascii.csv")));
  const Table& surveys = builder.dataset().of(RecordKind::Survey);
  REQUIRE(surveys.rowCount() == 3 + 3);  // ratings inside the contact file, then the survey file
  const Column& method = *surveys.find("link_method");
  const Column& linked = *surveys.find("linked_contact_id");
  // KH01 at 04/03 10:00 names its ticket P-001.
  CHECK(method.text(3) == "contact_id");
  CHECK(linked.text(3) == "P-001");
  // KH02 at 04/03 15:00: its only contact, P-002 at 13:40.
  CHECK(method.text(4) == "customer");
  CHECK(linked.text(4) == "P-002");
  // KH01 at 16/03 09:00: P-004 (15/03 16:30), not P-001 (04/03).
  CHECK(method.text(5) == "customer");
  CHECK(linked.text(5) == "P-004");
  CHECK(surveys.find("agent")->text(4) == "Tran Van Nam");  // its own agent is kept
  CHECK(surveys.find("agent")->text(5) == "Lê Thu");        // filled from P-004
  CHECK(surveys.find("channel")->text(3) == "phone");
  CHECK(surveys.find("channel")->text(4) == "chat");  // P-002 came by Zalo
  CHECK(builder.links().byCustomer == 2);
}

TEST_CASE("changing one column's field re-maps that file only, and is remembered for its headers") {
  DatasetBuilder builder = builderIn("UTC");
  builder.addFile("zendesk.csv", readPath(fixturePath("zendesk_tickets.csv")));
  builder.addFile("talkdesk.csv", readPath(fixturePath("talkdesk_calls.csv")));
  const Dataset before = builder.dataset();
  CHECK_FALSE(before.of(RecordKind::Contact).find("topic")->hasValue(4));  // talkdesk rows had no topic

  const std::vector<ProfileIssue> issues = builder.setColumnField(1, "Disposition", "topic");
  CHECK_FALSE(hasErrors(issues));
  const Table& contacts = builder.dataset().of(RecordKind::Contact);
  CHECK(contacts.find("topic")->text(4) == "Resolved");
  CHECK(contacts.find("topic")->text(0) == "Không đăng nhập được");  // Zendesk rows unchanged
  CHECK(builder.file(1).mapping.find("Disposition")->evidence == "chosen by hand");

  // A field fed by one column: moving "Agent Name"'s field to another column frees it.
  CHECK_FALSE(hasErrors(builder.setColumnField(1, "Ring Groups", "agent")));
  CHECK(builder.file(1).mapping.find("Agent Name")->field.empty());
  // Unknown fields and columns are refused with a message, nothing changes.
  CHECK(hasErrors(builder.setColumnField(1, "Disposition", "mood")));
  CHECK(builder.file(1).mapping.find("Disposition")->field == "topic");
  CHECK(hasErrors(builder.setColumnField(1, "Nope", "topic")));

  // Next month's export with the same headers gets the user's mapping.
  const std::size_t april = builder.addFile("talkdesk-april.csv", readText(
      "Interaction ID,Call Type,Start Time,End Time,Talk Time,Hold Time,After Call Work Time,Wait Time,Agent Name,Ring Groups,"
      "Customer Phone Number,Talkdesk Phone Number,Disposition,Rating\n"
      "TD-9,inbound,2024-04-01 09:00:00,2024-04-01 09:02:00,00:01:30,00:00:00,00:00:10,00:00:05,Iris Chen,support,+1415,+1415,Refund,4\n"));
  CHECK(builder.file(april).rememberedMapping);
  CHECK(builder.file(april).mapping.find("Disposition")->field == "topic");
  CHECK(builder.rememberedMappings().count(builder.file(1).mapping.headerSignature) == 1);
}

TEST_CASE("the user answers 'the header names no unit': a duration column's unit, and a field's header unit") {
  DatasetBuilder builder = builderIn("UTC");
  builder.addFile("calls.csv", readText("Call ID,Call time,Operator,Wait time\n1,2024-03-04 10:00:00,A,2\n2,2024-03-04 10:05:00,B,5\n"));
  const ColumnMapping* wait = builder.file(0).mapping.find("Wait time");
  REQUIRE(wait->field == "wait_seconds");
  CHECK(wait->warning == kNoUnitNote);
  CHECK(builder.dataset().of(RecordKind::Contact).find("wait_seconds")->numbers[1] == 5);  // read as seconds

  CHECK_FALSE(hasErrors(builder.setColumnUnit(0, "Wait time", 60)));  // they were minutes
  wait = builder.file(0).mapping.find("Wait time");
  CHECK(wait->unitSeconds == 60);
  CHECK(wait->warning.empty());
  CHECK(builder.dataset().of(RecordKind::Contact).find("wait_seconds")->numbers[0] == 120);  // 2 min
  CHECK(builder.dataset().of(RecordKind::Contact).find("wait_seconds")->numbers[1] == 300);  // 5 min
  CHECK(hasErrors(builder.setColumnUnit(0, "Nope", 60)));
  CHECK(hasErrors(builder.setColumnUnit(0, "Wait time", 1e9)));  // no such unit: refused, nothing changes
  CHECK(builder.file(0).mapping.find("Wait time")->unitSeconds == 60);

  // A column moved by hand to a duration field takes the unit its header names.
  builder.addFile("ve.csv", readText("Mã cuộc gọi,Thời gian gọi,Nhân viên,Tổng (phút)\nC1,2024-03-04 10:00:00,An,3\n"));
  CHECK_FALSE(hasErrors(builder.setColumnField(1, "Tổng (phút)", "handle_seconds")));
  CHECK(builder.file(1).mapping.find("Tổng (phút)")->unitSeconds == 60);
  CHECK(builder.dataset().of(RecordKind::Contact).find("handle_seconds")->numbers[2] == 180);  // 3 × 60, after the 2 calls
}

TEST_CASE("the record kind can be changed or the file left out") {
  DatasetBuilder builder = builderIn("UTC");
  builder.addFile("ratings.csv", readPath(fixturePath("google_forms_responses.csv")));
  CHECK(builder.dataset().of(RecordKind::Survey).rowCount() == 4);
  CHECK_FALSE(hasErrors(builder.setKind(0, std::nullopt)));
  CHECK(builder.dataset().of(RecordKind::Survey).rowCount() == 0);
  CHECK_FALSE(hasErrors(builder.setKind(0, RecordKind::Survey)));
  CHECK(builder.dataset().of(RecordKind::Survey).rowCount() == 4);
  CHECK(builder.file(0).mapping.vendor == "generic");
}

TEST_CASE("the fields the default profile's standards still need shrink as files are mapped") {
  const auto text = assets::defaultProfile();
  const ProfileParse parsed = parseProfile(std::string_view(reinterpret_cast<const char*>(text.data()), text.size()));
  REQUIRE(parsed.profile.has_value());
  DatasetBuilder builder = builderIn("UTC");
  const std::vector<std::string> nothing = missingFieldKeys(*parsed.profile, builder.dataset());
  CHECK(std::find(nothing.begin(), nothing.end(), "contact.wait_seconds") != nothing.end());
  CHECK(std::find(nothing.begin(), nothing.end(), "survey.csat") != nothing.end());
  CHECK_FALSE(missingForProfile(*parsed.profile, builder.dataset()).empty());

  builder.addFile("calls.csv", readPath(fixturePath("talkdesk_calls.csv")));
  builder.addFile("ratings.csv", readPath(fixturePath("intercom_csat.csv")));
  const std::vector<std::string> after = missingFieldKeys(*parsed.profile, builder.dataset());
  CHECK(std::find(after.begin(), after.end(), "contact.wait_seconds") == after.end());
  CHECK(std::find(after.begin(), after.end(), "survey.csat") == after.end());
  CHECK(after.size() < nothing.size());
}

TEST_CASE("hostile and empty inputs give an unmapped file, never a crash") {
  DatasetBuilder builder = builderIn("UTC");
  builder.addFile("empty.csv", readText(""));
  builder.addFile("header-only.csv", readText("Ticket ID,Created at\n"));
  builder.addFile("binary.bin", readText(std::string("\x00\x01\x02\xff\xfe", 5)));
  builder.addFile("one-cell.json", readText("[{\"\":null}]", "one-cell.json"));
  const Dataset& data = builder.dataset();
  for (RecordKind kind : kRecordKinds) CHECK(data.of(kind).rowCount() == 0);
  CHECK(builder.files().size() == 4);
}

} // TEST_SUITE

TEST_SUITE("core/mapping") {

TEST_CASE("a dataset's tables are shared and copied on write") {
  Dataset first;
  first.of(RecordKind::Contact).add("id", ValueType::Text).appendText("A-1");
  Dataset second = first;  // shares the contact table
  CHECK(second.shared(RecordKind::Contact) == first.shared(RecordKind::Contact));
  second.of(RecordKind::Contact).columns.front().appendText("A-2");  // writing copies it first
  CHECK(second.shared(RecordKind::Contact) != first.shared(RecordKind::Contact));
  CHECK(first.of(RecordKind::Contact).rowCount() == 1);
  CHECK(second.of(RecordKind::Contact).rowCount() == 2);
  Dataset third;
  third.share(RecordKind::Contact, first.shared(RecordKind::Contact));
  CHECK(std::as_const(third).of(RecordKind::Contact).rowCount() == 1);  // reading copies nothing
  CHECK(third.shared(RecordKind::Contact) == first.shared(RecordKind::Contact));
  Dataset moved = std::move(third);
  CHECK(third.of(RecordKind::Contact).rowCount() == 0);  // NOLINT: a moved-from dataset reads as empty
}

TEST_CASE("one file's rows are the dataset's own tables; surveys linked without touching the file's") {
  DatasetBuilder builder = builderIn("UTC");
  builder.addFile("zendesk-march.csv", readPath(fixturePath("zendesk_tickets.csv")));
  const std::shared_ptr<const Dataset> data = builder.sharedDataset();
  const Dataset& fileRows = builder.file(0).rows.records;
  CHECK(data->shared(RecordKind::Contact) == fileRows.shared(RecordKind::Contact));  // not copied
  // Linking writes link columns into the dataset's survey table, a copy: the file's stay as mapped.
  REQUIRE(data->of(RecordKind::Survey).rowCount() == 2);
  CHECK(data->of(RecordKind::Survey).find("link_method") != nullptr);
  CHECK(fileRows.of(RecordKind::Survey).find("link_method") == nullptr);
  // Columns in the catalogue's order, as a concatenation of several files would list them.
  const Table& contacts = data->of(RecordKind::Contact);
  CHECK(contacts.columns[0].name == "id");
  CHECK(contacts.columns[1].name == "source");
  // A second file: the dataset is rebuilt by concatenation; the one handed out before stays whole.
  builder.addFile("aircall-march.csv", readPath(fixturePath("aircall_calls.csv")));
  CHECK(builder.dataset().of(RecordKind::Contact).rowCount() == 4 + 5);
  CHECK(data->of(RecordKind::Contact).rowCount() == 4);
}

}
