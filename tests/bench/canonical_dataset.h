// A deterministic canonical Dataset of any size for the metrics benchmark: contacts over three
// months with daily and weekly rhythms, channels, agents in teams, Zipf-distributed topics written
// several ways, repeat customers, queue outcomes and waits, responses, resolutions, handle times;
// plus surveys, orders, a customer list and agent time in proportion. The same seed gives the same
// data. Benchmark tooling, not part of the engine.
#pragma once
#include <cstdint>

#include "core/model/dataset.h"

namespace carescore::bench {

struct DatasetSpec {
  std::uint64_t contacts = 1'000'000;
  std::int64_t firstDayUtcMs = 1767225600000;  // 2026-01-01 00:00 UTC
  int days = 90;
  int agents = 60;
  int topics = 400;
  std::uint64_t seed = 1;
};

Dataset makeCanonicalDataset(const DatasetSpec& spec);

} // namespace carescore::bench
