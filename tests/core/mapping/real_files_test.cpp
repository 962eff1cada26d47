// The real exports of ../shared/data mapped as expected: the kind and key fields per file, and the
// README's reference figures recomputed from the canonical columns (so units, value maps,
// exclusions and date+time joins are right, not only the column names).
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <string_view>

#include "core/mapping/mapping_test_support.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

// Counts rows whose text field equals `value`.
std::size_t countText(const Column& column, std::string_view value) {
  std::size_t n = 0;
  for (std::size_t row = 0; row < column.size(); ++row) n += column.hasValue(row) && column.text(row) == value ? 1 : 0;
  return n;
}

// Mean of a numeric column over rows where `filter` (a text column) equals `value` (any row when null).
double meanWhere(const Column& numbers, const Column* filter, std::string_view value) {
  double sum = 0;
  std::size_t n = 0;
  for (std::size_t row = 0; row < numbers.size(); ++row) {
    if (!numbers.hasValue(row)) continue;
    if (filter && (!filter->hasValue(row) || filter->text(row) != value)) continue;
    sum += numbers.numbers[row];
    ++n;
  }
  return n ? sum / static_cast<double>(n) : NAN;
}

// NPS = % promoters (9–10) − % detractors (0–6), over the answers present.
double npsOf(const Column& scores, std::size_t* answers = nullptr) {
  std::size_t promoters = 0, detractors = 0, n = 0;
  for (std::size_t row = 0; row < scores.size(); ++row) {
    if (!scores.hasValue(row)) continue;
    ++n;
    promoters += scores.numbers[row] >= 9 ? 1 : 0;
    detractors += scores.numbers[row] <= 6 ? 1 : 0;
  }
  if (answers) *answers = n;
  return 100.0 * (static_cast<double>(promoters) - static_cast<double>(detractors)) / static_cast<double>(n);
}

void requireMapped(const MappedFixture& file, std::string_view key, RecordKind kind) {
  CHECK(file.detection.best().key == key);
  REQUIRE(file.mapping.kind.has_value());
  CHECK(*file.mapping.kind == kind);
}

} // namespace

TEST_SUITE("core/mapping") {

TEST_CASE("PwC call centre (semicolon, Excel day fractions) and its US twin give the README's figures") {
  for (const char* path : {"ZhDmitriy__contact_center_shiny_dashboard/Call-Center-Dataset.csv",
                           "AnandKumar0__Power-BI-1-Pwc-Call-Center-Trend/01 Call-Center-Dataset.csv"}) {
    CAPTURE(path);
    const MappedFixture file = mapShared(path);
    requireMapped(file, "generic", RecordKind::Contact);
    CHECK(file.mapping.constants.at("channel") == "phone");  // "Call Id": a call log
    const MappedRows rows = file.apply();
    REQUIRE(rows.rowsMapped == 5000);
    const Column& outcome = fieldColumn(rows, RecordKind::Contact, "outcome");
    CHECK(countText(outcome, "answered") == 4054);
    CHECK(countText(outcome, "abandoned") == 946);  // abandon rate 946 / 5000 = 0.1892
    // ASA 67.5207 s and AHT 224.9228 s over answered calls; CSAT 3.4036 over the ratings.
    CHECK(meanWhere(fieldColumn(rows, RecordKind::Contact, "wait_seconds"), &outcome, "answered") == doctest::Approx(67.5207).epsilon(1e-5));
    CHECK(meanWhere(fieldColumn(rows, RecordKind::Contact, "handle_seconds"), &outcome, "answered") == doctest::Approx(224.9228).epsilon(1e-5));
    CHECK(rows.surveyRows == 4054);
    CHECK(meanWhere(fieldColumn(rows, RecordKind::Survey, "csat"), nullptr, {}) == doctest::Approx(3.4036).epsilon(1e-4));
    // Date + Time joined: the first call is 1 Jan 2021 (day first in the Russian file, mixed in the US one).
    const Column& created = fieldColumn(rows, RecordKind::Contact, "created_at");
    CHECK(dayOf(created.epochMs[0]) == daysFromCivil({2021, 1, 1}));
    CHECK(msOfDay(created.epochMs[0]) > 0);
  }
}

TEST_CASE("Call_Center.csv (BOM, HH:MM:SS durations, newest first)") {
  const MappedFixture file = mapShared("AnandBakode008__call-center-performance-analysis/Call_Center.csv");
  requireMapped(file, "generic", RecordKind::Contact);
  CHECK(file.fieldOf("Call Id") == "id");  // the BOM is not part of the header
  CHECK(file.fieldOf("Department") == "team");
  const MappedRows rows = file.apply();
  const Column& outcome = fieldColumn(rows, RecordKind::Contact, "outcome");
  CHECK(countText(outcome, "answered") == 1455);
  CHECK(meanWhere(fieldColumn(rows, RecordKind::Contact, "wait_seconds"), &outcome, "answered") == doctest::Approx(67.220).epsilon(1e-4));
  CHECK(meanWhere(fieldColumn(rows, RecordKind::Contact, "handle_seconds"), &outcome, "answered") == doctest::Approx(226.124).epsilon(1e-4));
  CHECK(meanWhere(fieldColumn(rows, RecordKind::Survey, "csat"), nullptr, {}) == doctest::Approx(3.4543).epsilon(1e-4));
}

TEST_CASE("SEE bank call log: PHANTOM rows left out, YYMMDD date + H:MM:SS entry joined, seconds") {
  const MappedFixture file = mapShared("datatalking__DA420_Assignment4/data_anonymous_bank_february.txt");
  requireMapped(file, "see_bank", RecordKind::Contact);
  CHECK(file.mapping.find("date")->timeColumn == "vru_entry");
  const MappedRows rows = file.apply();
  CHECK(rows.rowsExcluded == 278);  // PHANTOM
  CHECK(rows.rowsMapped == 33344 - 278);
  const Column& outcome = fieldColumn(rows, RecordKind::Contact, "outcome");
  CHECK(countText(outcome, "answered") == 27162);  // AGENT
  CHECK(countText(outcome, "abandoned") == 5904);  // HANG
  // ASA over AGENT calls (mean q_time) = 40.77 s.
  CHECK(meanWhere(fieldColumn(rows, RecordKind::Contact, "wait_seconds"), &outcome, "answered") == doctest::Approx(40.77).epsilon(1e-3));
  const Column& created = fieldColumn(rows, RecordKind::Contact, "created_at");
  CHECK(dayOf(created.epochMs[0]) == daysFromCivil({1999, 2, 1}));
  CHECK(fieldColumn(rows, RecordKind::Contact, "source_row").numbers[0] == 1);
}

TEST_CASE("Sipuni PBX export (Russian headers): direction, wait and talk per inbound call") {
  const MappedFixture file = mapShared("Zloooy__practice-scale-call-classification/dataset__info.csv");
  requireMapped(file, "sipuni", RecordKind::Contact);
  const MappedRows rows = file.apply();
  REQUIRE(rows.rowsMapped == 2834);
  const Column& direction = fieldColumn(rows, RecordKind::Contact, "direction");
  CHECK(countText(direction, "inbound") == 1794);
  CHECK(countText(direction, "outbound") == 1040);
  CHECK(meanWhere(fieldColumn(rows, RecordKind::Contact, "wait_seconds"), &direction, "inbound") == doctest::Approx(14.28).epsilon(1e-3));
  CHECK(meanWhere(fieldColumn(rows, RecordKind::Contact, "handle_seconds"), &direction, "inbound") == doctest::Approx(184.77).epsilon(1e-3));
}

TEST_CASE("ticket datasets: Kaggle tickets, the Zendesk sample and Fivetran tables") {
  const MappedFixture kaggle = mapShared("andkuster__customer-support-ticket/customer_support_tickets.csv");
  requireMapped(kaggle, "generic", RecordKind::Contact);
  CHECK(kaggle.fieldOf("First Response Time") == "first_response_at");  // timestamps despite the name
  CHECK(kaggle.fieldOf("Time to Resolution") == "resolved_at");
  const MappedRows tickets = kaggle.apply();
  const Column& channel = fieldColumn(tickets, RecordKind::Contact, "channel");
  CHECK(countText(channel, "email") == 2143);
  CHECK(countText(channel, "social") == 2121);
  CHECK(tickets.surveyRows == 2769);  // the closed tickets' ratings

  const MappedFixture zendesk = mapShared("karimatthews__zendesk-coding-challenge-2018/data__tickets.json");
  requireMapped(zendesk, "zendesk_json", RecordKind::Contact);
  const MappedRows sample = zendesk.apply();
  const Column& via = fieldColumn(sample, RecordKind::Contact, "channel");
  CHECK(countText(via, "chat") == 70);
  CHECK(countText(via, "phone") == 67);  // "voice"
  CHECK(countText(via, "web") == 63);
  CHECK(countText(fieldColumn(sample, RecordKind::Contact, "status"), "pending") == 45);
  CHECK(mapShared("karimatthews__zendesk-coding-challenge-2018/data__users.json").detection.best().key == "zendesk_people");

  const MappedFixture fivetran = mapShared("fivetran__dbt_zendesk/integration_tests__seeds__ticket_data.csv");
  requireMapped(fivetran, "fivetran_zendesk_ticket", RecordKind::Contact);
  CHECK(fivetran.mapping.zoneSource == ZoneSource::Vendor);
  const MappedFixture intercom = mapShared("fivetran__dbt_intercom/integration_tests__seeds__conversation_history_data.csv");
  requireMapped(intercom, "fivetran_intercom_conversation", RecordKind::Contact);
  const MappedRows conversations = intercom.apply();
  CHECK(conversations.rowsExcluded == 7);  // only the _fivetran_active = true versions count
  CHECK(conversations.rowsMapped == 2);
}

TEST_CASE("survey datasets: NPS recomputed from the mapped score column") {
  std::size_t answers = 0;
  const MappedFixture botanic = mapShared("BenaventC__NPSgame/nps.csv");
  requireMapped(botanic, "generic", RecordKind::Survey);
  CHECK(botanic.fieldOf("CaTicket").empty());  // an amount with refunds, not an id
  CHECK(npsOf(fieldColumn(botanic.apply(), RecordKind::Survey, "nps"), &answers) == doctest::Approx(53.42).epsilon(1e-3));
  CHECK(answers == 13612);

  const MappedFixture product = mapShared("julioverdugo__NPS/nps_survey.csv");
  requireMapped(product, "generic", RecordKind::Survey);
  CHECK(npsOf(fieldColumn(product.apply(), RecordKind::Survey, "nps"), &answers) == doctest::Approx(10.86).epsilon(1e-3));
  CHECK(answers == 20268);

  const MappedFixture airline = mapShared("zzzbitz__prepbench/data__case_122__inputs__input_02.csv");
  CHECK(airline.fieldOf("How likely are you to recommend this airline?") == "nps");
  CHECK(npsOf(fieldColumn(airline.apply(), RecordKind::Survey, "nps"), &answers) == doctest::Approx(21.2).epsilon(2e-3));
  CHECK(answers == 184);

  const MappedFixture forms = mapShared("zzzbitz__prepbench/data__case_040__inputs__input_01.csv");
  requireMapped(forms, "google_forms", RecordKind::Survey);
  CHECK(forms.fieldOf("On a scale of 0-10, how would you rate Sudzilla?") == "nps");
  CHECK(forms.fieldOf("What was your favourite 'Soap Box' (breakout / customer speaker) session?").empty());
  CHECK(npsOf(fieldColumn(forms.apply(), RecordKind::Survey, "nps")) == doctest::Approx(-35.9).epsilon(2e-3));
}

TEST_CASE("files that are not one row per record are recognized and not mapped") {
  const std::pair<const char*, const char*> cases[] = {
      {"vestineo__call-center-viz/Call Center Data.csv", "aggregated_calls"},
      {"RafaelGonzalezAlfaro__Telecom_operadores_ineficaces/datasets__telecom_dataset_us.csv", "aggregated_calls"},
      {"zzzbitz__prepbench/data__case_158__inputs__input_01.csv", "aggregated_calls"},
      {"zzzbitz__prepbench/data__case_158__inputs__input_05.csv", "aggregated_calls"},
      {"zzzbitz__prepbench/data__case_059__inputs__input_02.csv", "status_history"},
      {"monalisapatra26__data_visualization/twcs.csv", "twitter_support"},
      {"fivetran__dbt_zendesk/integration_tests__seeds__ticket_comment_data.csv", "fivetran_zendesk_history"},
      {"fivetran__dbt_intercom/integration_tests__seeds__conversation_part_history_data.csv", "fivetran_intercom_parts"},
  };
  for (const auto& entry : cases) {
    const char* path = entry.first;  // not a structured binding: clang 14 cannot capture those in CAPTURE
    CAPTURE(path);
    const MappedFixture file = mapShared(path);
    CHECK(file.detection.best().key == entry.second);
    CHECK_FALSE(file.mapping.kind.has_value());
    CHECK(file.apply().rowsMapped == 0);
  }
}

TEST_CASE("other real files: complaints log, telecom clients, Zendesk API singletons") {
  const MappedFixture complaints = mapShared("zzzbitz__prepbench/data__case_281__inputs__input_01.csv");
  requireMapped(complaints, "generic", RecordKind::Contact);
  CHECK(complaints.fieldOf("Date Received") == "created_at");
  CHECK(complaints.fieldOf("Date Resolved") == "resolved_at");

  const MappedFixture clients = mapShared("RafaelGonzalezAlfaro__Telecom_operadores_ineficaces/datasets__telecom_clients_us.csv");
  requireMapped(clients, "generic", RecordKind::Customer);
  CHECK(clients.fieldOf("tariff_plan") == "segment");

  const MappedFixture call = mapShared("facetoe__zenpy/specification__talk__call.json");
  requireMapped(call, "zendesk_talk", RecordKind::Contact);
  // talk_time 751 + hold_time 0 + wrap_up_time: handle time is their sum.
  const MappedRows rows = call.apply();
  CHECK(fieldColumn(rows, RecordKind::Contact, "wait_seconds").numbers[0] == 16);
  CHECK(fieldColumn(rows, RecordKind::Contact, "handle_seconds").numbers[0] >= 751);
  requireMapped(mapShared("facetoe__zenpy/specification__chat__chat.json"), "zendesk_chat", RecordKind::Contact);
  requireMapped(mapShared("facetoe__zenpy/specification__zendesk__ticket_metric.json"), "zendesk_ticket_metrics", RecordKind::Contact);
}

} // TEST_SUITE
