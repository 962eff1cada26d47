#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "test_support.h"
#include "core/metrics/comparison.h"
#include "core/metrics/faq_topics.h"
#include "core/metrics/metrics_test_support.h"
#include "core/metrics/staffing.h"

// Whatever the cells hold — NaN, infinities, 1e300, negative durations, instants at the ends of
// JavaScript's range, empty and invalid UTF-8 texts — every metric of every variant, split and
// compared, finishes without a crash (the sanitizer build checks for undefined behaviour too) and
// never reports a number that is not finite.
using namespace carescore;
using namespace carescore::testing;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::int64_t kFar = 8'640'000'000'000'000;

Dataset hostileData() {
  Dataset data;
  const std::initializer_list<std::optional<double>> numbers = {kNaN, kInf, -kInf, 1e300, -5, 0, 3, kNA};
  const std::initializer_list<std::optional<std::int64_t>> times = {-kFar, kFar, 0, utc(2026, 3, 29, 1), kNA, utc(2026, 3, 2), -1, kFar - 1};
  const std::initializer_list<std::optional<std::string>> texts = {"", "\xff\xfe", std::string(5000, 'x'), "chat", kNA, "Re: Re: #1", "абв", "ǅ"};
  for (const RecordKind kind : kRecordKinds) {
    Table& table = data.of(kind);
    table.columns.reserve(40);
    for (const FieldDefinition& field : fieldsOf(kind)) {
      switch (field.type) {
        case FieldType::Timestamp: addTimes(table, std::string(field.key), times); break;
        case FieldType::Seconds:
        case FieldType::Count:
        case FieldType::Score:
        case FieldType::Flag: addNumbers(table, std::string(field.key), numbers); break;
        default: addTexts(table, std::string(field.key), texts, columnTypeOf(field.type));
      }
    }
  }
  return data;
}

void checkFinite(const MetricResult& result) {
  for (const StatisticResult& statistic : result.statistics) {
    CAPTURE(statistic.key());
    if (statistic.value) CHECK(std::isfinite(*statistic.value));
    if (statistic.interval) CHECK((std::isfinite(statistic.interval->low) && std::isfinite(statistic.interval->high)));
  }
}

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("hostile data: every metric, variant, split and comparison finishes with finite numbers") {
  const Dataset data = hostileData();
  MetricSettings settings = smallSampleSettings(zoneNamed("Europe/Berlin"));
  settings.businessHours = BusinessCalendar::make(Schedule::weekdays(hoursFrom(9, 0, 17, 0), "Europe/Berlin"), settings.zone).calendar;
  MetricContext context(data, settings);
  SelectionSet all(context, {});
  SelectionSet march(context, Filter{UtcRange{utc(2026, 3, 1), utc(2026, 4, 1)}, {}}.where("channel", {"chat", ""}));
  const Segmentation splits[] = {Segmentation::byField("channel"), Segmentation::byField("topic"),
                                 Segmentation::byTime(SegmentBy::HourOfWeek), Segmentation::byTime(SegmentBy::Day)};
  std::size_t computed = 0;
  for (const MetricDefinition& metric : metricCatalogue())
    for (const VariantDefinition& variant : metric.variants) {
      CAPTURE(metric.key);
      CAPTURE(variant.key);
      const MetricRequest r = request(std::string(metric.key), std::string(variant.key));
      checkFinite(computeMetric(all, r));
      checkFinite(computeMetric(march, r));
      for (const Segmentation& split : splits)
        for (const Segment& segment : splitBy(march, r, split).segments) checkFinite(segment.result);
      const MetricComparison change = compareWithPrevious(march, r);
      if (change.change) CHECK(std::isfinite(*change.change));
      ++computed;
    }
  CHECK(computed == 49);  // the catalogue's 26 metrics have 49 variants between them
  const StaffingTable staffing = staffingByHourOfWeek(all);
  CHECK((staffing.hours.empty() || staffing.hours.size() == 168));  // a 550,000-year span is refused, not walked
  CHECK_FALSE(staffing.message.empty());
  CHECK(staffingByHourOfWeek(march).hours.size() == 168);
  CHECK(faqCandidates(all).withTopic > 0);
}

}
