#include <doctest/doctest.h>

#include <string>

#include "test_support.h"
#include "core/ingest/file_reader.h"
#include "core/metrics/comparison.h"
#include "core/metrics/metrics_test_support.h"

// Real exports of ../shared/data read with FileReader, their columns renamed and reshaped into
// canonical fields by hand (what mapping/ will do), then measured. Every expected value was
// computed independently with Python's csv module from the raw file, as quoted above each block.
using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

namespace {

Table readShared(const std::string& relative) {
  const std::vector<std::uint8_t> bytes = readFile(sharedPath("data/" + relative));
  REQUIRE_MESSAGE(!bytes.empty(), relative);
  ReadOptions options;
  options.fileName = relative;
  ReadResult result = readBuffer(bytes, options);
  REQUIRE_MESSAGE(result.ok(), relative);
  return std::move(result.table);
}

const Column& columnOf(const Table& table, std::string_view name) {
  const Column* column = table.find(name);
  REQUIRE_MESSAGE(column, name);
  return *column;
}

Column& put(Table& table, std::string name, ValueType type) {
  table.columns.reserve(32);  // references stay valid while columns are added
  return table.add(std::move(name), type);
}

void copyAs(Table& to, const Table& from, std::string_view raw, std::string canonical) {
  Column column = columnOf(from, raw);
  column.name = std::move(canonical);
  to.columns.reserve(32);
  to.columns.push_back(std::move(column));
}

// A date column plus a time-of-day column (seconds since midnight) as one instant, UTC wall clock.
void addDateTime(Table& to, const Table& from, std::string_view date, std::string_view time) {
  const Column& day = columnOf(from, date);
  const Column& clock = columnOf(from, time);
  Column& created = put(to, "created_at", ValueType::Timestamp);
  for (std::size_t row = 0; row < day.size(); ++row)
    if (day.hasValue(row) && clock.hasValue(row)) created.appendTime(day.epochMs[row] + static_cast<std::int64_t>(clock.numbers[row] * 1000));
    else created.appendMissing();
}

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("real: Anonymous Bank calls — service level, ASA, abandonment, handle time, volume by weekday") {
  const Table raw = readShared("datatalking__DA420_Assignment4/data_anonymous_bank_february.txt");
  REQUIRE(raw.rowCount() == 33344);
  // Mapping by hand: outcome AGENT → answered, HANG → abandoned, PHANTOM (virtual calls) → no
  // outcome; wait = q_time; handle = ser_time and agent = server, except the NO_SERVER rows;
  // customer_id as an identifier, 0 meaning none.
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addDateTime(t, raw, "date", "vru_entry");
  const Column& outcomeRaw = columnOf(raw, "outcome");
  const Column& server = columnOf(raw, "server");
  const Column& serTime = columnOf(raw, "ser_time");
  const Column& qTime = columnOf(raw, "q_time");
  Column& outcome = put(t, "outcome", ValueType::Category);
  Column& wait = put(t, "wait_seconds", ValueType::Duration);
  Column& handle = put(t, "handle_seconds", ValueType::Duration);
  Column& agent = put(t, "agent", ValueType::Category);
  for (std::size_t row = 0; row < raw.rowCount(); ++row) {
    const std::string_view word = outcomeRaw.text(row);
    if (word == "AGENT") outcome.appendText("answered");
    else if (word == "HANG") outcome.appendText("abandoned");
    else outcome.appendMissing();
    wait.appendNumber(qTime.numbers[row]);
    const bool serverKnown = server.text(row) != "NO_SERVER";
    if (serverKnown) {
      handle.appendNumber(serTime.numbers[row]);
      agent.appendText(server.text(row));
    } else {
      handle.appendMissing();
      agent.appendMissing();
    }
  }
  MetricContext context(data);
  SelectionSet all(context, {});

  // python: rows = csv.DictReader(open(path), delimiter='\t'); ag = AGENT rows; hang = HANG rows
  //   q = [int(r['q_time']) for r in ag] → mean 40.774317, R-7 median 6, p90 131;
  //   sum(x <= 20 for x in q) = 16209 of 27162 (README: 0.5968).
  const MetricResult asa = computeMetric(all, request("asa"));
  CHECK(asa.n == 27162);
  CHECK(valueOf(asa, "mean_seconds") == Approx(40.774317060599365).epsilon(1e-12));
  CHECK(valueOf(asa, "median_seconds") == 6);
  CHECK(valueOf(asa, "p90_seconds") == 131);
  CHECK(asa.noteCount("unknown_outcome") == 278);  // PHANTOM
  const MetricResult sl20 = computeMetric(all, request("service_level", "answered_only", {{"threshold_seconds", 20.0}}));
  CHECK(sl20.find("share_within")->numerator == 16209);
  CHECK(sl20.find("share_within")->denominator == 27162);
  // Default variant, 120 s, abandons under 5 s left out: short = HANG with q_time < 5 → 2160;
  //   within = sum(x <= 120 for x in q) = 24111 of 27162 + 5904 − 2160 = 30906.
  const MetricResult sl = computeMetric(all, request("service_level"));
  CHECK(sl.find("share_within")->numerator == 24111);
  CHECK(sl.find("share_within")->denominator == 30906);
  CHECK(sl.noteCount("short_abandons") == 2160);
  // Abandonment: 5904 / 33066 with every abandon (README 0.1786); 3744 / 30906 without short ones.
  const MetricResult all5904 = computeMetric(all, request("abandon_rate", "all_abandons"));
  CHECK(all5904.find("share")->numerator == 5904);
  CHECK(all5904.find("share")->denominator == 33066);
  const MetricResult late = computeMetric(all, request("abandon_rate"));
  CHECK(late.find("share")->numerator == 3744);
  CHECK(late.find("share")->denominator == 30906);
  // AHT: [int(r['ser_time']) for r in ag if r['server'] != 'NO_SERVER'] → n 26671, mean 179.034682,
  // median 109 (README 179.03).
  const MetricResult aht = computeMetric(all, request("aht"));
  CHECK(aht.n == 26671);
  CHECK(valueOf(aht, "mean_seconds") == Approx(179.03468186419707).epsilon(1e-12));
  CHECK(valueOf(aht, "median_seconds") == 109);
  // Volume by weekday: Counter(date(1999, mm, dd).weekday() for r in rows) → Mon 5777, Tue 6398,
  // Wed 6356, Thu 5839, Fri 1950, Sat 866, Sun 6158 (an Israeli bank: Friday and Saturday are quiet).
  const SegmentSplit weekdays = splitBy(all, request("volume"), Segmentation::byTime(SegmentBy::DayOfWeek));
  const std::uint64_t expected[] = {5777, 6398, 6356, 5839, 1950, 866, 6158};
  REQUIRE(weekdays.segments.size() == 7);
  for (std::size_t day = 0; day < 7; ++day) CHECK(valueOf(weekdays.segments[day].result, "count") == expected[day]);
  // The file has no resolution state: FCR says what it needs instead of a number.
  const MetricResult fcr = computeMetric(all, request("fcr", "repeat_contact_any_topic"));
  CHECK(fcr.status == ResultStatus::MissingInputs);
  CHECK(fcr.missingInputs == std::vector<std::string>{"needs field customer_id", "needs field resolved_at (or status)"});
}

TEST_CASE("real: PwC call-centre trends — abandonment, ASA, AHT, CSAT, agents' consistency") {
  const Table raw = readShared("AnandKumar0__Power-BI-1-Pwc-Call-Center-Trend/01 Call-Center-Dataset.csv");
  REQUIRE(raw.rowCount() == 5000);
  // Mapping: abandoned = not "answered (Y/N)"; wait = speed of answer; handle = avgtalkduration;
  // the satisfaction rating becomes a survey answer about the call, same time and agent.
  Dataset data;
  Table& t = data.of(RecordKind::Contact);
  addDateTime(t, raw, "date", "time");
  copyAs(t, raw, "agent", "agent");
  copyAs(t, raw, "topic", "topic");
  copyAs(t, raw, "speed of answer in seconds", "wait_seconds");
  copyAs(t, raw, "avgtalkduration", "handle_seconds");
  const Column& answered = columnOf(raw, "answered (Y/N)");
  Column& abandoned = put(t, "abandoned", ValueType::Boolean);
  for (std::size_t row = 0; row < raw.rowCount(); ++row) abandoned.appendNumber(answered.numbers[row] == 0 ? 1 : 0);
  Table& s = data.of(RecordKind::Survey);
  copyAs(s, t, "created_at", "submitted_at");
  copyAs(s, raw, "agent", "agent");
  copyAs(s, raw, "satisfaction rating", "csat");
  MetricContext context(data);
  SelectionSet all(context, {});

  // python: rows = csv.DictReader(open(path, newline='')); ans = [r for r in rows if r['answered (Y/N)'] == 'Y']
  //   → 4054 answered, (5000 − 4054)/5000 = 0.1892; speed of answer: mean 67.520720, median 68,
  //   p90 114, sum(s <= 60) = 1796; avgtalkduration of ans: mean 224.922792, median 226.
  const MetricResult abandon = computeMetric(all, request("abandon_rate", "all_abandons"));
  CHECK(valueOf(abandon, "share") == Approx(0.1892));
  const MetricResult asa = computeMetric(all, request("asa"));
  CHECK(valueOf(asa, "mean_seconds") == Approx(67.52072027627035).epsilon(1e-12));
  CHECK(valueOf(asa, "median_seconds") == 68);
  CHECK(valueOf(asa, "p90_seconds") == 114);
  const MetricResult sl = computeMetric(all, request("service_level", "answered_only", {{"threshold_seconds", 60.0}}));
  CHECK(sl.find("share_within")->numerator == 1796);
  CHECK(sl.find("share_within")->denominator == 4054);
  const MetricResult aht = computeMetric(all, request("aht"));
  CHECK(valueOf(aht, "mean_seconds") == Approx(224.92279230389738).epsilon(1e-12));
  CHECK(valueOf(aht, "median_seconds") == 226);
  CHECK(aht.noteCount("not_answered") == 946);  // their talk time is 0, not a handle time
  // Ratings: 4054 summing to 13798, mean 3.403552 (README 3.4036), ≥ 4: 2023 (0.4990), ≤ 3: 2031.
  const MetricResult csat = computeMetric(all, request("csat"));
  CHECK(csat.n == 4054);
  CHECK(valueOf(csat, "mean") == Approx(13798.0 / 4054.0));
  CHECK(csat.find("satisfied_share")->numerator == 2023);
  CHECK(csat.find("deficient_share")->numerator == 2031);
  // Per agent: Becky 517 calls, AHT 220.009671; across the 8 agents' mean AHTs the relative IQR
  // (R-7 quartiles) is 0.019248502.
  const SegmentSplit agents = splitBy(all, request("aht"), Segmentation::byField("agent"));
  REQUIRE(agents.segments.size() == 8);
  for (const Segment& segment : agents.segments)
    if (segment.label.key == "Becky") {
      CHECK(segment.result.n == 517);
      CHECK(valueOf(segment.result, "mean_seconds") == Approx(220.00967117988395).epsilon(1e-12));
    }
  const MetricResult consistency =
      computeMetric(all, request("agent_consistency", "", {{"of_statistic", std::string("aht.mean_seconds")}}));
  CHECK(consistency.n == 8);
  CHECK(valueOf(consistency, "relative_iqr") == Approx(0.019248502).epsilon(1e-8));
}

TEST_CASE("real: NPS survey — score, margin, monthly trend, this month against the last") {
  const Table raw = readShared("julioverdugo__NPS/nps_survey.csv");
  REQUIRE(raw.rowCount() == 20268);
  Dataset data;
  Table& s = data.of(RecordKind::Survey);
  copyAs(s, raw, "score", "nps");
  copyAs(s, raw, "surveyed_at", "submitted_at");
  MetricContext context(data);
  SelectionSet all(context, {});
  // python: sc = [int(r['score']) for r in rows] → promoters 9404, passives 3661, detractors 7203 of
  // 20268: NPS 10.859483; margin 1.96 × 100 × √((p + d − (p − d)²)/n) = 1.237185368.
  const MetricResult nps = computeMetric(all, request("nps"));
  REQUIRE(nps.ok());
  CHECK(valueOf(nps, "score") == Approx(10.859482929).epsilon(1e-9));
  CHECK(*nps.find("score")->marginOfError == Approx(1.237185368).epsilon(1e-8));
  // By month of surveyed_at[:7]: 19 months 2017-02 … 2018-08; 2018-03: 447/545/316 of 1308 → 10.015290520.
  const SegmentSplit months = trend(all, request("nps"), SegmentBy::Month);
  REQUIRE(months.segments.size() == 19);
  CHECK(months.segments.front().label.key == "2017-02");
  CHECK(months.segments[13].label.key == "2018-03");
  CHECK(valueOf(months.segments[13].result, "score") == Approx(10.015290520).epsilon(1e-9));
  // August 2018 (773/566/581) against July (630/682/470): +1.0213 points; adjusted-Wald SE 2.650619305,
  // z 0.385122805, p 0.700146433 (MeasuringU's recipe: ¾ added to promoters and detractors, n + 3).
  SelectionSet august(context, Filter{UtcRange{utc(2018, 8, 1), utc(2018, 9, 1)}, {}});
  const MetricComparison change = compareWithPrevious(august, request("nps"));
  CHECK(*change.change == Approx(1.0213243547).epsilon(1e-9));
  CHECK(*change.standardError == Approx(2.650619305).epsilon(1e-8));
  CHECK(*change.pValue == Approx(0.700146433).epsilon(1e-8));
  CHECK(change.verdict == ChangeVerdict::NoSignificantChange);
  CHECK(change.previous.find("score")->npsCounts.passives == 682);
}

}
