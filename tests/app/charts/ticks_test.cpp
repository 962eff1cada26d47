#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "app/charts/ticks.h"
#include "app/charts/time_ticks.h"
#include "app/i18n/calendar.h"

using namespace carescore;
using namespace carescore::charts;

namespace {
std::vector<std::string> labels(const TimeTickSet& set) {
  std::vector<std::string> out;
  for (const TimeTick& tick : set.ticks) out.push_back(tick.label);
  return out;
}
double ms(int y, int m, int d, int hour = 0) { return static_cast<double>(epochMsOf({y, m, d}) + hour * 3'600'000LL); }
} // namespace

TEST_SUITE("app/charts") {

TEST_CASE("nice ticks step by 1, 2 or 5 × 10^k and cover the range") {
  // 0–97.3 in ≤ 6 ticks: step 10 gives 11 ticks, step 20 gives 0..100 = 6.
  CHECK(niceTicks(0, 97.3, 6).values == std::vector<double>{0, 20, 40, 60, 80, 100});
  CHECK(niceTicks(0, 97.3, 6).step == 20);
  // 0.5–3.2 in ≤ 5: step 0.5 needs 0.5..3.5 = 7 ticks, step 1 gives 0..4 = 5.
  CHECK(niceTicks(0.5, 3.2, 5).values == std::vector<double>{0, 1, 2, 3, 4});
  // 80.9–96.9 in ≤ 6: step 5 gives 80..100 = 5 ticks; step 2 would need 9.
  CHECK(niceTicks(80.9, 96.9, 6).values == std::vector<double>{80, 85, 90, 95, 100});
  // Small fractions keep exact decimals: 0.1 steps print as 0.3, not 0.30000000000000004.
  const TickSet tenths = niceTicks(0.12, 0.57, 6);
  CHECK(tenths.values == std::vector<double>{0.1, 0.2, 0.3, 0.4, 0.5, 0.6});
  CHECK(tenths.decimals == 1);
  CHECK(niceTicks(-35, 12, 6).values == std::vector<double>{-40, -20, 0, 20});
  CHECK(niceTicks(0, 2'000'000, 5).values == std::vector<double>{0, 500000, 1000000, 1500000, 2000000});
}

TEST_CASE("an empty range is widened, never a division by zero") {
  CHECK(niceTicks(5, 5, 5).values == std::vector<double>{4.5, 5, 5.5});
  CHECK(niceTicks(0, 0, 5).values == std::vector<double>{-1, -0.5, 0, 0.5, 1});  // widened to [-1, 1]
  CHECK(niceTicks(NAN, 3, 5).values.size() >= 2);
}

TEST_CASE("duration ticks use steps people count in") {
  // 0–300 s in ≤ 6: 30 s would need 11, 60 s gives 0..300 = 6.
  CHECK(durationTicks(0, 300, 6).values == std::vector<double>{0, 60, 120, 180, 240, 300});
  // 0–100 s in ≤ 5: 15 s needs 0..105 = 8, 30 s gives 0..120 = 5.
  CHECK(durationTicks(0, 100, 5).values == std::vector<double>{0, 30, 60, 90, 120});
  // 0–5 h in ≤ 6: 1 h steps.
  CHECK(durationTicks(0, 5 * 3600, 6).step == 3600);
  CHECK(durationTicks(0, 40 * 86400, 5).step == 10 * 86400);
}

TEST_CASE("time ticks across months land on the first of each month, with the year where needed") {
  // Aug 15 – Nov 20, 2026 (97 days) in ≤ 6 ticks: weekly needs 14, monthly gives Sep 1, Oct 1, Nov 1.
  const TimeTickSet en = timeTicks(ms(2026, 8, 15), ms(2026, 11, 20), 6, Language::English);
  CHECK(en.unit == TimeStep::Month);
  CHECK(labels(en) == std::vector<std::string>{"Sep 2026", "Oct", "Nov"});
  CHECK(en.ticks[1].epochMs == ms(2026, 10, 1));
  CHECK(labels(timeTicks(ms(2026, 8, 15), ms(2026, 11, 20), 6, Language::Vietnamese)) ==
        std::vector<std::string>{"09/2026", "thg 10", "thg 11"});
  CHECK(labels(timeTicks(ms(2026, 8, 15), ms(2026, 11, 20), 6, Language::Russian)) ==
        std::vector<std::string>{"сент. 2026", "окт.", "нояб."});
  // Across a new year the January tick carries its year.
  CHECK(labels(timeTicks(ms(2026, 10, 1), ms(2027, 3, 1), 6, Language::English)) ==
        std::vector<std::string>{"Oct 2026", "Nov", "Dec", "Jan 2027", "Feb", "Mar"});
}

TEST_CASE("time ticks for a month of days step by Monday-started weeks") {
  // Sep 1–30, 2026 in ≤ 6: daily 30, every 2 days 15, weekly: Mondays Sep 7, 14, 21, 28.
  const TimeTickSet set = timeTicks(ms(2026, 9, 1), ms(2026, 9, 30), 6, Language::English);
  CHECK(set.unit == TimeStep::Week);
  CHECK(labels(set) == std::vector<std::string>{"Sep 7", "Sep 14", "Sep 21", "Sep 28"});
  CHECK(labels(timeTicks(ms(2026, 9, 1), ms(2026, 9, 30), 6, Language::Russian)) ==
        std::vector<std::string>{"07.09", "14.09", "21.09", "28.09"});
  CHECK(labels(timeTicks(ms(2026, 9, 1), ms(2026, 9, 7), 7, Language::Vietnamese)) ==
        std::vector<std::string>{"01/09", "02/09", "03/09", "04/09", "05/09", "06/09", "07/09"});
}

TEST_CASE("time ticks within two days step by hours, naming the day at midnight") {
  const TimeTickSet set = timeTicks(ms(2026, 9, 30, 0), ms(2026, 10, 1, 12), 7, Language::English);
  CHECK(set.unit == TimeStep::Hour);
  CHECK(set.count == 6);
  CHECK(labels(set) == std::vector<std::string>{"Sep 30", "06:00", "12:00", "18:00", "Oct 1", "06:00", "12:00"});
}

TEST_CASE("tooltip labels of time points") {
  CHECK(timeLabel(ms(2026, 9, 30), TimeStep::Day, Language::English) == "Wed, Sep 30, 2026");
  CHECK(timeLabel(ms(2026, 9, 30), TimeStep::Day, Language::Russian) == "Ср, 30.09.2026");
  CHECK(timeLabel(ms(2026, 9, 30, 14), TimeStep::Hour, Language::Vietnamese) == "30/09/2026 14:00");
  CHECK(timeLabel(ms(2026, 9, 1), TimeStep::Month, Language::Vietnamese) == "Tháng 9 2026");
}

TEST_CASE("a reversed or infinite time range gives no ticks") {
  CHECK(timeTicks(10, 5, 5).ticks.empty());
  CHECK(timeTicks(0, INFINITY, 5).ticks.empty());
}

}
