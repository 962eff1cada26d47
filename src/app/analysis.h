// What the app analyses and the global choices every view obeys: the loaded records, the metric
// context over them, the period and its comparison, the filters, the zone, business hours and the
// active profile. Views read it; controls change it through the setters, which bump `generation`
// so each view's cache knows to recompute — never on an idle frame. Nothing here draws.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/metrics/filter.h"
#include "core/metrics/metric_context.h"
#include "core/metrics/selection.h"
#include "core/model/dataset.h"
#include "core/standards/profile.h"
#include "core/time/business_hours.h"
#include "core/time/calendar.h"
#include "core/time/zone_database.h"

namespace carescore {

enum class PeriodPreset : std::uint8_t { Last7Days, Last30Days, ThisMonth, LastMonth, Custom, AllData };
inline constexpr PeriodPreset kPeriodPresets[] = {PeriodPreset::Last7Days, PeriodPreset::Last30Days, PeriodPreset::ThisMonth,
                                                  PeriodPreset::LastMonth, PeriodPreset::AllData, PeriodPreset::Custom};
// "last_7_days", "last_30_days", "this_month", "last_month", "custom", "all": the names scripts and
// browser storage use.
std::string_view nameOf(PeriodPreset preset);
std::optional<PeriodPreset> periodPresetFromName(std::string_view name);

// "2026-09-30", and back (nothing unless a real date in that exact shape).
std::string isoDate(CivilDate date);
std::optional<CivilDate> parseIsoDate(std::string_view text);

// The fields the global filter row offers, in its order: contacts' own fields, and the customer's
// segment through customer_id.
inline constexpr std::string_view kFilterFields[] = {"channel", "team", "agent", "priority", "customer.segment"};

// The period as the user chose it, in local dates of the analysis zone; resolved to UTC ranges
// against the data ("last 30 days" ends at the data's latest day, not the wall clock's, so a
// month-old export still shows something).
struct PeriodChoice {
  PeriodPreset preset = PeriodPreset::LastMonth;
  CivilDate first{}, last{};            // Custom: both included
  bool compare = true;                  // compare with the previous period (periods.h previousPeriod)
  std::optional<CivilDate> compareFirst, compareLast;  // an explicit comparison instead

  static PeriodChoice of(PeriodPreset preset) {
    PeriodChoice choice;
    choice.preset = preset;
    return choice;
  }
  static PeriodChoice days(CivilDate first, CivilDate last) {
    PeriodChoice choice;
    choice.preset = PeriodPreset::Custom;
    choice.first = first;
    choice.last = last;
    return choice;
  }
  friend bool operator==(const PeriodChoice&, const PeriodChoice&) = default;
};

class Analysis {
public:
  explicit Analysis(const ZoneDatabase& zones);

  // --- what is analysed
  const Dataset& dataset() const { return *dataset_; }
  // New records: the metric context is rebuilt on next use. Shared, not copied: the dataset
  // builder's records of a million rows are analysed where they are.
  void setDataset(std::shared_ptr<const Dataset> dataset);
  void setDataset(Dataset dataset) { setDataset(std::make_shared<const Dataset>(std::move(dataset))); }
  const Profile& profile() const { return profile_; }
  void setProfile(Profile profile);

  // --- global choices
  const std::string& zoneName() const { return zoneName_; }
  bool setZone(std::string_view name);  // false (and nothing changes) when the zone is unknown
  const TimeZone& zone() const { return zone_; }
  const std::optional<Schedule>& businessHours() const { return schedule_; }
  std::string setBusinessHours(std::optional<Schedule> schedule);  // error text, empty when accepted
  const PeriodChoice& period() const { return period_; }
  void setPeriod(PeriodChoice choice);
  const std::vector<FieldFilter>& filters() const { return filters_; }
  void setFilters(std::vector<FieldFilter> filters);  // "channel", "team", "agent", "priority", "customer.segment"

  // --- what the choices give
  // Bumped by every change that can alter a number on screen; views cache by it.
  std::uint64_t generation() const { return generation_; }
  MetricContext& context();                       // built on first use after a data/zone/hours change
  std::optional<UtcRange> periodRange();          // nothing when there is no data to anchor it
  std::optional<UtcRange> comparisonRange();      // nothing when comparison is off
  // The same ranges as local days of the zone, first and last included (for labels and pickers).
  std::optional<std::pair<CivilDate, CivilDate>> periodDays();
  std::optional<std::pair<CivilDate, CivilDate>> comparisonDays();
  Filter filter();                                // period + filters
  Filter comparisonFilter();                      // comparison period + the same filters
  SelectionSet& selections();                     // for filter(); rebuilt when the generation moves
  SelectionSet& comparisonSelections();

  // The distinct values of a field of contacts (or "customer.<field>" of customers), for the
  // filter combos, most frequent first.
  std::vector<std::string> valuesOf(std::string_view field) const;

private:
  void changed(bool contextToo);

  const ZoneDatabase* zones_;
  std::shared_ptr<const Dataset> dataset_ = std::make_shared<const Dataset>();
  Profile profile_;
  std::string zoneName_ = "Asia/Ho_Chi_Minh";
  TimeZone zone_;
  std::optional<Schedule> schedule_;
  std::optional<BusinessCalendar> calendar_;
  PeriodChoice period_;
  std::vector<FieldFilter> filters_;
  std::uint64_t generation_ = 1;
  std::unique_ptr<MetricContext> context_;
  std::uint64_t selectionsGeneration_ = 0;
  std::unique_ptr<SelectionSet> selections_, comparisonSelections_;
};

} // namespace carescore
