// Dropped files → DatasetBuilder → the metrics engine: the README's reference figures of real
// exports come out of computeMetric on the mapped Dataset, so the canonical columns mean what
// the metrics expect (outcome words, seconds, scores, linked surveys).
#include <doctest/doctest.h>

#include "core/mapping/dataset_builder.h"
#include "core/mapping/mapping_test_support.h"
#include "core/metrics/metric_context.h"
#include "core/metrics/metric_engine.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

// The first statistic with a value (the headline), or the named one.
double headline(SelectionSet& selections, std::string metric, std::string variant = {}, std::string_view statistic = {}) {
  MetricRequest request;
  request.metric = std::move(metric);
  request.variant = std::move(variant);
  const MetricResult result = computeMetric(selections, request);
  CAPTURE(result.message);
  REQUIRE(result.status == ResultStatus::Ok);
  for (const StatisticResult& s : result.statistics)
    if (s.value && (statistic.empty() || s.key() == statistic)) return *s.value;
  FAIL("no value");
  return 0;
}

} // namespace

TEST_SUITE("core/mapping") {

TEST_CASE("PwC call centre: abandonment, ASA, AHT and CSAT from the mapped file match the README") {
  DatasetBuilder builder({.zones = &zoneDatabase(), .defaultZone = "UTC"});
  builder.addFile("pwc.csv", readPath(sharedPath("data/ZhDmitriy__contact_center_shiny_dashboard/Call-Center-Dataset.csv")));
  MetricContext context(builder.dataset());
  SelectionSet all(context, Filter{});
  // 946 abandoned of 5,000 offered; the export has no wait for abandoned calls, so none is short.
  CHECK(headline(all, "abandon_rate") == doctest::Approx(946.0 / 5000.0).epsilon(1e-6));
  CHECK(headline(all, "asa") == doctest::Approx(67.5207).epsilon(1e-5));
  CHECK(headline(all, "aht") == doctest::Approx(224.9228).epsilon(1e-5));
}

TEST_CASE("NPS of a generic survey export through the engine") {
  DatasetBuilder builder({.zones = &zoneDatabase(), .defaultZone = "UTC"});
  builder.addFile("nps.csv", readPath(sharedPath("data/julioverdugo__NPS/nps_survey.csv")));
  MetricContext context(builder.dataset());
  SelectionSet all(context, Filter{});
  CHECK(headline(all, "nps") == doctest::Approx(10.86).epsilon(1e-3));
}

TEST_CASE("Intercom: the vendor's first response seconds and the engine's recomputation from timestamps are both there") {
  // Conversation 2 started 2024-03-10 02:30 New York, inside the DST gap: read as 03:30 EDT = 07:30
  // UTC; first reply 09:00 EDT = 13:00 UTC, so the timestamps give 5.5 h = 19800 s where Intercom
  // reported 23400 s. Conversation 1: 120 s both ways; conversation 3 has no reply yet.
  DatasetBuilder builder({.zones = &zoneDatabase(), .defaultZone = "UTC"});
  builder.addFile("intercom.csv", readPath(fixturePath("intercom_conversations.csv")));
  MetricContext context(builder.dataset());
  SelectionSet all(context, Filter{});
  CHECK(headline(all, "first_response", "reported_or_timestamps", "mean_seconds") == (120.0 + 23400.0) / 2);
  CHECK(headline(all, "first_response", "timestamps", "mean_seconds") == (120.0 + 19800.0) / 2);
}

} // TEST_SUITE
