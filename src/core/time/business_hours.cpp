// Business clocks. Each local day's opening hours become UTC intervals through TimeZone::fromLocal
// (so DST moves them correctly); a table of open time per day makes businessMs() two lookups. An
// interval belongs to the day it opens, which is what makes overnight hours and holidays simple.
#include "core/time/business_hours.h"

#include <algorithm>
#include <limits>

#include "core/time/calendar.h"

namespace carescore {
namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr std::int64_t kEarliestDay = -25567;  // 1900-01-01: business clocks clamp instants to 1900…2200
constexpr std::int64_t kLatestDay = 84006;     // 2200-01-01
constexpr std::int64_t kHorizonDays = 2 * 366;
constexpr std::int64_t kDeadlineDays = 10 * 366;

std::string checkHours(std::vector<OpeningHours>& hours, const std::string& day) {
  std::sort(hours.begin(), hours.end(), [](const OpeningHours& a, const OpeningHours& b) { return a.openMinute < b.openMinute; });
  for (std::size_t i = 0; i < hours.size(); ++i) {
    const OpeningHours& h = hours[i];
    if (h.openMinute < 0 || h.openMinute >= kMinutesPerDay || h.closeMinute <= h.openMinute ||
        h.closeMinute > h.openMinute + kMinutesPerDay)
      return day + ": opening hours must open within the day (0–1439 minutes) and close after opening, within 24 hours";
    if (i > 0 && hours[i - 1].closeMinute > h.openMinute) return day + ": opening hours overlap";
  }
  return {};
}

// Business clocks work between 1900 and 2200; instants outside are read as those bounds.
std::int64_t clampInstant(std::int64_t utcMs) { return std::clamp(utcMs, kEarliestDay * kMsPerDay, kLatestDay * kMsPerDay); }

std::string dateText(CivilDate date) {
  return std::to_string(date.year) + "-" + (date.month < 10 ? "0" : "") + std::to_string(date.month) + "-" +
         (date.day < 10 ? "0" : "") + std::to_string(date.day);
}

} // namespace

OpeningHours hoursFrom(int openHour, int openMinute, int closeHour, int closeMinute) {
  const int open = openHour * 60 + openMinute;
  int close = closeHour * 60 + closeMinute;
  if (close <= open) close += kMinutesPerDay;
  return {open, close};
}

Schedule Schedule::weekdays(OpeningHours hours, std::string zone) {
  Schedule schedule;
  schedule.zone = std::move(zone);
  for (int day = 0; day < 5; ++day) schedule.weekly[static_cast<std::size_t>(day)] = {hours};
  return schedule;
}

Schedule Schedule::allWeek(OpeningHours hours, std::string zone) {
  Schedule schedule;
  schedule.zone = std::move(zone);
  for (auto& day : schedule.weekly) day = {hours};
  return schedule;
}

Schedule Schedule::alwaysOpen(std::string zone) { return allWeek({0, kMinutesPerDay}, std::move(zone)); }

BusinessCalendarResult BusinessCalendar::make(const Schedule& schedule, const TimeZone& zone, const BusinessCalendarOptions& options) {
  constexpr const char* kDayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  BusinessCalendar calendar;
  calendar.zone_ = zone;
  calendar.weekly_ = schedule.weekly;
  for (std::size_t day = 0; day < 7; ++day)
    if (std::string error = checkHours(calendar.weekly_[day], kDayNames[day]); !error.empty()) return {std::nullopt, error};

  calendar.specialHours_.emplace_back();  // holidays
  std::vector<std::pair<std::int32_t, std::uint32_t>> days;
  for (const CivilDate& date : schedule.holidays) {
    if (!isValidDate(date)) return {std::nullopt, "holiday " + dateText(date) + " is not a date"};
    days.emplace_back(daysFromCivil(date), 0);
  }
  for (const SpecialDay& special : schedule.specialDays) {
    if (!isValidDate(special.date)) return {std::nullopt, "special day " + dateText(special.date) + " is not a date"};
    std::vector<OpeningHours> hours = special.hours;
    if (std::string error = checkHours(hours, dateText(special.date)); !error.empty()) return {std::nullopt, error};
    days.emplace_back(daysFromCivil(special.date), static_cast<std::uint32_t>(calendar.specialHours_.size()));
    calendar.specialHours_.push_back(std::move(hours));
  }
  // A special day listed after a holiday on the same date wins: the later entry stays.
  std::stable_sort(days.begin(), days.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < days.size(); ++i)
    if (i + 1 == days.size() || days[i + 1].first != days[i].first) calendar.specialDays_.push_back(days[i]);

  const std::int64_t first = std::clamp<std::int64_t>(daysFromCivil(options.firstTabledDay), kEarliestDay, kLatestDay);
  const std::int64_t last = std::clamp<std::int64_t>(daysFromCivil(options.lastTabledDay), kEarliestDay, kLatestDay);
  calendar.firstTabledDay_ = first;
  if (last >= first) {
    calendar.tableMs_.resize(static_cast<std::size_t>(last - first + 2));
    for (std::int64_t day = first; day <= last; ++day)
      calendar.tableMs_[static_cast<std::size_t>(day - first + 1)] = calendar.tableMs_[static_cast<std::size_t>(day - first)] + calendar.openMsOfDay(day);
  }
  return {std::move(calendar), {}};
}

const std::vector<OpeningHours>& BusinessCalendar::hoursOf(std::int64_t localDay) const {
  if (!specialDays_.empty()) {
    const auto found = std::lower_bound(specialDays_.begin(), specialDays_.end(), localDay,
                                        [](const auto& entry, std::int64_t day) { return entry.first < day; });
    if (found != specialDays_.end() && found->first == localDay) return specialHours_[found->second];
  }
  return weekly_[static_cast<std::size_t>(weekdayOf(localDay))];
}

template <class Visit>
void BusinessCalendar::forEachInterval(std::int64_t localDay, Visit&& visit) const {
  const std::vector<OpeningHours>& hours = hoursOf(localDay);
  if (hours.empty()) return;
  const std::int64_t midnight = localDay * kMsPerDay;
  std::int64_t coveredUntil = std::numeric_limits<std::int64_t>::min();
  const std::vector<OpeningHours>& previous = hoursOf(localDay - 1);
  if (!previous.empty() && previous.back().closeMinute > kMinutesPerDay)
    coveredUntil = zone_.fromLocal(midnight - kMsPerDay + previous.back().closeMinute * kMsPerMinute).utcMs;
  for (const OpeningHours& h : hours) {
    const std::int64_t begin = std::max(zone_.fromLocal(midnight + h.openMinute * kMsPerMinute).utcMs, coveredUntil);
    const std::int64_t end = zone_.fromLocal(midnight + h.closeMinute * kMsPerMinute).utcMs;
    if (end > begin) visit(begin, end);
  }
}

std::int64_t BusinessCalendar::openMsOfDay(std::int64_t localDay) const {
  std::int64_t total = 0;
  forEachInterval(localDay, [&](std::int64_t begin, std::int64_t end) { total += end - begin; });
  return total;
}

std::int64_t BusinessCalendar::openMsOfDayBefore(std::int64_t localDay, std::int64_t utcMs) const {
  std::int64_t total = 0;
  forEachInterval(localDay, [&](std::int64_t begin, std::int64_t end) { total += std::max<std::int64_t>(0, std::min(end, utcMs) - begin); });
  return total;
}

// Intervals of days up to d−2 close before day d starts, and those of day d+1 open after it ends,
// so only days d−1 (when it has overnight hours) and d can be partly before an instant of day d.
std::int64_t BusinessCalendar::cumulativeMs(std::int64_t utcMs) const {
  const std::int64_t day = localDayOf(zone_, utcMs);
  std::int64_t total = tableMs_[static_cast<std::size_t>(day - firstTabledDay_)];  // days before `day`, whole
  const std::vector<OpeningHours>& previous = hoursOf(day - 1);
  if (!previous.empty() && previous.back().closeMinute > kMinutesPerDay)
    total -= openMsOfDay(day - 1) - openMsOfDayBefore(day - 1, utcMs);
  return total + openMsOfDayBefore(day, utcMs);
}

std::int64_t BusinessCalendar::businessMs(std::int64_t startUtcMs, std::int64_t endUtcMs) const {
  startUtcMs = clampInstant(startUtcMs);
  endUtcMs = clampInstant(endUtcMs);
  if (endUtcMs <= startUtcMs) return 0;
  const std::int64_t firstDay = localDayOf(zone_, startUtcMs);
  const std::int64_t lastDay = localDayOf(zone_, endUtcMs);
  const auto tabled = [&](std::int64_t day) {
    return day - 1 >= firstTabledDay_ && day - firstTabledDay_ < static_cast<std::int64_t>(tableMs_.size());
  };
  if (tabled(firstDay) && tabled(lastDay)) return cumulativeMs(endUtcMs) - cumulativeMs(startUtcMs);
  std::int64_t total = 0;
  for (std::int64_t day = firstDay - 1; day <= lastDay; ++day)
    forEachInterval(day, [&](std::int64_t begin, std::int64_t end) {
      total += std::max<std::int64_t>(0, std::min(end, endUtcMs) - std::max(begin, startUtcMs));
    });
  return total;
}

bool BusinessCalendar::isOpen(std::int64_t utcMs) const {
  utcMs = clampInstant(utcMs);
  const std::int64_t day = localDayOf(zone_, utcMs);
  bool open = false;
  for (std::int64_t d = day - 1; d <= day && !open; ++d)
    forEachInterval(d, [&](std::int64_t begin, std::int64_t end) { open = open || (begin <= utcMs && utcMs < end); });
  return open;
}

std::optional<std::int64_t> BusinessCalendar::nextOpening(std::int64_t utcMs) const {
  utcMs = clampInstant(utcMs);
  if (isOpen(utcMs)) return utcMs;
  const std::int64_t day = localDayOf(zone_, utcMs);
  std::optional<std::int64_t> next;
  for (std::int64_t d = day - 1; d <= day + kHorizonDays && !next; ++d)
    forEachInterval(d, [&](std::int64_t begin, std::int64_t) {
      if (!next && begin >= utcMs) next = begin;
    });
  return next;
}

std::optional<std::int64_t> BusinessCalendar::endOfBusinessDay(std::int64_t utcMs) const {
  const std::optional<std::int64_t> opening = nextOpening(utcMs);
  if (!opening) return std::nullopt;
  const std::int64_t day = localDayOf(zone_, *opening);
  for (std::int64_t d = day - 1; d <= day; ++d) {  // the day whose interval holds the opening instant
    bool holds = false;
    std::int64_t lastEnd = 0;
    forEachInterval(d, [&](std::int64_t begin, std::int64_t end) {
      holds = holds || (begin <= *opening && *opening < end);
      lastEnd = end;
    });
    if (holds) return lastEnd;
  }
  return std::nullopt;
}

std::optional<std::int64_t> BusinessCalendar::addBusinessTime(std::int64_t startUtcMs, std::int64_t durationMs) const {
  startUtcMs = clampInstant(startUtcMs);
  if (durationMs <= 0) return startUtcMs;
  std::int64_t remaining = durationMs;
  std::optional<std::int64_t> deadline;
  const std::int64_t day = localDayOf(zone_, startUtcMs);
  for (std::int64_t d = day - 1; d <= day + kDeadlineDays && !deadline; ++d)
    forEachInterval(d, [&](std::int64_t begin, std::int64_t end) {
      if (deadline || end <= startUtcMs) return;
      begin = std::max(begin, startUtcMs);
      if (remaining <= end - begin) deadline = begin + remaining;
      else remaining -= end - begin;
    });
  return deadline;
}

} // namespace carescore
