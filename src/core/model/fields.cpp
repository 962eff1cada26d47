#include "core/model/fields.h"

#include <algorithm>
#include <array>

namespace carescore {

namespace {

using K = RecordKind;
using T = FieldType;

// Grouped by kind: fieldsOf() returns a contiguous slice.
constexpr FieldDefinition kFields[] = {
  // Contact: one customer request handled by the team (ticket, conversation, call, chat, e-mail).
  {K::Contact, "id", T::Id, "ticket, conversation or call identifier"},
  {K::Contact, "source", T::Category, "the file or tool the contact came from"},
  {K::Contact, "channel", T::Category, "phone, chat, email, web, social, …"},
  {K::Contact, "direction", T::Category, "inbound or outbound (calls)"},
  {K::Contact, "created_at", T::Timestamp, "when the customer reached out"},
  {K::Contact, "first_response_at", T::Timestamp, "first reply by an agent"},
  {K::Contact, "first_response_seconds", T::Seconds, "time to first reply, as the tool computed it (calendar time)"},
  {K::Contact, "first_response_business_seconds", T::Seconds, "time to first reply within business hours, as the tool computed it"},
  {K::Contact, "answered_at", T::Timestamp, "when an agent answered the call or chat"},
  {K::Contact, "wait_seconds", T::Seconds, "time in queue until answered or abandoned"},
  {K::Contact, "outcome", T::Category, "answered, abandoned, short_abandoned, ivr_abandoned, voicemail, out_of_hours, missed"},
  {K::Contact, "abandoned", T::Flag, "the customer left the queue before an answer"},
  {K::Contact, "resolved_at", T::Timestamp, "when the issue was resolved"},
  {K::Contact, "resolution_seconds", T::Seconds, "time to resolve, as the tool computed it (calendar time)"},
  {K::Contact, "resolution_business_seconds", T::Seconds, "time to resolve within business hours, as the tool computed it"},
  {K::Contact, "closed_at", T::Timestamp, "when the contact was closed"},
  {K::Contact, "status", T::Category, "open, pending, resolved, closed, …"},
  {K::Contact, "agent", T::Category, "who handled it"},
  {K::Contact, "team", T::Category, "group or department"},
  {K::Contact, "priority", T::Category, "priority or severity"},
  {K::Contact, "topic", T::Text, "category, tag, subject or question"},
  {K::Contact, "customer_id", T::Id, "who contacted us"},
  {K::Contact, "handle_seconds", T::Seconds, "talk + hold + after-contact work"},
  {K::Contact, "agent_replies", T::Count, "public replies by agents"},
  {K::Contact, "transfers", T::Count, "reassignments and handoffs"},
  {K::Contact, "reopens", T::Count, "times reopened after resolution"},
  {K::Contact, "first_contact_resolved", T::Flag, "resolved on first contact, as the tool flagged it"},
  {K::Contact, "sla_breached", T::Flag, "SLA breached, as the tool flagged it"},
  {K::Contact, "promised_at", T::Timestamp, "due date promised to the customer"},
  {K::Contact, "steps_before_contact", T::Count, "clicks or steps before reaching us (web analytics)"},
  {K::Contact, "source_row", T::Count, "the row of the source file (1-based), for drill-down"},

  // Survey response.
  {K::Survey, "id", T::Id, "response identifier"},
  {K::Survey, "source", T::Category, "the file or tool the response came from"},
  {K::Survey, "submitted_at", T::Timestamp, "when the answer was given"},
  {K::Survey, "customer_id", T::Id, "who answered"},
  {K::Survey, "contact_id", T::Id, "the contact the survey was about"},
  {K::Survey, "linked_contact_id", T::Id, "the contact CareScore linked the response to (by contact id, or the customer's latest contact)"},
  {K::Survey, "link_method", T::Category, "how it was linked: contact_id, customer, or none"},
  {K::Survey, "agent", T::Category, "the agent rated"},
  {K::Survey, "channel", T::Category, "channel of the rated contact"},
  {K::Survey, "nps", T::Score, "likelihood to recommend, 0–10"},
  {K::Survey, "csat", T::Score, "satisfaction, 1–5 (labelled scales mapped)"},
  {K::Survey, "ces", T::Score, "customer effort, on the profile's scale"},
  {K::Survey, "servqual_expected_reliability", T::Score, "SERVQUAL expectation: reliability"},
  {K::Survey, "servqual_perceived_reliability", T::Score, "SERVQUAL perception: reliability"},
  {K::Survey, "servqual_expected_assurance", T::Score, "SERVQUAL expectation: assurance"},
  {K::Survey, "servqual_perceived_assurance", T::Score, "SERVQUAL perception: assurance"},
  {K::Survey, "servqual_expected_tangibles", T::Score, "SERVQUAL expectation: tangibles"},
  {K::Survey, "servqual_perceived_tangibles", T::Score, "SERVQUAL perception: tangibles"},
  {K::Survey, "servqual_expected_empathy", T::Score, "SERVQUAL expectation: empathy"},
  {K::Survey, "servqual_perceived_empathy", T::Score, "SERVQUAL perception: empathy"},
  {K::Survey, "servqual_expected_responsiveness", T::Score, "SERVQUAL expectation: responsiveness"},
  {K::Survey, "servqual_perceived_responsiveness", T::Score, "SERVQUAL perception: responsiveness"},
  {K::Survey, "comment", T::Text, "free-text comment"},
  {K::Survey, "source_row", T::Count, "the row of the source file (1-based), for drill-down"},

  // Order, and service appointment (promised_at is the appointment, delivered_at when it happened).
  {K::Order, "id", T::Id, "order or appointment identifier"},
  {K::Order, "source", T::Category, "the file or tool the order came from"},
  {K::Order, "order_type", T::Category, "order or appointment"},
  {K::Order, "ordered_at", T::Timestamp, "when it was ordered or booked"},
  {K::Order, "promised_at", T::Timestamp, "promised delivery or appointment time"},
  {K::Order, "promised_days", T::Count, "promised delivery time in days"},
  {K::Order, "delivered_at", T::Timestamp, "when it was delivered or the visit happened"},
  {K::Order, "items_ordered", T::Count, "items ordered"},
  {K::Order, "items_delivered", T::Count, "items delivered correctly"},
  {K::Order, "accurate", T::Flag, "delivered complete and correct"},
  {K::Order, "customer_id", T::Id, "who ordered"},
  {K::Order, "source_row", T::Count, "the row of the source file (1-based), for drill-down"},

  // Customer.
  {K::Customer, "customer_id", T::Id, "customer identifier"},
  {K::Customer, "source", T::Category, "the file or tool the customer came from"},
  {K::Customer, "segment", T::Category, "any grouping: age band, income band, region, tier"},
  {K::Customer, "first_seen", T::Timestamp, "first purchase or contact"},
  {K::Customer, "last_seen", T::Timestamp, "latest purchase or contact"},
  {K::Customer, "orders", T::Count, "number of orders"},
  {K::Customer, "referrals", T::Count, "customers this one referred"},
  {K::Customer, "churned", T::Flag, "the customer left"},
  {K::Customer, "source_row", T::Count, "the row of the source file (1-based), for drill-down"},

  // Agent time: feeds occupancy.
  {K::AgentTime, "agent", T::Category, "agent"},
  {K::AgentTime, "source", T::Category, "the file or tool the row came from"},
  {K::AgentTime, "date", T::Timestamp, "day (or start of the interval)"},
  {K::AgentTime, "available_seconds", T::Seconds, "logged in: ready or busy"},
  {K::AgentTime, "handle_seconds", T::Seconds, "handling contacts, when not derived from contacts"},
  {K::AgentTime, "source_row", T::Count, "the row of the source file (1-based), for drill-down"},
};

} // namespace

std::string_view nameOf(RecordKind kind) {
  switch (kind) {
    case RecordKind::Contact: return "contact";
    case RecordKind::Survey: return "survey";
    case RecordKind::Order: return "order";
    case RecordKind::Customer: return "customer";
    case RecordKind::AgentTime: return "agent_time";
  }
  return "unknown";
}

std::optional<RecordKind> recordKindFromName(std::string_view text) {
  for (RecordKind kind : kRecordKinds)
    if (nameOf(kind) == text) return kind;
  return std::nullopt;
}

ValueType columnTypeOf(FieldType type) {
  switch (type) {
    case FieldType::Id: return ValueType::Text;
    case FieldType::Category: return ValueType::Category;
    case FieldType::Text: return ValueType::Text;
    case FieldType::Timestamp: return ValueType::Timestamp;
    case FieldType::Seconds: return ValueType::Duration;
    case FieldType::Count: return ValueType::Integer;
    case FieldType::Score: return ValueType::Decimal;
    case FieldType::Flag: return ValueType::Boolean;
  }
  return ValueType::Empty;
}

std::span<const FieldDefinition> fieldCatalogue() { return kFields; }

std::span<const FieldDefinition> fieldsOf(RecordKind kind) {
  const auto* first = std::find_if(std::begin(kFields), std::end(kFields), [kind](const FieldDefinition& f) { return f.kind == kind; });
  const auto* last = std::find_if(first, std::end(kFields), [kind](const FieldDefinition& f) { return f.kind != kind; });
  return {first, last};
}

const FieldDefinition* findField(RecordKind kind, std::string_view key) {
  for (const FieldDefinition& field : fieldsOf(kind))
    if (field.key == key) return &field;
  return nullptr;
}

} // namespace carescore
