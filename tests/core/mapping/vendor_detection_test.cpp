// Every vendor export of issue 4, as a small fixture written from the documented headers
// (tests/core/mapping/fixtures, see vendors.md §2): detected as that vendor and kind, with the
// evidence naming the vendor's headers, and mapped column → field as documented.
#include <doctest/doctest.h>

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "core/mapping/mapping_test_support.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

struct VendorCase {
  std::string_view fixture;
  std::string_view key;
  RecordKind kind;
  std::vector<std::pair<std::string_view, std::string_view>> fields;  // column → field
};

const std::vector<VendorCase>& vendorCases() {
  static const std::vector<VendorCase> cases = {
      {"zendesk_tickets.csv", "zendesk_csv", RecordKind::Contact,
       {{"Id", "id"}, {"Requester id", "customer_id"}, {"Assignee", "agent"}, {"Group", "team"}, {"Via", "channel"},
        {"Created at", "created_at"}, {"Solved at", "resolved_at"}, {"Satisfaction Score", "survey.csat"},
        {"Assignee stations", "transfers"}, {"First reply time in minutes", "first_response_seconds"},
        {"First reply time in minutes within business hours", "first_response_business_seconds"},
        {"Full resolution time in minutes", "resolution_seconds"}, {"Summation column", ""}}},
      {"zendesk_full.json", "zendesk_json", RecordKind::Contact,
       {{"ticket.id", "id"}, {"ticket.via.channel", "channel"}, {"ticket.created_at", "created_at"},
        {"ticket.satisfaction_rating.score", "survey.csat"},
        {"ticket.metric_set.reply_time_in_minutes.calendar", "first_response_seconds"},
        {"ticket.metric_set.full_resolution_time_in_minutes.business", "resolution_business_seconds"}}},
      {"freshdesk_tickets.csv", "freshdesk", RecordKind::Contact,
       {{"Ticket ID", "id"}, {"Created time", "created_at"}, {"Initial response time", "first_response_at"},
        {"First response time (in hrs)", "first_response_business_seconds"}, {"Resolution status", "sla_breached"},
        {"Source", "channel"}, {"Agent interactions", "agent_replies"}}},
      {"freshservice_tickets.csv", "freshservice", RecordKind::Contact,
       {{"Ticket Id", "id"}, {"Created Time", "created_at"}, {"Resolution Time (in Hrs)", "resolution_business_seconds"},
        {"Urgency", ""}}},
      {"intercom_conversations.csv", "intercom_conversations", RecordKind::Contact,
       {{"Conversation ID", "id"}, {"Conversation started at (America/New_York)", "created_at"},
        {"First response time (seconds)", "first_response_seconds"},
        {"First response time, only within office hours (seconds)", "first_response_business_seconds"},
        {"Last teammate rating", "survey.csat"}, {"Resolved on first contact", "first_contact_resolved"}}},
      {"intercom_csat.csv", "intercom_csat", RecordKind::Survey,
       {{"Conversation ID", "contact_id"}, {"Updated at (Europe/Moscow)", "submitted_at"}, {"Conversation rating", "csat"}}},
      {"zoho_desk_tickets.csv", "zoho_desk", RecordKind::Contact,
       {{"Ticket Id", "id"}, {"Ticket Owner", "agent"}, {"Department", "team"}, {"Happiness Rating", "survey.csat"}}},
      {"help_scout_conversations.csv", "help_scout", RecordKind::Contact,
       {{"Conversation Number", "id"}, {"Mailbox", "team"}, {"Rating", "survey.csat"}, {"Type", "channel"}}},
      {"hubspot_tickets.csv", "hubspot", RecordKind::Contact,
       {{"Ticket ID", "id"}, {"Ticket owner", "agent"}, {"Create date", "created_at"},
        {"Time to first agent reply", "first_response_seconds"}}},
      {"gorgias_tickets.json", "gorgias", RecordKind::Contact,
       {{"id", "id"}, {"created_datetime", "created_at"}, {"assignee_user.name", "agent"},
        {"satisfaction_survey.score", "survey.csat"}}},
      {"aircall_calls.csv", "aircall_csv", RecordKind::Contact,
       {{"datetime (UTC)", "created_at"}, {"missed call reason", "outcome"}, {"answered", "outcome"},
        {"time to answer", "wait_seconds"}, {"duration (in call)", "handle_seconds"}, {"user", "agent"}}},
      {"twilio_calls.csv", "twilio_calls", RecordKind::Contact,
       {{"sid", "id"}, {"status", "outcome"}, {"queue_time", "wait_seconds"}, {"direction", "direction"}}},
      {"talkdesk_calls.csv", "talkdesk", RecordKind::Contact,
       {{"Interaction ID", "id"}, {"Call Type", "outcome"}, {"Talk Time", "handle_seconds"},
        {"After Call Work Time", "handle_seconds"}, {"Wait Time", "wait_seconds"}}},
      {"genesys_interactions.csv", "genesys_cloud", RecordKind::Contact,
       {{"Conversation ID", "id"}, {"Media Type", "channel"}, {"Total Queue", "wait_seconds"},
        {"Total Handle", "handle_seconds"}, {"Abandoned", "abandoned"}}},
      {"3cx_cdr.csv", "3cx_cdr", RecordKind::Contact,
       {{"callid", "id"}, {"time-start", "created_at"}, {"time-answered", "answered_at"}, {"final-dispname", "agent"}}},
      {"google_forms_responses.csv", "google_forms", RecordKind::Survey,
       {{"Timestamp", "submitted_at"}, {"Email Address", "customer_id"},
        {"How likely are you to recommend our support to a friend? (0-10)", "nps"},
        {"How satisfied are you with the help you got?", "csat"}}},
      {"typeform_responses.csv", "typeform", RecordKind::Survey,
       {{"#", "id"}, {"Submit Date (UTC)", "submitted_at"},
        {"How likely are you to recommend Acme to a friend or colleague?", "nps"},
        {"How easy was it to get your issue solved?", "ces"}}},
      {"surveymonkey_responses.csv", "surveymonkey", RecordKind::Survey,
       {{"Respondent ID", "id"}, {"End Date", "submitted_at"},
        {"How likely is it that you would recommend us to a friend or colleague?", "nps"},
        {"Overall, how satisfied are you with our support?", "csat"}}},
      {"qualtrics_responses.csv", "qualtrics", RecordKind::Survey,
       {{"ResponseId", "id"}, {"RecordedDate", "submitted_at"}, {"Q1", "nps"}, {"Q2", "csat"}, {"Q3", "ces"}}},
      {"delighted_responses.csv", "delighted", RecordKind::Survey,
       {{"person", "customer_id"}, {"score", "nps"}, {"created_at", "submitted_at"}}},
  };
  return cases;
}

} // namespace

TEST_SUITE("core/mapping") {

TEST_CASE("every vendor fixture is detected as its vendor and kind, with evidence, and mapped as documented") {
  for (const VendorCase& c : vendorCases()) {
    CAPTURE(c.fixture);
    const MappedFixture file = mapFixture(c.fixture);
    REQUIRE(file.read.ok());
    const SourceCandidate& best = file.detection.best();
    CHECK(best.key == c.key);
    REQUIRE(best.kind.has_value());
    CHECK(*best.kind == c.kind);
    CHECK(best.confidence >= 0.8);
    CHECK(best.evidence.size() >= 3);
    if (file.detection.candidates.size() > 1) CHECK(file.detection.candidates[1].confidence < best.confidence);
    CHECK(file.mapping.vendor == c.key);
    CHECK(file.mapping.kind == c.kind);
    for (const auto& pair : c.fields) {
      const std::string_view column = pair.first;  // not a structured binding: clang 14 cannot capture those
      CAPTURE(column);
      CHECK(file.fieldOf(column) == pair.second);
    }
    const MappedRows rows = file.apply();
    CHECK(rows.ok());
    CHECK(rows.rowsMapped == file.read.table.rowCount());
  }
}

TEST_CASE("evidence names the vendor's own headers and the header layout") {
  const MappedFixture zendesk = mapFixture("zendesk_tickets.csv");
  bool summation = false;
  for (const DetectionEvidence& e : zendesk.detection.best().evidence)
    summation = summation || (e.column == "Summation column" && e.weight == 3.0);
  CHECK(summation);

  const MappedFixture qualtrics = mapFixture("qualtrics_responses.csv");
  CHECK(qualtrics.read.headerRows == 3);
  bool layout = false;
  for (const DetectionEvidence& e : qualtrics.detection.best().evidence) layout = layout || e.matched.find("3 header rows") != std::string::npos;
  CHECK(layout);
  CHECK(mapFixture("surveymonkey_responses.csv").read.headerRows == 2);
}

TEST_CASE("localized custom fields and question columns do not lower a vendor's detection") {
  // Zendesk appends the account's own drop-downs as "… [list]", often in the agents' language.
  const MappedFixture zendesk = mapFixture("zendesk_tickets.csv");
  const auto& evidence = zendesk.detection.best().evidence;
  CHECK(std::any_of(evidence.begin(), evidence.end(), [](const DetectionEvidence& e) { return e.column == "Loại yêu cầu [list]"; }));
  CHECK(zendesk.detection.best().confidence > 0.95);
}

TEST_CASE("a file of questions only is no survey vendor's export") {
  // Questions alone match every survey tool's "{question}" rule; without the tool's own columns
  // (Timestamp, Respondent ID, ResponseId, …) none of them may claim the file.
  const MappedFixture file(readText("How satisfied are you with our service?,How likely are you to recommend us?\n4,9\n5,10\n3,6\n"));
  CHECK(file.detection.best().key == "generic");
  REQUIRE(file.detection.best().kind.has_value());
  CHECK(*file.detection.best().kind == RecordKind::Survey);
}

TEST_CASE("exports whose rows are not records are recognized and left unmapped, with the reason") {
  const MappedFixture aggregated(readText("Incoming Calls,Answered Calls,Answer Rate,Abandoned Calls,Answer Speed (AVG),"
                                          "Talk Duration (AVG),Waiting Time (AVG),Service Level (20 Seconds),Sales Rep\n"
                                          "217,204,94.01%,13,00:00:17,00:01:50,00:00:36,82.00%,Rep01\n"
                                          "180,150,83.33%,30,00:00:40,00:02:10,00:01:10,60.00%,Rep02\n"));
  CHECK(aggregated.detection.best().key == "aggregated_calls");
  CHECK_FALSE(aggregated.mapping.kind.has_value());
  const MappedRows rows = aggregated.apply();
  CHECK(rows.rowsMapped == 0);
  REQUIRE(rows.issues.size() == 1);
  CHECK(rows.issues[0].code == ApplyCode::NotMapped);
  CHECK(rows.issues[0].message.find("sums many calls") != std::string::npos);
}

} // TEST_SUITE
