// Parsing and evaluating POSIX TZ rule strings. Hostile text yields nothing, never a crash: every
// number is bounded before use.
#include "core/time/posix_rule.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/time/civil.h"

namespace carescore {
namespace {

class Cursor {
public:
  explicit Cursor(std::string_view text) : text_(text) {}
  bool done() const { return at_ == text_.size(); }
  char peek() const { return done() ? '\0' : text_[at_]; }
  bool take(char c) {
    if (peek() != c) return false;
    ++at_;
    return true;
  }

  // A zone abbreviation: three or more letters, or anything but '>' between '<' and '>'.
  std::optional<std::string> name() {
    std::size_t begin = at_;
    std::size_t end = at_;
    if (take('<')) {
      begin = at_;
      while (!done() && peek() != '>') ++at_;
      end = at_;
      if (!take('>')) return std::nullopt;
    } else {
      while (!done() && std::isalpha(static_cast<unsigned char>(peek()))) ++at_;
      end = at_;
    }
    if (end - begin < 3) return std::nullopt;
    return std::string(text_.substr(begin, end - begin));
  }

  std::optional<int> number(int maximum) {
    if (!std::isdigit(static_cast<unsigned char>(peek()))) return std::nullopt;
    int value = 0;
    while (std::isdigit(static_cast<unsigned char>(peek()))) {
      value = value * 10 + (text_[at_++] - '0');
      if (value > maximum) return std::nullopt;
    }
    return value;
  }

  // [+|-]hh[:mm[:ss]] in seconds, hours up to maxHours.
  std::optional<std::int32_t> hms(int maxHours) {
    const bool negative = take('-');
    if (!negative) take('+');
    const auto hours = number(maxHours);
    if (!hours) return std::nullopt;
    int minutes = 0;
    int seconds = 0;
    if (take(':')) {
      const auto m = number(59);
      if (!m) return std::nullopt;
      minutes = *m;
      if (take(':')) {
        const auto s = number(59);
        if (!s) return std::nullopt;
        seconds = *s;
      }
    }
    const std::int32_t total = *hours * 3600 + minutes * 60 + seconds;
    return negative ? -total : total;
  }

  std::optional<PosixRuleDate> date() {
    PosixRuleDate date;
    if (take('M')) {
      const auto month = number(12);
      if (!month || *month < 1 || !take('.')) return std::nullopt;
      const auto week = number(5);
      if (!week || *week < 1 || !take('.')) return std::nullopt;
      const auto weekday = number(6);
      if (!weekday) return std::nullopt;
      date.kind = PosixRuleDate::Kind::MonthWeekDay;
      date.month = *month;
      date.week = *week;
      date.weekday = *weekday;
    } else if (take('J')) {
      const auto day = number(365);
      if (!day || *day < 1) return std::nullopt;
      date.kind = PosixRuleDate::Kind::JulianNoLeap;
      date.day = *day;
    } else {
      const auto day = number(365);
      if (!day) return std::nullopt;
      date.kind = PosixRuleDate::Kind::ZeroBased;
      date.day = *day;
    }
    if (take('/')) {
      const auto time = hms(167);
      if (!time) return std::nullopt;
      date.timeSeconds = *time;
    }
    return date;
  }

private:
  std::string_view text_;
  std::size_t at_ = 0;
};

std::int64_t dayOfRule(const PosixRuleDate& date, int year) {
  const std::int64_t firstJanuary = daysFromCivil({year, 1, 1});
  switch (date.kind) {
    case PosixRuleDate::Kind::JulianNoLeap:
      return firstJanuary + date.day - 1 + (isLeapYear(year) && date.day >= 60 ? 1 : 0);
    case PosixRuleDate::Kind::ZeroBased:
      return firstJanuary + date.day;
    case PosixRuleDate::Kind::MonthWeekDay: break;
  }
  const std::int64_t first = daysFromCivil({year, date.month, 1});
  const std::int64_t firstWeekday = floorMod(first + 4, 7);  // 0 = Sunday; 1970-01-01 was a Thursday
  std::int64_t day = first + floorMod(date.weekday - firstWeekday, 7) + (date.week - 1) * 7;
  const int length = daysInMonth(year, date.month);
  while (day - first >= length) day -= 7;  // week 5 means the last such weekday
  return day;
}

} // namespace

std::optional<PosixRule> parsePosixRule(std::string_view text) {
  Cursor cursor(text);
  PosixRule rule;
  auto standardName = cursor.name();
  if (!standardName) return std::nullopt;
  rule.standardName = std::move(*standardName);
  const auto standardOffset = cursor.hms(24);
  if (!standardOffset) return std::nullopt;
  rule.standardOffsetSeconds = -*standardOffset;
  if (cursor.done()) return rule;

  auto dstName = cursor.name();
  if (!dstName) return std::nullopt;
  rule.hasDst = true;
  rule.dstName = std::move(*dstName);
  rule.dstOffsetSeconds = rule.standardOffsetSeconds + 3600;
  if (cursor.peek() != ',' && !cursor.done()) {
    const auto dstOffset = cursor.hms(24);
    if (!dstOffset) return std::nullopt;
    rule.dstOffsetSeconds = -*dstOffset;
  }
  // Without dates POSIX leaves the rule to the implementation; tzcode uses the US rules.
  if (cursor.done()) {
    rule.dstStart = {PosixRuleDate::Kind::MonthWeekDay, 0, 3, 2, 0, 7200};
    rule.dstEnd = {PosixRuleDate::Kind::MonthWeekDay, 0, 11, 1, 0, 7200};
    return rule;
  }
  if (!cursor.take(',')) return std::nullopt;
  const auto start = cursor.date();
  if (!start || !cursor.take(',')) return std::nullopt;
  const auto end = cursor.date();
  if (!end || !cursor.done()) return std::nullopt;
  rule.dstStart = *start;
  rule.dstEnd = *end;
  return rule;
}

DstChanges dstChangesIn(const PosixRule& rule, int year) {
  return {dayOfRule(rule.dstStart, year) * 86400 + rule.dstStart.timeSeconds - rule.standardOffsetSeconds,
          dayOfRule(rule.dstEnd, year) * 86400 + rule.dstEnd.timeSeconds - rule.dstOffsetSeconds};
}

PosixLocalType posixTypeAt(const PosixRule& rule, std::int64_t utcSeconds) {
  const PosixLocalType standard{rule.standardOffsetSeconds, false};
  if (!rule.hasDst) return standard;
  const PosixLocalType dst{rule.dstOffsetSeconds, true};
  // The last change at or before the instant, among those of the years around it (rule times may
  // reach into the neighbouring year, e.g. "J365/25" for permanent DST).
  const int year = civilFromDays(floorDiv(utcSeconds, 86400)).year;
  std::array<std::pair<std::int64_t, bool>, 6> changes{};
  for (int i = 0; i < 3; ++i) {
    const DstChanges c = dstChangesIn(rule, year - 1 + i);
    changes[2 * i] = {c.startUtcSeconds, true};
    changes[2 * i + 1] = {c.endUtcSeconds, false};
  }
  std::sort(changes.begin(), changes.end());
  bool isDst = !changes[0].second;
  for (const auto& [when, startsDst] : changes)
    if (when <= utcSeconds) isDst = startsDst;
  return isDst ? dst : standard;
}

} // namespace carescore
