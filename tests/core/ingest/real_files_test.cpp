#include <doctest/doctest.h>

#include "test_support.h"

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/cell_reader.h"
#include "core/ingest/values_test_support.h"

// Whole columns of real exports (../shared/data, see its README) typed as the table builder will:
// inferred from the first 100 cells, then every cell appended. These files have no quoted fields,
// so a plain split stands in for the CSV reader. Reference figures come from the README and were
// re-checked with Python's csv module and awk before being frozen here.
using namespace carescore;
using namespace carescore::testing;

namespace {

constexpr std::size_t kSample = 100;

SimpleTable load(const std::string& relative, char delimiter) {
  const std::vector<std::uint8_t> bytes = readFile(sharedPath("data/" + relative));
  REQUIRE_MESSAGE(!bytes.empty(), relative);
  const std::string text(bytes.begin(), bytes.end());
  REQUIRE_MESSAGE(text.find('"') == std::string::npos, relative << " has quotes: not for a plain split");
  return splitUnquoted(text, delimiter);
}

Column typed(const SimpleTable& table, std::string_view header) {
  const std::vector<std::string>& cells = table.column(header);
  REQUIRE_MESSAGE(!cells.empty(), header);
  const std::vector<std::string_view> views = viewsOf(cells);
  return typeColumn(header, views, kSample);
}

double meanWhere(const Column& values, const Column& flag) {
  double sum = 0;
  std::size_t n = 0;
  for (std::size_t row = 0; row < values.size(); ++row)
    if (flag.hasValue(row) && flag.numbers[row] == 1.0 && values.hasValue(row)) {
      sum += values.numbers[row];
      ++n;
    }
  return n == 0 ? 0.0 : sum / static_cast<double>(n);
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("real: the PwC calls in two exports type to the same values") {
  // ZhDmitriy…/Call-Center-Dataset.csv: ';', dd.mm.yyyy, Time as Excel day fractions
  // ("0.38400462962963"), AvgTalkDuration as Excel times with AM/PM ("12:02:23 AM" = 143 s).
  const SimpleTable ru = load("ZhDmitriy__contact_center_shiny_dashboard/Call-Center-Dataset.csv", ';');
  // AnandKumar0…/01 Call-Center-Dataset.csv: the same 5,000 calls, dates mixed "01-02-2021" (MM-DD,
  // day ≤ 12) and "1/13/2021", times "09:12:58", talk time in integer seconds.
  const SimpleTable us = load("AnandKumar0__Power-BI-1-Pwc-Call-Center-Trend/01 Call-Center-Dataset.csv", ',');

  const Column ruDate = typed(ru, "Date");
  const Column usDate = typed(us, "date");
  CHECK(ruDate.format.dateOrder == DateOrder::DayMonthYear);
  CHECK(ruDate.format.description == "date dd.mm.yyyy");
  // The first 100 US rows are all ambiguous (1–2 January); "1/13/2021" settles month-first later.
  CHECK(usDate.format.dateOrder == DateOrder::MonthDayYear);
  CHECK_FALSE(usDate.format.dateOrderAmbiguous);
  CHECK(ruDate.misfits == 0);
  CHECK(usDate.misfits == 0);
  REQUIRE(ruDate.size() == 5000);
  CHECK(ruDate.epochMs == usDate.epochMs);
  CHECK(ruDate.epochMs.front() == 1609459200000);  // 01.01.2021 (date -u -d 2021-01-01 +%s)
  CHECK(ruDate.epochMs.back() == 1617148800000);   // 31.03.2021 (date -u -d 2021-03-31 +%s)

  const Column ruTime = typed(ru, "Time");
  const Column usTime = typed(us, "time");
  CHECK(ruTime.format.timeOfDay);
  CHECK(usTime.format.timeOfDay);
  CHECK(ruTime.numbers.front() == 33178);  // 09:12:58
  CHECK(ruTime.numbers == usTime.numbers);  // every Excel fraction snaps to the clock second

  const Column answered = typed(ru, "Answered (Y/N)");
  CHECK(answered.type == ValueType::Boolean);
  CHECK(answered.valueCount() == 5000);
  const Column talk = typed(ru, "AvgTalkDuration");
  CHECK(talk.type == ValueType::Duration);
  CHECK(talk.numbers.front() == 143);
  CHECK(meanWhere(talk, answered) == doctest::Approx(224.9228).epsilon(1e-6));  // README §1.2 AHT
  const Column speed = typed(ru, "Speed of answer in seconds");
  CHECK(speed.type == ValueType::Duration);  // "in seconds"
  CHECK(meanWhere(speed, answered) == doctest::Approx(67.5207).epsilon(1e-6));  // ASA
  const Column rating = typed(ru, "Satisfaction rating");
  CHECK(rating.type == ValueType::Integer);
  CHECK(rating.valueCount() == 4054);  // unanswered calls are blank: missing, not zero
  const Column stray = typed(ru, "Total Calls Resolved");  // 3 stray Excel totals, blank elsewhere
  CHECK(stray.type == ValueType::Integer);
  CHECK(stray.valueCount() == 3);
  const Column usTalk = typed(us, "avgtalkduration");
  CHECK(usTalk.type == ValueType::Integer);  // no unit in the header: a plain count
  const Column usAnswered = typed(us, "answered (Y/N)");
  for (std::size_t row = 0; row < 5000; ++row)
    if (answered.numbers[row] == 1.0) REQUIRE(talk.numbers[row] == usTalk.numbers[row]);
  CHECK(typed(us, "").type == ValueType::Empty);  // the two empty trailing columns
  CHECK(typed(ru, "Agent").type == ValueType::Category);
}

TEST_CASE("real: AnandBakode008 Call_Center.csv, dd-mm-yyyy and clock durations") {
  const SimpleTable t = load("AnandBakode008__call-center-performance-analysis/Call_Center.csv", ',');
  const Column date = typed(t, "Date");
  CHECK(date.format.dateOrder == DateOrder::DayMonthYear);
  CHECK(date.epochMs.front() == 1454198400000);  // 31-01-2016
  const Column answered = typed(t, "Answered (Y/N)");
  const Column talk = typed(t, "AvgTalkDuration");  // "00:02:59"
  CHECK(talk.type == ValueType::Duration);
  CHECK(talk.format.description == "HH:MM:SS");
  CHECK(talk.numbers.front() == 179);
  CHECK(meanWhere(talk, answered) == doctest::Approx(226.124).epsilon(1e-5));  // README §1.4
  const Column speed = typed(t, "Speed of Answer");
  CHECK(meanWhere(speed, answered) == doctest::Approx(67.220).epsilon(1e-5));
  const Column time = typed(t, "Time");
  CHECK(time.format.timeOfDay);
  CHECK(time.numbers.front() == 17 * 3600 + 34 * 60 + 5);  // 17:34:05
  CHECK(answered.valueCount() == 1772);
  std::size_t yes = 0;
  for (double v : answered.numbers) yes += v == 1.0 ? 1 : 0;
  CHECK(yes == 1455);
}

TEST_CASE("real: the Anonymous Bank calls (TSV, YYMMDD, H:MM:SS times of day)") {
  const SimpleTable t = load("datatalking__DA420_Assignment4/data_anonymous_bank_february.txt", '\t');
  const Column date = typed(t, "date");  // "990201"
  CHECK(date.format.description == "date yymmdd");
  CHECK(date.misfits == 0);
  CHECK(date.epochMs.front() == 917827200000);  // 1999-02-01
  const Column entry = typed(t, "vru_entry");  // "7:02:47"
  CHECK(entry.format.timeOfDay);
  CHECK(entry.numbers.front() == 7 * 3600 + 2 * 60 + 47);
  const Column outcome = typed(t, "outcome");
  CHECK(outcome.type == ValueType::Category);
  const Column server = typed(t, "server");
  const Column serTime = typed(t, "ser_time");
  const Column qTime = typed(t, "q_time");
  CHECK(qTime.type == ValueType::Integer);
  CHECK(typed(t, "vru_time").type == ValueType::Integer);  // 25 negative values: numbers, not misfits
  // AHT over AGENT calls with a real server, ASA over AGENT calls (awk on the file: 179.035, 40.7743).
  const auto agent = outcome.dictionary.find("AGENT");
  const auto noServer = server.dictionary.find("NO_SERVER");
  REQUIRE(agent.has_value());
  REQUIRE(noServer.has_value());
  double service = 0, queue = 0;
  std::size_t served = 0, agentCalls = 0;
  for (std::size_t row = 0; row < outcome.size(); ++row) {
    if (outcome.codes[row] != *agent) continue;
    ++agentCalls;
    queue += qTime.numbers[row];
    if (server.codes[row] != *noServer) {
      service += serTime.numbers[row];
      ++served;
    }
  }
  CHECK(agentCalls == 27162);
  CHECK(served == 26671);
  CHECK(service / static_cast<double>(served) == doctest::Approx(179.035).epsilon(1e-5));
  CHECK(queue / static_cast<double>(agentCalls) == doctest::Approx(40.7743).epsilon(1e-5));
}

TEST_CASE("real: vestineo aggregated report, percent strings and HH:MM:SS averages") {
  const SimpleTable t = load("vestineo__call-center-viz/Call Center Data.csv", ',');
  const Column rate = typed(t, "Answer Rate");
  CHECK(rate.type == ValueType::Decimal);
  CHECK(rate.numbers.front() == 0.9401);  // "94.01%"
  const Column level = typed(t, "Service Level (20 Seconds)");
  CHECK(level.type == ValueType::Decimal);  // percent values: the "20 Seconds" is a threshold
  const Column answered = typed(t, "Answered Calls");
  const Column speed = typed(t, "Answer Speed (AVG)");  // "00:00:17"
  CHECK(speed.type == ValueType::Duration);
  CHECK_FALSE(speed.format.timeOfDay);
  double weighted = 0, calls = 0;
  for (std::size_t row = 0; row < speed.size(); ++row) {
    weighted += speed.numbers[row] * answered.numbers[row];
    calls += answered.numbers[row];
  }
  CHECK(calls == 221234);
  CHECK(weighted / calls == doctest::Approx(29.836).epsilon(1e-4));  // README §1.5
}

TEST_CASE("real: telecom (offsets), Sipuni (Russian headers), NPS, Zendesk and Intercom seeds") {
  const SimpleTable telecom = load("RafaelGonzalezAlfaro__Telecom_operadores_ineficaces/datasets__telecom_dataset_us.csv", ',');
  const Column date = typed(telecom, "date");  // "2019-08-04 00:00:00+03:00"
  CHECK(date.format.timeBase == TimeBase::Utc);
  CHECK(date.epochMs.front() == 1564866000000);  // 2019-08-03T21:00:00Z
  const Column internal = typed(telecom, "internal");
  CHECK(internal.type == ValueType::Boolean);
  CHECK(internal.size() - internal.valueCount() == 117);  // blank in 117 rows: missing, not false
  CHECK(typed(telecom, "operator_id").type == ValueType::Text);  // "unknown" among ids
  const SimpleTable clients = load("RafaelGonzalezAlfaro__Telecom_operadores_ineficaces/datasets__telecom_clients_us.csv", ',');
  const Column start = typed(clients, "date_start");  // "8/15/2019"
  CHECK(start.format.dateOrder == DateOrder::MonthDayYear);
  CHECK(start.misfits == 0);

  // Zloooy…/dataset__info.csv: "Время" = "18.05.2022 11:33:47", a blank second line.
  const SimpleTable sipuni = load("Zloooy__practice-scale-call-classification/dataset__info.csv", ';');
  const Column when = typed(sipuni, "\xD0\x92\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F");  // Время
  CHECK(when.format.description == "dd.mm.yyyy HH:MM:SS");
  CHECK(when.misfits == 0);
  std::int64_t first = when.epochMs.front(), last = first;
  for (std::int64_t ms : when.epochMs) {
    first = std::min(first, ms);
    last = std::max(last, ms);
  }
  CHECK(first == 1652873627000);  // 2022-05-18 11:33:47 (date -u -d … +%s)
  CHECK(last == 1658852980000);   // 2022-07-26 16:29:40
  const Column answerTime = typed(sipuni, "\xD0\x92\xD1\x80\xD0\xB5\xD0\xBC\xD1\x8F \xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB0");  // Время ответа
  CHECK(answerTime.type == ValueType::Integer);  // seconds, but the header names no unit
  const Column recordId = typed(sipuni, "ID \xD0\xB7\xD0\xB0\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB8");  // ID записи, one with a trailing TAB
  CHECK(recordId.type == ValueType::Decimal);
  CHECK(recordId.misfits == 0);

  const SimpleTable nps = load("julioverdugo__NPS/nps_survey.csv", ',');
  const Column admin = typed(nps, "is_admin");
  CHECK(admin.type == ValueType::Boolean);
  double admins = 0;
  for (double v : admin.numbers) admins += v;
  CHECK(admins == 7156);
  CHECK(typed(nps, "created_at").format.timeBase == TimeBase::Utc);
  CHECK(typed(nps, "score").type == ValueType::Integer);

  const SimpleTable tickets = load("fivetran__dbt_zendesk/integration_tests__seeds__ticket_data.csv", ',');
  const Column synced = typed(tickets, "_fivetran_synced");  // "2020-03-20 02:32:49.426"
  CHECK(synced.epochMs.front() == 1584671569426);
  CHECK(synced.format.timeBase == TimeBase::WallClock);
  CHECK(typed(tickets, "is_public").type == ValueType::Boolean);
  const SimpleTable intercom = load("fivetran__dbt_intercom/integration_tests__seeds__conversation_history_data.csv", ',');
  CHECK(typed(intercom, "read").type == ValueType::Boolean);  // TRUE/FALSE
  CHECK(typed(intercom, "_fivetran_active").type == ValueType::Boolean);  // true/false
}

TEST_CASE("real: values quoted from files with quoted fields") {
  // monalisapatra26__data_visualization/twcs.csv "created_at", "inbound", "in_response_to_tweet_id"
  Column c = typeColumn("created_at", {"Tue Oct 31 22:10:47 +0000 2017", "Tue Oct 31 22:11:45 +0000 2017"});
  CHECK(c.format.timeBase == TimeBase::Utc);
  CHECK(c.epochMs == std::vector<std::int64_t>{1509487847000, 1509487905000});
  CHECK(typeColumn("inbound", {"False", "True", "True"}).type == ValueType::Boolean);
  CHECK(typeColumn("in_response_to_tweet_id", {"3.0", "", "1.0"}).type == ValueType::Decimal);
  // Mumtaj1012…/customer_support_tickets.csv: Excel re-save, day-first, seconds dropped
  c = typeColumn("First Response Time", {"01-06-2023 12:15", "", "31-05-2023 23:59"});
  CHECK(c.format.dateOrder == DateOrder::DayMonthYear);
  CHECK(c.format.description == "dd-mm-yyyy HH:MM");
  CHECK(c.epochMs[2] == 1685577540000);
  c = typeColumn("Date of Purchase", {"22-03-2021", "22-03-2021"});
  CHECK(c.epochMs[0] == 1616371200000);
  // andkuster…/customer_support_tickets.csv: the original, ISO
  c = typeColumn("First Response Time", {"2023-06-01 12:15:36", ""});
  CHECK(c.epochMs[0] == 1685621736000);
  // zzzbitz__prepbench case_281 complaints: dd/mm/yyyy, and ids that look like dates to nobody
  c = typeColumn("Date Resolved", {"25/07/2023", "09/12/2023", "10/12/2023"});
  CHECK(c.format.dateOrder == DateOrder::DayMonthYear);
  CHECK(typeColumn("Complaint ID", {"54-009-2490", "99-291-6766"}).type == ValueType::Text);
  CHECK(typeColumn("Timely Response", {"True", "False"}).type == ValueType::Boolean);
  // karimatthews…/data__tickets.json "created_at"
  c = typeColumn("created_at", {"2016-04-28T11:19:34 -10:00", "2016-04-14T08:32:31 -10:00"});
  CHECK(c.epochMs[0] == 1461878374000);
  // BenaventC__NPSgame/nps.csv: NA literals, negative receipts
  c = typeColumn("CaTicket", {"12.85", "NA", "-991.9", "5467.85"});
  CHECK(c.type == ValueType::Decimal);
  CHECK(c.valueCount() == 3);
  CHECK(c.numbers[2] == -991.9);
}

}
