#include <doctest/doctest.h>

#include <optional>
#include <set>
#include <string>

#include "test_support.h"
#include "core/metrics/metrics_test_support.h"
#include "core/metrics/requirements.h"
#include "core/time/business_hours.h"

// Every variant of every metric at the edges: no table, columns without rows, columns whose cells
// are all missing (needs field X, never a number), nothing selected (insufficient data, 0 of n),
// and one row (a hand-computed number). The table of one-row cases must list every variant.
using namespace carescore;
using namespace carescore::testing;
using doctest::Approx;

namespace {

const UtcRange kMarch{utc(2026, 3, 1), utc(2026, 4, 1)};
const UtcRange kApril{utc(2026, 4, 1), utc(2026, 5, 1)};
const UtcRange kLongAgo{utc(2020, 1, 1), utc(2020, 2, 1)};

// The columns each requirement's first alternative names, with `rows` missing cells each.
Dataset withInputs(const MetricDefinition& metric, const VariantDefinition& variant, std::size_t rows) {
  Dataset data;
  for (const std::string_view text : variant.inputs) {
    const RequirementParse parsed = parseRequirement(text, metric.kind);
    REQUIRE(parsed.error.empty());
    for (const FieldRef& ref : parsed.requirement.alternatives.front()) {
      Table& table = data.of(ref.kind);
      if (table.find(std::string(ref.field))) continue;
      table.columns.reserve(40);  // add() may move the columns otherwise
      Column& column = table.add(std::string(ref.field), columnTypeOf(findField(ref.kind, ref.field)->type));
      for (std::size_t i = 0; i < rows; ++i) column.appendMissing();
    }
  }
  return data;
}

// One record of each kind (UTC; business hours Monday–Friday 09:00–17:00):
//   contact  created Mon 2026-03-02 10:00, answered 10:00:30 (wait 30 s, first response 30 s),
//            resolved 12:00, closed Tue 10:00, solved, flagged resolved at first contact, 1 reply,
//            0 reopens, 2 transfers, handled 300 s by ann, 3 steps, topic "Refund", customer c1
//   survey   Mon 11:00: nps 9, csat 4, ces 4, SERVQUAL reliability expected 6, perceived 5
//   order    Mon 10:00, delivered Wed 03-04 15:00, 2 of 3 items, not accurate, customer c1
//   customer c1, first seen 01-05, last seen 03-10, not churned
//   agent    ann on 03-02: 600 s available, 450 s handling as reported
Dataset oneOfEach() {
  Dataset data;
  Table& c = data.of(RecordKind::Contact);
  c.columns.reserve(40);
  addTimes(c, "created_at", {utc(2026, 3, 2, 10)});
  addTimes(c, "answered_at", {utc(2026, 3, 2, 10, 0, 30)});
  addNumbers(c, "wait_seconds", {30}, ValueType::Duration);
  addTexts(c, "outcome", {"answered"});
  addNumbers(c, "abandoned", {0}, ValueType::Boolean);
  addNumbers(c, "first_response_seconds", {30}, ValueType::Duration);
  addTimes(c, "first_response_at", {utc(2026, 3, 2, 10, 0, 30)});
  addTexts(c, "customer_id", {"c1"}, ValueType::Text);
  addTexts(c, "topic", {"Refund"}, ValueType::Text);
  addTimes(c, "resolved_at", {utc(2026, 3, 2, 12)});
  addTimes(c, "closed_at", {utc(2026, 3, 3, 10)});
  addTexts(c, "status", {"solved"});
  addNumbers(c, "first_contact_resolved", {1}, ValueType::Boolean);
  addNumbers(c, "agent_replies", {1}, ValueType::Integer);
  addNumbers(c, "reopens", {0}, ValueType::Integer);
  addNumbers(c, "transfers", {2}, ValueType::Integer);
  addNumbers(c, "handle_seconds", {300}, ValueType::Duration);
  addTexts(c, "agent", {"ann"});
  addNumbers(c, "steps_before_contact", {3}, ValueType::Integer);
  Table& s = data.of(RecordKind::Survey);
  s.columns.reserve(40);
  addTimes(s, "submitted_at", {utc(2026, 3, 2, 11)});
  addNumbers(s, "nps", {9});
  addNumbers(s, "csat", {4});
  addNumbers(s, "ces", {4});
  addNumbers(s, "servqual_expected_reliability", {6});
  addNumbers(s, "servqual_perceived_reliability", {5});
  Table& o = data.of(RecordKind::Order);
  o.columns.reserve(40);
  addTimes(o, "ordered_at", {utc(2026, 3, 2, 10)});
  addTimes(o, "delivered_at", {utc(2026, 3, 4, 15)});
  addNumbers(o, "items_ordered", {3}, ValueType::Integer);
  addNumbers(o, "items_delivered", {2}, ValueType::Integer);
  addNumbers(o, "accurate", {0}, ValueType::Boolean);
  addTexts(o, "customer_id", {"c1"}, ValueType::Text);
  Table& k = data.of(RecordKind::Customer);
  k.columns.reserve(40);
  addTexts(k, "customer_id", {"c1"}, ValueType::Text);
  addTimes(k, "first_seen", {utc(2026, 1, 5)});
  addTimes(k, "last_seen", {utc(2026, 3, 10)});
  addNumbers(k, "churned", {0}, ValueType::Boolean);
  Table& a = data.of(RecordKind::AgentTime);
  a.columns.reserve(40);
  addTexts(a, "agent", {"ann"});
  addTimes(a, "date", {utc(2026, 3, 2)});
  addNumbers(a, "available_seconds", {600}, ValueType::Duration);
  addNumbers(a, "handle_seconds", {450}, ValueType::Duration);
  return data;
}

// One appointment, booked 03-01, promised Thu 03-05 10:00, visited 10:20 (1,200 s late).
Dataset oneAppointment() {
  Dataset data;
  Table& o = data.of(RecordKind::Order);
  o.columns.reserve(8);
  addTexts(o, "order_type", {"appointment"});
  addTimes(o, "ordered_at", {utc(2026, 3, 1)});
  addTimes(o, "promised_at", {utc(2026, 3, 5, 10)});
  addTimes(o, "delivered_at", {utc(2026, 3, 5, 10, 20)});
  return data;
}

MetricSettings edgeSettings() {
  MetricSettings settings = smallSampleSettings();
  settings.businessHours = BusinessCalendar::make(Schedule::weekdays(hoursFrom(9, 0, 17, 0)), settings.zone).calendar;
  return settings;
}

enum class Over : std::uint8_t { All, March, April };

struct OneRowCase {
  const char* metric;
  const char* variant;
  const char* statistic;
  std::optional<double> expected;  // nothing: insufficient data, for the reason in `note`
  Over period = Over::All;
  const char* note = nullptr;
  bool appointment = false;
};

// The arithmetic of each case is in its comment.
const OneRowCase kOneRow[] = {
    // Answered in 30 s ≤ 120 s: 1 of 1 whatever the denominator.
    {"service_level", "answered_and_late_abandons", "share_within", 1.0},
    {"service_level", "answered_and_all_abandons", "share_within", 1.0},
    {"service_level", "answered_only", "share_within", 1.0},
    {"service_level", "all_offered", "share_within", 1.0},
    {"service_level", "waited_within", "share_within", 1.0},
    {"asa", "answered", "mean_seconds", 30.0},                              // 10:00:30 − 10:00
    {"first_response", "reported_or_timestamps", "median_seconds", 30.0},   // reported 30 s
    {"first_response", "timestamps", "median_seconds", 30.0},               // 10:00:30 − 10:00
    {"first_response", "business_hours", "median_seconds", 30.0},           // Monday 10:00 is open
    {"abandon_rate", "excluding_short_abandons", "share", 0.0},             // 0 of 1 offered
    {"abandon_rate", "all_abandons", "share", 0.0},
    // Repeat-contact FCR waits for the 7-day window to pass by the export's latest time (this row).
    {"fcr", "repeat_contact", "share", std::nullopt, Over::All, "window_not_passed"},
    {"fcr", "repeat_contact_any_topic", "share", std::nullopt, Over::All, "window_not_passed"},
    {"fcr", "explicit_flag", "share", 1.0},                                  // flagged: 1 of 1
    {"fcr", "one_touch", "share", 1.0},                                      // 1 reply ≤ 1, resolved
    {"same_day_resolution", "of_created", "share", 1.0},                    // resolved 12:00 the same day
    {"same_day_resolution", "of_resolved", "share", 1.0},
    {"same_day_resolution", "business_day", "share", 1.0},
    {"resolution_time", "first_resolution", "median_seconds", 7200.0},     // 12:00 − 10:00
    {"resolution_time", "full_resolution", "median_seconds", 86400.0},     // closed Tue 10:00 − Mon 10:00
    {"resolution_time", "business_hours", "median_seconds", 7200.0},       // all inside 09:00–17:00
    {"reopen_rate", "reported", "share", 0.0},                              // 0 reopens of 1 resolved
    {"transfers_per_contact", "reported", "mean", 2.0},
    {"replies_per_contact", "resolved_contacts", "mean", 1.0},
    {"replies_per_contact", "all_contacts", "mean", 1.0},
    {"backlog_ratio", "open_at_period_end", "ratio", 0.0},                   // resolved: 0 open ÷ 1 received
    {"backlog_ratio", "open_by_status", "ratio", 0.0},                       // "solved" is not open
    {"repeat_topics", "normalized_topic", "candidate_count", 1.0},         // "refund": 1/1 = 100 % ≥ 3 %
    {"nps", "answered", "score", 100.0},                                    // one 9: 100 % − 0 %
    {"nps", "blank_as_passive", "score", 100.0},
    {"csat", "rated_responses", "satisfied_share", 1.0},                    // 4 ≥ satisfied_min 4
    {"ces", "scale_answers", "low_effort_share", 1.0},                      // 4 ≥ 5 − (2 − 1)
    {"servqual", "unweighted_gaps", "overall_gap", -1.0},                   // perceived 5 − expected 6
    {"on_time_delivery", "order_promise", "share", 1.0},                    // due end of 03-05, came 03-04
    {"on_time_delivery", "fixed_days", "share", 1.0},
    {"order_accuracy", "order_level", "share", 0.0},                        // flagged not accurate
    {"order_accuracy", "item_level", "share", 2.0 / 3.0},                   // 2 of 3 items
    // April against March: c1 ordered in March and not in April → 0 of 1 retained.
    {"retention", "repeat_purchase", "retained_share", 0.0, Over::April},
    // March against February: first seen 01-05, last seen 03-10 → active in February, still in March: 1/1.
    {"retention", "last_seen", "retained_share", 1.0, Over::March},
    {"retention", "churn_flag", "retained_share", 1.0},                     // not churned: 1 of 1
    {"contacts_outside_hours", "settings_schedule", "share", 0.0},          // Monday 10:00 is open
    {"appointment_kept", "within_grace", "share", 0.0, Over::All, nullptr, true},  // 1,200 s > 900 s
    {"appointment_kept", "same_day", "share", 1.0, Over::All, nullptr, true},      // both on 03-05
    {"volume", "created", "daily_mean", 1.0 / 31.0, Over::March},          // 1 contact ÷ 31 days
    {"steps_to_contact", "reported", "mean", 3.0},
    {"aht", "reported", "mean_seconds", 300.0},                             // one handled contact of 300 s
    // One agent with 1 contact, below min_contacts_per_agent 20: no agent to compare.
    {"agent_consistency", "iqr_over_median", "relative_iqr", std::nullopt, Over::All, "agents_below_minimum"},
    {"occupancy", "contacts_handle_time", "share", 0.5},                    // 300 s handled ÷ 600 s available
    {"occupancy", "reported_handle_time", "share", 0.75},                   // 450 ÷ 600
};

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("edges: no table, columns without rows, all cells missing — needs field X, never a number") {
  const Dataset none;
  for (const MetricDefinition& metric : metricCatalogue())
    for (const VariantDefinition& variant : metric.variants) {
      CAPTURE(metric.key);
      CAPTURE(variant.key);
      const MetricRequest r = request(std::string(metric.key), std::string(variant.key));
      for (const Dataset& data : {none, withInputs(metric, variant, 0), withInputs(metric, variant, 3)}) {
        const MetricResult result = computeAll(data, edgeSettings(), r);
        CHECK(result.status == ResultStatus::MissingInputs);
        CHECK_FALSE(result.missingInputs.empty());
        for (const StatisticResult& statistic : result.statistics) CHECK_FALSE(statistic.value.has_value());
      }
    }
}

TEST_CASE("edges: one row of each kind gives hand-computed numbers, for every variant") {
  const Dataset data = oneOfEach();
  const Dataset appointment = oneAppointment();
  std::set<std::string> covered;
  for (const OneRowCase& c : kOneRow) {
    CAPTURE(c.metric);
    CAPTURE(c.variant);
    covered.insert(std::string(c.metric) + "/" + c.variant);
    MetricContext context(c.appointment ? appointment : data, edgeSettings());
    const Filter filter = c.period == Over::All ? Filter{} : Filter{c.period == Over::March ? kMarch : kApril, {}};
    SelectionSet selections(context, filter);
    const MetricResult result = computeMetric(selections, request(c.metric, c.variant));
    REQUIRE(result.variant != nullptr);
    CHECK(result.variant->key == c.variant);
    if (c.expected) {
      REQUIRE(result.ok());
      CHECK(valueOf(result, c.statistic) == Approx(*c.expected));
    } else {
      CHECK(result.status == ResultStatus::InsufficientData);
      CHECK_FALSE(result.value(c.statistic));
      CHECK(result.insufficient == InsufficientData{0, 1});
      CHECK(result.noteCount(c.note) == 1);
    }
  }
  // Every variant of the catalogue has its one-row case.
  for (const MetricDefinition& metric : metricCatalogue())
    for (const VariantDefinition& variant : metric.variants) {
      CAPTURE(metric.key);
      CHECK(covered.count(std::string(metric.key) + "/" + std::string(variant.key)) == 1);
    }
}

TEST_CASE("edges: nothing selected — insufficient data with n = 0, counts of zero") {
  const Dataset data = oneOfEach();
  const Dataset appointment = oneAppointment();
  for (const OneRowCase& c : kOneRow) {
    CAPTURE(c.metric);
    CAPTURE(c.variant);
    MetricContext context(c.appointment ? appointment : data, edgeSettings());
    SelectionSet longAgo(context, Filter{kLongAgo, {}});
    const MetricResult result = computeMetric(longAgo, request(c.metric, c.variant));
    if (std::string_view(c.metric) == "volume") {  // a count: 0 contacts, 0 a day
      REQUIRE(result.ok());
      CHECK(valueOf(result, "count") == 0);
      CHECK(valueOf(result, "daily_mean") == 0);
    } else if (std::string_view(c.variant) == "churn_flag") {  // a customer list has no period: unchanged
      CHECK(valueOf(result, "retained_share") == 1.0);
    } else {
      CHECK(result.status == ResultStatus::InsufficientData);
      CHECK(result.n == 0);
      CHECK(result.insufficient.have == 0);
      CHECK(result.insufficient.need >= 1);
      for (const StatisticResult& statistic : result.statistics) CHECK_FALSE(statistic.value.has_value());
    }
  }
}

}
