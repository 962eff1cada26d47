// Funnel customer sets by reading the canonical columns once per measure.
#include "core/scorecard/funnel_counts.h"

#include <map>

#include "core/metrics/field_access.h"
#include "core/metrics/requirements.h"

namespace carescore {

namespace {

double numberParameter(const FunnelMeasureDefinition& measure, const Parameters& parameters, std::string_view key) {
  if (auto it = parameters.find(std::string(key)); it != parameters.end()) {
    if (const double* number = std::get_if<double>(&it->second)) return *number;
  }
  const ParameterDefinition* definition = findParameter(measure, key);
  return definition ? definition->defaultNumber : 0;
}

std::string idText(const CodeField& field, std::size_t row) { return std::string(field.column->dictionary.at(field.at(row))); }

CustomerSet served(const Dataset& data, const UtcRange& frame) {
  CustomerSet set;
  const CodeField customer = codeField(data, RecordKind::Contact, "customer_id");
  const TimeField created = timeField(data, RecordKind::Contact, "created_at");
  for (std::size_t row = 0; row < data.of(RecordKind::Contact).rowCount(); ++row) {
    if (customer.has(row) && created.has(row) && frame.contains(created.at(row))) set.insert(idText(customer, row));
  }
  return set;
}

// Customers whose latest answer of `scoreField` in the frame passes `keep`. A survey reaches its
// customer directly, or through the contact it rated.
template <class Keep>
CustomerSet surveyed(const Dataset& data, std::string_view scoreField, const UtcRange& frame, Keep keep) {
  const NumberField score = numberField(data, RecordKind::Survey, scoreField);
  const TimeField submitted = timeField(data, RecordKind::Survey, "submitted_at");
  const CodeField direct = codeField(data, RecordKind::Survey, "customer_id");
  const CodeField contactOf = codeField(data, RecordKind::Survey, "contact_id");
  std::map<std::string, std::string> customerOfContact;
  if (!direct && contactOf) {
    const CodeField contactId = codeField(data, RecordKind::Contact, "id");
    const CodeField contactCustomer = codeField(data, RecordKind::Contact, "customer_id");
    for (std::size_t row = 0; row < data.of(RecordKind::Contact).rowCount(); ++row) {
      if (contactId.has(row) && contactCustomer.has(row)) customerOfContact[idText(contactId, row)] = idText(contactCustomer, row);
    }
  }
  std::map<std::string, std::pair<std::int64_t, double>> latest;
  for (std::size_t row = 0; row < data.of(RecordKind::Survey).rowCount(); ++row) {
    if (!score.has(row) || !submitted.has(row) || !frame.contains(submitted.at(row))) continue;
    std::string customer;
    if (direct.has(row)) {
      customer = idText(direct, row);
    } else if (contactOf.has(row)) {
      auto it = customerOfContact.find(idText(contactOf, row));
      if (it == customerOfContact.end()) continue;
      customer = it->second;
    } else {
      continue;
    }
    auto [it, inserted] = latest.try_emplace(customer, submitted.at(row), score.at(row));
    if (!inserted && submitted.at(row) >= it->second.first) it->second = {submitted.at(row), score.at(row)};
  }
  CustomerSet set;
  for (const auto& [customer, answer] : latest) {
    if (keep(answer.second)) set.insert(customer);
  }
  return set;
}

CustomerSet returning(const Dataset& data, double minOrders, const UtcRange& frame) {
  CustomerSet set;
  const CodeField listed = codeField(data, RecordKind::Customer, "customer_id");
  const NumberField orders = numberField(data, RecordKind::Customer, "orders");
  if (listed && orders) {
    for (std::size_t row = 0; row < data.of(RecordKind::Customer).rowCount(); ++row) {
      if (listed.has(row) && orders.has(row) && orders.at(row) >= minOrders) set.insert(idText(listed, row));
    }
    return set;
  }
  const CodeField customer = codeField(data, RecordKind::Order, "customer_id");
  const TimeField ordered = timeField(data, RecordKind::Order, "ordered_at");
  std::map<std::string, double> counts;
  for (std::size_t row = 0; row < data.of(RecordKind::Order).rowCount(); ++row) {
    if (customer.has(row) && ordered.has(row) && ordered.at(row) < frame.endMs) counts[idText(customer, row)] += 1;
  }
  for (const auto& [id, count] : counts) {
    if (count >= minOrders) set.insert(id);
  }
  return set;
}

CustomerSet referring(const Dataset& data, double minReferrals) {
  CustomerSet set;
  const CodeField listed = codeField(data, RecordKind::Customer, "customer_id");
  const NumberField referrals = numberField(data, RecordKind::Customer, "referrals");
  for (std::size_t row = 0; row < data.of(RecordKind::Customer).rowCount(); ++row) {
    if (listed.has(row) && referrals.has(row) && referrals.at(row) >= minReferrals) set.insert(idText(listed, row));
  }
  return set;
}

} // namespace

FunnelSet customersOf(const Dataset& data, const FunnelMeasureDefinition& measure, const Parameters& parameters,
                      const UtcRange& frame) {
  FunnelSet out;
  out.missing = missingInputs(RecordKind::Customer, measure.inputs,
                              [&data](RecordKind kind, std::string_view field) { return hasField(data, kind, field); });
  if (!out.missing.empty()) return out;
  if (measure.key == "customers_served") {
    out.customers = served(data, frame);
  } else if (measure.key == "customers_satisfied") {
    const double satisfiedMin = numberParameter(measure, parameters, "satisfied_min");
    out.customers = surveyed(data, "csat", frame, [satisfiedMin](double csat) { return csat >= satisfiedMin; });
  } else if (measure.key == "customers_promoting") {
    out.customers = surveyed(data, "nps", frame, [](double nps) { return nps >= 9; });
  } else if (measure.key == "customers_returning") {
    out.customers = returning(data, numberParameter(measure, parameters, "min_orders"), frame);
  } else if (measure.key == "customers_referring") {
    out.customers = referring(data, numberParameter(measure, parameters, "min_referrals"));
  } else {
    out.message = "no counting is defined for funnel measure " + std::string(measure.key);
  }
  return out;
}

} // namespace carescore
