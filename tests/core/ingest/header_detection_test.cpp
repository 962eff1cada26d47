#include <doctest/doctest.h>

#include "test_support.h"

#include <string>
#include <vector>

#include "core/ingest/header_detection.h"

using namespace carescore;
using Records = std::vector<std::vector<std::string_view>>;
using Names = std::vector<std::string>;

namespace {

struct Detected {
  HeaderLayout layout;
  Diagnostics diagnostics;
};

Detected detect(const Records& records, HeaderOptions options = {}) {
  Detected d;
  std::vector<RecordInfo> infos;
  for (std::size_t i = 0; i < records.size(); ++i) infos.push_back({i, i + 1, i * 10});
  d.layout = detectHeader(records, infos, options, d.diagnostics);
  return d;
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("header detection: one header row over values") {
  const Detected d = detect({{"id", "wait (s)", "agent"}, {"1", "12", "Ann"}, {"2", "30", "Bob"}});
  CHECK(d.layout.headerRows == 1);
  CHECK(d.layout.preambleRows == 0);
  CHECK(d.layout.width == 3);
  CHECK(d.layout.names == Names{"id", "wait (s)", "agent"});
  CHECK(d.diagnostics.total() == 0);
}

TEST_CASE("header detection: a first row of values is data") {
  const Detected d = detect({{"1", "12.5", "Ann"}, {"2", "30", "Bob"}, {"3", "7", "Cid"}});
  CHECK(d.layout.headerRows == 0);
  CHECK(d.layout.names == Names{"column_1", "column_2", "column_3"});
  CHECK(d.diagnostics.count(DiagnosticCode::NoHeader) == 1);
}

TEST_CASE("header detection: all-text tables keep their first row as the header") {
  CHECK(detect({{"agent", "team"}, {"Ann", "A"}, {"Bob", "B"}}).layout.headerRows == 1);
}

TEST_CASE("header detection: Qualtrics' three header rows (vendors.md §2.9)") {
  const Detected d = detect({
      {"StartDate", "EndDate", "Q1", "Q2"},
      {"Start Date", "End Date", "How likely are you to recommend us?", "Why?"},
      {"{\"ImportId\":\"startDate\",\"timeZone\":\"UTC\"}", "{\"ImportId\":\"endDate\"}", "{\"ImportId\":\"QID1\"}", "{\"ImportId\":\"QID2_TEXT\"}"},
      {"2024-01-01 10:00:00", "2024-01-01 10:03:00", "9", "fast"},
  });
  CHECK(d.layout.headerRows == 3);
  CHECK(d.layout.layout == "qualtrics");
  CHECK(d.layout.names == Names{"StartDate", "EndDate", "Q1", "Q2"});
  REQUIRE(d.layout.headerText.size() == 3);
  CHECK(d.layout.headerText[1][2] == "How likely are you to recommend us?");
}

TEST_CASE("header detection: SurveyMonkey's two header rows, questions spanning their answers") {
  const Detected d = detect({
      {"Respondent ID", "Start Date", "How satisfied were you?", "Which channels?", "", "Comments"},
      {"", "", "Response", "Phone", "Chat", "Open-Ended Response"},
      {"114", "01/02/2024", "Very satisfied", "Phone", "", "great"},
  });
  CHECK(d.layout.headerRows == 2);
  CHECK(d.layout.layout == "surveymonkey");
  CHECK(d.layout.names == Names{"Respondent ID", "Start Date", "How satisfied were you?", "Which channels? - Phone",
                                "Which channels? - Chat", "Comments - Open-Ended Response"});
}

TEST_CASE("header detection: a generic second header row (units under names)") {
  const Detected d = detect({
      {"agent", "wait", "talk"},
      {"", "seconds", "minutes"},
      {"Ann", "12", "3.5"},
      {"Bob", "40", "2"},
      {"Cid", "7", "1.25"},
      {"Dan", "15", "4"},
  });
  CHECK(d.layout.headerRows == 2);
  CHECK(d.layout.names == Names{"agent", "wait - seconds", "talk - minutes"});
}

TEST_CASE("header detection: a report preamble is skipped (A19)") {
  const Detected d = detect({
      {"Report generated 2024-05-01"},
      {"Queue: support"},
      {"id", "created", "wait", "agent"},
      {"1", "2024-04-01", "12", "Ann"},
      {"2", "2024-04-02", "40", "Bob"},
  });
  CHECK(d.layout.preambleRows == 2);
  CHECK(d.layout.headerRows == 1);
  CHECK(d.layout.names == Names{"id", "created", "wait", "agent"});
  CHECK(d.layout.headerRecords() == 3);
  CHECK(d.diagnostics.count(DiagnosticCode::PreambleSkipped) == 1);
}

TEST_CASE("header detection: empty and duplicate names become unique") {
  const Detected d = detect({{"id", "", "id", "column_2", " name "}, {"1", "2", "3", "4", "5"}});
  CHECK(d.layout.names == Names{"id", "column_2_2", "id_2", "column_2", "name"});
  CHECK(d.diagnostics.count(DiagnosticCode::EmptyHeader) == 1);
  CHECK(d.diagnostics.count(DiagnosticCode::DuplicateHeader) == 1);
  CHECK(d.diagnostics.entries()[0].where.line == 1);
}

TEST_CASE("header detection: the user's header row count wins") {
  const Records records{{"a", "b"}, {"c", "d"}, {"1", "2"}};
  CHECK(detect(records, {.headerRows = 2}).layout.names == Names{"a - c", "b - d"});
  CHECK(detect(records, {.headerRows = 0}).layout.names == Names{"column_1", "column_2"});
}

TEST_CASE("looksLikeValue: numbers, dates, durations and percentages, not words") {
  for (const char* v : {"4,5", "31.01.2016", "00:02:59", "12%", "-1.5e3", "2024-01-01T10:00:00Z", "1 234,56"}) CHECK(looksLikeValue(v));
  for (const char* v : {"", "Date", "Q1", "wait (s)", "N/A", "-"}) CHECK_FALSE(looksLikeValue(v));
}

}
