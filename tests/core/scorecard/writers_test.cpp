#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/scorecard/csv_cell.h"
#include "core/scorecard/scorecard_csv.h"
#include "core/scorecard/scorecard_html.h"
#include "core/scorecard/scorecard_json.h"

using namespace carescore;

namespace {

// A scorecard built by hand: one failing standard whose label and a driver carry hostile text.
Scorecard handMade() {
  Scorecard card;
  card.profileId = "p";
  card.profileName = {"Shop <standards>", "Tiêu chuẩn", "Стандарты"};
  card.zone = "Asia/Ho_Chi_Minh";
  card.period = UtcRange{1772298000000, 1774976400000};  // 2026-03-01 … 2026-04-01 in UTC+7
  StandardCard standard;
  standard.id = "calls";
  standard.group = "accessibility";
  standard.label = {"=HYPERLINK(\"http://x\")", "Cuộc gọi", "Звонки"};
  standard.verdict = Verdict::Fail;
  Evaluation e;
  e.standardId = "calls";
  e.scopeLabel = "channel phone";
  e.metric = {"service_level", "share_within", "answered_only", {{"threshold_seconds", 120.0}}};
  e.unit = StatisticUnit::Share;
  e.target = {Comparator::AtLeast, 90.0, {}, {}};
  e.verdict = Verdict::Fail;
  e.value = 82.41234567;
  e.interval = ValueRange{80.9, 83.8};
  e.n = 2914;
  e.rule = "82.4 % misses target ≥ 90 %";
  e.trend = {{"2026-03-01", "", 80.0, 90}, {"2026-03-02", "", 85.0, 95}};
  e.drivers = {{"agent", "-Binh", "-Binh", 60, 33.3, 56.7, 3402, 1.0}};
  standard.scopes.push_back(e);
  card.standards.push_back(standard);
  card.compliance.verdicts.counts[static_cast<std::size_t>(Verdict::Fail)] = 1;
  card.compliance.groups.push_back({"accessibility", {"Access & reach", "Tiếp cận", "Доступность"}, card.compliance.verdicts});
  return card;
}

} // namespace

TEST_SUITE("core/scorecard") {

TEST_CASE("csv cells: formula injection escaped with an apostrophe, RFC 4180 quoting") {
  CHECK(csvCell("=1+1") == "'=1+1");
  CHECK(csvCell("+84 90 123") == "'+84 90 123");
  CHECK(csvCell("-5") == "'-5");
  CHECK(csvCell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csvCell("\tx") == "'\tx");
  CHECK(csvCell("\rx") == "\"'\rx\"");  // escaped, then quoted for the CR
  CHECK(csvCell("a,b") == "\"a,b\"");
  CHECK(csvCell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csvCell("=A1,\"B\"") == "\"'=A1,\"\"B\"\"\"");
  CHECK(csvCell("line\nbreak") == "\"line\nbreak\"");
  CHECK(csvCell("plain 5") == "plain 5");
  CHECK(csvCell("") == "");
  CHECK(csvCell("a=b") == "a=b");  // only a leading character makes a formula
}

TEST_CASE("scorecard csv: one row per standard × scope, hostile labels escaped") {
  const std::string csv = scorecardCsv(handMade(), ReportLanguage::Vi);
  const auto firstBreak = csv.find("\r\n");
  REQUIRE(firstBreak != std::string::npos);
  CHECK(csv.substr(0, 30) == "standard_id,group,standard,sco");
  const std::string row = csv.substr(firstBreak + 2);
  CHECK(row.starts_with("calls,accessibility,Cuộc gọi,channel phone,fail,Không đạt,82.4123,share,≥ 90 %,80.9,83.8,2914,"));
  CHECK(row.find("agent -Binh (33.3 %)") != std::string::npos);  // inside the cell, not at its start
  const std::string english = scorecardCsv(handMade(), ReportLanguage::En);
  CHECK(english.find(",\"'=HYPERLINK(\"\"http://x\"\")\",") != std::string::npos);
  CHECK(english.find(",=HYPERLINK") == std::string::npos);
}

TEST_CASE("scorecard json: the documented keys, rounded numbers, verdict names") {
  const auto json = nlohmann::json::parse(scorecardJson(handMade()));
  CHECK(json["format"] == "carescore-scorecard");
  CHECK(json["version"] == 1);
  CHECK(json["zone"] == "Asia/Ho_Chi_Minh");
  CHECK(json["period"]["begin"] == "2026-02-28T17:00:00Z");
  CHECK(json["compliance"]["fail"] == 1);
  CHECK(json["compliance"]["met"] == 0);
  CHECK(json["compliance"]["met_share"].is_null());
  const auto& scope = json["standards"][0]["scopes"][0];
  CHECK(json["standards"][0]["verdict"] == "fail");
  CHECK(scope["verdict"] == "fail");
  CHECK(scope["value"].get<double>() == 82.412346);  // six decimals
  CHECK(scope["n"] == 2914);
  CHECK(scope["target"]["comparator"] == ">=");
  CHECK(scope["target"]["value"] == 90);
  CHECK(scope["metric"]["parameters"]["threshold_seconds"] == 120);
  CHECK(scope["drivers"][0]["key"] == "-Binh");
  CHECK(scope["trend"].size() == 2);
  CHECK(scope["previous"]["verdict"] == "no_value");
  const std::string oneLine = scorecardJson(handMade(), {.indent = -1, .trends = false});
  CHECK(oneLine.find('\n') == std::string::npos);
  CHECK(oneLine.find("\"trend\"") == std::string::npos);
}

TEST_CASE("scorecard html: self-contained, escaped, in the chosen language, with the chart hook") {
  HtmlReportOptions options;
  options.language = ReportLanguage::Ru;
  options.sources = {{"calls.csv", "Phone calls", 2914, {"3 rows skipped: <no date>"}}};
  std::string html = scorecardHtml(handMade(), options);
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(html.find("<html lang=\"ru\">") != std::string::npos);
  CHECK(html.find("Оценка качества обслуживания") != std::string::npos);
  CHECK(html.find("Не выполнено") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("src=\"http") == std::string::npos);
  CHECK(html.find("href=") == std::string::npos);
  CHECK(html.find("&lt;no date&gt;") != std::string::npos);
  CHECK(html.find("<svg") != std::string::npos);  // the trend sparkline
  CHECK(html.find("2026-03-01 – 2026-03-31") == std::string::npos);  // options.zone is UTC here
  options.zone = TimeZone::fixed(7 * 3600);
  options.chartImages["calls"] = "data:image/png;base64,AAAA";
  html = scorecardHtml(handMade(), options);
  CHECK(html.find("2026-03-01 – 2026-03-31") != std::string::npos);
  CHECK(html.find("<img alt=\"\" src=\"data:image/png;base64,AAAA\"") != std::string::npos);
  CHECK(html.find("<svg") == std::string::npos);
  CHECK(htmlEscape("<a href='x'>&") == "&lt;a href=&#39;x&#39;&gt;&amp;");
}

}
