// Goal progress: funnel counts step by step, each the previous step's customers also in its set.
#include "core/scorecard/goal_progress.h"

#include <algorithm>
#include <memory>

#include "core/scorecard/funnel_counts.h"
#include "core/scorecard/iso_date.h"
#include "core/scorecard/period_unit.h"
#include "core/scorecard/usual_exports.h"

namespace carescore {

std::optional<UtcRange> goalTimeFrame(const TimeZone& zone, const TimeFrame& frame, std::int64_t anchorMs) {
  const int length = static_cast<int>(std::clamp<std::uint32_t>(frame.length, 1, 1000));
  if (frame.start.empty()) {
    const UtcRange first = periodContaining(zone, anchorMs, periodUnitOf(frame.unit), -(length - 1));
    const UtcRange last = periodContaining(zone, anchorMs, periodUnitOf(frame.unit));
    return UtcRange{first.beginMs, last.endMs};
  }
  const std::optional<CivilDate> start = parseIsoDate(frame.start);
  if (!start) return std::nullopt;
  const std::int64_t firstDay = daysFromCivil(*start);
  switch (frame.unit) {
    case Period::Day: return localDaysRange(zone, firstDay, firstDay + length);
    case Period::Week: return localDaysRange(zone, firstDay, firstDay + 7 * length);
    case Period::Month: {
      const std::int32_t monthAfter = monthIndex(*start) + length;
      // The same day of the month `length` months on, clamped to that month's last day.
      const int year = static_cast<int>(1970 + floorDiv(monthAfter, 12));
      const int month = static_cast<int>(floorMod(monthAfter, 12) + 1);
      const CivilDate end{year, month, std::min(start->day, daysInMonth(year, month))};
      return localDaysRange(zone, firstDay, daysFromCivil(end));
    }
  }
  return std::nullopt;
}

namespace {

// A measure's customers depend on the data, the measure's parameters and the time frame, not on
// the scorecard's filters: kept in the context (one entry per measure) while those stay, so a
// filter click or a recompute of the same period does not rebuild the customer sets.
struct KeptFunnelSet {
  Parameters parameters;
  UtcRange frame;
  FunnelSet set;
};

std::shared_ptr<const KeptFunnelSet> funnelSetOf(MetricContext& context, const FunnelMeasureDefinition& measure,
                                                 const Parameters& parameters, const UtcRange& frame) {
  const auto fits = [&](const KeptFunnelSet& kept) { return kept.frame == frame && kept.parameters == parameters; };
  return context.latest<KeptFunnelSet>("funnel_set:" + std::string(measure.key), fits, [&] {
    return KeptFunnelSet{parameters, frame, customersOf(context, measure, parameters, frame)};
  });
}

// The goal's frame, anchored at the scored period's end, else at the data's latest instant.
std::optional<UtcRange> frameOf(MetricContext& context, const Goal& goal, std::optional<UtcRange> period) {
  const std::int64_t anchorMs = period ? period->endMs - 1 : context.nowMs(RecordKind::Contact);
  return goalTimeFrame(context.settings().zone, goal.timeFrame, anchorMs);
}

} // namespace

std::size_t goalParts(const Goal& goal) { return goal.steps.size() + 1; }

void prepareGoalPart(MetricContext& context, const Goal& goal, std::optional<UtcRange> period, std::size_t part) {
  if (part >= goalParts(goal)) return;
  const std::optional<UtcRange> frame = frameOf(context, goal, period);
  if (!frame) return;
  if (part == 0) {
    (void)customerKeys(context);
    return;
  }
  const FunnelStep& step = goal.steps[part - 1];
  if (const FunnelMeasureDefinition* measure = findFunnelMeasure(step.measure))
    (void)funnelSetOf(context, *measure, step.parameters, *frame);
}

GoalProgress evaluateGoal(MetricContext& context, const Goal& goal, std::optional<UtcRange> period) {
  GoalProgress progress;
  progress.id = goal.id;
  progress.label = goal.label;
  progress.explanation = goal.explanation;
  progress.nowMs = context.nowMs(RecordKind::Contact);
  const std::optional<UtcRange> frame = frameOf(context, goal, period);
  if (!frame) {
    progress.message = "time frame start '" + goal.timeFrame.start + "' is not a date YYYY-MM-DD";
    return progress;
  }
  progress.timeFrame = *frame;
  progress.elapsedMs = std::clamp<std::int64_t>(progress.nowMs - frame->beginMs, 0, frame->lengthMs());
  progress.leftMs = frame->lengthMs() - progress.elapsedMs;
  progress.elapsedShare = frame->lengthMs() > 0 ? double(progress.elapsedMs) / double(frame->lengthMs()) : 1.0;

  std::shared_ptr<const CustomerSet> previous;
  std::size_t previousCount = 0;
  bool counted = true;
  for (std::size_t i = 0; i < goal.steps.size(); ++i) {
    const FunnelStep& definition = goal.steps[i];
    GoalStep step;
    step.id = definition.id;
    step.label = definition.label;
    step.measure = definition.measure;
    step.targetCount = definition.targetCount;
    step.shareOfPreviousTarget = definition.shareOfPrevious;
    const FunnelMeasureDefinition* measure = findFunnelMeasure(definition.measure);
    if (!measure) {
      step.missing.push_back("unknown funnel measure " + definition.measure);
    } else {
      const std::shared_ptr<const KeptFunnelSet> found = funnelSetOf(context, *measure, definition.parameters, *frame);
      const FunnelSet& set = found->set;
      step.missing = set.missing;
      if (!set.message.empty()) step.missing.push_back(set.message);
      if (!step.missing.empty()) step.usualExports = usualExportsFor(context.data(), RecordKind::Customer, measure->inputs);
      if (set.customers && counted) {
        std::shared_ptr<const CustomerSet> kept;
        if (i == 0) {
          kept = std::shared_ptr<const CustomerSet>(found, &*set.customers);  // the kept set itself, not a copy
        } else {
          CustomerSet both = *previous;
          both &= *set.customers;
          kept = std::make_shared<const CustomerSet>(std::move(both));
        }
        const std::size_t count = kept->count();
        step.count = count;
        if (i > 0 && previousCount > 0) step.shareOfPrevious = 100.0 * double(count) / double(previousCount);
        if (step.targetCount && *step.targetCount > 0) step.progress = double(count) / *step.targetCount;
        previous = std::move(kept);
        previousCount = count;
      }
    }
    if (!step.count) {
      if (counted && step.missing.empty()) step.missing.push_back("cannot be counted");
      if (!counted) step.missing.push_back("needs the step before it");
      counted = false;
    }
    progress.steps.push_back(std::move(step));
  }

  const bool allCounted = !progress.steps.empty() &&
                          std::all_of(progress.steps.begin(), progress.steps.end(), [](const GoalStep& s) { return s.count.has_value(); });
  if (!allCounted) {
    progress.status = GoalStatus::NoData;
  } else if (std::all_of(progress.steps.begin(), progress.steps.end(),
                         [](const GoalStep& s) { return !s.targetCount || double(*s.count) >= *s.targetCount; })) {
    progress.status = GoalStatus::Reached;
  } else if (std::all_of(progress.steps.begin(), progress.steps.end(), [&](const GoalStep& s) {
               return !s.progress || *s.progress >= progress.elapsedShare;
             })) {
    progress.status = GoalStatus::OnTrack;
  } else {
    progress.status = GoalStatus::Behind;
  }
  return progress;
}

} // namespace carescore
