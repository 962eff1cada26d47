#include <doctest/doctest.h>

#include "test_support.h"
#include "core/metrics/metrics_test_support.h"

using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

TEST_SUITE("core/metrics") {

TEST_CASE("nps: answered responses, blanks as passives, the margin of a published example") {
  // 10, 9, 9, 8, 7, 6, 0, blank, 11 (off the scale): promoters 3, passives 2, detractors 2 of 7
  // answered → (3 − 2)/7 = 14.2857 points.
  Dataset data;
  addNumbers(data.of(RecordKind::Survey), "nps", {10, 9, 9, 8, 7, 6, 0, kNA, 11}, ValueType::Integer);
  const MetricResult answered = computeAll(data, smallSampleSettings(), request("nps"));
  REQUIRE(answered.ok());
  CHECK(answered.n == 7);
  CHECK(valueOf(answered, "score") == Approx(100.0 / 7.0));
  CHECK(answered.find("promoters_share")->numerator == 3);
  CHECK(answered.find("detractors_share")->numerator == 2);
  CHECK(answered.noteCount("unanswered") == 1);
  CHECK(answered.noteCount("out_of_scale") == 1);
  // Blank as passive: n = 8 → (3 − 2)/8 = 12.5.
  const MetricResult blank = computeAll(data, smallSampleSettings(), request("nps", "blank_as_passive"));
  CHECK(valueOf(blank, "score") == Approx(12.5));
  CHECK(blank.noteCount("blanks_counted_passive") == 1);
  CHECK_FALSE(blank.notes.front().leftOut);

  // vendors.md §5.1: n = 200, 100 promoters, 60 passives, 40 detractors → NPS 30, margin ±10.82.
  Dataset published;
  Column& nps = published.of(RecordKind::Survey).add("nps", ValueType::Integer);
  for (int i = 0; i < 200; ++i) nps.appendNumber(i < 100 ? 10 : i < 160 ? 7 : 3);
  const MetricResult r = computeAll(published, MetricSettings{}, request("nps"));
  REQUIRE(r.ok());
  const StatisticResult& score = *r.find("score");
  CHECK(*score.value == Approx(30.0));
  CHECK(*score.marginOfError == Approx(10.82425489).epsilon(1e-9));
  CHECK(score.interval->low == Approx(18.81545161).epsilon(1e-9));  // adjusted Wald (stats/nps_test.cpp)
  CHECK(score.npsCounts.promoters == 100);
  // Fewer than 30 answers: insufficient by the product's policy.
  CHECK(computeAll(data, MetricSettings{}, request("nps")).insufficient == InsufficientData{7, 30});
}

TEST_CASE("csat: satisfied and deficient shares and the mean on the profile's scale") {
  // 5, 4, 4, 3, 2, 1, blank, 6 (off a 1–5 scale): satisfied (≥ 4) 3/6, deficient (≤ 3) 3/6, mean 19/6.
  Dataset data;
  addNumbers(data.of(RecordKind::Survey), "csat", {5, 4, 4, 3, 2, 1, kNA, 6}, ValueType::Integer);
  const MetricResult r = computeAll(data, smallSampleSettings(), request("csat"));
  REQUIRE(r.ok());
  CHECK(r.find("satisfied_share")->numerator == 3);
  CHECK(r.find("satisfied_share")->denominator == 6);
  CHECK(r.find("deficient_share")->numerator == 3);
  CHECK(valueOf(r, "mean") == Approx(19.0 / 6.0));
  CHECK(r.noteCount("unrated") == 1);
  CHECK(r.noteCount("out_of_scale") == 1);
  // A 1–10 scale with satisfied ≥ 8 and deficient ≤ 5: 6 is on the scale now; satisfied none of 7,
  // deficient 1–5 → 6/7.
  const MetricResult ten = computeAll(data, smallSampleSettings(),
                                      request("csat", "", {{"scale_max", 10.0}, {"satisfied_min", 8.0}, {"deficient_max", 5.0}}));
  CHECK(ten.find("satisfied_share")->numerator == 0);
  CHECK(ten.find("deficient_share")->numerator == 6);
  CHECK(ten.find("deficient_share")->denominator == 7);
  // Parameters out of order are a bad request, not a number.
  const MetricResult bad = computeAll(data, smallSampleSettings(), request("csat", "", {{"satisfied_min", 2.0}}));
  CHECK(bad.status == ResultStatus::Invalid);
  CHECK(bad.message == "deficient_max (3) must be below satisfied_min (2)");
}

TEST_CASE("ces: low effort at the easy end of the scale, either direction") {
  // 1–7 scale, answers 7, 6, 5, 4, 1: higher is easier with 2 points → 6–7 → 2/5; mean 23/5.
  Dataset data;
  addNumbers(data.of(RecordKind::Survey), "ces", {7, 6, 5, 4, 1}, ValueType::Integer);
  const Parameters seven{{"scale_max", 7.0}};
  const MetricResult easy = computeAll(data, smallSampleSettings(), request("ces", "", seven));
  CHECK(easy.find("low_effort_share")->numerator == 2);
  CHECK(valueOf(easy, "mean") == Approx(4.6));
  // "How much effort": low answers are easy, 1–2 → 1/5.
  const MetricResult hard = computeAll(
      data, smallSampleSettings(), request("ces", "", {{"scale_max", 7.0}, {"scale_direction", std::string("higher_is_harder")}}));
  CHECK(hard.find("low_effort_share")->numerator == 1);
  CHECK(hard.formula.find("higher_is_harder") != std::string::npos);
  // An unknown direction word is a bad request.
  CHECK(computeAll(data, smallSampleSettings(), request("ces", "", {{"scale_direction", std::string("up")}})).status ==
        ResultStatus::Invalid);
}

TEST_CASE("servqual: perceived minus expected per dimension and overall") {
  // Three responses on 1–7. Reliability pairs (E, P): (6, 5), (7, 4), (5, 5) → gaps −1, −3, 0 → −4/3.
  // Empathy: (4, 6) for the first response only → +2. Other dimensions unanswered.
  // Overall = mean of the two dimensions present = (−4/3 + 2)/2 = 1/3.
  Dataset data;
  Table& t = data.of(RecordKind::Survey);
  addNumbers(t, "servqual_expected_reliability", {6, 7, 5});
  addNumbers(t, "servqual_perceived_reliability", {5, 4, 5});
  addNumbers(t, "servqual_expected_empathy", {4, kNA, 9});
  addNumbers(t, "servqual_perceived_empathy", {6, 3, 5});
  const MetricResult r = computeAll(data, smallSampleSettings(), request("servqual"));
  REQUIRE(r.ok());
  CHECK(valueOf(r, "reliability_gap") == Approx(-4.0 / 3.0));
  CHECK(valueOf(r, "empathy_gap") == Approx(2.0));
  CHECK(valueOf(r, "overall_gap") == Approx(1.0 / 3.0));
  CHECK_FALSE(r.value("tangibles_gap"));
  CHECK(r.find("empathy_gap")->n == 1);
  CHECK(r.noteCount("answers_out_of_scale") == 1);  // expected 9 on a 1–7 scale
  // Only the inputs of one dimension are needed; none at all is a missing input.
  CHECK(computeAll(Dataset{}, smallSampleSettings(), request("servqual")).status == ResultStatus::MissingInputs);
}

}
