#include "core/mapping/mapping.h"

namespace carescore {

namespace {

template <typename E, std::size_t N>
std::optional<E> fromName(std::string_view name, const std::pair<E, std::string_view> (&names)[N]) {
  for (const auto& [value, text] : names)
    if (text == name) return value;
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view toName(E value, const std::pair<E, std::string_view> (&names)[N]) {
  for (const auto& [v, text] : names)
    if (v == value) return text;
  return {};
}

constexpr std::pair<ZoneSource, std::string_view> kZoneSources[] = {
    {ZoneSource::None, "none"}, {ZoneSource::Header, "header"}, {ZoneSource::Vendor, "vendor"},
    {ZoneSource::User, "user"}, {ZoneSource::Assumed, "assumed"}};
constexpr std::pair<Merge, std::string_view> kMerges[] = {{Merge::None, ""}, {Merge::Fallback, "fallback"}, {Merge::Sum, "sum"}};
constexpr std::pair<DateOrder, std::string_view> kDateOrders[] = {
    {DateOrder::None, ""}, {DateOrder::YearMonthDay, "ymd"}, {DateOrder::DayMonthYear, "dmy"}, {DateOrder::MonthDayYear, "mdy"}};

} // namespace

std::string_view nameOf(ZoneSource source) { return toName(source, kZoneSources); }
std::optional<ZoneSource> zoneSourceFromName(std::string_view name) { return fromName(name, kZoneSources); }
std::string_view nameOf(Merge merge) { return toName(merge, kMerges); }
std::optional<Merge> mergeFromName(std::string_view name) { return fromName(name, kMerges); }
std::string_view nameOf(DateOrder order) { return toName(order, kDateOrders); }
std::optional<DateOrder> dateOrderFromName(std::string_view name) { return fromName(name, kDateOrders); }

const ColumnMapping* Mapping::find(std::string_view column) const {
  for (const ColumnMapping& c : columns)
    if (c.column == column) return &c;
  return nullptr;
}

ColumnMapping* Mapping::find(std::string_view column) {
  for (ColumnMapping& c : columns)
    if (c.column == column) return &c;
  return nullptr;
}

} // namespace carescore
