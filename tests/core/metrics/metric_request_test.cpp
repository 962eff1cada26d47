#include <doctest/doctest.h>

#include "test_support.h"
#include "core/metrics/metric_parameters.h"
#include "core/metrics/metrics_test_support.h"

using namespace carescore;
using namespace carescore::testing;

TEST_SUITE("core/metrics") {

TEST_CASE("requests: unknown metrics, variants, statistics and parameters are invalid, with the choices") {
  const Dataset data;
  const MetricSettings settings = smallSampleSettings();
  CHECK(computeAll(data, settings, request("speed")).message == "no metric speed in the catalogue");
  const MetricResult variant = computeAll(data, settings, request("nps", "weighted"));
  CHECK(variant.status == ResultStatus::Invalid);
  CHECK(variant.message == "nps has no variant weighted (it has answered, blank_as_passive)");
  MetricRequest statistic = request("nps");
  statistic.statistic = "mean";
  CHECK(computeAll(data, settings, statistic).message ==
        "nps has no statistic mean (it has score, promoters_share, detractors_share)");
  CHECK(computeAll(data, settings, request("nps", "", {{"scale_max", 5.0}})).message == "nps has no parameter scale_max");
  CHECK(computeAll(data, settings, request("service_level", "", {{"threshold_seconds", std::string("fast")}})).message ==
        "threshold_seconds must be a number");
  CHECK(computeAll(data, settings, request("service_level", "", {{"threshold_seconds", 0.0}})).message ==
        "threshold_seconds = 0 is outside 1 … 3600");
  CHECK(computeAll(data, settings, request("fcr", "", {{"repeat_window_days", 2.5}})).message ==
        "repeat_window_days = 2.5 must be a whole number");
  // An invalid request still lists every statistic of the metric, none with a value.
  const MetricResult invalid = computeAll(data, settings, request("fcr", "", {{"repeat_window_days", 2.5}}));
  CHECK(invalid.statistics.size() == 1);
  CHECK_FALSE(invalid.statistics.front().value);
}

TEST_CASE("requests: the formula shows the parameter values, word by word") {
  const MetricDefinition& metric = *findMetric("first_response");
  const ParameterResolution resolved = resolveParameters(metric, {{"threshold_seconds", 180.0}});
  REQUIRE(resolved.error.empty());
  const std::string formula = filledFormula(*findVariant(metric, "timestamps"), resolved.parameters);
  CHECK(formula.find("responded within 180 s ÷ responded") != std::string::npos);
  CHECK(formula.find("threshold_seconds") == std::string::npos);
  const MetricDefinition& topics = *findMetric("repeat_topics");
  const ParameterResolution covered =
      resolveParameters(topics, {{"covered_topics", std::vector<std::string>{"refund", "login"}}, {"min_share_percent", 5.0}});
  const std::string text = filledFormula(defaultVariantOf(topics), covered.parameters);
  CHECK(text.find("at least 5 % of contacts") != std::string::npos);
  CHECK(text.find("not among [refund, login]") != std::string::npos);
}

TEST_CASE("requests: a standard's metric choice") {
  MetricChoice choice{"service_level", "share_within", "answered_only", {{"threshold_seconds", 60.0}}};
  const MetricRequest r = requestFor(choice, 30);
  CHECK(r.metric == "service_level");
  CHECK(r.statistic == "share_within");
  CHECK(r.variant == "answered_only");
  CHECK(r.minN == 30);
  CHECK(std::get<double>(r.parameters.at("threshold_seconds")) == 60.0);
}

}
