// A profile's Period (day, week, month) as the calendar's PeriodUnit, for the scored period and
// goal time frames. Not the calendar arithmetic (time/calendar.h).
#pragma once
#include "core/standards/profile.h"
#include "core/time/calendar.h"

namespace carescore {

constexpr PeriodUnit periodUnitOf(Period period) {
  switch (period) {
    case Period::Day: return PeriodUnit::Day;
    case Period::Week: return PeriodUnit::Week;
    case Period::Month: return PeriodUnit::Month;
  }
  return PeriodUnit::Month;
}

} // namespace carescore
