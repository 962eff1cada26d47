// Shapes that are not one vendor's export: warehouse tables that tools such as Fivetran sync
// (Zendesk, Intercom), and files that hold something else than one row per contact — aggregated
// reports, status histories, comment and message logs. Recognizing them lets CareScore say what the
// file is and why it is not mapped, instead of mapping 2,542 status changes as 2,542 tickets.
#include "core/mapping/vendor_signature.h"

namespace carescore {

namespace {

using K = RecordKind;

constexpr HeaderRule kFivetranZendeskTicket[] = {
    headerRule("id", "id", 0.5),
    headerRule("_fivetran_synced", {}, 3),
    headerRule("allow_channelback", {}, 3),
    headerRule("assignee_id", "agent", 2).meaning("the assignee's user id"),
    headerRule("brand_id", {}, 2),
    headerRule("created_at", "created_at", 0.5),
    headerRule("description", {}, 0.5),
    headerRule("due_at", "promised_at", 1),
    headerRule("external_id", {}, 1),
    headerRule("forum_topic_id", {}, 3),
    headerRule("group_id", "team", 1).meaning("the group's id"),
    headerRule("has_incidents", {}, 3),
    headerRule("is_public", {}, 2),
    headerRule("organization_id", {}, 2),
    headerRule("priority", "priority", 0.5),
    headerRule("problem_id", {}, 3),
    headerRule("recipient", {}, 1),
    headerRule("requester_id", "customer_id", 2),
    headerRule("status", "status", 0.5),
    headerRule("subject", "topic", 0.5),
    headerRule("submitter_id", {}, 2),
    headerRule("system_client", {}, 3),
    headerRule("ticket_form_id", {}, 3),
    headerRule("type", {}, 0.5),
    headerRule("updated_at", {}, 0.5),
    headerRule("url", {}, 1),
    headerRule("via_channel", "channel", 3).valuesFrom("channel"),
    headerRule("via_source_*", {}, 1),
    headerRule("merged_ticket_ids", {}, 3),
    headerRule("followup_ids", {}, 3),
    headerRule("via_followup_source_id", {}, 3),
};

constexpr HeaderRule kFivetranZendeskOther[] = {
    headerRule("_fivetran_synced", {}, 3),
    headerRule("field_name", {}, 3),
    headerRule("ticket_id", {}, 1),
    headerRule("updated", {}, 1),
    headerRule("user_id", {}, 1),
    headerRule("value", {}, 1),
    headerRule("body", {}, 1),
    headerRule("created", {}, 1),
    headerRule("facebook_comment", {}, 3),
    headerRule("public", {}, 1),
    headerRule("tweet", {}, 3),
    headerRule("voice_comment", {}, 3),
    headerRule("authenticity_token", {}, 3),
    headerRule("chat_only", {}, 3),
    headerRule("restricted_agent", {}, 3),
    headerRule("role", {}, 1),
    headerRule("shared_agent", {}, 3),
    headerRule("two_factor_auth_enabled", {}, 3),
    headerRule("ticket_restriction", {}, 3),
    headerRule("only_private_comments", {}, 3),
};

// Zendesk users and organizations (API objects; the coding-challenge sample, data §2.4): tickets
// name them by id, so they explain assignee_id and organization_id but are not contacts.
constexpr HeaderRule kZendeskUsers[] = {
    headerRule("_id", {}, 0.5),
    headerRule("id", {}, 0.5),
    headerRule("url", {}, 0.5),
    headerRule("external_id", {}, 0.5),
    headerRule("name", {}, 0.5),
    headerRule("alias", {}, 3),
    headerRule("created_at", {}, 0.3),
    headerRule("active", {}, 1),
    headerRule("verified", {}, 2),
    headerRule("shared", {}, 2),
    headerRule("locale", {}, 1),
    headerRule("timezone", {}, 1),
    headerRule("last_login_at", {}, 3),
    headerRule("email", {}, 0.5),
    headerRule("phone", {}, 0.5),
    headerRule("signature", {}, 3),
    headerRule("organization_id", {}, 1),
    headerRule("tags", {}, 0.3),
    headerRule("suspended", {}, 3),
    headerRule("role", {}, 2),
    headerRule("domain_names", {}, 3),
    headerRule("details", {}, 1),
    headerRule("shared_tickets", {}, 3),
    headerRule("shared_comments", {}, 3),
};

constexpr HeaderRule kFivetranIntercomConversation[] = {
    headerRule("id", "id", 0.5),
    headerRule("updated_at", {}, 0.5),
    headerRule("_fivetran_synced", {}, 3),
    headerRule("assignee_id", "agent", 2).meaning("the assigned admin's id"),
    headerRule("assignee_type", {}, 3),
    headerRule("conversation_rating_created_at", "survey.submitted_at", 3),
    headerRule("conversation_rating_remark", "survey.comment", 3),
    headerRule("conversation_rating_value", "survey.csat", 3).meaning("the customer's rating, 1–5"),
    headerRule("created_at", "created_at", 0.5),
    headerRule("first_contact_reply_created_at", {}, 3).meaning("the customer's first message (not an agent reply)"),
    headerRule("first_contact_reply_type", {}, 3),
    headerRule("priority", "priority", 0.5),
    headerRule("read", {}, 1),
    headerRule("sla_name", {}, 3),
    headerRule("sla_status", {}, 3),
    headerRule("snoozed_until", {}, 3),
    headerRule("source_author_id", "customer_id", 3),
    headerRule("source_author_type", {}, 3),
    headerRule("source_delivered_as", {}, 3),
    headerRule("source_id", {}, 2),
    headerRule("source_type", "channel", 3).valuesFrom("channel").meaning("conversation, email, push …"),
    headerRule("state", "status", 1),
    headerRule("waiting_since", {}, 3),
    headerRule("first_contact_reply_url", {}, 3),
    headerRule("source_body", {}, 2),
    headerRule("source_subject", "topic", 2),
    headerRule("source_url", {}, 2),
    headerRule("_fivetran_start", {}, 3),
    headerRule("_fivetran_end", {}, 3),
    headerRule("_fivetran_active", {}, 3).excluding("false").meaning("only the active version of each conversation counts"),
};

constexpr HeaderRule kFivetranIntercomParts[] = {
    headerRule("_fivetran_synced", {}, 3),
    headerRule("assigned_to_id", {}, 3),
    headerRule("assigned_to_type", {}, 3),
    headerRule("author_id", {}, 1),
    headerRule("author_type", {}, 2),
    headerRule("conversation_id", {}, 1),
    headerRule("conversation_updated_at", {}, 3),
    headerRule("notified_at", {}, 3),
    headerRule("part_type", {}, 3),
    headerRule("body", {}, 0.5),
    headerRule("_fivetran_start", {}, 3),
    headerRule("_fivetran_end", {}, 3),
    headerRule("_fivetran_active", {}, 3),
};

constexpr HeaderRule kAggregatedCalls[] = {
    headerRule("Incoming Calls", {}, 3), headerRule("Answered Calls", {}, 3), headerRule("Abandoned Calls", {}, 3),
    headerRule("Answer Rate", {}, 3), headerRule("Abandon Rate", {}, 3), headerRule("Answer Speed (AVG)", {}, 3),
    headerRule("Talk Duration (AVG)", {}, 3), headerRule("Waiting Time (AVG)", {}, 3), headerRule("Service Level*", {}, 3),
    headerRule("Calls Offered", {}, 3), headerRule("Calls Answered", {}, 3), headerRule("Calls Not Answered", {}, 3),
    headerRule("Offered", {}, 2), headerRule("Not Answered", {}, 2), headerRule("Answered", {}, 0.5), headerRule("Transfers", {}, 0.5),
    headerRule("Total Duration", {}, 1), headerRule("Sentiment", {}, 0.5), headerRule("calls_count", {}, 3),
    headerRule("total_call_duration", {}, 3), headerRule("call_duration", {}, 1), headerRule("is_missed_call", {}, 2),
    headerRule("internal", {}, 1), headerRule("operator_id", {}, 1), headerRule("user_id", {}, 0.5), headerRule("direction", {}, 0.5),
    headerRule("date", {}, 0.5), headerRule("Sales Rep", {}, 1), headerRule("AgentID", {}, 1),
};

constexpr HeaderRule kStatusHistory[] = {
    headerRule("Status No.", {}, 3), headerRule("Status Name", {}, 3), headerRule("Old Status", {}, 3), headerRule("New Status", {}, 3),
    headerRule("Previous Status", {}, 3), headerRule("Changed At", {}, 2), headerRule("Timestamp", {}, 0.5), headerRule("Ticket", {}, 0.5),
    headerRule("Severity", {}, 0.5), headerRule("Assigned To", {}, 0.5),
};

constexpr HeaderRule kTweets[] = {
    headerRule("tweet_id", {}, 3), headerRule("author_id", {}, 2), headerRule("inbound", {}, 3), headerRule("created_at", {}, 0.5),
    headerRule("text", {}, 0.5), headerRule("response_tweet_id", {}, 3), headerRule("in_response_to_tweet_id", {}, 3),
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
