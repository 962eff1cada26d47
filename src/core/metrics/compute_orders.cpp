// Order and appointment metrics: delivered by the promise (each order's own, or a fixed number of
// days, by the end of that local day), delivered complete and correct, appointments kept.
// Appointments are rows whose order_type says so; deliveries are the other rows.
#include <algorithm>
#include <cmath>

#include "core/metrics/compute_functions.h"
#include "core/metrics/result_builder.h"

namespace carescore {

namespace {

// Per row: whether it is an appointment (order_type "appointment"), when the data says.
class OrderTypes {
public:
  explicit OrderTypes(const Dataset& data) : type_(codeField(data, RecordKind::Order, "order_type")) {
    for (std::uint32_t code = 0; code < type_.dictionarySize(); ++code) {
      std::string word(type_.column->dictionary.at(code));
      std::transform(word.begin(), word.end(), word.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; });
      appointment_.push_back(word == "appointment");
    }
  }
  bool known() const { return static_cast<bool>(type_); }
  bool isAppointment(std::size_t row) const { return type_.has(row) && appointment_[type_.at(row)]; }

private:
  CodeField type_;
  std::vector<std::uint8_t> appointment_;
};

std::int64_t endOfLocalDay(const TimeZone& zone, std::int64_t localDay) { return startOfLocalDay(zone, localDay + 1); }

// A count that can be rounded to a whole number safely: finite, not negative, below 2^53.
bool isCount(double value) { return value >= 0 && value < 9007199254740992.0; }

} // namespace

std::vector<MetricResult> computeOnTimeDelivery(MetricJob& job) {
  const Dataset& data = job.data();
  const OrderTypes types(data);
  const TimeField ordered = timeField(data, RecordKind::Order, "ordered_at");
  const TimeField promised = timeField(data, RecordKind::Order, "promised_at");
  const NumberField ownDays = numberField(data, RecordKind::Order, "promised_days");
  const TimeField delivered = timeField(data, RecordKind::Order, "delivered_at");
  const bool ownPromise = job.variantIs("order_promise");
  const auto days = static_cast<std::int64_t>(job.number("promised_days"));
  const std::int64_t now = job.context.nowMs(RecordKind::Order);
  const LocalTimes& orderedDays = job.context.localTimes(RecordKind::Order, "ordered_at", job.zone);
  enum { kAppointment, kUndated, kNotDue };
  ShareTally<3> tally(job.groupCount());
  forEachRow(job.rows(RecordKind::Order), job.groups(RecordKind::Order), [&](std::uint32_t row, std::size_t g) {
    if (types.isAppointment(row)) return void(++tally.left[g][kAppointment]);
    if (!ordered.has(row)) return void(++tally.left[g][kUndated]);
    std::int64_t due = 0;
    if (ownPromise && promised.has(row)) due = endOfLocalDay(job.zone, localDayOf(job.zone, promised.at(row)));
    else if (ownPromise && ownDays.has(row) && isCount(ownDays.at(row)) && ownDays.at(row) <= 36500)
      due = endOfLocalDay(job.zone, orderedDays.day[row] + static_cast<std::int64_t>(std::llround(ownDays.at(row))));
    else due = endOfLocalDay(job.zone, orderedDays.day[row] + days);
    if (delivered.has(row)) {
      ++tally.counts[g].total;
      tally.counts[g].hits += delivered.at(row) < due;
    } else if (now >= due) {
      ++tally.counts[g].total;  // undelivered past its promise: late
    } else {
      ++tally.left[g][kNotDue];
    }
  });
  return finishShares<3>(job, "share", tally, {"appointments", "without_ordered_at", "not_yet_due"});
}

std::vector<MetricResult> computeOrderAccuracy(MetricJob& job) {
  const Dataset& data = job.data();
  const OrderTypes types(data);
  const NumberField accurate = numberField(data, RecordKind::Order, "accurate");
  const NumberField itemsOrdered = numberField(data, RecordKind::Order, "items_ordered");
  const NumberField itemsDelivered = numberField(data, RecordKind::Order, "items_delivered");
  const TimeField delivered = timeField(data, RecordKind::Order, "delivered_at");
  const bool itemLevel = job.variantIs("item_level");
  enum { kAppointment, kUndelivered, kNoAccuracy };
  ShareTally<3> tally(job.groupCount());
  forEachRow(job.rows(RecordKind::Order), job.groups(RecordKind::Order), [&](std::uint32_t row, std::size_t g) {
    if (types.isAppointment(row)) return void(++tally.left[g][kAppointment]);
    // With delivery times in the data, only delivered orders count; without them, every order that says.
    if (delivered && !delivered.has(row)) return void(++tally.left[g][kUndelivered]);
    const bool items = itemsOrdered.has(row) && itemsDelivered.has(row) && isCount(itemsOrdered.at(row)) && isCount(itemsDelivered.at(row));
    if (itemLevel) {
      if (!items) return void(++tally.left[g][kNoAccuracy]);
      const auto wanted = static_cast<std::uint64_t>(std::llround(itemsOrdered.at(row)));
      const auto got = static_cast<std::uint64_t>(std::llround(itemsDelivered.at(row)));
      tally.counts[g].total += wanted;
      tally.counts[g].hits += std::min(got, wanted);  // extra items do not make up for missing ones
      return;
    }
    if (accurate.has(row)) {
      ++tally.counts[g].total;
      tally.counts[g].hits += accurate.at(row) != 0;
    } else if (items) {
      ++tally.counts[g].total;
      tally.counts[g].hits += itemsDelivered.at(row) == itemsOrdered.at(row);
    } else {
      ++tally.left[g][kNoAccuracy];
    }
  });
  return finishShares<3>(job, "share", tally, {"appointments", "undelivered", "without_accuracy"});
}

std::vector<MetricResult> computeAppointmentKept(MetricJob& job) {
  const Dataset& data = job.data();
  const OrderTypes types(data);
  const TimeField promised = timeField(data, RecordKind::Order, "promised_at");
  const TimeField delivered = timeField(data, RecordKind::Order, "delivered_at");
  const bool sameDay = job.variantIs("same_day");
  const auto graceMs = static_cast<std::int64_t>(std::llround(job.number("grace_seconds") * 1000.0));
  const std::int64_t now = job.context.nowMs(RecordKind::Order);
  enum { kNotAppointment, kUndated, kNotDue };
  ShareTally<3> tally(job.groupCount());
  // The period applies to the appointment's own time, not to when it was booked.
  forEachRow(job.rows(RecordKind::Order, "promised_at"), job.groups(RecordKind::Order, "promised_at"),
             [&](std::uint32_t row, std::size_t g) {
               if (types.known() && !types.isAppointment(row)) return void(++tally.left[g][kNotAppointment]);
               if (!promised.has(row)) return void(++tally.left[g][kUndated]);
               const std::int64_t at = promised.at(row);
               const std::int64_t due = sameDay ? endOfLocalDay(job.zone, localDayOf(job.zone, at)) : at + graceMs;
               if (!delivered.has(row)) {
                 if (now < due) return void(++tally.left[g][kNotDue]);
                 ++tally.counts[g].total;  // missed
                 return;
               }
               ++tally.counts[g].total;
               if (sameDay) tally.counts[g].hits += localDayOf(job.zone, delivered.at(row)) == localDayOf(job.zone, at);
               else tally.counts[g].hits += delivered.at(row) <= at + graceMs;
             });
  return finishShares<3>(job, "share", tally, {"not_appointments", "without_promised_at", "not_yet_due"});
}

} // namespace carescore
