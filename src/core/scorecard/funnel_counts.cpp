// Funnel customer sets by reading the canonical columns once per measure, customers as keys.
#include "core/scorecard/funnel_counts.h"

#include "core/metrics/customer_join.h"
#include "core/metrics/field_access.h"
#include "core/metrics/requirements.h"
#include "core/table/rows_by_text.h"
#include "core/table/string_dictionary.h"

namespace carescore {

namespace {

constexpr std::uint32_t kNoCustomer = UINT32_MAX;

double numberParameter(const FunnelMeasureDefinition& measure, const Parameters& parameters, std::string_view key) {
  if (auto it = parameters.find(std::string(key)); it != parameters.end()) {
    if (const double* number = std::get_if<double>(&it->second)) return *number;
  }
  const ParameterDefinition* definition = findParameter(measure, key);
  return definition ? definition->defaultNumber : 0;
}

CustomerSet served(MetricContext& context, const UtcRange& frame) {
  const Dataset& data = context.data();
  const std::vector<std::uint32_t>& keyOf = customerKeys(context).of(RecordKind::Contact);
  CustomerSet set(customerKeys(context).count);
  const CodeField customer = codeField(data, RecordKind::Contact, "customer_id");
  const TimeField created = timeField(data, RecordKind::Contact, "created_at");
  for (std::size_t row = 0; row < data.of(RecordKind::Contact).rowCount(); ++row) {
    if (customer.has(row) && created.has(row) && frame.contains(created.at(row))) set.set(keyOf[customer.at(row)]);
  }
  return set;
}

// Per code of the surveys' contact_id: the customer of that contact (the last contact row with
// the id and a customer wins), or kNoCustomer. Depends on the data only.
const std::vector<std::uint32_t>& customerOfRatedContact(MetricContext& context) {
  return context.cached<std::vector<std::uint32_t>>("funnel.customer_of_rated_contact", [&] {
    const Dataset& data = context.data();
    const CodeField rated = codeField(data, RecordKind::Survey, "contact_id");
    const CodeField contactId = codeField(data, RecordKind::Contact, "id");
    const CodeField contactCustomer = codeField(data, RecordKind::Contact, "customer_id");
    std::vector<std::uint32_t> customerOfSurveyCode(rated.dictionarySize(), kNoCustomer);
    if (!rated || !contactId || !contactCustomer) return customerOfSurveyCode;
    const std::vector<std::uint32_t>& keyOf = customerKeys(context).of(RecordKind::Contact);
    const std::vector<std::uint32_t> rowOf =
        rowsByText(rated.column->dictionary, *contactId.column, WhichRow::Last, contactCustomer.column);
    for (std::uint32_t code = 0; code < customerOfSurveyCode.size(); ++code)
      if (rowOf[code] != kNoMatchingRow) customerOfSurveyCode[code] = keyOf[contactCustomer.at(rowOf[code])];
    return customerOfSurveyCode;
  });
}

// Customers whose latest answer of `scoreField` in the frame passes `keep` (of two answers at the
// same instant, the later row). A survey reaches its customer directly, or, when surveys have no
// customer_id at all, through the contact it rated.
template <class Keep>
CustomerSet surveyed(MetricContext& context, std::string_view scoreField, const UtcRange& frame, Keep keep) {
  const Dataset& data = context.data();
  const CustomerKeys& keys = customerKeys(context);
  const NumberField score = numberField(data, RecordKind::Survey, scoreField);
  const TimeField submitted = timeField(data, RecordKind::Survey, "submitted_at");
  const CodeField direct = codeField(data, RecordKind::Survey, "customer_id");
  const CodeField contactOf = codeField(data, RecordKind::Survey, "contact_id");
  const std::vector<std::uint32_t>& keyOf = keys.of(RecordKind::Survey);
  const std::vector<std::uint32_t>* throughContact = !direct && contactOf ? &customerOfRatedContact(context) : nullptr;
  Bitmap answered(keys.count);
  std::vector<std::int64_t> latestMs(keys.count);
  std::vector<double> latestScore(keys.count);
  for (std::size_t row = 0; row < data.of(RecordKind::Survey).rowCount(); ++row) {
    if (!score.has(row) || !submitted.has(row) || !frame.contains(submitted.at(row))) continue;
    std::uint32_t customer = kNoCustomer;
    if (direct.has(row)) customer = keyOf[direct.at(row)];
    else if (throughContact && contactOf.has(row)) customer = (*throughContact)[contactOf.at(row)];
    if (customer == kNoCustomer) continue;
    if (!answered.test(customer) || submitted.at(row) >= latestMs[customer]) {
      answered.set(customer);
      latestMs[customer] = submitted.at(row);
      latestScore[customer] = score.at(row);
    }
  }
  CustomerSet set(keys.count);
  for (std::uint32_t customer = 0; customer < keys.count; ++customer) {
    if (answered.test(customer) && keep(latestScore[customer])) set.set(customer);
  }
  return set;
}

// The customer list's customers whose `field` is at least `least`.
CustomerSet listedWithAtLeast(MetricContext& context, std::string_view field, double least) {
  const Dataset& data = context.data();
  const std::vector<std::uint32_t>& keyOf = customerKeys(context).of(RecordKind::Customer);
  CustomerSet set(customerKeys(context).count);
  const CodeField listed = codeField(data, RecordKind::Customer, "customer_id");
  const NumberField value = numberField(data, RecordKind::Customer, field);
  for (std::size_t row = 0; row < data.of(RecordKind::Customer).rowCount(); ++row) {
    if (listed.has(row) && value.has(row) && value.at(row) >= least) set.set(keyOf[listed.at(row)]);
  }
  return set;
}

// Customers with at least `minOrders` orders before the frame ends: the customer list's count
// when it has one, else the orders themselves.
CustomerSet returning(MetricContext& context, double minOrders, const UtcRange& frame) {
  const Dataset& data = context.data();
  if (codeField(data, RecordKind::Customer, "customer_id") && numberField(data, RecordKind::Customer, "orders"))
    return listedWithAtLeast(context, "orders", minOrders);
  const CustomerKeys& keys = customerKeys(context);
  const std::vector<std::uint32_t>& keyOf = keys.of(RecordKind::Order);
  const CodeField customer = codeField(data, RecordKind::Order, "customer_id");
  const TimeField ordered = timeField(data, RecordKind::Order, "ordered_at");
  std::vector<std::uint32_t> counts(keys.count, 0);
  for (std::size_t row = 0; row < data.of(RecordKind::Order).rowCount(); ++row) {
    if (customer.has(row) && ordered.has(row) && ordered.at(row) < frame.endMs) ++counts[keyOf[customer.at(row)]];
  }
  CustomerSet set(keys.count);
  for (std::uint32_t key = 0; key < keys.count; ++key) {
    if (counts[key] > 0 && double(counts[key]) >= minOrders) set.set(key);  // a customer without orders never returns
  }
  return set;
}

} // namespace

// The customer list's codes are the first keys, taken as they are; another table's ids join
// through the customer join (one lookup per distinct id, shared with the customer fields), and
// only ids the list lacks are interned, after them.
const CustomerKeys& customerKeys(MetricContext& context) {
  return context.cached<CustomerKeys>("funnel.customer_keys", [&] {
    CustomerKeys keys;
    keys.keyOfCode.resize(std::size(kRecordKinds));
    const auto listedCount = static_cast<std::uint32_t>(codeField(context.data(), RecordKind::Customer, "customer_id").dictionarySize());
    StringDictionary unlisted;  // only while building: ids the customer list lacks
    for (const RecordKind kind : kRecordKinds) {
      const CodeField customer = codeField(context.data(), kind, "customer_id");
      std::vector<std::uint32_t>& keyOf = keys.keyOfCode[static_cast<std::size_t>(kind)];
      keyOf = listedCustomerCodes(context, kind);
      for (std::uint32_t code = 0; code < keyOf.size(); ++code)
        if (keyOf[code] == kNotListed) keyOf[code] = listedCount + unlisted.intern(customer.column->dictionary.at(code));
    }
    keys.count = listedCount + unlisted.size();
    return keys;
  });
}

FunnelSet customersOf(MetricContext& context, const FunnelMeasureDefinition& measure, const Parameters& parameters,
                      const UtcRange& frame) {
  const Dataset& data = context.data();
  FunnelSet out;
  out.missing = missingInputs(RecordKind::Customer, measure.inputs,
                              [&data](RecordKind kind, std::string_view field) { return hasField(data, kind, field); });
  if (!out.missing.empty()) return out;
  if (measure.key == "customers_served") {
    out.customers = served(context, frame);
  } else if (measure.key == "customers_satisfied") {
    const double satisfiedMin = numberParameter(measure, parameters, "satisfied_min");
    out.customers = surveyed(context, "csat", frame, [satisfiedMin](double csat) { return csat >= satisfiedMin; });
  } else if (measure.key == "customers_promoting") {
    out.customers = surveyed(context, "nps", frame, [](double nps) { return nps >= 9; });
  } else if (measure.key == "customers_returning") {
    out.customers = returning(context, numberParameter(measure, parameters, "min_orders"), frame);
  } else if (measure.key == "customers_referring") {
    out.customers = listedWithAtLeast(context, "referrals", numberParameter(measure, parameters, "min_referrals"));
  } else {
    out.message = "no counting is defined for funnel measure " + std::string(measure.key);
  }
  return out;
}

} // namespace carescore
