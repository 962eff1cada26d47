// carescore-bench-time: nanoseconds per call of what runs per row — zone conversion, bucketing,
// business time, topic normalization — and of the statistics over a column, native and as
// WebAssembly under node. Prints figures; asserts nothing.
//   carescore-bench-time [--count N]   (default 1,000,000 rows)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/stats/erlang_a.h"
#include "core/stats/mann_whitney.h"
#include "core/stats/percentile.h"
#include "core/text/topic_normalization.h"
#include "core/time/business_hours.h"
#include "core/time/calendar.h"
#include "core/time/zone_database.h"
#include "embedded_assets.h"

namespace {

using namespace carescore;

struct Random {
  std::uint64_t state = 0x9E3779B97F4A7C15ULL;
  std::uint64_t next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 17;
  }
};

// Best of three runs, in ns per item; `sink` keeps the optimizer from dropping the work.
template <class F>
double nsPerCall(std::size_t count, F&& body) {
  double best = 1e30;
  for (int run = 0; run < 3; ++run) {
    const auto start = std::chrono::steady_clock::now();
    body();
    best = std::min(best, std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count());
  }
  return best / static_cast<double>(count);
}

} // namespace

int main(int argc, char** argv) {
  std::size_t count = 1'000'000;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--count") == 0) count = static_cast<std::size_t>(std::atol(argv[i + 1]));
  const auto database = ZoneDatabase::open(assets::zoneDatabase());
  if (!database) return 1;
  const TimeZone berlin = *database->find("Europe/Berlin");
  const std::int64_t from = std::int64_t{daysFromCivil({2020, 1, 1})} * kMsPerDay;
  const std::int64_t span = 7 * 365 * kMsPerDay;
  Random random;
  std::vector<std::int64_t> instants(count);
  std::vector<std::int64_t> ends(count);
  for (std::size_t i = 0; i < count; ++i) {
    instants[i] = from + static_cast<std::int64_t>(random.next() % static_cast<std::uint64_t>(span));
    ends[i] = instants[i] + static_cast<std::int64_t>(random.next() % static_cast<std::uint64_t>(5 * kMsPerDay));
  }
  std::vector<std::int64_t> sorted = instants;
  std::sort(sorted.begin(), sorted.end());
  std::int64_t sink = 0;

  std::printf("rows: %zu instants 2020-2027 in random order, zone Europe/Berlin (tzdata %.*s, blob %zu bytes)\n", count,
              static_cast<int>(database->version().size()), database->version().data(), assets::zoneDatabase().size());
  std::printf("toLocal, random order:    %6.1f ns\n", nsPerCall(count, [&] { for (const auto t : instants) sink += berlin.toLocal(t); }));
  std::printf("toLocal, time order:      %6.1f ns\n", nsPerCall(count, [&] { for (const auto t : sorted) sink += berlin.toLocal(t); }));
  std::printf("fromLocal:                %6.1f ns\n", nsPerCall(count, [&] { for (const auto t : instants) sink += berlin.fromLocal(t).utcMs; }));
  std::printf("bucketKeys:               %6.1f ns\n", nsPerCall(count, [&] {
    for (const auto t : instants) {
      const BucketKeys k = bucketKeys(berlin, t);
      sink += k.localDay + k.hourOfWeek + k.month;
    }
  }));
  const auto office = BusinessCalendar::make(Schedule::weekdays(hoursFrom(9, 0, 17, 0), "Europe/Berlin"), berlin);
  std::printf("businessMs (0-5 days):    %6.1f ns\n", nsPerCall(count, [&] {
    for (std::size_t i = 0; i < count; ++i) sink += office.calendar->businessMs(instants[i], ends[i]);
  }));
  std::printf("isOpen:                   %6.1f ns\n", nsPerCall(count, [&] { for (const auto t : instants) sink += office.calendar->isOpen(t); }));

  const char* subjects[] = {"Re: Order #12345 late!!", "ĐƠN HÀNG #12345 BỊ TRỄ", "Заказ №12345 не доставлен", "Can't log in to my account"};
  std::string topic;
  std::printf("normalizeTopic:           %6.1f ns\n", nsPerCall(count, [&] {
    for (std::size_t i = 0; i < count; ++i) {
      normalizeTopic(subjects[i % 4], topic);
      sink += static_cast<std::int64_t>(topic.size());
    }
  }));

  std::vector<double> waits(count);
  for (double& w : waits) w = static_cast<double>(random.next() % 36000) / 10.0;
  std::vector<double> scratch;
  std::printf("summarizeDurations:       %6.1f ns per value\n", nsPerCall(count, [&] {
    scratch = waits;
    sink += static_cast<std::int64_t>(summarizeDurations(scratch).value->p90);
  }));
  const std::span<const double> half(waits.data(), count / 2);
  const std::span<const double> otherHalf(waits.data() + count / 2, count - count / 2);
  std::printf("mannWhitneyU:             %6.1f ns per value\n", nsPerCall(count, [&] {
    sink += static_cast<std::int64_t>(mannWhitneyU(half, otherHalf).value->z * 1000);
  }));
  const auto erlangTimer = std::chrono::steady_clock::now();
  const auto staffed = agentsForServiceLevelA({3000.0, 180.0, 20.0}, 120.0, {0.8, 0.05});
  std::printf("Erlang A staffing, 150 Erlangs: %d agents in %.2f ms\n", staffed ? staffed->agents : -1,
              std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - erlangTimer).count());
  std::printf("(checksum %lld)\n", static_cast<long long>(sink));
  return 0;
}
