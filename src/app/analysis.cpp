// The analysis state: resolves the period choice against the data and keeps the metric context and
// the selections in step with the choices, rebuilding each only when what it depends on changed.
#include "app/analysis.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "core/metrics/periods.h"
#include "core/time/civil.h"

namespace carescore {

namespace {

CivilDate dayOf(const TimeZone& zone, std::int64_t utcMs) {
  return civilFromDays(floorDiv(zone.toLocal(utcMs), kMsPerDay));
}

CivilDate addDays(CivilDate date, std::int32_t days) { return civilFromDays(daysFromCivil(date) + days); }

CivilDate firstOfMonth(CivilDate date) { return {date.year, date.month, 1}; }

CivilDate lastOfPreviousMonth(CivilDate date) { return addDays(firstOfMonth(date), -1); }

constexpr std::pair<PeriodPreset, std::string_view> kPresetNames[] = {
  {PeriodPreset::Last7Days, "last_7_days"}, {PeriodPreset::Last30Days, "last_30_days"},
  {PeriodPreset::ThisMonth, "this_month"},  {PeriodPreset::LastMonth, "last_month"},
  {PeriodPreset::Custom, "custom"},         {PeriodPreset::AllData, "all"},
};

} // namespace

std::string_view nameOf(PeriodPreset preset) {
  for (const auto& [value, name] : kPresetNames)
    if (value == preset) return name;
  return "last_month";
}

std::optional<PeriodPreset> periodPresetFromName(std::string_view name) {
  for (const auto& [value, known] : kPresetNames)
    if (known == name) return value;
  return std::nullopt;
}

std::string isoDate(CivilDate date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
  return text;
}

std::optional<CivilDate> parseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return std::nullopt;
  return CivilDate{year, month, day};
}

Analysis::Analysis(const ZoneDatabase& zones) : zones_(&zones) {
  if (auto zone = zones_->find(zoneName_)) zone_ = *zone;
}

void Analysis::changed(bool contextToo) {
  ++generation_;
  if (contextToo) context_.reset();
}

void Analysis::setDataset(std::shared_ptr<const Dataset> dataset) {
  context_.reset();  // holds a reference to the old records: drop it first
  selections_.reset();
  comparisonSelections_.reset();
  dataset_ = std::move(dataset);
  changed(true);
}

void Analysis::setProfile(Profile profile) {
  profile_ = std::move(profile);
  changed(false);
}

bool Analysis::setZone(std::string_view name) {
  auto zone = zones_->resolve(name);
  if (!zone) return false;
  zoneName_ = std::string(name);
  zone_ = std::move(*zone);
  if (schedule_) setBusinessHours(schedule_);  // the calendar is built in the schedule's own zone; keep it
  changed(true);
  return true;
}

std::string Analysis::setBusinessHours(std::optional<Schedule> schedule) {
  if (!schedule) {
    schedule_.reset();
    calendar_.reset();
    changed(true);
    return {};
  }
  auto zone = zones_->resolve(schedule->zone);
  if (!zone) return "unknown time zone: " + schedule->zone;
  auto made = BusinessCalendar::make(*schedule, *zone);
  if (!made.calendar) return made.error;
  schedule_ = std::move(schedule);
  calendar_ = std::move(made.calendar);
  changed(true);
  return {};
}

void Analysis::setPeriod(PeriodChoice choice) {
  if (choice == period_) return;
  period_ = choice;
  changed(false);
}

void Analysis::setFilters(std::vector<FieldFilter> filters) {
  std::erase_if(filters, [](const FieldFilter& filter) { return filter.values.empty(); });
  if (filters == filters_) return;
  filters_ = std::move(filters);
  changed(false);
}

MetricContext& Analysis::context() {
  if (!context_) {
    MetricSettings settings;
    settings.zone = zone_;
    settings.businessHours = calendar_;
    context_ = std::make_unique<MetricContext>(*dataset_, std::move(settings));
  }
  return *context_;
}

std::optional<UtcRange> Analysis::periodRange() {
  if (period_.preset == PeriodPreset::Custom) return localDateRange(zone_, period_.first, period_.last);
  // Anchored to the data, not the wall clock: last month's export still shows its month.
  std::optional<UtcRange> span;
  for (RecordKind kind : {RecordKind::Contact, RecordKind::Survey, RecordKind::Order, RecordKind::AgentTime})
    if ((span = dataSpan(context(), kind))) break;
  if (!span) return std::nullopt;
  if (period_.preset == PeriodPreset::AllData) return span;
  const CivilDate latest = dayOf(zone_, span->endMs - 1);
  switch (period_.preset) {
  case PeriodPreset::Last7Days: return localDateRange(zone_, addDays(latest, -6), latest);
  case PeriodPreset::Last30Days: return localDateRange(zone_, addDays(latest, -29), latest);
  case PeriodPreset::ThisMonth: return localDateRange(zone_, firstOfMonth(latest), latest);
  case PeriodPreset::LastMonth: {
    // The latest whole month: the latest day's month when the data reaches its end, else the one before.
    const bool monthComplete = latest.day == daysInMonth(latest.year, latest.month);
    const CivilDate last = monthComplete ? latest : lastOfPreviousMonth(latest);
    return localDateRange(zone_, firstOfMonth(last), last);
  }
  default: return span;
  }
}

std::optional<UtcRange> Analysis::comparisonRange() {
  if (!period_.compare) return std::nullopt;
  if (period_.compareFirst && period_.compareLast) return localDateRange(zone_, *period_.compareFirst, *period_.compareLast);
  auto period = periodRange();
  if (!period) return std::nullopt;
  return previousPeriod(zone_, *period);
}

namespace {

std::optional<std::pair<CivilDate, CivilDate>> localDays(const TimeZone& zone, const std::optional<UtcRange>& range) {
  if (!range || range->endMs <= range->beginMs) return std::nullopt;
  return std::pair{dayOf(zone, range->beginMs), dayOf(zone, range->endMs - 1)};
}

} // namespace

std::optional<std::pair<CivilDate, CivilDate>> Analysis::periodDays() { return localDays(zone_, periodRange()); }

std::optional<std::pair<CivilDate, CivilDate>> Analysis::comparisonDays() { return localDays(zone_, comparisonRange()); }

Filter Analysis::filter() {
  Filter filter;
  filter.period = periodRange();
  filter.fields = filters_;
  return filter;
}

Filter Analysis::comparisonFilter() {
  Filter filter;
  filter.period = comparisonRange();
  filter.fields = filters_;
  return filter;
}

SelectionSet& Analysis::selections() {
  if (!selections_ || selectionsGeneration_ != generation_) {
    selections_ = std::make_unique<SelectionSet>(context(), filter());
    comparisonSelections_ = std::make_unique<SelectionSet>(context(), comparisonFilter());
    selectionsGeneration_ = generation_;
  }
  return *selections_;
}

SelectionSet& Analysis::comparisonSelections() {
  selections();
  return *comparisonSelections_;
}

std::vector<std::string> Analysis::valuesOf(std::string_view field) const {
  constexpr std::string_view kCustomer = "customer.";
  const bool ofCustomer = field.starts_with(kCustomer);
  const Column* column = ofCustomer ? dataset_->field(RecordKind::Customer, field.substr(kCustomer.size()))
                                    : dataset_->field(RecordKind::Contact, field);
  if (!column || (column->type != ValueType::Category && column->type != ValueType::Text)) return {};
  std::vector<std::uint64_t> counts(column->dictionary.size(), 0);
  for (std::size_t row = 0; row < column->codes.size(); ++row)
    if (column->valid.test(row)) ++counts[column->codes[row]];
  std::vector<std::uint32_t> order;
  for (std::uint32_t code = 0; code < counts.size(); ++code)
    if (counts[code] > 0) order.push_back(code);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return counts[a] > counts[b]; });
  std::vector<std::string> values;
  values.reserve(order.size());
  for (std::uint32_t code : order) values.emplace_back(column->dictionary.at(code));
  return values;
}

} // namespace carescore
