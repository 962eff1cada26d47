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
    issues.error(IssueCode::BadTimeFrame, childPath(path, "start"), "not_a_date", {quotedText(frame.start)});
  const std::uint32_t longest = profile_rules::maxTimeFrameLength(frame.unit);
  if (frame.length < 1 || frame.length > longest)
    issues.error(IssueCode::BadTimeFrame, childPath(path, "length"), "length",
                 {std::to_string(longest), std::string(nameOf(frame.unit)) + "s", std::to_string(frame.length)});
}

// The step's target count, if it is a usable one.
std::optional<double> checkTargetCount(const FunnelStep& step, const std::string& path, IssueList& issues) {
  if (!step.targetCount) {
    issues.error(IssueCode::Missing, path, "target_count", {});
    return std::nullopt;
  }
  const double count = *step.targetCount;
  if (!std::isfinite(count) || count < 1 || count > kMaxTargetCount || count != std::floor(count)) {
    issues.error(IssueCode::TargetRange, path, "target_count", {formatNumber(count)});
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
    issues.error(IssueCode::FunnelShare, path, "first_step", {});
    return;
  }
  if (!std::isfinite(share) || share <= 0 || share > 100) {
    issues.error(IssueCode::TargetRange, path, "share_of_previous", {formatNumber(share)});
    return;
  }
  if (share < 1)
    issues.warning(IssueCode::LooksLikeFraction, path, "share",
                   {formatNumber(share), formatNumber(share), formatNumber(share * 100), formatNumber(share * 100)});
  if (!count || !previousCount) return;
  const double expected = *previousCount * share / 100;
  if (std::fabs(expected - *count) >= 1)
    issues.warning(IssueCode::FunnelShare, path, "mismatch",
                   {formatNumber(share), formatNumber(*previousCount), formatNumber(std::round(expected * 100) / 100),
                    formatNumber(*count)});
}

void checkMeasure(const FunnelStep& step, const std::string& stepPath, IssueList& issues) {
  const std::string path = childPath(stepPath, "measure");
  std::vector<std::string_view> known;
  for (const FunnelMeasureDefinition& measure : funnelMeasures()) known.push_back(measure.key);
  if (step.measure.empty()) {
    issues.error(IssueCode::Missing, path, "one_of", {joinList(known)});
    return;
  }
  const FunnelMeasureDefinition* measure = findFunnelMeasure(step.measure);
  if (!measure) {
    if (const std::string_view match = closestMatch(step.measure, known); !match.empty())
      issues.error(IssueCode::UnknownMeasure, path, "did_you_mean", {quotedText(step.measure), quotedText(match)});
    else
      issues.error(IssueCode::UnknownMeasure, path, "list", {quotedText(step.measure), joinList(known)});
    return;
  }
  checkParameters(step.parameters, measure->parameters, nullptr, measure->key, childPath(stepPath, "parameters"), issues);
}

} // namespace

void checkGoalFunnel(const Goal& goal, const std::string& path, IssueList& issues) {
  checkTimeFrame(goal.timeFrame, childPath(path, "time_frame"), issues);
  const std::string stepsPath = childPath(path, "steps");
  if (goal.steps.empty()) {
    issues.error(IssueCode::Missing, stepsPath, "steps", {});
    return;
  }
  if (goal.steps.size() > profile_rules::kMaxSteps) {
    issues.error(IssueCode::TooMany, stepsPath, "count",
                 {std::to_string(goal.steps.size()), std::to_string(profile_rules::kMaxSteps)});
    return;
  }
  std::optional<double> previousCount;
  for (std::size_t i = 0; i < goal.steps.size(); ++i) {
    const FunnelStep& step = goal.steps[i];
    const std::string stepPath = indexPath(stepsPath, i);
    checkId(step.id, childPath(stepPath, "id"), issues);
    for (std::size_t j = 0; j < i; ++j)
      if (!step.id.empty() && goal.steps[j].id == step.id)
        issues.error(IssueCode::DuplicateId, childPath(stepPath, "id"), "taken", {quotedText(step.id), indexPath("steps", j)});
    checkLocalText(step.label, childPath(stepPath, "label"), {profile_rules::kMaxLabel, true}, issues);
    checkMeasure(step, stepPath, issues);
    const std::optional<double> count = checkTargetCount(step, childPath(stepPath, "target_count"), issues);
    if (count && previousCount && *count > *previousCount)
      issues.error(IssueCode::FunnelOrder, childPath(stepPath, "target_count"), "more_than_previous",
                   {formatNumber(*count), formatNumber(*previousCount)});
    checkShare(step, i, count, previousCount, stepPath, issues);
    previousCount = count;
  }
}

} // namespace carescore::validation
