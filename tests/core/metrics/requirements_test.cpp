#include <doctest/doctest.h>

#include "test_support.h"

#include <set>
#include <string>
#include <utility>

#include "core/metrics/requirements.h"

using namespace carescore;

namespace {

// Availability from a list of "kind.field" names.
FieldAvailability having(std::set<std::string> names) {
  return [names = std::move(names)](RecordKind kind, std::string_view field) {
    return names.count(std::string(nameOf(kind)) + "." + std::string(field)) == 1;
  };
}

} // namespace

TEST_SUITE("core/metrics") {

TEST_CASE("requirement grammar: alternatives with |, fields with +, other kinds qualified") {
  const RequirementParse parsed = parseRequirement("wait_seconds | created_at + answered_at", RecordKind::Contact);
  CHECK(parsed.error == "");
  REQUIRE(parsed.requirement.alternatives.size() == 2);
  CHECK(parsed.requirement.alternatives[0] == std::vector<FieldRef>{{RecordKind::Contact, "wait_seconds"}});
  CHECK(parsed.requirement.alternatives[1] ==
        std::vector<FieldRef>{{RecordKind::Contact, "created_at"}, {RecordKind::Contact, "answered_at"}});

  const RequirementParse qualified = parseRequirement("order.customer_id", RecordKind::Customer);
  CHECK(qualified.error == "");
  CHECK(qualified.requirement.alternatives[0] == std::vector<FieldRef>{{RecordKind::Order, "customer_id"}});
}

TEST_CASE("requirement grammar: names that are not canonical fields are errors") {
  CHECK(parseRequirement("wait_secs", RecordKind::Contact).error == "\"wait_secs\" is not a canonical field of contact");
  CHECK(parseRequirement("nps", RecordKind::Contact).error == "\"nps\" is not a canonical field of contact");
  CHECK(parseRequirement("ticket.id", RecordKind::Contact).error == "unknown record kind in \"ticket.id\"");
  CHECK(parseRequirement("created_at +", RecordKind::Contact).error == "\"\" is not a canonical field of contact");
  CHECK(parseRequirement("survey.", RecordKind::Contact).error == "\"survey.\" is not a canonical field of survey");
}

TEST_CASE("missing inputs say which field is needed, never a number") {
  const MetricDefinition& serviceLevel = *findMetric("service_level");
  const VariantDefinition& variant = defaultVariantOf(serviceLevel);

  CHECK(missingInputs(serviceLevel, variant, having({"contact.wait_seconds", "contact.abandoned"})).empty());
  CHECK(missingInputs(serviceLevel, variant, having({"contact.created_at", "contact.answered_at", "contact.outcome"}))
            .empty());

  const auto none = missingInputs(serviceLevel, variant, having({}));
  REQUIRE(none.size() == 2);
  CHECK(none[0] == "needs field wait_seconds (or created_at + answered_at)");
  CHECK(none[1] == "needs field abandoned (or outcome)");

  // One way to meet it: only the fields still missing are named.
  const MetricDefinition& fcr = *findMetric("fcr");
  const auto fcrMissing = missingInputs(fcr, defaultVariantOf(fcr), having({"contact.customer_id", "contact.status"}));
  REQUIRE(fcrMissing.size() == 2);
  CHECK(fcrMissing[0] == "needs field created_at");
  CHECK(fcrMissing[1] == "needs field topic");

  const MetricDefinition& accuracy = *findMetric("order_accuracy");
  const auto items = missingInputs(accuracy, *findVariant(accuracy, "item_level"), having({}));
  REQUIRE(items.size() == 2);
  CHECK(items[0] == "needs field items_ordered");

  // Another record kind is named with its kind.
  const MetricDefinition& retention = *findMetric("retention");
  const auto purchase = missingInputs(retention, defaultVariantOf(retention), having({"order.customer_id"}));
  REQUIRE(purchase.size() == 1);
  CHECK(purchase[0] == "needs field order.ordered_at");

  const MetricDefinition& occupancy = *findMetric("occupancy");
  const auto handle = missingInputs(occupancy, defaultVariantOf(occupancy),
                                    having({"agent_time.available_seconds", "agent_time.agent", "contact.agent"}));
  REQUIRE(handle.size() == 1);
  CHECK(handle[0] == "needs field contact.handle_seconds");

  const MetricDefinition& firstResponse = *findMetric("first_response");
  const auto response = missingInputs(firstResponse, defaultVariantOf(firstResponse), having({}));
  REQUIRE(response.size() == 1);
  CHECK(response[0] == "needs field first_response_seconds (or created_at + first_response_at, or wait_seconds, or "
                       "created_at + answered_at)");
}

}
