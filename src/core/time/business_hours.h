// Business hours: a weekly schedule of local opening hours in a zone, with holidays and special
// days, and the clocks built on it (is it open, when does it next open, how much open time lies
// between two instants). Business time is elapsed time while open, so it is right across DST
// changes. Not a zone and not a calendar: those are time_zone.h and calendar.h.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/time/civil.h"
#include "core/time/time_zone.h"

namespace carescore {

// Open from openMinute to closeMinute, minutes after the local midnight of the day it opens:
// closing past midnight is closeMinute > 1440 (22:00–06:00 is {1320, 1800}); half-open [open, close).
struct OpeningHours {
  int openMinute = 9 * 60;
  int closeMinute = 17 * 60;
  friend bool operator==(const OpeningHours&, const OpeningHours&) = default;
};
OpeningHours hoursFrom(int openHour, int openMinute, int closeHour, int closeMinute);  // close ≤ open: overnight

struct SpecialDay {
  CivilDate date;
  std::vector<OpeningHours> hours;  // replaces the weekday's hours that day (e.g. a half day)
};

// Plain data, simple to serialize into a profile. The zone is a name for ZoneDatabase::resolve.
struct Schedule {
  std::string zone = "UTC";
  std::array<std::vector<OpeningHours>, 7> weekly;  // Monday first; an empty day is closed
  std::vector<CivilDate> holidays;                  // closed all day
  std::vector<SpecialDay> specialDays;

  static Schedule weekdays(OpeningHours hours, std::string zone = "UTC");  // Monday to Friday
  static Schedule allWeek(OpeningHours hours, std::string zone = "UTC");   // every day
  static Schedule alwaysOpen(std::string zone = "UTC");                    // 24/7
};

struct BusinessCalendarOptions {
  // Days whose open time is tabled up front, so that businessMs() is O(1) for instants in this
  // range (8 bytes a day); outside it the days are walked one by one. Clamped to 1900…2200.
  CivilDate firstTabledDay{2010, 1, 1};
  CivilDate lastTabledDay{2040, 12, 31};
};

struct BusinessCalendarResult;

class BusinessCalendar {
public:
  static BusinessCalendarResult make(const Schedule& schedule, const TimeZone& zone, const BusinessCalendarOptions& options = {});

  bool isOpen(std::int64_t utcMs) const;
  // The instant itself when open; otherwise the next opening. Nothing when the schedule does not
  // open within two years (a schedule with no hours at all).
  std::optional<std::int64_t> nextOpening(std::int64_t utcMs) const;
  // Open time between two instants (0 when end ≤ start). A contact created while closed starts
  // its clock at the next opening; holidays count nothing.
  std::int64_t businessMs(std::int64_t startUtcMs, std::int64_t endUtcMs) const;
  double businessSeconds(std::int64_t startUtcMs, std::int64_t endUtcMs) const {
    return static_cast<double>(businessMs(startUtcMs, endUtcMs)) / 1000.0;
  }
  // The end of the business day an instant falls in: the close of the last interval opening on the
  // local day of nextOpening(utcMs) (after closing, that is the next business day). Overnight hours
  // belong to the day they open. Nothing when the schedule does not open within two years.
  std::optional<std::int64_t> endOfBusinessDay(std::int64_t utcMs) const;
  // When `durationMs` of open time will have passed after `startUtcMs`: an SLA deadline in business
  // hours. Nothing beyond two years.
  std::optional<std::int64_t> addBusinessTime(std::int64_t startUtcMs, std::int64_t durationMs) const;

  const TimeZone& zone() const { return zone_; }

private:
  BusinessCalendar() = default;
  const std::vector<OpeningHours>& hoursOf(std::int64_t localDay) const;
  // Calls visit(beginMs, endMs) for each open interval that opens on `localDay`, in time order,
  // without the part the previous day's overnight hours already cover.
  template <class Visit>
  void forEachInterval(std::int64_t localDay, Visit&& visit) const;
  std::int64_t openMsOfDay(std::int64_t localDay) const;
  std::int64_t openMsOfDayBefore(std::int64_t localDay, std::int64_t utcMs) const;  // of its intervals, the part before utcMs
  std::int64_t cumulativeMs(std::int64_t utcMs) const;  // open time from the table's start to utcMs

  TimeZone zone_;
  std::array<std::vector<OpeningHours>, 7> weekly_;
  std::vector<std::pair<std::int32_t, std::uint32_t>> specialDays_;  // sorted by day: index into specialHours_
  std::vector<std::vector<OpeningHours>> specialHours_;              // [0] is empty: holidays point to it
  std::int64_t firstTabledDay_ = 0;
  std::vector<std::int64_t> tableMs_;  // tableMs_[i]: open ms of the days firstTabledDay_ … firstTabledDay_ + i − 1
};

struct BusinessCalendarResult {
  std::optional<BusinessCalendar> calendar;
  std::string error;  // when there is none: which day and hours are wrong
};

} // namespace carescore
