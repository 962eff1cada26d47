// Segments of a split: which segment each row of a table falls in, from dictionary codes (channel,
// agent, team, priority, source, customer.segment), normalized topics, or local time buckets (hour
// of day, day of week, hour of week, day, week, month) in the request's zone. One lookup per row,
// so a metric is split in the same single pass that computes it. Not the metrics.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/metrics/metric_context.h"
#include "core/metrics/selection.h"

namespace carescore {

enum class SegmentBy : std::uint8_t { Field, HourOfDay, DayOfWeek, HourOfWeek, Day, Week, Month };
std::string_view nameOf(SegmentBy by);

struct Segmentation {
  SegmentBy by = SegmentBy::Field;
  std::string field;  // SegmentBy::Field: "channel", "agent", "team", "topic", "source", "customer.segment", …
  static Segmentation byField(std::string field) { return {SegmentBy::Field, std::move(field)}; }
  static Segmentation byTime(SegmentBy by) { return {by, {}}; }
};

inline constexpr std::uint32_t kNoSegment = UINT32_MAX;

struct SegmentLabel {
  std::string key;    // stable: the value, "" for rows without one, or the bucket's ISO date / index
  std::string label;  // for display: the value, "(none)", "Mon 09:00", "2026-03", …
  std::optional<UtcRange> period;  // calendar buckets: the bucket's instants within the filter's period
};

class Segmenter {
public:
  // For `kind`'s records under `selections`' filter; `zone` for time buckets. An error (a field the
  // kind lacks, too many buckets) leaves the segmenter without segments.
  Segmenter(SelectionSet& selections, RecordKind kind, const Segmentation& segmentation, const TimeZone& zone);

  const std::string& error() const { return error_; }
  std::size_t count() const { return labels_.size(); }
  const std::vector<SegmentLabel>& labels() const { return labels_; }
  bool isCalendar() const { return by_ == SegmentBy::Day || by_ == SegmentBy::Week || by_ == SegmentBy::Month; }
  bool isCyclic() const { return by_ == SegmentBy::HourOfDay || by_ == SegmentBy::DayOfWeek || by_ == SegmentBy::HourOfWeek; }
  SegmentBy by() const { return by_; }

  // Per row of the kind's table: its segment, or kNoSegment. Time buckets read `timeField` (empty:
  // the kind's reference time). Field segments exist only for the kind they were made for.
  const std::vector<std::uint32_t>* groupsOf(RecordKind kind, std::string_view timeField = {});

private:
  void buildTimeBuckets(const Selection& selection);
  std::uint32_t bucketOfDay(std::int32_t localDay) const;

  MetricContext* context_;
  RecordKind kind_;
  SegmentBy by_;
  TimeZone zone_;
  std::string error_;
  std::vector<SegmentLabel> labels_;
  const std::vector<std::uint32_t>* fieldGroups_ = nullptr;  // per row of kind_'s table (field segments), in the context
  std::int32_t firstBucket_ = 0;            // calendar: the first bucket's day, ISO week start day or month index
  std::vector<std::uint32_t> timeGroupsOf(const LocalTimes& times) const;
  // Time groups live in the context (cyclic ones with the data, calendar ones while the period
  // stays), shared by every split of a scorecard; `keep` holds a calendar one the context replaced.
  struct TimeGroups {
    RecordKind kind;
    std::string field;
    const std::vector<std::uint32_t>* groups;
    std::shared_ptr<const void> keep;
  };
  std::vector<TimeGroups> timeGroups_;
};

} // namespace carescore
