// The default profile (assets/profiles/default.json, embedded): clean, canonical, every standard
// on a real metric, every quote really in its seed, every seed number the issue names present.
#include <doctest/doctest.h>

#include "test_support.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "core/metrics/catalogue.h"
#include "core/metrics/funnel_measures.h"
#include "core/standards/profile_reader.h"
#include "core/standards/profile_writer.h"
#include "embedded_assets.h"

using namespace carescore;
using carescore::testing::readFile;
using carescore::testing::sharedPath;

namespace {

std::string_view defaultText() {
  const auto bytes = assets::defaultProfile();
  return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

const Profile& defaultProfile() {
  static const Profile profile = [] {
    ProfileParse parse = parseProfile(defaultText());
    REQUIRE(parse.profile);
    return *parse.profile;
  }();
  return profile;
}

const Standard& standardById(std::string_view id) {
  const auto& standards = defaultProfile().standards;
  const auto it = std::find_if(standards.begin(), standards.end(), [id](const Standard& s) { return s.id == id; });
  REQUIRE(it != standards.end());
  return *it;
}

double parameter(const Parameters& settings, const std::string& key) {
  const auto setting = settings.find(key);
  REQUIRE(setting != settings.end());
  return std::get<double>(setting->second);
}

// Seeds are machine-spun text with irregular spacing: compare with runs of whitespace as one space.
std::string squeezeSpaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    const bool isSpace = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (isSpace && !space) out += ' ';
    if (!isSpace) out += c;
    space = isSpace;
  }
  return out;
}

std::map<std::string, std::string> seedTexts() {
  std::map<std::string, std::string> seeds;
  for (const auto& entry : std::filesystem::directory_iterator(sharedPath("seeds"))) {
    const auto bytes = readFile(entry.path().string());
    seeds[entry.path().filename().string().substr(0, 3)] = squeezeSpaces({reinterpret_cast<const char*>(bytes.data()), bytes.size()});
  }
  return seeds;
}

bool hasCyrillic(std::string_view text) { return text.find("\xD0") != std::string_view::npos || text.find("\xD1") != std::string_view::npos; }

// Vietnamese letters outside ASCII (đ, ư, ơ, ă, â, ê, ô and tone marks) are all multi-byte.
bool hasNonAscii(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

} // namespace

TEST_SUITE("core/standards") {

TEST_CASE("default profile: loads with no error and no warning, in canonical form") {
  const ProfileParse parse = parseProfile(defaultText());
  for (const ProfileIssue& issue : parse.issues) CAPTURE(issue.text());
  CHECK(parse.issues.empty());
  REQUIRE(parse.profile);
  CHECK(writeProfile(*parse.profile) == defaultText());  // the shipped file is what the editor would save
  CHECK(parse.profile->standards.size() >= 25);
  CHECK(parse.profile->goals.size() == 1);
}

TEST_CASE("default profile: every standard names a metric, statistic, variant and parameters that exist") {
  for (const Standard& standard : defaultProfile().standards) {
    CAPTURE(standard.id);
    const MetricDefinition* metric = findMetric(standard.metric.key);
    REQUIRE(metric);
    CHECK(findStatistic(*metric, standard.metric.statistic) != nullptr);  // named explicitly, not left to the headline
    REQUIRE(findVariant(*metric, standard.metric.variant) != nullptr);      // likewise the variant
    const VariantDefinition& variant = *findVariant(*metric, standard.metric.variant);
    for (const auto& setting : standard.metric.parameters) {
      CAPTURE(setting.first);
      CHECK(findParameter(*metric, setting.first) != nullptr);
      CHECK(variantUses(variant, setting.first));
    }
    for (const Override& override : standard.overrides)
      for (const auto& setting : override.parameters) CHECK(variantUses(variant, setting.first));
  }
  for (const FunnelStep& step : defaultProfile().goals[0].steps) CHECK(findFunnelMeasure(step.measure) != nullptr);
}

TEST_CASE("default profile: every quote is in its seed, word for word") {
  const auto seeds = seedTexts();
  REQUIRE(seeds.size() == 5);
  std::set<std::string> seedsUsed;
  const auto checkSource = [&](const std::string& id, const Source& source) {
    CAPTURE(id);
    // Traceable: seed references, or a marked industry default that says why.
    CHECK((!source.references.empty() || source.industryDefault));
    if (source.industryDefault) CHECK_FALSE(source.note.empty());
    for (const SourceReference& reference : source.references) {
      CAPTURE(reference.quote);
      REQUIRE(seeds.count(reference.seed) == 1);
      CHECK(seeds.at(reference.seed).find(squeezeSpaces(reference.quote)) != std::string::npos);
      seedsUsed.insert(reference.seed);
    }
  };
  for (const Standard& standard : defaultProfile().standards) checkSource(standard.id, standard.source);
  for (const Goal& goal : defaultProfile().goals) checkSource(goal.id, goal.source);
  CHECK(seedsUsed == std::set<std::string>{"000", "001", "002", "003", "004"});
}

TEST_CASE("default profile: the eight standards of seed 000 are groups, each with an indicator") {
  const char* eight[] = {"punctuality", "accuracy", "appropriate_action", "transparency",
                         "accessibility", "empowerment", "friendliness", "performance"};
  for (const char* group : eight) {
    CAPTURE(group);
    const auto& standards = defaultProfile().standards;
    CHECK(std::any_of(standards.begin(), standards.end(), [&](const Standard& s) { return s.group == group; }));
  }
}

TEST_CASE("default profile: every concrete number of the seeds is used") {
  // 000 §IV example 2: 90 % of calls within 2 minutes.
  const Standard& calls = standardById("calls_answered_2_min");
  CHECK(calls.metric.key == "service_level");
  CHECK(parameter(calls.metric.parameters, "threshold_seconds") == 120);
  CHECK(calls.target.value == 90.0);
  // 000 §V.4.1: chat answered in 3 minutes, calls in 1 — one standard, a per-channel override.
  const Standard& wait = standardById("chat_3_min_phone_1_min");
  CHECK(parameter(wait.metric.parameters, "threshold_seconds") == 180);
  REQUIRE(wait.overrides.size() == 1);
  CHECK(wait.overrides[0].scope.channels == std::vector<std::string>{"phone"});
  CHECK(parameter(wait.overrides[0].parameters, "threshold_seconds") == 60);
  // 000 §IV example 1: packages within 3 days.
  CHECK(parameter(standardById("delivery_within_3_days").metric.parameters, "promised_days") == 3);
  // 000 §V.8.2: occupancy 60–80 %.
  const Standard& occupancy = standardById("occupancy_60_80");
  CHECK(occupancy.target == Target{Comparator::Between, std::nullopt, 60.0, 80.0});
  // 000 §V.8.3: backlog ratio about 0.5.
  CHECK(standardById("backlog_half_of_inflow").target.value == 0.5);
  // 000 §V.6.1: a topic with 3 % of requests goes in the FAQ.
  CHECK(parameter(standardById("faq_covers_common_questions").metric.parameters, "min_share_percent") == 3);
  // 000 §V.7.3: CSAT 4–5 good, 1–3 deficient.
  const Standard& csat = standardById("csat_good_ratings");
  CHECK(parameter(csat.metric.parameters, "satisfied_min") == 4);
  CHECK(parameter(csat.metric.parameters, "deficient_max") == 3);
  // 000 §V.7.1: NPS leaders 75–85.
  CHECK(standardById("nps_leader_level").target.value == 75.0);
  // 000 §V.5.1: CES on a 5-point scale.
  CHECK(parameter(standardById("low_customer_effort").metric.parameters, "scale_max") == 5);
  // 004: 70 % of issues resolved within the day; no call waits over 1 minute.
  CHECK(standardById("same_day_resolution_70").target.value == 70.0);
  const Standard& noWait = standardById("no_call_waits_over_1_min");
  CHECK(parameter(noWait.metric.parameters, "threshold_seconds") == 60);
  CHECK(noWait.metric.variant == "waited_within");
  // 003: the SMART funnel 100 → 60 → 30 → 10 in one month.
  const Goal& goal = defaultProfile().goals[0];
  CHECK(goal.timeFrame.length == 1);
  CHECK(goal.timeFrame.unit == Period::Month);
  std::vector<double> counts;
  for (const FunnelStep& step : goal.steps) counts.push_back(step.targetCount.value_or(0));
  CHECK(counts == std::vector<double>{100, 60, 30, 10});
}

TEST_CASE("default profile: the commitments of seeds 001–004 are covered by their metrics") {
  std::set<std::string> metrics;
  for (const Standard& standard : defaultProfile().standards) metrics.insert(standard.metric.key);
  for (const char* key : {"first_response", "contacts_outside_hours", "repeat_topics", "same_day_resolution", "service_level",
                          "fcr", "retention", "nps", "csat", "ces", "servqual", "occupancy", "backlog_ratio",
                          "on_time_delivery", "order_accuracy", "appointment_kept", "abandon_rate", "transfers_per_contact",
                          "replies_per_contact", "aht", "steps_to_contact", "agent_consistency", "reopen_rate"}) {
    CAPTURE(key);
    CHECK(metrics.count(key) == 1);
  }
}

TEST_CASE("default profile: labels in three languages, each in its own script, none copied across") {
  const auto checkText = [](const std::string& id, const LocalText& text) {
    CAPTURE(id);
    CAPTURE(text.en);
    CHECK(text.vi != text.en);
    CHECK(text.ru != text.en);
    CHECK(hasCyrillic(text.ru));
    CHECK_FALSE(hasCyrillic(text.vi));
    CHECK(hasNonAscii(text.vi));
  };
  const Profile& profile = defaultProfile();
  checkText(profile.id, profile.name);
  for (const Group& group : profile.groups) checkText(group.id, group.label);
  std::set<std::string> labels;
  for (const Standard& standard : profile.standards) {
    checkText(standard.id, standard.label);
    checkText(standard.id, standard.explanation);
    CHECK(labels.insert(standard.label.en).second);
  }
  for (const FunnelStep& step : profile.goals[0].steps) checkText(step.id, step.label);
}

}
