#include <doctest/doctest.h>

#include "core/scorecard/verdict.h"

using namespace carescore;
using doctest::Approx;

namespace {

Target atLeast(double value) { return {Comparator::AtLeast, value, {}, {}}; }
Target atMost(double value) { return {Comparator::AtMost, value, {}, {}}; }
Target between(double low, double high) { return {Comparator::Between, {}, low, high}; }

} // namespace

TEST_SUITE("core/scorecard") {

TEST_CASE("verdict: pass and fail when the target lies outside the interval") {
  // 92 % ≥ 90 %, interval 90.5–93.5 above the target: pass.
  Judgement j = judge(92, ValueRange{90.5, 93.5}, atLeast(90), StatisticUnit::Share);
  CHECK(j.verdict == Verdict::Pass);
  CHECK(j.rule == "92 % meets target ≥ 90 % and the 95 % interval 90.5 %–93.5 % clears it");
  // 82.4 % < 90 %, interval 80.9–83.8 below it: fail.
  j = judge(82.4, ValueRange{80.9, 83.8}, atLeast(90), StatisticUnit::Share);
  CHECK(j.verdict == Verdict::Fail);
  CHECK(j.rule.find("misses target ≥ 90 %") != std::string::npos);
  // Lower is better: 4200 s median against ≤ 3600 s, no interval: the value decides.
  j = judge(4200, std::nullopt, atMost(3600), StatisticUnit::Seconds);
  CHECK(j.verdict == Verdict::Fail);
  CHECK(j.rule == "4200 s misses target ≤ 3600 s");
  CHECK(judge(0.4, std::nullopt, atMost(0.5), StatisticUnit::Ratio).verdict == Verdict::Pass);
}

TEST_CASE("verdict: at risk when the target lies inside the interval, whichever side the value is on") {
  // 71.2 % ≥ 70 % but the interval 69.0–73.3 holds 70.
  Judgement j = judge(71.2, ValueRange{69.0, 73.3}, atLeast(70), StatisticUnit::Share);
  CHECK(j.verdict == Verdict::AtRisk);
  CHECK(j.rule.find("meets") != std::string::npos);
  CHECK(j.rule.find("cannot tell pass from fail") != std::string::npos);
  // 68.9 % misses 70 %, interval 66.5–71.2 holds it: at risk too, not fail.
  j = judge(68.9, ValueRange{66.5, 71.2}, atLeast(70), StatisticUnit::Share);
  CHECK(j.verdict == Verdict::AtRisk);
  CHECK(j.rule.find("misses") != std::string::npos);
  // NPS 32 ± 5 against ≥ 30.
  CHECK(judge(32, ValueRange{27, 37}, atLeast(30), StatisticUnit::NpsPoints).verdict == Verdict::AtRisk);
}

TEST_CASE("verdict: a target on the interval's edge is outside it (100 % of calls within 1 minute, all were)") {
  // 60 of 60 within: Wilson interval 93.98–100; the target 100 is its upper end, not inside.
  CHECK(judge(100, ValueRange{93.98, 100}, atLeast(100), StatisticUnit::Share).verdict == Verdict::Pass);
  CHECK(judge(90, ValueRange{90, 95}, atLeast(90), StatisticUnit::Share).verdict == Verdict::Pass);
}

TEST_CASE("verdict: bands (occupancy between 60 % and 80 %)") {
  CHECK(judge(70, ValueRange{65, 75}, between(60, 80), StatisticUnit::Share).verdict == Verdict::Pass);
  CHECK(judge(85, ValueRange{83, 87}, between(60, 80), StatisticUnit::Share).verdict == Verdict::Fail);
  CHECK(judge(55, ValueRange{52, 58}, between(60, 80), StatisticUnit::Share).verdict == Verdict::Fail);
  // Either bound inside the interval: at risk.
  CHECK(judge(79, ValueRange{77, 81}, between(60, 80), StatisticUnit::Share).verdict == Verdict::AtRisk);
  CHECK(judge(59, ValueRange{57, 61}, between(60, 80), StatisticUnit::Share).verdict == Verdict::AtRisk);
  CHECK(describeTarget(between(60, 80), StatisticUnit::Share) == "between 60 % and 80 %");
}

TEST_CASE("shortfall: how far a value misses its target, in profile units") {
  CHECK(shortfallOf(82.5, atLeast(90)) == Approx(7.5));
  CHECK(shortfallOf(95, atLeast(90)) == 0);
  CHECK(shortfallOf(4200, atMost(3600)) == Approx(600));
  CHECK(shortfallOf(85, between(60, 80)) == Approx(5));
  CHECK(shortfallOf(50, between(60, 80)) == Approx(10));
  CHECK(shortfallOf(70, between(60, 80)) == 0);
  CHECK(meets(90, atLeast(90)));
  CHECK(!meets(89.99, atLeast(90)));
}

TEST_CASE("profile units: shares in percent, everything else as the engine gives it") {
  CHECK(toProfileUnits(StatisticUnit::Share, 0.825) == Approx(82.5));
  CHECK(toProfileUnits(StatisticUnit::Seconds, 42) == 42);
  CHECK(toProfileUnits(StatisticUnit::NpsPoints, -12) == -12);
  CHECK(formatValue(0.456, StatisticUnit::Ratio) == "0.46");
  CHECK(formatValue(82.44, StatisticUnit::Share) == "82.4 %");
}

TEST_CASE("verdict names as the outputs write them") {
  CHECK(nameOf(Verdict::AtRisk) == "at_risk");
  CHECK(nameOf(Verdict::NoData) == "no_data");
  CHECK(nameOf(Verdict::InsufficientData) == "insufficient_data");
  CHECK(nameOf(GoalStatus::OnTrack) == "on_track");
}

}
