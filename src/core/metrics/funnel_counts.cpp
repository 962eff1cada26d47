// Each measure's customer set by one pass over its table, as customer ids (text views into the
// dictionaries, which outlive the count); the funnel intersects them in order.
#include "core/metrics/funnel_counts.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>
#include <unordered_set>

#include "core/metrics/funnel_measures.h"
#include "core/metrics/requirements.h"
#include "core/time/civil.h"

namespace carescore {

namespace {

using CustomerSet = std::unordered_set<std::string_view>;

std::optional<CivilDate> parseDate(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto number = [&](std::size_t at, std::size_t length, int& out) {
    return std::from_chars(text.data() + at, text.data() + at + length, out).ptr == text.data() + at + length;
  };
  if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day)) return std::nullopt;
  const CivilDate date{year, month, day};
  return isValidDate(date) ? std::optional(date) : std::nullopt;
}

CivilDate addMonths(CivilDate date, std::int64_t months) {
  const std::int64_t index = std::int64_t{date.year} * 12 + (date.month - 1) + months;
  const int year = static_cast<int>(floorDiv(index, 12));
  const int month = static_cast<int>(floorMod(index, 12)) + 1;
  return {year, month, std::min(date.day, daysInMonth(year, month))};
}

double number(const Parameters& parameters, const FunnelMeasureDefinition& measure, std::string_view key) {
  if (auto it = parameters.find(std::string(key)); it != parameters.end())
    if (const double* value = std::get_if<double>(&it->second)) return *value;
  const ParameterDefinition* parameter = findParameter(measure, key);
  return parameter ? parameter->defaultNumber : 0;
}

bool inFrame(const Column* time, std::size_t row, const UtcRange& frame) {
  return time && time->hasValue(row) && frame.contains(time->epochMs[row]);
}

CustomerSet served(const Dataset& data, const UtcRange& frame) {
  CustomerSet out;
  const Column* customer = data.field(RecordKind::Contact, "customer_id");
  const Column* created = data.field(RecordKind::Contact, "created_at");
  for (std::size_t row = 0; customer && row < customer->size(); ++row)
    if (customer->hasValue(row) && inFrame(created, row, frame)) out.insert(customer->text(row));
  return out;
}

// Customers whose latest answer of `field` in the frame is at least `minimum`.
CustomerSet latestAnswerAtLeast(const Dataset& data, std::string_view field, double minimum, const UtcRange& frame) {
  const Column* customer = data.field(RecordKind::Survey, "customer_id");
  const Column* answer = data.field(RecordKind::Survey, field);
  const Column* submitted = data.field(RecordKind::Survey, "submitted_at");
  std::unordered_map<std::string_view, std::pair<std::int64_t, double>> latest;
  for (std::size_t row = 0; customer && answer && row < customer->size(); ++row) {
    if (!customer->hasValue(row) || !answer->hasValue(row) || !inFrame(submitted, row, frame)) continue;
    auto [it, added] = latest.try_emplace(customer->text(row), submitted->epochMs[row], answer->numbers[row]);
    if (!added && submitted->epochMs[row] >= it->second.first) it->second = {submitted->epochMs[row], answer->numbers[row]};
  }
  CustomerSet out;
  for (const auto& [id, when] : latest)
    if (when.second >= minimum) out.insert(id);
  return out;
}

CustomerSet returning(const Dataset& data, double minOrders, const UtcRange& frame) {
  CustomerSet out;
  const Column* listed = data.field(RecordKind::Customer, "customer_id");
  const Column* orders = data.field(RecordKind::Customer, "orders");
  if (listed && orders && orders->isNumeric()) {
    for (std::size_t row = 0; row < listed->size(); ++row)
      if (listed->hasValue(row) && orders->hasValue(row) && orders->numbers[row] >= minOrders) out.insert(listed->text(row));
    return out;
  }
  const Column* customer = data.field(RecordKind::Order, "customer_id");
  const Column* ordered = data.field(RecordKind::Order, "ordered_at");
  std::unordered_map<std::string_view, std::uint64_t> counts;
  for (std::size_t row = 0; customer && ordered && row < customer->size(); ++row)
    if (customer->hasValue(row) && ordered->hasValue(row) && ordered->epochMs[row] < frame.endMs) ++counts[customer->text(row)];
  for (const auto& [id, count] : counts)
    if (static_cast<double>(count) >= minOrders) out.insert(id);
  return out;
}

CustomerSet referring(const Dataset& data, double minReferrals) {
  CustomerSet out;
  const Column* listed = data.field(RecordKind::Customer, "customer_id");
  const Column* referrals = data.field(RecordKind::Customer, "referrals");
  for (std::size_t row = 0; listed && referrals && referrals->isNumeric() && row < listed->size(); ++row)
    if (listed->hasValue(row) && referrals->hasValue(row) && referrals->numbers[row] >= minReferrals) out.insert(listed->text(row));
  return out;
}

std::optional<CustomerSet> measureSet(const Dataset& data, const FunnelStep& step, const FunnelMeasureDefinition& measure,
                                      const UtcRange& frame) {
  const std::string_view key = measure.key;
  const bool surveyCustomers = data.field(RecordKind::Survey, "customer_id") != nullptr;
  if ((key == "customers_satisfied" || key == "customers_promoting") && !surveyCustomers) return std::nullopt;
  if (key == "customers_served") return served(data, frame);
  if (key == "customers_satisfied") return latestAnswerAtLeast(data, "csat", number(step.parameters, measure, "satisfied_min"), frame);
  if (key == "customers_promoting") return latestAnswerAtLeast(data, "nps", 9, frame);
  if (key == "customers_returning") return returning(data, number(step.parameters, measure, "min_orders"), frame);
  if (key == "customers_referring") return referring(data, number(step.parameters, measure, "min_referrals"));
  return std::nullopt;
}

} // namespace

std::optional<std::int64_t> latestContactMs(const Dataset& data) {
  const Column* created = data.field(RecordKind::Contact, "created_at");
  std::optional<std::int64_t> latest;
  for (std::size_t row = 0; created && created->type == ValueType::Timestamp && row < created->size(); ++row)
    if (created->hasValue(row)) latest = std::max(latest.value_or(INT64_MIN), created->epochMs[row]);
  return latest;
}

std::optional<UtcRange> resolveTimeFrame(const TimeFrame& frame, const TimeZone& zone, std::optional<std::int64_t> latestMs) {
  std::int64_t firstDay = 0;
  if (!frame.start.empty()) {
    const auto date = parseDate(frame.start);
    if (!date) return std::nullopt;
    firstDay = daysFromCivil(*date);
  } else {
    if (!latestMs) return std::nullopt;
    const PeriodUnit unit = frame.unit == Period::Day ? PeriodUnit::Day : frame.unit == Period::Week ? PeriodUnit::Week : PeriodUnit::Month;
    firstDay = dayOf(zone.toLocal(periodContaining(zone, *latestMs, unit).beginMs));
  }
  const std::int64_t length = std::max<std::uint32_t>(1, frame.length);
  std::int64_t endDay = firstDay + length;
  if (frame.unit == Period::Week) endDay = firstDay + 7 * length;
  if (frame.unit == Period::Month) endDay = daysFromCivil(addMonths(civilFromDays(firstDay), length));
  return localDaysRange(zone, firstDay, endDay);
}

std::vector<FunnelStepCount> countFunnel(const Dataset& data, const Goal& goal, const UtcRange& frame) {
  std::vector<FunnelStepCount> out;
  const FieldAvailability has = [&](RecordKind kind, std::string_view field) { return data.field(kind, field) != nullptr; };
  std::optional<CustomerSet> previous;
  bool broken = false;
  for (const FunnelStep& step : goal.steps) {
    FunnelStepCount& count = out.emplace_back();
    count.id = step.id;
    count.measure = step.measure;
    const FunnelMeasureDefinition* measure = findFunnelMeasure(step.measure);
    if (!measure) {
      count.missingInputs.push_back("unknown measure " + step.measure);
      broken = true;
      continue;
    }
    count.missingInputs = missingInputs(RecordKind::Customer, measure->inputs, has);
    if (!count.missingInputs.empty() || broken) {
      broken = true;
      continue;
    }
    std::optional<CustomerSet> set = measureSet(data, step, *measure, frame);
    if (!set) {
      // Survey answers reached only through their contacts: the join is not counted yet.
      count.missingInputs.push_back("needs field survey.customer_id");
      broken = true;
      continue;
    }
    if (previous) std::erase_if(*set, [&](std::string_view id) { return !previous->contains(id); });
    count.count = set->size();
    previous = std::move(set);
  }
  return out;
}

} // namespace carescore
