#include <doctest/doctest.h>

#include <string>

#include "ingest_test_support.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

struct Expected {
  const char* path;  // under ../shared/data
  std::uint64_t rows;
  std::size_t columns;
  char delimiter;    // 0 for JSON
};

// Rows and columns counted independently with Python's csv and json modules (data/README.md
// gives the same record counts); CSV columns are the header's fields.
constexpr Expected kFiles[] = {
    {"AnandBakode008__call-center-performance-analysis/Call_Center.csv", 1772, 10, ','},
    {"AnandKumar0__Power-BI-1-Pwc-Call-Center-Trend/01 Call-Center-Dataset.csv", 5000, 12, ','},
    {"BenaventC__NPSgame/nps.csv", 13954, 9, ','},
    {"Mumtaj1012__customer-satisfaction-analysis/customer_support_tickets.csv", 8469, 17, ','},
    {"RafaelGonzalezAlfaro__Telecom_operadores_ineficaces/datasets__telecom_clients_us.csv", 732, 3, ','},
    {"RafaelGonzalezAlfaro__Telecom_operadores_ineficaces/datasets__telecom_dataset_us.csv", 53902, 9, ','},
    {"ZhDmitriy__contact_center_shiny_dashboard/Call-Center-Dataset.csv", 5000, 12, ';'},
    {"Zloooy__practice-scale-call-classification/dataset__info.csv", 2834, 21, ';'},
    {"andkuster__customer-support-ticket/customer_support_tickets.csv", 8469, 17, ','},
    {"datatalking__DA420_Assignment4/data_anonymous_bank_february.txt", 33344, 17, '\t'},
    {"fivetran__dbt_intercom/integration_tests__seeds__conversation_history_data.csv", 9, 30, ','},
    {"fivetran__dbt_intercom/integration_tests__seeds__conversation_part_history_data.csv", 9, 16, ','},
    {"fivetran__dbt_zendesk/integration_tests__seeds__ticket_comment_data.csv", 20, 10, ','},
    {"fivetran__dbt_zendesk/integration_tests__seeds__ticket_data.csv", 10, 36, ','},
    {"fivetran__dbt_zendesk/integration_tests__seeds__ticket_field_history_data.csv", 38, 6, ','},
    {"fivetran__dbt_zendesk/integration_tests__seeds__user_data.csv", 10, 32, ','},
    {"hanakim120__kiosk-servqual-research/analysis__kiosk.csv", 211, 163, ','},
    {"julioverdugo__NPS/nps_survey.csv", 20268, 7, ','},
    {"monalisapatra26__data_visualization/twcs.csv", 5000, 8, ','},
    {"vestineo__call-center-viz/Call Center Data.csv", 1251, 9, ','},
    {"zzzbitz__prepbench/data__case_040__inputs__input_01.csv", 39, 11, ','},
    {"zzzbitz__prepbench/data__case_059__inputs__input_01.csv", 12, 2, ','},
    {"zzzbitz__prepbench/data__case_059__inputs__input_02.csv", 1147, 6, ','},
    {"zzzbitz__prepbench/data__case_059__inputs__input_03.csv", 1185, 6, ','},
    {"zzzbitz__prepbench/data__case_059__inputs__input_04.csv", 210, 6, ','},
    {"zzzbitz__prepbench/data__case_122__inputs__input_01.csv", 5723, 3, ','},
    {"zzzbitz__prepbench/data__case_122__inputs__input_02.csv", 184, 3, ','},
    {"zzzbitz__prepbench/data__case_158__inputs__input_01.csv", 109, 6, ','},
    {"zzzbitz__prepbench/data__case_158__inputs__input_05.csv", 135, 7, ','},
    {"zzzbitz__prepbench/data__case_158__inputs__input_13.csv", 135, 5, ','},
    {"zzzbitz__prepbench/data__case_158__inputs__input_14.csv", 9, 3, ','},
    {"zzzbitz__prepbench/data__case_158__inputs__input_16.csv", 2, 1, ','},
    {"zzzbitz__prepbench/data__case_281__inputs__input_01.csv", 53, 11, ','},
    {"karimatthews__zendesk-coding-challenge-2018/data__tickets.json", 200, 0, 0},
    {"karimatthews__zendesk-coding-challenge-2018/data__users.json", 75, 0, 0},
    {"karimatthews__zendesk-coding-challenge-2018/data__organizations.json", 25, 0, 0},
    {"facetoe__zenpy/specification__chat__chat.json", 1, 0, 0},
    {"facetoe__zenpy/specification__talk__call.json", 1, 0, 0},
    {"facetoe__zenpy/specification__zendesk__ticket_metric.json", 1, 0, 0},
};

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("every export in ../shared/data loads with its rows and columns") {
  for (const Expected& e : kFiles) {
    CAPTURE(e.path);
    const ReadResult r = readShared(std::string("data/") + e.path);
    CHECK(r.table.rowCount() == e.rows);
    CHECK(r.rowsRead == e.rows);
    if (e.delimiter) {
      CHECK(r.format == FileFormat::Csv);
      CHECK(r.table.columns.size() == e.columns);
      CHECK(r.dialect.delimiter == e.delimiter);
      CHECK(r.headerRows == 1);
    } else {
      CHECK(r.format == FileFormat::Json);
      CHECK(r.ok());
    }
    CHECK(r.rowsSkipped == 0);
  }
}

TEST_CASE("real exports: the quirks the data README lists") {
  // §1.4: the BOM does not stick to the first header.
  const ReadResult callCenter = readShared("data/AnandBakode008__call-center-performance-analysis/Call_Center.csv");
  CHECK(callCenter.table.columns[0].name == "Call Id");
  CHECK(callCenter.encoding.byteOrderMark);
  // §1.3: two empty trailing header names, auto-named, and no ragged-row noise.
  const ReadResult pwc = readShared("data/AnandKumar0__Power-BI-1-Pwc-Call-Center-Trend/01 Call-Center-Dataset.csv");
  CHECK(pwc.table.columns[10].name == "column_11");
  CHECK(pwc.table.columns[11].name == "column_12");
  CHECK(pwc.diagnostics.count(DiagnosticCode::EmptyHeader) == 2);
  CHECK(pwc.diagnostics.count(DiagnosticCode::TooManyFields) == 0);
  CHECK(pwc.diagnostics.count(DiagnosticCode::TooFewFields) == 0);
  // §1.7: the blank second line is skipped and counted; Cyrillic headers read as UTF-8.
  const ReadResult sipuni = readShared("data/Zloooy__practice-scale-call-classification/dataset__info.csv");
  CHECK(sipuni.blankLines == 1);
  CHECK(sipuni.diagnostics.count(DiagnosticCode::BlankRows) == 1);
  CHECK(sipuni.table.columns[0].name == "Тип");
  CHECK(sipuni.table.columns[8].name == "Длительность разговора");
  // §3.1: the empty first header, and two bare CRs kept inside a tweet, not splitting its row.
  const ReadResult twcs = readShared("data/monalisapatra26__data_visualization/twcs.csv");
  CHECK(twcs.table.columns[0].name == "column_1");
  CHECK(twcs.diagnostics.count(DiagnosticCode::MixedLineEndings) == 2);
  CHECK(twcs.diagnostics.count(DiagnosticCode::TooFewFields) == 0);
  // §4.1: Latin-1 mixed with CP850: read, and the encoding flagged as a guess.
  const ReadResult botanic = readShared("data/BenaventC__NPSgame/nps.csv");
  CHECK(botanic.encoding.detected == Encoding::Windows1252);
  CHECK(botanic.diagnostics.count(DiagnosticCode::EncodingUncertain) == 1);
  // §4.5: CP949 is not ours: read with a flagged guess, never silently.
  const ReadResult kiosk = readShared("data/hanakim120__kiosk-servqual-research/analysis__kiosk.csv");
  CHECK(kiosk.diagnostics.count(DiagnosticCode::EncodingUncertain) == 1);
  // §2.3: CRLF between records, LF inside quoted text: not mixed record endings.
  const ReadResult mumtaj = readShared("data/Mumtaj1012__customer-satisfaction-analysis/customer_support_tickets.csv");
  CHECK(mumtaj.diagnostics.count(DiagnosticCode::MixedLineEndings) == 0);
  CHECK(mumtaj.dialect.lineEnding == LineEnding::Crlf);
}

TEST_CASE("the spreadsheet-mangled ticket export is unwrapped and flagged as an error (A18, data README §2.2)") {
  const ReadResult r =
      readShared("data/andkuster__customer-support-ticket/customer_support_tickets__commit13b4e48f_excel_mangled.csv");
  CHECK_FALSE(r.ok());
  CHECK(r.diagnostics.count(DiagnosticCode::ExcelWrappedRows) == 1);
  CHECK(r.dialect.wrapped);
  const ReadResult original = readShared("data/andkuster__customer-support-ticket/customer_support_tickets.csv");
  CHECK(columnNames(r.table) == columnNames(original.table));  // the real header, not one giant column
  CHECK(r.table.rowCount() > 8000);
}

TEST_CASE("the same tickets, read whole and in 1 KiB pieces, give the same table") {
  const auto bytes = readFile(sharedPath("data/Mumtaj1012__customer-satisfaction-analysis/customer_support_tickets.csv"));
  const ReadResult whole = readBuffer(bytes, {.fileName = "t.csv"});
  const ReadResult pieces = readBuffer(bytes, {.fileName = "t.csv"}, 1024);
  checkSameTable(whole.table, pieces.table);
}

TEST_CASE("real exports through the whole pipeline with type inference (values module)") {
  const ReadResult calls = readSharedTyped("data/AnandBakode008__call-center-performance-analysis/Call_Center.csv");
  CHECK(calls.table.find("Date")->type == ValueType::Timestamp);
  CHECK(calls.table.find("Date")->format.dateOrder == DateOrder::DayMonthYear);
  CHECK(calls.table.find("AvgTalkDuration")->type == ValueType::Duration);
  CHECK(calls.table.find("Speed of Answer")->type == ValueType::Integer);
  CHECK(calls.table.find("Speed of Answer")->valueCount() == 1455);  // answered calls (data README §1.4)
  CHECK(calls.table.find("Answered (Y/N)")->type == ValueType::Boolean);
  // The Russian-locale re-save: ';' and Excel day fractions.
  const ReadResult zh = readSharedTyped("data/ZhDmitriy__contact_center_shiny_dashboard/Call-Center-Dataset.csv");
  CHECK(zh.table.find("Date")->type == ValueType::Timestamp);
  CHECK(zh.table.find("Satisfaction rating")->valueCount() == 4054);
  // JSON numbers and timestamps are typed like CSV text.
  const ReadResult zendesk = readSharedTyped("data/karimatthews__zendesk-coding-challenge-2018/data__tickets.json");
  CHECK(zendesk.table.find("created_at")->type == ValueType::Timestamp);
  CHECK(zendesk.table.find("assignee_id")->type == ValueType::Integer);
  CHECK(zendesk.table.find("assignee_id")->valueCount() == 196);
  for (const ReadResult* r : {&calls, &zh, &zendesk})
    for (const Column& c : r->table.columns) CHECK(c.misfits == 0);
}

}
