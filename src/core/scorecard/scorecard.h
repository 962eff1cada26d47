// The scorecard: every standard of a profile evaluated against the loaded data, per scope (the
// standard's own and each override's), with verdict and its rule, the previous period, a trend
// series, the segments driving a failure, overall compliance, and the profile's goals. Data only,
// language-neutral (labels stay trilingual); not the writers (scorecard_json.h, _csv.h, _html.h).
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/metrics/comparison.h"
#include "core/metrics/filter.h"
#include "core/metrics/metric_context.h"
#include "core/metrics/metric_result.h"
#include "core/metrics/segmenter.h"
#include "core/standards/profile.h"

namespace carescore {

// Rules (scorecard/verdict.h writes them into Evaluation::rule):
//  Pass  — the value meets the target and the target lies outside the 95 % interval (or there is none);
//  Fail  — the value misses the target and the target lies outside the interval;
//  AtRisk — the target lies inside the interval: the data cannot tell pass from fail;
//  NoData — a field the metric needs is missing (Evaluation::missing names it);
//  InsufficientData — fewer records than the standard's min_n or the statistic's policy (have/need);
//  Invalid — the standard cannot be computed as written (Evaluation::message).
enum class Verdict : std::uint8_t { Pass, Fail, AtRisk, NoData, InsufficientData, Invalid };
inline constexpr std::size_t kVerdictCount = 6;
std::string_view nameOf(Verdict verdict);  // "pass", "fail", "at_risk", "no_data", "insufficient_data", "invalid"

struct ScorecardOptions {
  // The period scored. Nothing: for each standard, the local day/week/month (its `period`) holding
  // the latest record of the metric's kind.
  std::optional<UtcRange> period;
  bool compare = true;                        // with the period before (periods.h previousPeriod) …
  std::optional<UtcRange> comparisonPeriod;   // … or with this one
  std::vector<FieldFilter> filters;           // global filters, ANDed with every scope
  bool trends = true;                         // a trend series per evaluation
  SegmentBy trendBucket = SegmentBy::Day;     // Day, Week or Month buckets of the period
  bool drivers = true;                        // drivers of fails and at-risks
  std::size_t maxDriversPerSplit = 3;
  // Splits searched for drivers: "hour_of_week" or a field ("agent", "team", "channel", …).
  std::vector<std::string> driverSplits = {"hour_of_week", "agent", "team", "channel", "customer.segment"};
  bool goals = true;
};

struct ValueRange {
  double low = 0, high = 0;
  friend bool operator==(const ValueRange&, const ValueRange&) = default;
};

struct TrendPoint {
  std::string key;    // the bucket's ISO date / month
  std::string label;
  std::optional<double> value;  // in profile units
  std::uint64_t n = 0;
};

// A segment whose shortfall drives a failure. shortfall = how far the segment's value lies on the
// wrong side of the target (profile units, 0 when it meets it); weight = shortfall × records;
// segments ranked by weight, largest first; share = weight / Σ weight of the split.
struct Driver {
  std::string split;  // "hour_of_week", "agent", "team", "channel", …
  std::string key, label;
  std::uint64_t records = 0;
  double value = 0;   // profile units
  double shortfall = 0;
  double weight = 0;
  double share = 0;   // 0…1
};

// The same standard over the previous period.
struct PeriodChange {
  std::optional<UtcRange> period;
  std::optional<double> previousValue;  // profile units
  std::uint64_t previousN = 0;
  std::optional<double> change;         // current − previous, profile units (points for shares)
  std::string test;                     // "two_proportion", "nps_difference", "mann_whitney", or empty
  std::optional<double> pValue;
  bool significant = false;
  ChangeVerdict verdict = ChangeVerdict::NoValue;
  InsufficientData insufficient;        // the test's, when it lacks records
};

// One standard over one scope. Values, intervals and targets are in profile units: shares in
// percent (90 = 90 %), seconds, NPS points, scale points, ratios, counts.
struct Evaluation {
  std::string standardId;
  int overrideIndex = -1;         // -1: the standard's own scope (minus the override scopes); else the override
  Scope scope;                    // the standard's scope, or the override's within it
  std::vector<std::string> excluded;  // own scope: values left to overrides ("channel phone")
  std::string scopeLabel;         // "all", "chat, phone", "channel phone" — language-neutral
  MetricChoice metric;            // with the override's parameters merged in
  std::string formula;            // the variant's formula with its parameter values
  StatisticUnit unit = StatisticUnit::Share;
  Direction direction = Direction::HigherIsBetter;
  Target target;
  std::optional<UtcRange> period;
  Verdict verdict = Verdict::NoData;
  std::string rule;               // the verdict's reason in English: "92.1 % ≥ 90 % and the 95 % interval 90.4–93.6 % lies above it"
  std::optional<double> value;
  std::optional<ValueRange> interval;
  std::uint64_t n = 0;
  InsufficientData insufficient;  // InsufficientData: have / need
  std::vector<std::string> missing;        // NoData: "needs field wait_seconds (or created_at + answered_at)"
  std::vector<std::string> usualExports;   // NoData: which exports usually have the missing fields
  std::string message;            // Invalid
  PeriodChange previous;
  std::vector<TrendPoint> trend;
  std::vector<Driver> drivers;    // Fail and AtRisk only
  MetricResult result;            // every statistic and record note, for the drill-down
};

struct StandardCard {
  std::string id, group;
  LocalText label, explanation;
  Period period = Period::Month;
  std::uint32_t minN = kDefaultMinN;
  Verdict verdict = Verdict::NoData;  // Fail over AtRisk over Pass among the scopes; else the own scope's
  std::vector<Evaluation> scopes;     // the own scope first (when it holds anything), then each override
};

struct VerdictCounts {
  std::array<std::uint32_t, kVerdictCount> counts{};
  std::uint32_t of(Verdict verdict) const { return counts[static_cast<std::size_t>(verdict)]; }
  std::uint32_t met() const { return of(Verdict::Pass); }
  std::uint32_t evaluated() const { return of(Verdict::Pass) + of(Verdict::Fail) + of(Verdict::AtRisk); }
  std::uint32_t total() const;
};

struct GroupSummary {
  std::string id;
  LocalText label;
  VerdictCounts verdicts;  // of the group's standards
};

// "11 of 16 standards met": met = Pass, evaluated = Pass + Fail + AtRisk.
struct Compliance {
  VerdictCounts verdicts;
  std::optional<double> metShare;  // met / evaluated, 0…1; nothing when none was evaluated
  std::vector<GroupSummary> groups;  // in the profile's order
};

enum class GoalStatus : std::uint8_t { Reached, OnTrack, Behind, NoData };
std::string_view nameOf(GoalStatus status);  // "reached", "on_track", "behind", "no_data"

struct GoalStep {
  std::string id;
  LocalText label;
  std::string measure;
  std::optional<double> targetCount;
  std::optional<double> shareOfPreviousTarget;  // percent, as the profile writes it
  std::optional<std::uint64_t> count;           // customers of the previous step also in this measure's set
  std::optional<double> shareOfPrevious;        // count / previous count, percent
  std::optional<double> progress;               // count / targetCount, 0… (1 = reached)
  std::vector<std::string> missing;             // when the step cannot be measured
  std::vector<std::string> usualExports;
};

struct GoalProgress {
  std::string id;
  LocalText label, explanation;
  UtcRange timeFrame;
  std::int64_t nowMs = 0;            // the data's latest instant (or the settings' now)
  std::int64_t elapsedMs = 0, leftMs = 0;
  double elapsedShare = 0;           // 0…1
  GoalStatus status = GoalStatus::NoData;  // Reached: every target met; OnTrack: each step's progress ≥ elapsed share
  std::vector<GoalStep> steps;
  std::string message;               // a time frame that cannot be read
};

struct Scorecard {
  std::string profileId;
  LocalText profileName;
  std::string zone;
  std::optional<UtcRange> period;            // options' period, when one was given
  std::optional<UtcRange> comparisonPeriod;
  std::vector<FieldFilter> filters;
  std::vector<StandardCard> standards;       // in the profile's order
  Compliance compliance;
  std::vector<GoalProgress> goals;
};

// Evaluates every standard and goal of `profile` over the context's data, in its zone and
// business hours. Never throws; a standard that cannot be computed gets a verdict saying why.
Scorecard evaluateProfile(MetricContext& context, const Profile& profile, const ScorecardOptions& options = {});

// The same scorecard in stages, for a screen that must answer a click at once: the constructor
// gives every verdict with its value, interval and comparison (the most of a re-score, but not all:
// a period's trends and drivers cost more than its verdicts); each step() then adds a part of one
// scope's details — its trend, or its drivers of one more split — or one goal. Finished, the
// scorecard equals evaluateProfile's. It keeps a reference to the context: drop it before the
// context or its data change.
class ScorecardInProgress {
public:
  ScorecardInProgress(MetricContext& context, Profile profile, ScorecardOptions options);
  ScorecardInProgress(ScorecardInProgress&&) noexcept;
  ScorecardInProgress& operator=(ScorecardInProgress&&) noexcept;
  ~ScorecardInProgress();

  const Scorecard& scorecard() const;  // as far as it has come
  bool finished() const;
  bool detailed(std::size_t standard) const;  // the standard's scopes have their trends and drivers
  void step();                                // a part of the next scope lacking details, else the next goal
  void detailStandard(std::size_t standard);  // that standard's details now (its drill-down opened)
  void finish();
  Scorecard take() &&;

private:
  struct Stages;
  std::unique_ptr<Stages> stages_;
};

} // namespace carescore
