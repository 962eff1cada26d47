#include "core/ingest/timestamp_parser.h"

#include "core/ingest/date_fields.h"
#include "core/ingest/text_scan.h"

// A hand-written scanner over the shapes listed in the header, one pass, no allocation. Month and
// weekday names are data tables; the grammar is: [weekday[,]] date [(T|space|", ") time [zone] [year]].
namespace carescore {

namespace {

struct NameEntry {
  std::string_view name;  // lower case; an abbreviation may be followed by '.'
  int number;
};

constexpr NameEntry kMonths[] = {
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6}, {"july", 7},
    {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12}, {"sept", 9},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9},
    {"oct", 10}, {"nov", 11}, {"dec", 12},
    // Russian: nominative and genitive ("31 января"), then abbreviations.
    {"январь", 1}, {"января", 1}, {"февраль", 2}, {"февраля", 2}, {"март", 3}, {"марта", 3},
    {"апрель", 4}, {"апреля", 4}, {"май", 5}, {"мая", 5}, {"июнь", 6}, {"июня", 6}, {"июль", 7},
    {"июля", 7}, {"август", 8}, {"августа", 8}, {"сентябрь", 9}, {"сентября", 9}, {"октябрь", 10},
    {"октября", 10}, {"ноябрь", 11}, {"ноября", 11}, {"декабрь", 12}, {"декабря", 12},
    {"янв", 1}, {"фев", 2}, {"мар", 3}, {"апр", 4}, {"июн", 6}, {"июл", 7}, {"авг", 8}, {"сент", 9},
    {"сен", 9}, {"окт", 10}, {"нояб", 11}, {"ноя", 11}, {"дек", 12},
};

// "tháng 10" = October; also decomposed (a + U+0301) as Windows-1258 decoding leaves it.
constexpr std::string_view kVietnameseMonthWords[] = {"th\xC3\xA1ng", "tha\xCC\x81ng", "thg"};

constexpr std::string_view kWeekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    "пн", "вт", "ср", "чт", "пт", "сб", "вс",
    "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "cn",
};

constexpr std::string_view kZoneNames[] = {"utc", "gmt"};

class Cursor {
public:
  explicit Cursor(std::string_view text) : s_(text) {}
  bool atEnd() const { return i_ >= s_.size(); }
  std::size_t pos() const { return i_; }
  void seek(std::size_t i) { i_ = i; }
  char peek(std::size_t ahead = 0) const { return i_ + ahead < s_.size() ? s_[i_ + ahead] : '\0'; }
  bool take(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  std::size_t skipSpaces() {
    const std::size_t from = i_;
    while (const std::size_t w = scan::spaceAt(s_, i_)) i_ += w;
    return i_ - from;
  }
  // Up to maxDigits digits; the count read (0 if none, or if more digits follow).
  int number(int maxDigits, int& value) {
    int count = 0;
    value = 0;
    while (scan::isDigit(peek()) && count <= maxDigits) {
      value = value * 10 + scan::digitOf(peek());
      ++count;
      ++i_;
    }
    return count > maxDigits ? 0 : count;
  }
  // Exactly n digits, known to be there.
  int digits(int n) {
    int value = 0;
    for (int k = 0; k < n; ++k) value = value * 10 + scan::digitOf(s_[i_++]);
    return value;
  }
  // A word of the table, followed by an optional '.' and no further letter.
  template <typename Entry, std::size_t N>
  const Entry* word(const Entry (&table)[N]) {
    if (i_ >= s_.size()) return nullptr;
    const unsigned char first = scan::byteAt(s_, i_);
    for (const Entry& entry : table) {
      const std::string_view name = nameOf(entry);
      const auto lead = static_cast<unsigned char>(name[0]);
      if (lead < 0x80 ? scan::asciiLower(static_cast<char>(first)) != static_cast<char>(lead) : first < 0x80) continue;
      const std::size_t matched = scan::matchFolded(s_.substr(i_), name);
      if (matched == 0) continue;
      std::size_t end = i_ + matched;
      if (scan::letterAt(s_, end) != 0) continue;
      if (end < s_.size() && s_[end] == '.') ++end;
      i_ = end;
      return &entry;
    }
    return nullptr;
  }
  std::string_view text() const { return s_; }

private:
  static std::string_view nameOf(const NameEntry& entry) { return entry.name; }
  static std::string_view nameOf(std::string_view entry) { return entry; }
  std::string_view s_;
  std::size_t i_ = 0;
};

// A month as a name, "tháng 10" / "thg 10", or nothing (the cursor is left where it was).
int monthWord(Cursor& c) {
  const std::size_t start = c.pos();
  if (const NameEntry* month = c.word(kMonths)) return month->number;
  if (c.word(kVietnameseMonthWords)) {
    c.skipSpaces();
    int month = 0;
    if (c.number(2, month) > 0 && month >= 1 && month <= 12) return month;
  }
  c.seek(start);
  return 0;
}

bool yearField(Cursor& c, TimestampText& out) {
  int year = 0;
  const int digits = c.number(4, year);
  if (digits == 4) out.year = year;
  else if (digits == 2) {
    out.year = expandTwoDigitYear(year);
    out.twoDigitYear = true;
  } else {
    return false;
  }
  return out.year >= 1;
}

// "г." (год, "year") after a Russian date: "31.01.2016 г.", "31 октября 2022 г."
void skipYearSuffix(Cursor& c) {
  const std::size_t start = c.pos();
  c.skipSpaces();
  constexpr std::string_view kYearWord = "\xD0\xB3";  // г
  const std::size_t matched = scan::matchFolded(c.text().substr(c.pos()), kYearWord);
  if (matched != 0 && scan::letterAt(c.text(), c.pos() + matched) == 0) {
    c.seek(c.pos() + matched);
    c.take('.');
  } else {
    c.seek(start);
  }
}

// A numeric day or month field (1 or 2 digits), or a month name when allowed.
bool dayOrMonthField(Cursor& c, int& value, bool& isName, TimestampText& out) {
  const int digits = c.number(2, value);
  if (digits > 0) {
    if (digits == 1) out.padded = false;
    return true;
  }
  value = monthWord(c);
  isName = value != 0;
  return isName;
}

// The date part, numeric or with a month name, not counting a trailing Twitter-style year.
bool scanDate(Cursor& c, TimestampText& out, bool& yearPending) {
  if (scan::isDigit(c.peek())) {
    int lead = 0;
    const int digits = c.number(4, lead);
    const char sep = c.peek();
    if (sep == '-' || sep == '/' || sep == '.') {
      c.take(sep);
      out.separator = sep;
      bool nameInMiddle = false;
      int middle = 0;
      if (!dayOrMonthField(c, middle, nameInMiddle, out) || !c.take(sep)) return false;
      if (digits == 4) {  // year first: yyyy-mm-dd (or yyyy-Mon-dd)
        int day = 0;
        if (c.number(2, day) == 0) return false;
        out.year = lead;
        out.first = middle;
        out.second = day;
        out.yearFirst = out.orderKnown = true;
        out.monthName = nameInMiddle;
        return true;
      }
      if (digits > 2) return false;
      if (digits == 1) out.padded = false;
      if (!yearField(c, out)) return false;
      skipYearSuffix(c);
      if (nameInMiddle) {  // 31-Oct-2017
        out.first = middle;
        out.second = lead;
        out.orderKnown = out.monthName = true;
      } else {
        out.first = lead;
        out.second = middle;
      }
      return true;
    }
    // "31 Oct 2017", "31 октября 2022 г."
    if (digits < 1 || digits > 2 || c.skipSpaces() == 0) return false;
    const int month = monthWord(c);
    if (month == 0) return false;
    c.take(',');
    if (c.skipSpaces() == 0 || c.number(4, out.year) != 4) return false;
    out.first = month;
    out.second = lead;
    out.orderKnown = out.monthName = true;
    out.separator = ' ';
    skipYearSuffix(c);
    return true;
  }
  // "Oct 31, 2017", "Oct 31 22:10:47 +0000 2017"
  const int month = monthWord(c);
  if (month == 0 || c.skipSpaces() == 0) return false;
  int day = 0;
  if (c.number(2, day) == 0) return false;
  out.first = month;
  out.second = day;
  out.orderKnown = out.monthName = true;
  out.separator = ' ';
  const bool comma = c.take(',');
  const std::size_t afterDay = c.pos();
  c.skipSpaces();
  int year = 0;
  if (c.number(4, year) == 4 && !scan::isDigit(c.peek()) && c.peek() != ':') {
    out.year = year;
    return true;
  }
  c.seek(afterDay);
  if (comma) return false;
  yearPending = true;  // ctime and Twitter put the year after the time
  return true;
}

bool scanZone(Cursor& c, TimestampText& out) {
  const std::size_t start = c.pos();
  const bool spaced = c.skipSpaces() > 0;
  const char first = c.peek();
  if (first == 'Z' || first == 'z') {
    if (scan::letterAt(c.text(), c.pos() + 1) != 0) {
      c.seek(start);
      return true;
    }
    c.take(first);
    out.zone = ZoneStyle::Z;
    out.spaceBeforeZone = spaced;
    return true;
  }
  bool named = false;
  if (c.word(kZoneNames)) {
    named = true;
    out.zone = ZoneStyle::Named;
    out.spaceBeforeZone = spaced;
  }
  const char sign = c.peek();
  if (sign != '+' && sign != '-') {
    if (!named) c.seek(start);
    return true;
  }
  c.take(sign);
  int run = 0;
  while (scan::isDigit(c.peek(run))) ++run;
  int hours = 0, minutes = 0;
  if (run == 4) {  // +0700
    hours = c.digits(2);
    minutes = c.digits(2);
  } else if (run == 2 || (run == 1 && named)) {  // +07, +07:00, GMT+7
    hours = c.digits(run);
    if (c.peek() == ':' && run == 2) {
      c.take(':');
      int minuteDigits = 0;
      while (scan::isDigit(c.peek(minuteDigits))) ++minuteDigits;
      if (minuteDigits != 2) return false;
      minutes = c.digits(2);
      out.offsetColon = true;
    }
  } else {
    return false;
  }
  if (hours > 14 || minutes > 59) return false;
  out.zone = named ? ZoneStyle::Named : ZoneStyle::Offset;
  if (!named) out.spaceBeforeZone = spaced;
  out.offsetMinutes = (sign == '-' ? -1 : 1) * (hours * 60 + minutes);
  return true;
}

bool scanTime(Cursor& c, TimestampText& out) {
  ClockReading clock;
  if (!scanClock(c.text(), c.pos(), clock)) return false;
  const std::int64_t hour = hours24(clock);
  if (clock.leadDigits > 2 || hour < 0 || hour > 23) return false;
  out.hasTime = true;
  out.hour = static_cast<int>(hour);
  out.minute = clock.middle;
  out.hasSeconds = clock.fields == 3;
  out.secondOfMinute = clock.fields == 3 ? clock.last : 0;
  out.millis = clock.millis;
  out.fractionDigits = clock.fractionDigits;
  out.meridiem = clock.meridiem;
  c.seek(clock.end);
  return true;
}

} // namespace

bool scanTimestamp(std::string_view text, TimestampText& out) {
  return scanFixedTimestamp(text, out) || scanTimestampGeneral(text, out);
}

bool scanTimestampGeneral(std::string_view text, TimestampText& out) {
  Cursor c(text);
  TimestampText value;
  if (!scan::isDigit(c.peek())) {
    const std::size_t start = c.pos();
    if (c.word(kWeekdays)) {
      value.weekday = true;
      c.take(',');
      if (c.skipSpaces() == 0) return false;
    } else {
      c.seek(start);
    }
  }
  bool yearPending = false;
  if (!scanDate(c, value, yearPending)) return false;
  if (!c.atEnd()) {
    const std::size_t beforeTime = c.pos();
    if (c.take('T') || c.take('t')) {
      value.isoT = true;
    } else {
      c.take(',');
      if (c.skipSpaces() == 0) return false;
    }
    if (!scanTime(c, value)) {
      if (value.isoT) return false;
      c.seek(beforeTime);
    } else if (!scanZone(c, value)) {
      return false;
    }
  }
  if (yearPending) {
    if (!value.hasTime || c.skipSpaces() == 0 || c.number(4, value.year) != 4) return false;
    value.yearAfterTime = true;
  }
  if (!c.atEnd()) return false;
  if (value.orderKnown && !isValidDate(value.year, value.first, value.second)) return false;
  if (!value.orderKnown && value.first > 12 && value.second > 12) return false;
  out = value;
  return true;
}

OrderFit orderFit(const TimestampText& value) {
  if (value.orderKnown) return {true, true};
  return {isValidDate(value.year, value.second, value.first), isValidDate(value.year, value.first, value.second)};
}

std::optional<std::int64_t> timestampToEpochMs(const TimestampText& value, DateOrder order) {
  int month = value.first, day = value.second;
  if (!value.orderKnown && order == DateOrder::DayMonthYear) {
    month = value.second;
    day = value.first;
  }
  if (!value.orderKnown && !isValidDate(value.year, month, day)) return std::nullopt;  // scanning checked the others
  const std::int64_t local = epochMsOf(value.year, month, day, value.hour, value.minute, value.secondOfMinute, value.millis);
  return local - static_cast<std::int64_t>(value.offsetMinutes) * 60 * kMsPerSecond;
}

std::string describeTimestamp(const TimestampText& value, DateOrder order) {
  std::string out;
  const std::string_view day = value.padded ? "dd" : "d";
  const std::string_view month = value.padded ? "mm" : "m";
  const std::string_view year = value.twoDigitYear ? "yy" : "yyyy";
  const char sep = value.separator;
  if (value.weekday) out += "Www ";
  if (value.monthName) {
    if (value.yearFirst) out.append("yyyy").append(1, sep).append("Mon").append(1, sep).append("dd");
    else if (sep != ' ') out.append("dd").append(1, sep).append("Mon").append(1, sep).append(year);
    else if (value.yearAfterTime) out += "Mon dd";
    else out += "dd Mon yyyy";
  } else if (value.yearFirst) {
    out.append("yyyy").append(1, sep).append("mm").append(1, sep).append("dd");
  } else {
    const bool dayFirst = order != DateOrder::MonthDayYear;
    out.append(dayFirst ? day : month).append(1, sep).append(dayFirst ? month : day).append(1, sep).append(year);
  }
  if (value.hasTime) {
    out += value.isoT ? "T" : " ";
    out += value.meridiem != Meridiem::None ? "h:MM" : "HH:MM";
    if (value.hasSeconds) out += ":SS";
    if (value.fractionDigits > 0) out += ".fff";
    if (value.meridiem != Meridiem::None) out += " AM";
    if (value.spaceBeforeZone) out += " ";
    if (value.zone == ZoneStyle::Z) out += "Z";
    else if (value.zone == ZoneStyle::Named) out += "UTC";
    else if (value.zone == ZoneStyle::Offset) out += value.offsetColon ? "±HH:MM" : "±HHMM";
    if (value.yearAfterTime) out += " yyyy";
  }
  return out;
}

} // namespace carescore
