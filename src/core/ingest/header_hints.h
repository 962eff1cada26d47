// What a column's header says about its values, in English, Vietnamese and Russian: a unit for
// bare numbers ("First reply time in minutes", "(seconds)", "(in hrs)", "Длительность, сек",
// "Thời gian chờ (phút)"), and cues that a column holds times, elapsed times, yes/no flags,
// identifiers or free text. Hints only steer inference where values alone cannot decide (is 45000
// a date? is 08:30:00 a clock time or 8.5 hours? is 0/1 a flag?); values always decide the rest.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace carescore {

struct HeaderHints {
  double unitSeconds = 0.0;  // seconds per unit of bare numbers the header names; 0: none named
  bool timestamp = false;    // names a date or a time (date, time, created_at, дата, ngày, …)
  bool timeOfDay = false;    // names a point in the day (time, start, end, entry, время, giờ …)
  bool elapsed = false;      // names an elapsed time (duration, wait, talk, speed, длительность, chờ, …)
  bool flag = false;         // names a yes/no property (is_…, has_…, answered, (Y/N), признак, đã …)
  bool identifier = false;   // names an id, e-mail, phone or link (id, номер, mã, …)
  bool freeText = false;     // names free text (comment, description, комментарий, ghi chú, …)
};

HeaderHints readHeaderHints(std::string_view header);

// The header's words, folded to lower case: split at anything that is not a letter or digit, and
// at camelCase humps ("AvgTalkDuration" → avg talk duration). Exposed for tests.
struct HeaderToken {
  std::string text;
  bool afterSlash = false;  // "calls/hour": a rate, not a unit
};
std::vector<HeaderToken> headerTokens(std::string_view header);

// English name of a unit for descriptions: "seconds", "minutes", "hours", "days", "milliseconds".
std::string_view unitName(double unitSeconds);

} // namespace carescore
