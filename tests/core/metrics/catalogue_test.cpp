#include <doctest/doctest.h>

#include "test_support.h"

#include <cmath>
#include <set>
#include <string>

#include "core/metrics/catalogue.h"
#include "core/metrics/requirements.h"

using namespace carescore;

namespace {

bool isWhole(double value) { return std::floor(value) == value; }

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

double defaultOf(const MetricDefinition& metric, std::string_view key) { return findParameter(metric, key)->defaultNumber; }

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("every metric of SPEC §3 is in the catalogue") {
  // SPEC §3's table, in its order; retention/churn is one metric whose statistics are both.
  const char* spec[] = {"service_level", "asa", "first_response", "abandon_rate", "fcr", "same_day_resolution",
                        "resolution_time", "transfers_per_contact", "replies_per_contact", "aht", "occupancy",
                        "backlog_ratio", "repeat_topics", "nps", "csat", "ces", "servqual", "on_time_delivery",
                        "order_accuracy", "retention", "contacts_outside_hours", "appointment_kept", "volume",
                        "steps_to_contact", "agent_consistency"};
  for (const char* key : spec) {
    CAPTURE(key);
    CHECK(findMetric(key) != nullptr);
  }
  REQUIRE(findMetric("retention"));
  CHECK(findStatistic(*findMetric("retention"), "churn_share") != nullptr);
  CHECK(findMetric("reopen_rate") != nullptr);  // the one addition: "appropriate action" needs an indicator
  CHECK(metricCatalogue().size() == std::size(spec) + 1);
  CHECK(findMetric("churn") == nullptr);
}

TEST_CASE("keys are unique: metrics, and statistics, parameters and variants within a metric") {
  std::set<std::string_view> metrics;
  for (const MetricDefinition& metric : metricCatalogue()) {
    CAPTURE(metric.key);
    CHECK(metrics.insert(metric.key).second);
    std::set<std::string_view> statistics, parameters, variants;
    for (const auto& s : metric.statistics) CHECK(statistics.insert(s.key).second);
    for (const auto& p : metric.parameters) CHECK(parameters.insert(p.key).second);
    for (const auto& v : metric.variants) CHECK(variants.insert(v.key).second);
  }
}

TEST_CASE("every metric is complete: texts, statistics, a default variant that exists, seeds") {
  for (const MetricDefinition& metric : metricCatalogue()) {
    CAPTURE(metric.key);
    CHECK_FALSE(metric.label.empty());
    CHECK_FALSE(metric.definition.empty());
    CHECK_FALSE(metric.counts.empty());
    CHECK(metric.definition.find('\n') == std::string_view::npos);
    CHECK_FALSE(metric.statistics.empty());
    CHECK_FALSE(metric.variants.empty());
    CHECK_FALSE(metric.seeds.empty());
    CHECK(findVariant(metric, metric.defaultVariant) != nullptr);
    CHECK(&headlineStatisticOf(metric) == &metric.statistics.front());
    for (const VariantDefinition& variant : metric.variants) {
      CAPTURE(variant.key);
      CHECK_FALSE(variant.label.empty());
      CHECK_FALSE(variant.formula.empty());
      CHECK_FALSE(variant.inputs.empty());
      CHECK_FALSE(variant.vendors.empty());
    }
    for (const StatisticDefinition& statistic : metric.statistics) CHECK_FALSE(statistic.description.empty());
  }
}

TEST_CASE("every input a variant reads is a canonical field of model/fields") {
  for (const MetricDefinition& metric : metricCatalogue())
    for (const VariantDefinition& variant : metric.variants)
      for (std::string_view input : variant.inputs) {
        CAPTURE(metric.key);
        CAPTURE(variant.key);
        CAPTURE(input);
        const RequirementParse parsed = parseRequirement(input, metric.kind);
        CHECK(parsed.error == "");
        CHECK_FALSE(parsed.requirement.alternatives.empty());
      }
}

TEST_CASE("every default parameter is within its range, and ranges fit their types") {
  for (const MetricDefinition& metric : metricCatalogue())
    for (const ParameterDefinition& parameter : metric.parameters) {
      CAPTURE(metric.key);
      CAPTURE(parameter.key);
      CHECK_FALSE(parameter.description.empty());
      switch (parameter.type) {
        case ParameterType::Choice:
          REQUIRE_FALSE(parameter.choices.empty());
          CHECK(std::find(parameter.choices.begin(), parameter.choices.end(), parameter.defaultChoice) !=
                parameter.choices.end());
          break;
        case ParameterType::TextList:
          CHECK(parameter.choices.empty());
          break;
        default:
          CHECK(parameter.minNumber <= parameter.defaultNumber);
          CHECK(parameter.defaultNumber <= parameter.maxNumber);
          CHECK(parameter.minNumber < parameter.maxNumber);
          if (parameter.type == ParameterType::Days || parameter.type == ParameterType::Count) {
            CHECK(isWhole(parameter.defaultNumber));
            CHECK(isWhole(parameter.minNumber));
            CHECK(isWhole(parameter.maxNumber));
          }
          if (parameter.type == ParameterType::Percent) CHECK(parameter.maxNumber <= 100);
      }
    }
}

TEST_CASE("names carry their units: statistics and parameters") {
  for (const MetricDefinition& metric : metricCatalogue()) {
    CAPTURE(metric.key);
    for (const StatisticDefinition& statistic : metric.statistics) {
      CAPTURE(statistic.key);
      CHECK((statistic.unit == StatisticUnit::Seconds) == endsWith(statistic.key, "_seconds"));
      CHECK((statistic.unit == StatisticUnit::Share) == (statistic.key.find("share") != std::string_view::npos));
    }
    for (const ParameterDefinition& parameter : metric.parameters) {
      CAPTURE(parameter.key);
      CHECK((parameter.type == ParameterType::Seconds) == endsWith(parameter.key, "_seconds"));
      CHECK((parameter.type == ParameterType::Days) == endsWith(parameter.key, "_days"));
      CHECK((parameter.type == ParameterType::Percent) == endsWith(parameter.key, "_percent"));
    }
  }
}

TEST_CASE("variants use only their metric's parameters, name them in the formula, and leave none unused") {
  for (const MetricDefinition& metric : metricCatalogue()) {
    CAPTURE(metric.key);
    std::set<std::string_view> used;
    for (const VariantDefinition& variant : metric.variants)
      for (std::string_view key : variant.parameters) {
        CAPTURE(variant.key);
        CAPTURE(key);
        CHECK(findParameter(metric, key) != nullptr);
        CHECK(variant.formula.find(key) != std::string_view::npos);
        CHECK(variantUses(variant, key));
        used.insert(key);
      }
    for (const ParameterDefinition& parameter : metric.parameters) {
      CAPTURE(parameter.key);
      CHECK(used.count(parameter.key) == 1);
    }
  }
}

TEST_CASE("scale statistics have a scale to be checked against, and orders hold for the defaults") {
  for (const MetricDefinition& metric : metricCatalogue()) {
    CAPTURE(metric.key);
    for (const StatisticDefinition& statistic : metric.statistics) {
      if (statistic.unit == StatisticUnit::ScaleMean || statistic.unit == StatisticUnit::ScaleGap) {
        CHECK(findParameter(metric, "scale_min") != nullptr);
        CHECK(findParameter(metric, "scale_max") != nullptr);
      }
      if (statistic.direction == Direction::SetByParameter) CHECK(findParameter(metric, "scale_direction") != nullptr);
    }
    for (const ParameterOrder& order : metric.parameterOrder) {
      CAPTURE(order.lower);
      REQUIRE(findParameter(metric, order.lower));
      REQUIRE(findParameter(metric, order.higher));
      const double lower = defaultOf(metric, order.lower), higher = defaultOf(metric, order.higher);
      CHECK((order.strict ? lower < higher : lower <= higher));
    }
  }
}

TEST_CASE("agent_consistency compares statistics that exist") {
  const MetricDefinition* metric = findMetric("agent_consistency");
  REQUIRE(metric);
  const ParameterDefinition* of = findParameter(*metric, "of_statistic");
  REQUIRE(of);
  for (std::string_view choice : of->choices) {
    CAPTURE(choice);
    const auto dot = choice.find('.');
    REQUIRE(dot != std::string_view::npos);
    const MetricDefinition* compared = findMetric(choice.substr(0, dot));
    REQUIRE(compared);
    CHECK(findStatistic(*compared, choice.substr(dot + 1)) != nullptr);
    CHECK(compared->key != metric->key);
  }
}

TEST_CASE("the seed numbers the SPEC asks for are the catalogue's defaults") {
  // Where a seed gives the number, the catalogue default is that number (SPEC §3).
  CHECK(defaultOf(*findMetric("service_level"), "threshold_seconds") == 120);  // 000 §IV: 2 minutes
  CHECK(defaultOf(*findMetric("service_level"), "short_abandon_seconds") == 5);
  CHECK(defaultOf(*findMetric("abandon_rate"), "short_abandon_seconds") == 5);
  CHECK(defaultOf(*findMetric("fcr"), "repeat_window_days") == 7);
  CHECK(defaultOf(*findMetric("repeat_topics"), "min_share_percent") == 3);     // 000 §V.6.1
  CHECK(defaultOf(*findMetric("csat"), "satisfied_min") == 4);                  // 000 §V.7.3
  CHECK(defaultOf(*findMetric("csat"), "deficient_max") == 3);
  CHECK(defaultOf(*findMetric("ces"), "scale_max") == 5);                       // 000 §V.5.1: 5-point scale
  CHECK(defaultOf(*findMetric("on_time_delivery"), "promised_days") == 3);      // 000 §IV example 1
  CHECK(findStatistic(*findMetric("occupancy"), "share")->direction == Direction::WithinBand);
}

TEST_CASE("lookups: found by key, null for unknown keys") {
  const MetricDefinition* nps = findMetric("nps");
  REQUIRE(nps);
  CHECK(nps->kind == RecordKind::Survey);
  CHECK(findStatistic(*nps, "score")->unit == StatisticUnit::NpsPoints);
  CHECK(findStatistic(*nps, "median") == nullptr);
  CHECK(findVariant(*nps, "answered") == &defaultVariantOf(*nps));
  CHECK(findVariant(*nps, "none") == nullptr);
  CHECK(findParameter(*nps, "threshold_seconds") == nullptr);
  CHECK(findMetric("") == nullptr);
  CHECK(findMetric("Service_Level") == nullptr);
  CHECK(nameOf(StatisticUnit::ScaleGap) == "scale_gap");
  CHECK(nameOf(Direction::WithinBand) == "within_band");
  CHECK(nameOf(ParameterType::TextList) == "text_list");
}

}
