// Verdict rules, as the header states them, with each verdict's reason in one English sentence.
#include "core/scorecard/verdict.h"

#include <cmath>
#include <cstdio>

namespace carescore {

double toProfileUnits(StatisticUnit unit, double value) { return unit == StatisticUnit::Share ? value * 100.0 : value; }

namespace {

std::string_view unitSuffix(StatisticUnit unit) {
  switch (unit) {
    case StatisticUnit::Share: return " %";
    case StatisticUnit::Seconds: return " s";
    case StatisticUnit::NpsPoints: return " points";
    default: return "";
  }
}

bool inside(const ValueRange& range, double x) { return range.low < x && x < range.high; }

} // namespace

std::string formatValue(double value, StatisticUnit unit) {
  char text[64];
  const double rounded = std::round(value);
  if (std::fabs(value - rounded) < 1e-9 && std::fabs(value) < 1e15) {
    std::snprintf(text, sizeof text, "%.0f", rounded);
  } else if (unit == StatisticUnit::Ratio || unit == StatisticUnit::ScaleMean || unit == StatisticUnit::ScaleGap) {
    std::snprintf(text, sizeof text, "%.2f", value);
  } else {
    std::snprintf(text, sizeof text, "%.1f", value);
  }
  return std::string(text) + std::string(unitSuffix(unit));
}

std::string describeTarget(const Target& target, StatisticUnit unit) {
  switch (target.comparator) {
    case Comparator::AtLeast: return "≥ " + formatValue(target.value.value_or(0), unit);
    case Comparator::AtMost: return "≤ " + formatValue(target.value.value_or(0), unit);
    case Comparator::Between:
      return "between " + formatValue(target.low.value_or(0), unit) + " and " + formatValue(target.high.value_or(0), unit);
  }
  return {};
}

bool meets(double value, const Target& target) { return shortfallOf(value, target) <= 0; }

double shortfallOf(double value, const Target& target) {
  switch (target.comparator) {
    case Comparator::AtLeast: return std::max(0.0, target.value.value_or(0) - value);
    case Comparator::AtMost: return std::max(0.0, value - target.value.value_or(0));
    case Comparator::Between:
      if (value < target.low.value_or(0)) return target.low.value_or(0) - value;
      if (value > target.high.value_or(0)) return value - target.high.value_or(0);
      return 0;
  }
  return 0;
}

Judgement judge(double value, const std::optional<ValueRange>& interval, const Target& target, StatisticUnit unit) {
  const bool ok = meets(value, target);
  const std::string shown = formatValue(value, unit);
  const std::string wanted = "target " + describeTarget(target, unit);
  bool targetInside = false;
  if (interval) {
    if (target.comparator == Comparator::Between) {
      targetInside = inside(*interval, target.low.value_or(0)) || inside(*interval, target.high.value_or(0));
    } else {
      targetInside = inside(*interval, target.value.value_or(0));
    }
  }
  const std::string intervalText =
      interval ? "the 95 % interval " + formatValue(interval->low, unit) + "–" + formatValue(interval->high, unit) : "";
  Judgement out;
  if (targetInside) {
    out.verdict = Verdict::AtRisk;
    out.rule = shown + (ok ? " meets " : " misses ") + wanted + ", but " + intervalText +
               " holds the target: the data cannot tell pass from fail";
  } else {
    out.verdict = ok ? Verdict::Pass : Verdict::Fail;
    out.rule = shown + (ok ? " meets " : " misses ") + wanted;
    if (interval) out.rule += " and " + intervalText + (ok ? " clears it" : " lies on the wrong side");
  }
  return out;
}

} // namespace carescore
