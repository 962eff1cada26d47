#include "app/charts/time_ticks.h"

#include <cmath>

#include "app/i18n/calendar.h"
#include "app/i18n/date_format.h"

namespace carescore::charts {

namespace {

constexpr std::int64_t kMsPerHour = 3'600'000;

struct StepChoice {
  TimeStep unit;
  int count;
  double approxMs;  // to skip steps that are clearly too fine without enumerating them
};

constexpr StepChoice kChoices[] = {
  {TimeStep::Hour, 1, 3.6e6},    {TimeStep::Hour, 2, 7.2e6},    {TimeStep::Hour, 3, 1.08e7},
  {TimeStep::Hour, 6, 2.16e7},   {TimeStep::Hour, 12, 4.32e7},  {TimeStep::Day, 1, 8.64e7},
  {TimeStep::Day, 2, 1.728e8},   {TimeStep::Week, 1, 6.048e8},  {TimeStep::Week, 2, 1.2096e9},
  {TimeStep::Month, 1, 2.63e9},  {TimeStep::Month, 2, 5.26e9},  {TimeStep::Month, 3, 7.89e9},
  {TimeStep::Month, 6, 1.578e10}, {TimeStep::Year, 1, 3.156e10}, {TimeStep::Year, 2, 6.312e10},
  {TimeStep::Year, 5, 1.578e11}, {TimeStep::Year, 10, 3.156e11}, {TimeStep::Year, 25, 7.89e11},
  {TimeStep::Year, 100, 3.156e12},
};

// The first tick at or after `startMs` for this step, aligned to the calendar.
std::int64_t firstTick(std::int64_t startMs, StepChoice step) {
  const std::int64_t day = daysOfEpochMs(startMs);
  const CivilDate date = civilFromDays(day);
  switch (step.unit) {
    case TimeStep::Hour: {
      const std::int64_t hourMs = step.count * kMsPerHour;
      const std::int64_t dayStart = day * kMsPerDay;  // align to hours of the day: 00, 06, 12, 18
      const std::int64_t intoDay = startMs - dayStart;
      return dayStart + ((intoDay + hourMs - 1) / hourMs) * hourMs;
    }
    case TimeStep::Day: {
      std::int64_t d = day * kMsPerDay < startMs ? day + 1 : day;
      return d * kMsPerDay;
    }
    case TimeStep::Week: {
      std::int64_t d = day * kMsPerDay < startMs ? day + 1 : day;
      while (isoWeekday(d) != 1) ++d;
      return d * kMsPerDay;
    }
    case TimeStep::Month: {
      CivilDate first{date.year, date.month, 1};
      if (epochMsOf(first) < startMs) first.month += 1;
      if (first.month > 12) first = {first.year + 1, 1, 1};
      while ((first.month - 1) % step.count != 0) first = first.month == 12 ? CivilDate{first.year + 1, 1, 1} : CivilDate{first.year, first.month + 1, 1};
      return epochMsOf(first);
    }
    case TimeStep::Year: {
      int year = date.year;
      if (epochMsOf({year, 1, 1}) < startMs) ++year;
      while (((year % step.count) + step.count) % step.count != 0) ++year;
      return epochMsOf({year, 1, 1});
    }
  }
  return startMs;
}

std::int64_t nextTick(std::int64_t tickMs, StepChoice step) {
  switch (step.unit) {
    case TimeStep::Hour: return tickMs + step.count * kMsPerHour;
    case TimeStep::Day: return tickMs + step.count * kMsPerDay;
    case TimeStep::Week: return tickMs + 7 * step.count * kMsPerDay;
    case TimeStep::Month: {
      CivilDate date = civilFromDays(daysOfEpochMs(tickMs));
      date.month += step.count;
      while (date.month > 12) date.month -= 12, date.year += 1;
      return epochMsOf(date);
    }
    case TimeStep::Year: {
      const CivilDate date = civilFromDays(daysOfEpochMs(tickMs));
      return epochMsOf({date.year + step.count, 1, 1});
    }
  }
  return tickMs + kMsPerDay;
}

std::string tickLabel(std::int64_t tickMs, StepChoice step, bool first, Language language) {
  const std::int64_t day = daysOfEpochMs(tickMs);
  const CivilDate date = civilFromDays(day);
  switch (step.unit) {
    case TimeStep::Hour: {
      const auto intoDay = static_cast<int>((tickMs - day * kMsPerDay) / kMsPerHour);
      // Midnight names the day, so a two-day axis reads "Sep 30 · 06:00 · 12:00 · Oct 1".
      return intoDay == 0 ? formatDayMonth(date, language) : formatClock(intoDay, 0);
    }
    case TimeStep::Day:
    case TimeStep::Week: return formatDayMonth(date, language);
    case TimeStep::Month:
      // The year where it changes (January) and on the first tick, so every tick can be placed.
      return first || date.month == 1 ? formatMonthYear(date, language) : monthName(date.month, NameWidth::Short, language);
    case TimeStep::Year: return std::to_string(date.year);
  }
  return {};
}

} // namespace

TimeTickSet timeTicks(double startMs, double endMs, int maxTicks, Language language) {
  TimeTickSet set;
  if (!std::isfinite(startMs) || !std::isfinite(endMs) || endMs < startMs) return set;
  const auto start = static_cast<std::int64_t>(std::ceil(startMs));
  const auto end = static_cast<std::int64_t>(std::floor(endMs));
  for (const StepChoice& step : kChoices) {
    if ((endMs - startMs) / step.approxMs > maxTicks + 1) continue;
    std::vector<std::int64_t> ticks;
    for (std::int64_t t = firstTick(start, step); t <= end && static_cast<int>(ticks.size()) <= maxTicks; t = nextTick(t, step))
      ticks.push_back(t);
    if (static_cast<int>(ticks.size()) > maxTicks) continue;
    set.unit = step.unit;
    set.count = step.count;
    for (std::size_t i = 0; i < ticks.size(); ++i)
      set.ticks.push_back({static_cast<double>(ticks[i]), tickLabel(ticks[i], step, i == 0, language)});
    return set;
  }
  return set;
}

std::string timeLabel(double epochMs, TimeStep unit, Language language) {
  const auto ms = static_cast<std::int64_t>(std::floor(epochMs));
  const std::int64_t day = daysOfEpochMs(ms);
  const CivilDate date = civilFromDays(day);
  switch (unit) {
    case TimeStep::Hour: {
      const std::int64_t intoDayMs = ms - day * kMsPerDay;
      std::string out = formatDate(date, language);
      out += ' ';
      out += formatClock(static_cast<int>(intoDayMs / kMsPerHour), static_cast<int>(intoDayMs / 60'000 % 60));
      return out;
    }
    case TimeStep::Day:
    case TimeStep::Week: {
      std::string out = weekdayName(isoWeekday(day), NameWidth::Short, language);
      out += ", ";
      out += formatDate(date, language);
      return out;
    }
    case TimeStep::Month: {
      std::string out = monthName(date.month, NameWidth::Long, language);
      out += ' ';
      out += std::to_string(date.year);
      return out;
    }
    case TimeStep::Year: return std::to_string(date.year);
  }
  return formatDate(date, language);
}

} // namespace carescore::charts
