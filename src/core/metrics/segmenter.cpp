// Segment keys per row: dictionary codes as they are, normalized topics and customer fields through
// their lookup tables, time buckets from the cached local days and hours of week.
#include "core/metrics/segmenter.h"

#include <algorithm>
#include <cstdio>

#include "core/metrics/field_access.h"

namespace carescore {

namespace {

constexpr std::size_t kMaxBuckets = 5000;
constexpr const char* kWeekdayNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

std::string dateText(std::int64_t localDay) {
  const CivilDate date = civilFromDays(localDay);
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

std::string hourText(int hour) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d:00", hour);
  return buffer;
}

std::int32_t monthOfDay(std::int32_t localDay) { return monthIndex(civilFromDays(localDay)); }

// Field segments depend on the data alone: built once per context and field, shared by every split.
struct FieldSegments {
  std::vector<SegmentLabel> labels;
  std::vector<std::uint32_t> groups;  // per row
  std::string error;
};

FieldSegments fieldSegmentsOf(MetricContext& context, RecordKind kind, const std::string& field) {
  FieldSegments out;
  const Dataset& data = context.data();
  const std::size_t rowCount = data.of(kind).rowCount();
  out.groups.assign(rowCount, kNoSegment);
  const auto none = [&] {
    out.labels.push_back({"", "(none)", {}});
    return static_cast<std::uint32_t>(out.labels.size() - 1);
  };
  if (field.rfind("customer.", 0) == 0) {
    const std::string_view name = std::string_view(field).substr(9);
    const CodeField id = codeField(data, kind, "customer_id");
    const CodeField value = codeField(data, RecordKind::Customer, name);
    if (kind == RecordKind::Customer || !id || !value) {
      out.error = "needs field customer_id and " + field + " to split " + std::string(nameOf(kind)) + " records by " + field;
      return out;
    }
    for (std::uint32_t code = 0; code < value.dictionarySize(); ++code) {
      const std::string text(value.column->dictionary.at(code));
      out.labels.push_back({text, text, {}});
    }
    const std::uint32_t missing = none();
    const std::vector<std::int64_t>& joined = context.customerField(kind, name);
    for (std::size_t row = 0; row < rowCount; ++row)
      out.groups[row] = id.has(row) && joined[id.at(row)] >= 0 ? static_cast<std::uint32_t>(joined[id.at(row)]) : missing;
    return out;
  }
  const FieldDefinition* definition = findField(kind, field);
  if (!definition || definition->type == FieldType::Timestamp || definition->type == FieldType::Seconds ||
      definition->type == FieldType::Count || definition->type == FieldType::Score) {
    out.error = std::string(nameOf(kind)) + " records cannot be split by " + field;
    return out;
  }
  const Column* column = usableField(data, kind, field);
  if (!column) {
    out.error = "needs field " + field + " to split " + std::string(nameOf(kind)) + " records by it";
    return out;
  }
  if (definition->type == FieldType::Flag) {
    out.labels = {{"false", "false", {}}, {"true", "true", {}}};
    const std::uint32_t missing = none();
    for (std::size_t row = 0; row < rowCount; ++row)
      out.groups[row] = column->valid.test(row) ? (column->numbers[row] != 0 ? 1u : 0u) : missing;
    return out;
  }
  if (field == "topic") {
    const TopicIndex& index = context.topics(kind);
    for (const std::string& text : index.normalized) out.labels.push_back({text, text, {}});
    const std::uint32_t missing = none();
    for (std::size_t row = 0; row < rowCount; ++row) {
      const std::uint32_t id = column->valid.test(row) ? index.normalizedOfCode[column->codes[row]] : TopicIndex::kNone;
      out.groups[row] = id == TopicIndex::kNone ? missing : id;
    }
    return out;
  }
  for (std::uint32_t code = 0; code < column->dictionary.size(); ++code) {
    const std::string text(column->dictionary.at(code));
    out.labels.push_back({text, text, {}});
  }
  const std::uint32_t missing = none();
  for (std::size_t row = 0; row < rowCount; ++row) out.groups[row] = column->valid.test(row) ? column->codes[row] : missing;
  return out;
}

} // namespace

std::string_view nameOf(SegmentBy by) {
  switch (by) {
    case SegmentBy::Field: return "field";
    case SegmentBy::HourOfDay: return "hour_of_day";
    case SegmentBy::DayOfWeek: return "day_of_week";
    case SegmentBy::HourOfWeek: return "hour_of_week";
    case SegmentBy::Day: return "day";
    case SegmentBy::Week: return "week";
    case SegmentBy::Month: return "month";
  }
  return "unknown";
}

Segmenter::Segmenter(SelectionSet& selections, RecordKind kind, const Segmentation& segmentation, const TimeZone& zone)
    : context_(&selections.context()), kind_(kind), by_(segmentation.by), zone_(zone) {
  switch (by_) {
    case SegmentBy::Field: {
      const std::string key = "field_segments:" + std::string(nameOf(kind)) + "." + segmentation.field;
      const FieldSegments& segments =
          context_->cached<FieldSegments>(key, [&] { return fieldSegmentsOf(*context_, kind, segmentation.field); });
      error_ = segments.error;
      labels_ = segments.labels;
      fieldGroups_ = &segments.groups;
      return;
    }
    case SegmentBy::HourOfDay:
      for (int hour = 0; hour < 24; ++hour) labels_.push_back({std::to_string(hour), hourText(hour), {}});
      return;
    case SegmentBy::DayOfWeek:
      for (int day = 0; day < 7; ++day) labels_.push_back({std::to_string(day), kWeekdayNames[day], {}});
      return;
    case SegmentBy::HourOfWeek:
      for (int hour = 0; hour < 168; ++hour)
        labels_.push_back({std::to_string(hour), std::string(kWeekdayNames[hour / 24]) + " " + hourText(hour % 24), {}});
      return;
    case SegmentBy::Day:
    case SegmentBy::Week:
    case SegmentBy::Month: buildTimeBuckets(selections.of(kind)); return;
  }
}

std::uint32_t Segmenter::bucketOfDay(std::int32_t localDay) const {
  std::int64_t bucket = 0;
  if (by_ == SegmentBy::Day) bucket = std::int64_t{localDay} - firstBucket_;
  else if (by_ == SegmentBy::Week)
    bucket = (std::int64_t{weekStartDay(localDay, context_->settings().weekStart)} - firstBucket_) / 7;
  else bucket = std::int64_t{monthOfDay(localDay)} - firstBucket_;
  return bucket < 0 || bucket >= static_cast<std::int64_t>(labels_.size()) ? kNoSegment : static_cast<std::uint32_t>(bucket);
}

void Segmenter::buildTimeBuckets(const Selection& selection) {
  // The buckets span the filter's period, or else the selected records' times.
  std::optional<UtcRange> span = selection.period;
  if (!span) {
    const TimeField time = timeField(context_->data(), kind_, referenceTimeField(kind_));
    for (const std::uint32_t row : selection.rows) {
      if (!time.has(row)) continue;
      const std::int64_t t = time.at(row);
      if (!span) span = UtcRange{t, t + 1};
      span->beginMs = std::min(span->beginMs, t);
      span->endMs = std::max(span->endMs, t + 1);
    }
  }
  if (!span || span->endMs <= span->beginMs) return;  // nothing to bucket: no segments
  const std::int32_t firstDay = localDayOf(zone_, span->beginMs);
  const std::int32_t lastDay = localDayOf(zone_, span->endMs - 1);
  const WeekStart weekStart = context_->settings().weekStart;
  std::int64_t count = 0;
  if (by_ == SegmentBy::Day) {
    firstBucket_ = firstDay;
    count = std::int64_t{lastDay} - firstDay + 1;
  } else if (by_ == SegmentBy::Week) {
    firstBucket_ = weekStartDay(firstDay, weekStart);
    count = (std::int64_t{weekStartDay(lastDay, weekStart)} - firstBucket_) / 7 + 1;
  } else {
    firstBucket_ = monthOfDay(firstDay);
    count = std::int64_t{monthOfDay(lastDay)} - firstBucket_ + 1;
  }
  if (count > static_cast<std::int64_t>(kMaxBuckets)) {
    error_ = "the period holds " + std::to_string(count) + " " + std::string(nameOf(by_)) + " buckets; at most " +
             std::to_string(kMaxBuckets) + " are shown: choose a longer bucket";
    return;
  }
  for (std::int64_t i = 0; i < count; ++i) {
    std::int64_t begin = 0, end = 0;
    std::string key;
    if (by_ == SegmentBy::Day) {
      begin = firstBucket_ + i;
      end = begin + 1;
      key = dateText(begin);
    } else if (by_ == SegmentBy::Week) {
      begin = firstBucket_ + 7 * i;
      end = begin + 7;
      key = dateText(begin);
    } else {
      const auto month = static_cast<std::int32_t>(firstBucket_ + i);
      begin = daysFromCivil(firstDayOfMonthIndex(month));
      end = daysFromCivil(firstDayOfMonthIndex(month + 1));
      key = dateText(begin).substr(0, 7);
    }
    UtcRange range = localDaysRange(zone_, begin, end);
    if (selection.period) {
      range.beginMs = std::max(range.beginMs, selection.period->beginMs);
      range.endMs = std::min(range.endMs, selection.period->endMs);
    }
    labels_.push_back({key, by_ == SegmentBy::Week ? "week of " + key : key, range});
  }
}

std::vector<std::uint32_t> Segmenter::timeGroupsOf(const LocalTimes& times) const {
  std::vector<std::uint32_t> groups(times.day.size(), kNoSegment);
  for (std::size_t row = 0; row < groups.size(); ++row) {
    if (times.day[row] == LocalTimes::kNoDay) continue;
    const std::uint8_t hour = times.hourOfWeek[row];
    switch (by_) {
      case SegmentBy::HourOfDay: groups[row] = hour % 24u; break;
      case SegmentBy::DayOfWeek: groups[row] = hour / 24u; break;
      case SegmentBy::HourOfWeek: groups[row] = hour; break;
      default: groups[row] = bucketOfDay(times.day[row]);
    }
  }
  return groups;
}

const std::vector<std::uint32_t>* Segmenter::groupsOf(RecordKind kind, std::string_view timeField) {
  if (!error_.empty()) return nullptr;
  if (by_ == SegmentBy::Field) return kind == kind_ ? fieldGroups_ : nullptr;
  if (timeField.empty()) timeField = referenceTimeField(kind);
  for (const TimeGroups& entry : timeGroups_)
    if (entry.kind == kind && entry.field == timeField) return entry.groups;
  const std::string key = "time_groups:" + std::string(nameOf(kind)) + "." + std::string(timeField) + "@" + zone_.name() +
                          ":" + std::string(nameOf(by_));
  const LocalTimes& times = context_->localTimes(kind, timeField, zone_);
  if (isCyclic()) {
    const auto& groups = context_->cached<std::vector<std::uint32_t>>(key, [&] { return timeGroupsOf(times); });
    timeGroups_.push_back({kind, std::string(timeField), &groups, nullptr});
    return &groups;
  }
  // Calendar buckets depend on the period through the first bucket and their count.
  struct CalendarGroups {
    std::int32_t firstBucket;
    std::size_t count;
    std::vector<std::uint32_t> groups;
  };
  const auto fits = [&](const CalendarGroups& kept) { return kept.firstBucket == firstBucket_ && kept.count == labels_.size(); };
  const std::shared_ptr<const CalendarGroups> groups = context_->latest<CalendarGroups>(
      key, fits, [&] { return CalendarGroups{firstBucket_, labels_.size(), timeGroupsOf(times)}; });
  timeGroups_.push_back({kind, std::string(timeField), &groups->groups, groups});
  return &groups->groups;
}

} // namespace carescore
