// The funnel measures, as one table.
#include "core/metrics/funnel_measures.h"

#include <algorithm>

namespace carescore {

namespace {

using P = ParameterType;

// Survey answers reach a customer directly, or through the contact they rated.
constexpr std::string_view kSurveyCustomer = "survey.customer_id | survey.contact_id + contact.id + contact.customer_id";

constexpr std::string_view kServedInputs[] = {"contact.customer_id", "contact.created_at"};
constexpr std::string_view kSatisfiedInputs[] = {"survey.csat", "survey.submitted_at", kSurveyCustomer};
constexpr std::string_view kPromotingInputs[] = {"survey.nps", "survey.submitted_at", kSurveyCustomer};
constexpr std::string_view kReturningInputs[] = {"customer_id + orders | order.customer_id + order.ordered_at"};
constexpr std::string_view kReferringInputs[] = {"customer_id", "referrals"};

constexpr ParameterDefinition kSatisfiedParameters[] = {
    {.key = "satisfied_min", .type = P::Number, .defaultNumber = 4, .minNumber = 0, .maxNumber = 10,
     .description = "a CSAT rating at or above this is satisfied (seed 000: 4 and 5 on 1–5)"}};
constexpr ParameterDefinition kReturningParameters[] = {
    {.key = "min_orders", .type = P::Count, .defaultNumber = 2, .minNumber = 2, .maxNumber = 100,
     .description = "orders a customer must have placed to count as returning"}};
constexpr ParameterDefinition kReferringParameters[] = {
    {.key = "min_referrals", .type = P::Count, .defaultNumber = 1, .minNumber = 1, .maxNumber = 100,
     .description = "customers referred before a customer counts as referring"}};

constexpr FunnelMeasureDefinition kMeasures[] = {
    {"customers_served", "Customers served",
     "distinct customer_id of contacts created in the time frame", kServedInputs, {}},
    {"customers_satisfied", "Satisfied customers",
     "customers whose latest CSAT rating in the time frame is at least satisfied_min", kSatisfiedInputs,
     kSatisfiedParameters},
    {"customers_promoting", "Promoters",
     "customers whose latest NPS answer in the time frame is 9 or 10", kPromotingInputs, {}},
    {"customers_returning", "Returning customers",
     "customers with at least min_orders orders by the end of the time frame (the customer list's orders, or "
     "their rows in an order export)",
     kReturningInputs, kReturningParameters},
    {"customers_referring", "Customers who refer others",
     "customers who referred at least min_referrals new customers (the customer list's referrals)",
     kReferringInputs, kReferringParameters},
};

} // namespace

std::span<const FunnelMeasureDefinition> funnelMeasures() { return kMeasures; }

const FunnelMeasureDefinition* findFunnelMeasure(std::string_view key) {
  const auto it = std::find_if(std::begin(kMeasures), std::end(kMeasures),
                               [key](const FunnelMeasureDefinition& measure) { return measure.key == key; });
  return it == std::end(kMeasures) ? nullptr : it;
}

const ParameterDefinition* findParameter(const FunnelMeasureDefinition& measure, std::string_view key) {
  const auto it = std::find_if(measure.parameters.begin(), measure.parameters.end(),
                               [key](const ParameterDefinition& parameter) { return parameter.key == key; });
  return it == measure.parameters.end() ? nullptr : &*it;
}

} // namespace carescore
