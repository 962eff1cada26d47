// assets/profiles/FORMAT.md against the code it documents: its complete example is a valid
// profile, and it names every metric, statistic, variant, parameter, funnel measure and default
// standard, so the document cannot quietly fall behind the catalogue.
#include <doctest/doctest.h>

#include "test_support.h"

#include <string>

#include "core/metrics/catalogue.h"
#include "core/metrics/funnel_measures.h"
#include "core/standards/profile_reader.h"
#include "embedded_assets.h"

using namespace carescore;

namespace {

std::string formatDoc() {
  const auto bytes = testing::readFile(std::string(CARESCORE_SOURCE_DIR) + "/assets/profiles/FORMAT.md");
  return {bytes.begin(), bytes.end()};
}

// The first ```json block after a heading.
std::string jsonBlockAfter(const std::string& text, std::string_view heading) {
  const auto at = text.find(heading);
  REQUIRE(at != std::string::npos);
  const auto open = text.find("```json\n", at);
  REQUIRE(open != std::string::npos);
  const auto close = text.find("\n```", open + 8);
  REQUIRE(close != std::string::npos);
  return text.substr(open + 8, close - open - 8);
}

// In code quotes, in bold, or as a word of a list or table.
bool mentions(const std::string& text, std::string_view key) {
  const std::string word(key);
  for (const auto& [before, after] : {std::pair{"`", "`"}, {"**", "**"}, {" ", ","}, {" ", " "}, {"| ", " "}})
    if (text.find(before + word + after) != std::string::npos) return true;
  return false;
}

} // namespace

TEST_SUITE("core/standards") {

TEST_CASE("FORMAT.md: the complete example is a valid profile") {
  const std::string text = formatDoc();
  REQUIRE_FALSE(text.empty());
  const ProfileParse parse = parseProfile(jsonBlockAfter(text, "## A complete small example"));
  for (const ProfileIssue& issue : parse.issues) CAPTURE(issue.text());
  CHECK(parse.issues.empty());
  REQUIRE(parse.profile);
  CHECK(parse.profile->standards[0].overrides.size() == 1);
}

TEST_CASE("FORMAT.md: names every key of the catalogue and of the default profile") {
  const std::string text = formatDoc();
  for (const MetricDefinition& metric : metricCatalogue()) {
    CAPTURE(metric.key);
    CHECK(mentions(text, metric.key));
    for (const auto& statistic : metric.statistics) CHECK_MESSAGE(mentions(text, statistic.key), statistic.key);
    for (const auto& variant : metric.variants) CHECK_MESSAGE(mentions(text, variant.key), variant.key);
    for (const auto& parameter : metric.parameters) CHECK_MESSAGE(mentions(text, parameter.key), parameter.key);
  }
  for (const FunnelMeasureDefinition& measure : funnelMeasures()) {
    CHECK_MESSAGE(mentions(text, measure.key), measure.key);
    for (const auto& parameter : measure.parameters) CHECK_MESSAGE(mentions(text, parameter.key), parameter.key);
  }
  const auto bytes = assets::defaultProfile();
  const ProfileParse parse = parseProfile({reinterpret_cast<const char*>(bytes.data()), bytes.size()});
  REQUIRE(parse.profile);
  for (const Standard& standard : parse.profile->standards) CHECK_MESSAGE(mentions(text, standard.id), standard.id);
  for (const Goal& goal : parse.profile->goals)
    for (const FunnelStep& step : goal.steps) CHECK_MESSAGE(mentions(text, step.id), step.id);
}

}
