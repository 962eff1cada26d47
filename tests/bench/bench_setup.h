// What the engine benchmarks share: their command line (--contacts N, --repeat N) and the shop's
// settings the canonical dataset is made for (Asia/Ho_Chi_Minh, weekdays 8–17). Benchmark tooling.
#pragma once
#include <cstdlib>
#include <cstring>
#include <optional>

#include "bench/canonical_dataset.h"
#include "core/metrics/metric_context.h"
#include "core/time/business_hours.h"
#include "core/time/zone_database.h"
#include "embedded_assets.h"

namespace carescore::bench {

struct BenchArgs {
  DatasetSpec spec;
  int repeat = 0;  // more warm runs, for a profiler
  int firstRuns = 0;  // bench-scorecard: only this many first runs, each on a fresh context, for a profiler
};

inline BenchArgs parseBenchArgs(int argc, char** argv) {
  BenchArgs args;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--contacts") == 0) args.spec.contacts = static_cast<std::uint64_t>(std::atoll(argv[i + 1]));
    if (std::strcmp(argv[i], "--repeat") == 0) args.repeat = std::atoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--first-runs") == 0) args.firstRuns = std::atoi(argv[i + 1]);
  }
  return args;
}

// Nothing when the embedded zone database does not read (a broken build).
inline std::optional<MetricSettings> shopSettings() {
  const auto database = ZoneDatabase::open(assets::zoneDatabase());
  if (!database) return std::nullopt;
  const std::optional<TimeZone> zone = database->find("Asia/Ho_Chi_Minh");
  if (!zone) return std::nullopt;
  MetricSettings settings;
  settings.zone = *zone;
  settings.businessHours = BusinessCalendar::make(Schedule::weekdays(hoursFrom(8, 0, 17, 0), "Asia/Ho_Chi_Minh"), *zone).calendar;
  return settings;
}

} // namespace carescore::bench
