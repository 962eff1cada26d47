// Ticks of a time axis on calendar boundaries: hours, days, Monday-started weeks, months,
// quarters, years, labelled in the chosen language ("Sep 30" · "30/09" · "30.09"; "Oct" · "thg 10" ·
// "окт."). Times are wall-clock milliseconds since 1970 in the display time zone (the caller
// shifts instants into that zone), so no tick ever lands at 23:00 because of an offset.
#pragma once
#include <string>
#include <vector>

#include "app/i18n/language.h"

namespace carescore::charts {

enum class TimeStep { Hour, Day, Week, Month, Year };

struct TimeTick {
  double epochMs = 0;
  std::string label;
};

struct TimeTickSet {
  std::vector<TimeTick> ticks;  // inside [startMs, endMs], ascending
  TimeStep unit = TimeStep::Day;
  int count = 1;                // the step is `count` units (e.g. 3 months)
};

// The finest calendar step that gives at most `maxTicks` ticks in [startMs, endMs].
TimeTickSet timeTicks(double startMs, double endMs, int maxTicks, Language language = currentLanguage());

// The label a tooltip shows for a point on an axis of this step: a full date for days and weeks,
// date and time for hours, month and year for months.
std::string timeLabel(double epochMs, TimeStep unit, Language language = currentLanguage());

} // namespace carescore::charts
