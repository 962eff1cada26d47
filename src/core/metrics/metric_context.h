// The loaded data and the settings metrics are computed under (zone, business hours, minimum
// samples, confidence), plus what is derived from the data once and reused by every request and
// every filter: local days and hours per zone, normalized topics, repeat-contact gaps, the
// customer join. Single-threaded: the caches fill on first use. Not the metrics themselves.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "core/model/dataset.h"
#include "core/stats/sample_size.h"
#include "core/time/business_hours.h"
#include "core/time/calendar.h"

namespace carescore {

struct MetricSettings {
  TimeZone zone;                                  // local days, hours, weeks and months
  std::optional<BusinessCalendar> businessHours;  // the schedule in Settings (business-hours variants)
  MinimumSamples minimumSamples;                  // the product's policy below a standard's own minimum
  double confidence = 0.95;                       // intervals and tests
  std::optional<std::int64_t> nowMs;              // "now" for pending and due; nothing: the data's latest instant
  WeekStart weekStart = WeekStart::Monday;
};

// Local calendar keys of one timestamp column in one zone, per row of its table.
struct LocalTimes {
  static constexpr std::int32_t kNoDay = INT32_MIN;
  static constexpr std::uint8_t kNoHour = 255;
  std::vector<std::int32_t> day;         // local day number, kNoDay where the cell is missing
  std::vector<std::uint8_t> hourOfWeek;  // Monday 00:00 is 0 … Sunday 23:00 is 167, kNoHour when missing
};

// Topics after text/topic_normalization: one code per distinct normalized text.
struct TopicIndex {
  static constexpr std::uint32_t kNone = UINT32_MAX;
  std::vector<std::uint32_t> normalizedOfCode;  // per dictionary code of the topic column
  std::vector<std::string> normalized;          // per normalized code (never empty text)
};

// For each contact, the time until the same customer's next contact (same normalized topic, and
// any topic), or −1 when there is none; what repeat-contact FCR reads with its window.
struct RepeatGaps {
  std::vector<std::int64_t> sameTopicMs;
  std::vector<std::int64_t> anyTopicMs;
};

class MetricContext {
public:
  explicit MetricContext(const Dataset& data, MetricSettings settings = {});
  MetricContext(Dataset&&, MetricSettings = {}) = delete;  // the context keeps a reference to the data

  const Dataset& data() const { return *data_; }
  const MetricSettings& settings() const { return settings_; }

  const LocalTimes& localTimes(RecordKind kind, std::string_view field, const TimeZone& zone);
  const TopicIndex& topics(RecordKind kind);  // of the kind's topic column (contacts)
  const RepeatGaps& repeatGaps();
  // Per code of the kind's customer_id column: the customer table's code of `field` (segment,
  // …) for that customer, or −1 when the customer is not listed or has no value.
  const std::vector<std::int64_t>& customerField(RecordKind kind, std::string_view field);
  // The settings' now, else the kind's latest instant, else the latest instant of any kind.
  std::int64_t nowMs(RecordKind kind);

  // Anything else derived once: built by `build` on first use under `key`.
  template <class T, class Build>
  const T& cached(const std::string& key, Build&& build) {
    auto it = cache_.find(key);
    if (it == cache_.end()) it = cache_.emplace(key, std::shared_ptr<void>(std::make_shared<T>(build()))).first;
    return *static_cast<const T*>(it->second.get());
  }
  // What depends on more than the data (the calendar buckets of a period): the latest value under
  // `key` is kept while `fits(value)` says it was built for the same inputs, else rebuilt by
  // `build` — one entry per key, so a session of clicks does not pile them up. Holders of the
  // pointer keep a replaced value alive. `build` may take the value it replaces (nullptr: none), to
  // reuse what still holds of it.
  template <class T, class Fits, class Build>
  std::shared_ptr<const T> latest(const std::string& key, Fits&& fits, Build&& build) {
    std::shared_ptr<void>& slot = latest_[key];
    const T* kept = static_cast<const T*>(slot.get());
    if (kept && fits(*kept)) return std::static_pointer_cast<const T>(slot);
    if constexpr (std::is_invocable_v<Build&, const T*>) slot = std::make_shared<T>(build(kept));
    else slot = std::make_shared<T>(build());
    return std::static_pointer_cast<const T>(slot);
  }

private:
  const Dataset* data_;
  MetricSettings settings_;
  std::map<std::string, std::shared_ptr<void>> cache_;
  std::map<std::string, std::shared_ptr<void>> latest_;
};

} // namespace carescore
