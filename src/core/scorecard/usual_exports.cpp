// The field → usual export table.
#include "core/scorecard/usual_exports.h"

#include <algorithm>

#include "core/metrics/field_access.h"
#include "core/metrics/requirements.h"

namespace carescore {

namespace {

constexpr UsualExport kUsualExports[] = {
    {RecordKind::Contact, "wait_seconds", "the phone system's call log (queue wait per call)"},
    {RecordKind::Contact, "answered_at", "the phone system's call log or the chat export"},
    {RecordKind::Contact, "abandoned", "the phone system's call log (abandoned calls)"},
    {RecordKind::Contact, "outcome", "the phone system's call log (answered / abandoned)"},
    {RecordKind::Contact, "first_response_at", "the helpdesk ticket export or the chat export"},
    {RecordKind::Contact, "first_response_seconds", "the helpdesk ticket export or the chat export"},
    {RecordKind::Contact, "resolved_at", "the helpdesk ticket export (resolution time)"},
    {RecordKind::Contact, "reopens", "the helpdesk ticket export (reopens)"},
    {RecordKind::Contact, "transfers", "the helpdesk or call log export (transfers)"},
    {RecordKind::Contact, "handle_seconds", "the call log or chat export (talk / handle time)"},
    {RecordKind::Contact, "agent_replies", "the helpdesk ticket export (agent replies)"},
    {RecordKind::Contact, "steps_before_contact", "web analytics (steps before contacting support)"},
    {RecordKind::Contact, "customer_id", "a helpdesk export with requester / customer ids"},
    {RecordKind::Contact, {}, "a helpdesk, call log or chat export"},
    {RecordKind::Survey, "nps", "a survey export with the 0–10 recommend question"},
    {RecordKind::Survey, "csat", "a survey export with a 1–5 satisfaction question"},
    {RecordKind::Survey, "ces", "a survey export with a customer-effort question"},
    {RecordKind::Survey, {}, "a survey export (Google Forms, Typeform, SurveyMonkey, …)"},
    {RecordKind::Order, "delivered_at", "the shop's order export with delivery dates"},
    {RecordKind::Order, {}, "the shop's order export"},
    {RecordKind::Customer, "referrals", "the customer list (CRM) with referrals"},
    {RecordKind::Customer, "churned", "the customer list (CRM) with a churned flag"},
    {RecordKind::Customer, {}, "the customer list (CRM)"},
    {RecordKind::AgentTime, {}, "the agents' logged-in time report (phone or chat system)"},
};

} // namespace

std::span<const UsualExport> usualExports() { return kUsualExports; }

std::string_view usualExportOf(RecordKind kind, std::string_view field) {
  std::string_view fallback = kUsualExportFallback;
  for (const UsualExport& entry : kUsualExports) {
    if (entry.kind != kind) continue;
    if (entry.field == field) return entry.text;
    if (entry.field.empty()) fallback = entry.text;
  }
  return fallback;
}

std::vector<std::string> usualExportsFor(const Dataset& data, RecordKind kind, std::span<const std::string_view> inputs) {
  std::vector<std::string> exports;
  for (std::string_view text : inputs) {
    const RequirementParse parsed = parseRequirement(text, kind);
    if (!parsed.error.empty() || parsed.requirement.alternatives.empty()) continue;
    const auto& alternatives = parsed.requirement.alternatives;
    const bool met = std::any_of(alternatives.begin(), alternatives.end(), [&](const std::vector<FieldRef>& fields) {
      return std::all_of(fields.begin(), fields.end(),
                         [&](const FieldRef& ref) { return hasField(data, ref.kind, ref.field); });
    });
    if (met) continue;
    for (const FieldRef& ref : alternatives.front()) {
      if (hasField(data, ref.kind, ref.field)) continue;
      std::string usual(usualExportOf(ref.kind, ref.field));
      if (std::find(exports.begin(), exports.end(), usual) == exports.end()) exports.push_back(std::move(usual));
    }
  }
  return exports;
}

} // namespace carescore
