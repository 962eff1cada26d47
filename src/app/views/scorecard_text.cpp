#include "app/views/scorecard_text.h"

#include <cmath>
#include <cstdlib>

#include "app/i18n/date_format.h"
#include "app/i18n/engine_texts.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"

namespace carescore {

namespace {

CivilDate localDay(const TimeZone& zone, std::int64_t utcMs) { return civilFromDays(floorDiv(zone.toLocal(utcMs), kMsPerDay)); }

std::string signedIn(double change, StatisticUnit unit) {
  switch (unit) {
    case StatisticUnit::Share: return formatSigned(change, 1) + " " + tr(Text::UnitPercentPoints);
    case StatisticUnit::Seconds: return (change < 0 ? std::string(kMinusSign) : std::string("+")) + formatDuration(std::fabs(change));
    case StatisticUnit::Count: return formatSigned(change, 0);
    default: return formatSigned(change, unit == StatisticUnit::NpsPoints ? 1 : 2);
  }
}

} // namespace

std::string formatProfileValue(double value, StatisticUnit unit) {
  switch (unit) {
    case StatisticUnit::Share: return formatPercent(value, 1);
    case StatisticUnit::Seconds: return formatDuration(value);
    case StatisticUnit::NpsPoints: return formatNumber(value, 1);
    case StatisticUnit::ScaleMean: return formatNumber(value, 2);
    case StatisticUnit::ScaleGap: return formatSigned(value, 2);
    case StatisticUnit::Ratio: return formatNumber(value, 2);
    case StatisticUnit::Count: return formatCount(static_cast<std::uint64_t>(std::max(0.0, std::round(value))));
  }
  return formatNumber(value, 1);
}

std::string targetText(const Target& target, StatisticUnit unit) {
  switch (target.comparator) {
    case Comparator::AtLeast: return trFormat(Text::TargetAtLeast, {formatProfileValue(target.value.value_or(NAN), unit)});
    case Comparator::AtMost: return trFormat(Text::TargetAtMost, {formatProfileValue(target.value.value_or(NAN), unit)});
    case Comparator::Between:
      return trFormat(Text::TargetBetween, {formatProfileValue(target.low.value_or(NAN), unit), formatProfileValue(target.high.value_or(NAN), unit)});
  }
  return {};
}

std::string changeText(const Evaluation& evaluation, const TimeZone& zone) {
  const PeriodChange& previous = evaluation.previous;
  if (!previous.change) return tr(Text::CardNoComparison);
  std::string text = signedIn(*previous.change, evaluation.unit);
  if (previous.period) {
    text += ' ';
    text += trFormat(Text::VsPrevious, {periodLabel(*previous.period, zone)});
  }
  switch (previous.verdict) {
    case ChangeVerdict::Improved: text += evaluation.direction == Direction::LowerIsBetter ? " \u2193" : " \u2191"; break;
    case ChangeVerdict::Worsened: text += evaluation.direction == Direction::LowerIsBetter ? " \u2191" : " \u2193"; break;
    case ChangeVerdict::Changed: text += *previous.change < 0 ? " \u2193" : " \u2191"; break;
    case ChangeVerdict::NoSignificantChange:
    case ChangeVerdict::InsufficientData: text += std::string(" (") + tr(Text::NotSignificant) + ")"; break;
    default: break;
  }
  return text;
}

std::string driverLabel(const Driver& driver) {
  if (driver.split == "hour_of_week") {
    char* end = nullptr;
    const long hour = std::strtol(driver.key.c_str(), &end, 10);
    if (end && *end == '\0' && hour >= 0 && hour < 168)
      return std::string(weekdayName(static_cast<int>(hour / 24) + 1, NameWidth::Short)) + " " + formatClock(static_cast<int>(hour % 24), 0);
  }
  // Channels are the engine's words; "(none)" is the segmenter's name for a blank value.
  if (driver.split == "channel") return channelName(driver.key);
  if (driver.key.empty() || driver.label == "(none)") {
    const std::string* none = findKeyedText("unit.none", currentLanguage());
    return none ? *none : driver.label;
  }
  return driver.label.empty() ? driver.key : driver.label;
}

std::string periodLabel(const UtcRange& range, const TimeZone& zone) {
  if (range.endMs <= range.beginMs) return {};
  const CivilDate first = localDay(zone, range.beginMs), last = localDay(zone, range.endMs - 1);
  if (first.day == 1 && first.year == last.year && first.month == last.month && last.day == daysInMonth(last.year, last.month))
    return formatMonthYear(first);
  return formatDateRange(first, last);
}

const Evaluation* headlineOf(const StandardCard& card) {
  for (const Evaluation& scope : card.scopes)
    if (scope.verdict == card.verdict) return &scope;
  return card.scopes.empty() ? nullptr : &card.scopes.front();
}

} // namespace carescore
