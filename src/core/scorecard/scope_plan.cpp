// Scope planning: overrides carved out of the own scope by value lists, since a Filter has no "not".
#include "core/scorecard/scope_plan.h"

#include <algorithm>
#include <cctype>

namespace carescore {

namespace {

bool sameText(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool listed(const std::vector<std::string>& values, std::string_view value) {
  return std::any_of(values.begin(), values.end(), [value](const std::string& v) { return sameText(v, value); });
}

// The values a field takes in the data: the kind's own column, or the customer list's for "customer.x".
std::vector<std::string> valuesInData(const Dataset& data, RecordKind kind, std::string_view field) {
  const Column* column = nullptr;
  if (field.starts_with("customer.")) {
    column = data.field(RecordKind::Customer, field.substr(9));
  } else {
    column = data.field(kind, field);
  }
  std::vector<std::string> values;
  if (!column || !column->isText()) return values;
  for (std::uint32_t code = 0; code < column->dictionary.size(); ++code) {
    std::string value(column->dictionary.at(code));
    if (!value.empty() && !listed(values, value)) values.push_back(std::move(value));
  }
  return values;
}

// The single field an override's scope restricts, with its values; false when it restricts several.
bool singleField(const Scope& scope, std::string& field, std::vector<std::string>& values) {
  if (!scope.channels.empty() && scope.filters.empty()) {
    field = "channel";
    values = scope.channels;
    return true;
  }
  if (scope.channels.empty() && scope.filters.size() == 1) {
    field = scope.filters.front().field;
    values = scope.filters.front().values;
    return true;
  }
  return false;
}

std::vector<std::string>* valuesOf(Scope& scope, const std::string& field) {
  if (field == "channel") return scope.channels.empty() ? nullptr : &scope.channels;
  for (ScopeFilter& filter : scope.filters) {
    if (filter.field == field) return &filter.values;
  }
  return nullptr;
}

Filter filterOf(const Scope& scope, const std::vector<FieldFilter>& globalFilters) {
  Filter filter = filterFor(scope, std::nullopt);
  for (const FieldFilter& global : globalFilters) filter.fields.push_back(global);
  return filter;
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) out += (out.empty() ? "" : ", ") + value;
  return out;
}

} // namespace

std::string describeScope(const Scope& scope) {
  std::string out;
  if (!scope.channels.empty()) out = "channel " + joined(scope.channels);
  for (const ScopeFilter& filter : scope.filters) out += (out.empty() ? "" : "; ") + filter.field + " " + joined(filter.values);
  return out.empty() ? "all" : out;
}

std::vector<ScopePlan> planScopes(const Standard& standard, RecordKind kind, const Dataset& data,
                                  const std::vector<FieldFilter>& globalFilters) {
  std::vector<ScopePlan> plans;
  ScopePlan own;
  own.scope = standard.scope;
  own.target = standard.target;
  own.parameters = standard.metric.parameters;
  bool ownEmpty = false;
  for (const Override& override : standard.overrides) {
    std::string field;
    std::vector<std::string> taken;
    if (!singleField(override.scope, field, taken)) continue;
    const Scope before = own.scope;
    std::vector<std::string>* values = valuesOf(own.scope, field);
    if (!values) {
      std::vector<std::string> all = valuesInData(data, kind, field);
      if (all.empty()) continue;  // nothing to list: the own scope keeps every record
      if (field == "channel") {
        own.scope.channels = std::move(all);
      } else {
        own.scope.filters.push_back({field, std::move(all)});
      }
      values = valuesOf(own.scope, field);
    }
    if (std::erase_if(*values, [&](const std::string& value) { return listed(taken, value); }) == 0) {
      own.scope = before;  // the override takes nothing of the own scope
      continue;
    }
    own.excluded.push_back(field + " " + joined(taken));
    if (values->empty()) ownEmpty = true;
  }
  if (!ownEmpty) {
    own.label = describeScope(own.scope);
    own.filter = filterOf(own.scope, globalFilters);
    plans.push_back(std::move(own));
  }
  for (std::size_t i = 0; i < standard.overrides.size(); ++i) {
    const Override& override = standard.overrides[i];
    ScopePlan plan;
    plan.overrideIndex = static_cast<int>(i);
    plan.scope = standard.scope;
    // Within the standard's scope: the override's channels replace the scope's list (those outside
    // it are dropped), and its filters are added.
    if (!override.scope.channels.empty()) {
      std::vector<std::string> channels;
      for (const std::string& channel : override.scope.channels) {
        if (standard.scope.channels.empty() || listed(standard.scope.channels, channel)) channels.push_back(channel);
      }
      if (channels.empty()) continue;  // the override names only channels outside the standard's scope
      plan.scope.channels = std::move(channels);
    }
    for (const ScopeFilter& filter : override.scope.filters) plan.scope.filters.push_back(filter);
    plan.target = override.target.value_or(standard.target);
    plan.parameters = standard.metric.parameters;
    for (const auto& [key, value] : override.parameters) plan.parameters[key] = value;
    plan.label = describeScope(plan.scope);
    plan.filter = filterOf(plan.scope, globalFilters);
    plans.push_back(std::move(plan));
  }
  return plans;
}

} // namespace carescore
