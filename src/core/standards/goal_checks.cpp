// A SMART goal's time frame and funnel: a real start date, a sensible length, steps that name a
// funnel measure, and counts that narrow from step to step (seed 003: 100 → 60 → 30 → 10).
#include <algorithm>
#include <cmath>

#include "core/metrics/funnel_measures.h"
#include "core/standards/message_text.h"
#include "core/standards/profile_rules.h"
#include "core/standards/validation_checks.h"

namespace carescore::validation {

namespace {

constexpr double kMaxTargetCount = 1e9;

bool isCalendarDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (std::size_t p = 0; p < 3; ++p)
    for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      parts[p] = parts[p] * 10 + (text[i] - '0');
    }
  const int year = parts[0], month = parts[1], day = parts[2];
  if (year < 1970 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

void checkTimeFrame(const TimeFrame& frame, const std::string& path, IssueList& issues) {
  if (!frame.start.empty() && !isCalendarDate(frame.start))
    issues.error(IssueCode::BadTimeFrame, childPath(path, "start"),
                 quotedText(frame.start) + " is not a date; write YYYY-MM-DD, e.g. \"2025-01-01\" (or leave start out for the "
                                       "latest period in the data)");
  const std::uint32_t longest = profile_rules::maxTimeFrameLength(frame.unit);
  if (frame.length < 1 || frame.length > longest)
    issues.error(IssueCode::BadTimeFrame, childPath(path, "length"),
                 "must be between 1 and " + std::to_string(longest) + " " + std::string(nameOf(frame.unit)) +
                     "s, got " + std::to_string(frame.length));
}

// The step's target count, if it is a usable one.
std::optional<double> checkTargetCount(const FunnelStep& step, const std::string& path, IssueList& issues) {
  if (!step.targetCount) {
    issues.error(IssueCode::Missing, path, "missing; how many customers this step needs");
    return std::nullopt;
  }
  const double count = *step.targetCount;
  if (!std::isfinite(count) || count < 1 || count > kMaxTargetCount || count != std::floor(count)) {
    issues.error(IssueCode::TargetRange, path, "must be a whole number between 1 and 1000000000, got " + formatNumber(count));
    return std::nullopt;
  }
  return count;
}

void checkShare(const FunnelStep& step, std::size_t index, std::optional<double> count, std::optional<double> previousCount,
                const std::string& stepPath, IssueList& issues) {
  if (!step.shareOfPrevious) return;
  const std::string path = childPath(stepPath, "share_of_previous");
  const double share = *step.shareOfPrevious;
  if (index == 0) {
    issues.error(IssueCode::FunnelShare, path, "the first step has no previous step");
    return;
  }
  if (!std::isfinite(share) || share <= 0 || share > 100) {
    issues.error(IssueCode::TargetRange, path, "must be above 0 and at most 100 (%), got " + formatNumber(share));
    return;
  }
  if (share < 1)
    issues.warning(IssueCode::LooksLikeFraction, path,
                   formatNumber(share) + " means " + formatNumber(share) + " %; shares are written in percent: for " +
                       formatNumber(share * 100) + " % write " + formatNumber(share * 100));
  if (!count || !previousCount) return;
  const double expected = *previousCount * share / 100;
  if (std::fabs(expected - *count) >= 1)
    issues.warning(IssueCode::FunnelShare, path,
                   formatNumber(share) + " % of the previous step's " + formatNumber(*previousCount) + " is " +
                       formatNumber(std::round(expected * 100) / 100) + ", not " + formatNumber(*count) +
                       "; make target_count and share_of_previous agree");
}

void checkMeasure(const FunnelStep& step, const std::string& stepPath, IssueList& issues) {
  const std::string path = childPath(stepPath, "measure");
  std::vector<std::string_view> known;
  for (const FunnelMeasureDefinition& measure : funnelMeasures()) known.push_back(measure.key);
  if (step.measure.empty()) {
    issues.error(IssueCode::Missing, path, "missing; one of: " + joinList(known));
    return;
  }
  const FunnelMeasureDefinition* measure = findFunnelMeasure(step.measure);
  if (!measure) {
    std::string message = "no funnel measure " + quotedText(step.measure);
    if (const std::string_view match = closestMatch(step.measure, known); !match.empty())
      message += "; did you mean " + quotedText(match) + "?";
    else
      message += "; the measures are: " + joinList(known);
    issues.error(IssueCode::UnknownMeasure, path, std::move(message));
    return;
  }
  checkParameters(step.parameters, measure->parameters, nullptr, measure->key, childPath(stepPath, "parameters"), issues);
}

} // namespace

void checkGoalFunnel(const Goal& goal, const std::string& path, IssueList& issues) {
  checkTimeFrame(goal.timeFrame, childPath(path, "time_frame"), issues);
  const std::string stepsPath = childPath(path, "steps");
  if (goal.steps.empty()) {
    issues.error(IssueCode::Missing, stepsPath, "missing; a funnel needs at least one step");
    return;
  }
  if (goal.steps.size() > profile_rules::kMaxSteps) {
    issues.error(IssueCode::TooMany, stepsPath,
                 std::to_string(goal.steps.size()) + " items; at most " + std::to_string(profile_rules::kMaxSteps));
    return;
  }
  std::optional<double> previousCount;
  for (std::size_t i = 0; i < goal.steps.size(); ++i) {
    const FunnelStep& step = goal.steps[i];
    const std::string stepPath = indexPath(stepsPath, i);
    checkId(step.id, childPath(stepPath, "id"), issues);
    for (std::size_t j = 0; j < i; ++j)
      if (!step.id.empty() && goal.steps[j].id == step.id)
        issues.error(IssueCode::DuplicateId, childPath(stepPath, "id"), quotedText(step.id) + " is already the id of " + indexPath("steps", j));
    checkLocalText(step.label, childPath(stepPath, "label"), {profile_rules::kMaxLabel, true}, issues);
    checkMeasure(step, stepPath, issues);
    const std::optional<double> count = checkTargetCount(step, childPath(stepPath, "target_count"), issues);
    if (count && previousCount && *count > *previousCount)
      issues.error(IssueCode::FunnelOrder, childPath(stepPath, "target_count"),
                   formatNumber(*count) + " is more than the previous step's " + formatNumber(*previousCount) +
                       "; each step counts customers of the step before");
    checkShare(step, i, count, previousCount, stepPath, issues);
    previousCount = count;
  }
}

} // namespace carescore::validation
