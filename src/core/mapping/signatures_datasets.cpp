// Shapes that are not one vendor's export: warehouse tables that tools such as Fivetran sync
// (Zendesk, Intercom), and files that hold something else than one row per contact — aggregated
// reports, status histories, comment and message logs. Recognizing them lets CareScore say what the
// file is and why it is not mapped, instead of mapping 2,542 status changes as 2,542 tickets.
#include "core/mapping/vendor_signature.h"

namespace carescore {

namespace {

using K = RecordKind;

constexpr HeaderRule kFivetranZendeskTicket[] = {
    rule("id", "id", 0.5),
    rule("_fivetran_synced", {}, 3),
    rule("allow_channelback", {}, 3),
    rule("assignee_id", "agent", 2).meaning("the assignee's user id"),
    rule("brand_id", {}, 2),
    rule("created_at", "created_at", 0.5),
    rule("description", {}, 0.5),
    rule("due_at", "promised_at", 1),
    rule("external_id", {}, 1),
    rule("forum_topic_id", {}, 3),
    rule("group_id", "team", 1).meaning("the group's id"),
    rule("has_incidents", {}, 3),
    rule("is_public", {}, 2),
    rule("organization_id", {}, 2),
    rule("priority", "priority", 0.5),
    rule("problem_id", {}, 3),
    rule("recipient", {}, 1),
    rule("requester_id", "customer_id", 2),
    rule("status", "status", 0.5),
    rule("subject", "topic", 0.5),
    rule("submitter_id", {}, 2),
    rule("system_client", {}, 3),
    rule("ticket_form_id", {}, 3),
    rule("type", {}, 0.5),
    rule("updated_at", {}, 0.5),
    rule("url", {}, 1),
    rule("via_channel", "channel", 3).valuesFrom("channel"),
    rule("via_source_*", {}, 1),
    rule("merged_ticket_ids", {}, 3),
    rule("followup_ids", {}, 3),
    rule("via_followup_source_id", {}, 3),
};

constexpr HeaderRule kFivetranZendeskOther[] = {
    rule("_fivetran_synced", {}, 3),
    rule("field_name", {}, 3),
    rule("ticket_id", {}, 1),
    rule("updated", {}, 1),
    rule("user_id", {}, 1),
    rule("value", {}, 1),
    rule("body", {}, 1),
    rule("created", {}, 1),
    rule("facebook_comment", {}, 3),
    rule("public", {}, 1),
    rule("tweet", {}, 3),
    rule("voice_comment", {}, 3),
    rule("authenticity_token", {}, 3),
    rule("chat_only", {}, 3),
    rule("restricted_agent", {}, 3),
    rule("role", {}, 1),
    rule("shared_agent", {}, 3),
    rule("two_factor_auth_enabled", {}, 3),
    rule("ticket_restriction", {}, 3),
    rule("only_private_comments", {}, 3),
};

// Zendesk users and organizations (API objects; the coding-challenge sample, data §2.4): tickets
// name them by id, so they explain assignee_id and organization_id but are not contacts.
constexpr HeaderRule kZendeskUsers[] = {
    rule("_id", {}, 0.5),
    rule("id", {}, 0.5),
    rule("url", {}, 0.5),
    rule("external_id", {}, 0.5),
    rule("name", {}, 0.5),
    rule("alias", {}, 3),
    rule("created_at", {}, 0.3),
    rule("active", {}, 1),
    rule("verified", {}, 2),
    rule("shared", {}, 2),
    rule("locale", {}, 1),
    rule("timezone", {}, 1),
    rule("last_login_at", {}, 3),
    rule("email", {}, 0.5),
    rule("phone", {}, 0.5),
    rule("signature", {}, 3),
    rule("organization_id", {}, 1),
    rule("tags", {}, 0.3),
    rule("suspended", {}, 3),
    rule("role", {}, 2),
    rule("domain_names", {}, 3),
    rule("details", {}, 1),
    rule("shared_tickets", {}, 3),
    rule("shared_comments", {}, 3),
};

constexpr HeaderRule kFivetranIntercomConversation[] = {
    rule("id", "id", 0.5),
    rule("updated_at", {}, 0.5),
    rule("_fivetran_synced", {}, 3),
    rule("assignee_id", "agent", 2).meaning("the assigned admin's id"),
    rule("assignee_type", {}, 3),
    rule("conversation_rating_created_at", "survey.submitted_at", 3),
    rule("conversation_rating_remark", "survey.comment", 3),
    rule("conversation_rating_value", "survey.csat", 3).meaning("the customer's rating, 1–5"),
    rule("created_at", "created_at", 0.5),
    rule("first_contact_reply_created_at", {}, 3).meaning("the customer's first message (not an agent reply)"),
    rule("first_contact_reply_type", {}, 3),
    rule("priority", "priority", 0.5),
    rule("read", {}, 1),
    rule("sla_name", {}, 3),
    rule("sla_status", {}, 3),
    rule("snoozed_until", {}, 3),
    rule("source_author_id", "customer_id", 3),
    rule("source_author_type", {}, 3),
    rule("source_delivered_as", {}, 3),
    rule("source_id", {}, 2),
    rule("source_type", "channel", 3).valuesFrom("channel").meaning("conversation, email, push …"),
    rule("state", "status", 1),
    rule("waiting_since", {}, 3),
    rule("first_contact_reply_url", {}, 3),
    rule("source_body", {}, 2),
    rule("source_subject", "topic", 2),
    rule("source_url", {}, 2),
    rule("_fivetran_start", {}, 3),
    rule("_fivetran_end", {}, 3),
    rule("_fivetran_active", {}, 3).excluding("false").meaning("only the active version of each conversation counts"),
};

constexpr HeaderRule kFivetranIntercomParts[] = {
    rule("_fivetran_synced", {}, 3),
    rule("assigned_to_id", {}, 3),
    rule("assigned_to_type", {}, 3),
    rule("author_id", {}, 1),
    rule("author_type", {}, 2),
    rule("conversation_id", {}, 1),
    rule("conversation_updated_at", {}, 3),
    rule("notified_at", {}, 3),
    rule("part_type", {}, 3),
    rule("body", {}, 0.5),
    rule("_fivetran_start", {}, 3),
    rule("_fivetran_end", {}, 3),
    rule("_fivetran_active", {}, 3),
};

constexpr HeaderRule kAggregatedCalls[] = {
    rule("Incoming Calls", {}, 3), rule("Answered Calls", {}, 3), rule("Abandoned Calls", {}, 3),
    rule("Answer Rate", {}, 3), rule("Abandon Rate", {}, 3), rule("Answer Speed (AVG)", {}, 3),
    rule("Talk Duration (AVG)", {}, 3), rule("Waiting Time (AVG)", {}, 3), rule("Service Level*", {}, 3),
    rule("Calls Offered", {}, 3), rule("Calls Answered", {}, 3), rule("Calls Not Answered", {}, 3),
    rule("Offered", {}, 2), rule("Not Answered", {}, 2), rule("Answered", {}, 0.5), rule("Transfers", {}, 0.5),
    rule("Total Duration", {}, 1), rule("Sentiment", {}, 0.5), rule("calls_count", {}, 3),
    rule("total_call_duration", {}, 3), rule("call_duration", {}, 1), rule("is_missed_call", {}, 2),
    rule("internal", {}, 1), rule("operator_id", {}, 1), rule("user_id", {}, 0.5), rule("direction", {}, 0.5),
    rule("date", {}, 0.5), rule("Sales Rep", {}, 1), rule("AgentID", {}, 1),
};

constexpr HeaderRule kStatusHistory[] = {
    rule("Status No.", {}, 3), rule("Status Name", {}, 3), rule("Old Status", {}, 3), rule("New Status", {}, 3),
    rule("Previous Status", {}, 3), rule("Changed At", {}, 2), rule("Timestamp", {}, 0.5), rule("Ticket", {}, 0.5),
    rule("Severity", {}, 0.5), rule("Assigned To", {}, 0.5),
};

constexpr HeaderRule kTweets[] = {
    rule("tweet_id", {}, 3), rule("author_id", {}, 2), rule("inbound", {}, 3), rule("created_at", {}, 0.5),
    rule("text", {}, 0.5), rule("response_tweet_id", {}, 3), rule("in_response_to_tweet_id", {}, 3),
};

constexpr VendorSignature kDatasets[] = {
    {.key = "fivetran_zendesk_ticket", .vendor = "Zendesk via Fivetran", .product = "ticket table", .kind = K::Contact,
     .rules = kFivetranZendeskTicket, .zone = ZoneConvention::Utc,
     .zoneNote = "Fivetran stores Zendesk times in UTC", .source = "data §2.5"},
    {.key = "fivetran_zendesk_history", .vendor = "Zendesk via Fivetran",
     .product = "field history, comments or users", .kind = std::nullopt, .rules = kFivetranZendeskOther,
     .note = "one row per field change, comment or user, not per ticket: CareScore maps the ticket table",
     .source = "data §2.5"},
    {.key = "zendesk_people", .vendor = "Zendesk", .product = "users or organizations (API / JSON)",
     .kind = std::nullopt, .rules = kZendeskUsers,
     .note = "agents, requesters and organizations: tickets refer to them by id; CareScore does not join them yet",
     .format = FormatHint::Json, .minEvidence = 6, .source = "data §2.4"},
    {.key = "fivetran_intercom_conversation", .vendor = "Intercom via Fivetran", .product = "conversation history table",
     .kind = K::Contact, .rules = kFivetranIntercomConversation,
     .note = "several versions per conversation: only rows with _fivetran_active = true are kept",
     .zone = ZoneConvention::Utc, .zoneNote = "Fivetran stores Intercom times in UTC", .source = "data §3.2"},
    {.key = "fivetran_intercom_parts", .vendor = "Intercom via Fivetran", .product = "conversation parts",
     .kind = std::nullopt, .rules = kFivetranIntercomParts,
     .note = "one row per message or event of a conversation, not per conversation", .source = "data §3.2"},
    {.key = "aggregated_calls", .vendor = "Aggregated report", .product = "call totals per agent, day or month",
     .kind = std::nullopt, .rules = kAggregatedCalls,
     .note = "each row sums many calls (counts, averages, rates); the standards need one row per call, so this "
             "file is not mapped", .minEvidence = 6, .source = "data §1.5, §1.6, §1.8"},
    {.key = "status_history", .vendor = "Status history", .product = "one row per status change",
     .kind = std::nullopt, .rules = kStatusHistory,
     .note = "one row per status change, not per ticket: CareScore does not rebuild tickets from histories yet",
     .minEvidence = 5, .source = "data §2.6"},
    {.key = "twitter_support", .vendor = "Twitter customer support", .product = "tweets (Kaggle twcs)",
     .kind = std::nullopt, .rules = kTweets,
     .note = "one row per tweet: conversations would need threading replies, which CareScore does not do yet",
     .source = "data §3.1"},
};

} // namespace

std::span<const VendorSignature> datasetSignatures() { return kDatasets; }

} // namespace carescore
