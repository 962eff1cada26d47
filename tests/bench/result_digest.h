// FNV-1a over the bits of every value, count and status of metric results: equal digests, equal
// results. The benchmarks print one so that a faster engine can be checked bit for bit; each adds
// what else it computes (splits, staffing, scorecards). Benchmark tooling, not the engine.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>

#include "core/metrics/metric_result.h"

namespace carescore::bench {

struct ResultDigest {
  std::uint64_t hash = 1469598103934665603ULL;
  void bytes(const void* data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) hash = (hash ^ static_cast<const unsigned char*>(data)[i]) * 1099511628211ULL;
  }
  void add(double value) { bytes(&value, sizeof value); }
  void add(std::uint64_t value) { bytes(&value, sizeof value); }
  void add(std::optional<double> value) { value ? add(*value) : add(std::uint64_t{0xFFFF}); }
  void add(const MetricResult& result) {
    add(static_cast<std::uint64_t>(result.status));
    add(result.n);
    for (const StatisticResult& statistic : result.statistics) {
      add(statistic.value);
      add(statistic.interval ? std::optional<double>(statistic.interval->low) : std::nullopt);
      add(statistic.interval ? std::optional<double>(statistic.interval->high) : std::nullopt);
      add(statistic.marginOfError);
      add(statistic.n);
      add(statistic.numerator);
      add(statistic.denominator);
    }
    for (const RecordNote& note : result.notes) add(note.count);
  }
};

} // namespace carescore::bench
