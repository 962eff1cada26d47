// Catalogue data, part 2: solving the customer's problem — first-contact resolution, same-day
// resolution, time to resolve, reopens, handoffs, replies, backlog and repeated questions.
// Included only by catalogue.cpp.
#pragma once
#include "core/metrics/catalogue_shared.h"

namespace carescore::catalogue_data {

// ---- fcr -----------------------------------------------------------------------------------
inline constexpr StatisticDefinition kFcrStatistics[] = {
    {"share", U::Share, D::HigherIsBetter, "share of issues resolved on the first contact"},
};
inline constexpr ParameterDefinition kFcrParameters[] = {
    {.key = "repeat_window_days", .type = P::Days, .defaultNumber = 7, .minNumber = 1, .maxNumber = 90,
     .description = "a new contact within this many days means the first one did not solve it"},
    {.key = "one_touch_max_replies", .type = P::Count, .defaultNumber = 1, .minNumber = 1, .maxNumber = 10,
     .description = "one-touch: resolved with at most this many agent replies"},
};
inline constexpr std::string_view kFcrRepeatInputs[] = {"customer_id", "created_at", "topic", kResolvedState};
inline constexpr std::string_view kFcrAnyTopicInputs[] = {"customer_id", "created_at", kResolvedState};
inline constexpr std::string_view kFcrFlagInputs[] = {"first_contact_resolved"};
inline constexpr std::string_view kFcrOneTouchInputs[] = {"agent_replies", kResolvedState};
inline constexpr std::string_view kRepeatWindow[] = {"repeat_window_days"};
inline constexpr std::string_view kOneTouchReplies[] = {"one_touch_max_replies"};
inline constexpr VariantDefinition kFcrVariants[] = {
    {"repeat_contact", "no repeat contact on the same topic",
     "resolved contacts with no further contact from the same customer_id on the same topic within "
     "repeat_window_days of created_at ÷ resolved contacts with a customer_id; contacts too recent for the "
     "window to have passed are left out",
     kFcrRepeatInputs, kRepeatWindow, "repeat-contact proxy used across the industry (7-day window); SPEC §3"},
    {"repeat_contact_any_topic", "no repeat contact at all",
     "resolved contacts with no further contact from the same customer_id, on any topic, within "
     "repeat_window_days of created_at ÷ resolved contacts with a customer_id (for exports without topics)",
     kFcrAnyTopicInputs, kRepeatWindow, "repeat-contact proxy without topics"},
    {"explicit_flag", "the tool's own flag",
     "contacts flagged first_contact_resolved ÷ contacts that carry the flag (seed 003: issues resolved on the "
     "first call ÷ all issues)",
     kFcrFlagInputs, {}, "Intercom 'Resolved on first contact'; agent-flagged or survey-confirmed FCR"},
    {"one_touch", "one-touch resolution",
     "resolved contacts with at most one_touch_max_replies agent replies ÷ resolved contacts", kFcrOneTouchInputs,
     kOneTouchReplies, "Zendesk one-touch (agent replies < 2); Gorgias (one response); Zoho Desk (one public response)"},
};
inline constexpr std::string_view kFcrSeeds[] = {"003 step 4", "004 First Call Resolution"};

// ---- same_day_resolution -------------------------------------------------------------------
inline constexpr StatisticDefinition kSameDayStatistics[] = {
    {"share", U::Share, D::HigherIsBetter, "share of issues resolved on the day they arose"},
};
inline constexpr std::string_view kSameDayInputs[] = {"created_at", "resolved_at | resolution_seconds"};
inline constexpr VariantDefinition kSameDayVariants[] = {
    {"of_created", "of every issue that arose",
     "contacts resolved on the local calendar day they were created (zone from Settings) ÷ every contact created; "
     "contacts still open count as not resolved that day",
     kSameDayInputs, {}, "seed 004's commitment read literally ('70% of the issues that arise')"},
    {"of_resolved", "of resolved issues only",
     "contacts resolved on the local calendar day they were created ÷ contacts resolved; open contacts are left "
     "out, so the share is higher than of_created when much is still open",
     kSameDayInputs, {}, "SPEC §3 wording; denominators of resolved-only reports (vendors.md §4.2)"},
    {"business_day", "within the business day",
     "contacts resolved before the end of the business day they arrived in (after closing: the next business "
     "day), per the schedule in Settings ÷ every contact created",
     kSameDayInputs, {}, "business-hours SLA clocks (Zendesk, Freshdesk)"},
};
inline constexpr std::string_view kSameDaySeeds[] = {"004 Service Level Agreement"};

// ---- resolution_time -----------------------------------------------------------------------
inline constexpr StatisticDefinition kResolutionStatistics[] = {
    {"median_seconds", U::Seconds, D::LowerIsBetter, "median time to resolve"},
    {"mean_seconds", U::Seconds, D::LowerIsBetter, "mean time to resolve"},
    {"p90_seconds", U::Seconds, D::LowerIsBetter, "90th percentile time to resolve"},
    {"share_within", U::Share, D::HigherIsBetter, "share of resolved contacts resolved within threshold_seconds"},
};
inline constexpr ParameterDefinition kResolutionParameters[] = {
    {.key = "threshold_seconds", .type = P::Seconds, .defaultNumber = 86400, .minNumber = 60, .maxNumber = 7776000,
     .description = "T for share_within: resolved within this many seconds is on time"},
};
inline constexpr std::string_view kResolutionReportedInputs[] = {"resolution_seconds | created_at + resolved_at"};
inline constexpr std::string_view kResolutionClosedInputs[] = {"created_at", "closed_at"};
inline constexpr std::string_view kResolutionTimestampInputs[] = {"created_at", "resolved_at"};
inline constexpr VariantDefinition kResolutionVariants[] = {
    {"first_resolution", "until first resolved",
     "created → first resolution: the tool's resolution_seconds when exported, else resolved_at − created_at, "
     "over resolved contacts; share_within = resolved within threshold_seconds ÷ resolved",
     kResolutionReportedInputs, kThresholdOnly,
     "Zendesk First resolution time; Intercom Time to first close; Gorgias; Plain"},
    {"full_resolution", "until finally closed",
     "created → final close: closed_at − created_at over closed contacts (a reopen moves the end); share_within "
     "= closed within threshold_seconds ÷ closed",
     kResolutionClosedInputs, kThresholdOnly, "Zendesk Full resolution time; Intercom Time to close; Bird"},
    {"business_hours", "business hours only",
     "resolved_at − created_at counting only the business hours of the schedule in Settings; share_within = "
     "resolved within threshold_seconds ÷ resolved",
     kResolutionTimestampInputs, kThresholdOnly, "Intercom and Zoho Desk office-hours variants"},
};
inline constexpr std::string_view kResolutionSeeds[] = {"002 Chức năng"};

// ---- reopen_rate ---------------------------------------------------------------------------
inline constexpr StatisticDefinition kReopenStatistics[] = {
    {"share", U::Share, D::LowerIsBetter, "share of resolved issues that were reopened"},
};
inline constexpr std::string_view kReopenInputs[] = {"reopens", kResolvedState};
inline constexpr VariantDefinition kReopenVariants[] = {
    {"reported", "reopens as exported",
     "resolved contacts reopened at least once (reopens ≥ 1) ÷ resolved contacts", kReopenInputs, {},
     "Zendesk Reopens; Intercom count_reopens; Zoho Desk reopened tickets; Freshdesk reopenedAt"},
};
inline constexpr std::string_view kReopenSeeds[] = {"000 §V.3", "001 standard 3"};

// ---- transfers_per_contact -----------------------------------------------------------------
inline constexpr StatisticDefinition kTransferStatistics[] = {
    {"mean", U::Ratio, D::LowerIsBetter, "mean transfers per contact"},
    {"share_transferred", U::Share, D::LowerIsBetter, "share of contacts transferred at least once"},
};
inline constexpr std::string_view kTransferInputs[] = {"transfers"};
inline constexpr VariantDefinition kTransferVariants[] = {
    {"reported", "transfers as exported",
     "mean transfers per contact; share_transferred = contacts with transfers ≥ 1 ÷ contacts (Zendesk stations "
     "arrive as transfers = stations − 1)",
     kTransferInputs, {}, "Zendesk group and assignee stations − 1; Intercom Number of reassignments"},
};
inline constexpr std::string_view kTransferSeeds[] = {"000 §V.5.2"};

// ---- replies_per_contact -------------------------------------------------------------------
inline constexpr StatisticDefinition kRepliesStatistics[] = {
    {"mean", U::Ratio, D::LowerIsBetter, "mean agent replies per issue"},
    {"median", U::Ratio, D::LowerIsBetter, "median agent replies per issue"},
};
inline constexpr std::string_view kRepliesResolvedInputs[] = {"agent_replies", kResolvedState};
inline constexpr std::string_view kRepliesAllInputs[] = {"agent_replies"};
inline constexpr VariantDefinition kRepliesVariants[] = {
    {"resolved_contacts", "replies it took to resolve",
     "mean (also median) agent_replies over resolved contacts; agent_replies counts public agent replies as "
     "the tool exported them (internal notes are not replies)",
     kRepliesResolvedInputs, {}, "Zendesk Replies on solved tickets; Intercom Replies to close a conversation"},
    {"all_contacts", "replies on every contact",
     "mean (also median) agent_replies over every contact, open ones included (Freshdesk also counts public "
     "notes)",
     kRepliesAllInputs, {}, "Freshdesk Agent interactions; Zoho Desk Responses"},
};
inline constexpr std::string_view kRepliesSeeds[] = {"000 §V.8.1"};

// ---- backlog_ratio -------------------------------------------------------------------------
inline constexpr StatisticDefinition kBacklogStatistics[] = {
    {"ratio", U::Ratio, D::LowerIsBetter, "open contacts at period end per contact received in the period"},
};
inline constexpr std::string_view kBacklogEndInputs[] = {"created_at", "resolved_at | closed_at"};
inline constexpr std::string_view kBacklogStatusInputs[] = {"created_at", "status"};
inline constexpr VariantDefinition kBacklogVariants[] = {
    {"open_at_period_end", "open at the end of the period",
     "contacts open at the end of the period (created before it ended, not resolved by then) ÷ contacts created "
     "in the period",
     kBacklogEndInputs, {}, "Zendesk daily backlog snapshot; Freshservice backlog"},
    {"open_by_status", "open by current status",
     "contacts whose status is still open now ÷ contacts created in the period; meaningful only for the latest "
     "period of an export",
     kBacklogStatusInputs, {}, "exports without resolution times"},
};
inline constexpr std::string_view kBacklogSeeds[] = {"000 §V.8.3"};

// ---- repeat_topics -------------------------------------------------------------------------
inline constexpr StatisticDefinition kTopicStatistics[] = {
    {"uncovered_candidates", U::Count, D::LowerIsBetter, "FAQ candidates not yet covered by the FAQ"},
    {"candidate_count", U::Count, D::Neutral, "topics that reach min_share_percent of contacts"},
    {"top_topic_share", U::Share, D::LowerIsBetter, "share of contacts on the most frequent topic"},
    {"candidates_share", U::Share, D::Neutral, "share of contacts on FAQ-candidate topics"},
};
inline constexpr ParameterDefinition kTopicParameters[] = {
    {.key = "min_share_percent", .type = P::Percent, .defaultNumber = 3, .minNumber = 0.1, .maxNumber = 50,
     .description = "a topic with at least this share of contacts belongs in the FAQ"},
    {.key = "covered_topics", .type = P::TextList,
     .description = "topics the FAQ or help centre already answers (matched after normalization)"},
};
inline constexpr std::string_view kTopicInputs[] = {"topic"};
inline constexpr std::string_view kTopicParameterKeys[] = {"min_share_percent", "covered_topics"};
inline constexpr VariantDefinition kTopicVariants[] = {
    {"normalized_topic", "topics as text/topic_normalization folds them",
     "share of contacts per topic after normalizeTopic (case, punctuation and spacing folded, numbers and ids as #, "
     "reply prefixes dropped); a topic with at least min_share_percent of contacts is an FAQ candidate; "
     "uncovered_candidates = candidates not among covered_topics, normalized the same way",
     kTopicInputs, kTopicParameterKeys,
     "Zendesk tags; Gorgias tickets per tag; Intercom AI Topic; Swifteq self-service score"},
};
inline constexpr std::string_view kTopicSeeds[] = {"000 §V.6.1", "001 standard 9", "004 Số lượng trường hợp phát sinh"};

// ---- the metrics ---------------------------------------------------------------------------
inline constexpr MetricDefinition kFcr{
    .key = "fcr", .label = "First contact resolution",
    .definition = "share of issues solved on the first contact, with no need to come back",
    .kind = RecordKind::Contact, .counts = "resolved contacts (explicit_flag: contacts carrying the flag)",
    .statistics = kFcrStatistics, .parameters = kFcrParameters, .parameterOrder = {},
    .variants = kFcrVariants, .defaultVariant = "repeat_contact", .seeds = kFcrSeeds};
inline constexpr MetricDefinition kSameDayResolution{
    .key = "same_day_resolution", .label = "Resolved within the day",
    .definition = "share of issues resolved on the day they arose",
    .kind = RecordKind::Contact, .counts = "contacts created (of_resolved: contacts resolved)",
    .statistics = kSameDayStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kSameDayVariants, .defaultVariant = "of_created", .seeds = kSameDaySeeds};
inline constexpr MetricDefinition kResolutionTime{
    .key = "resolution_time", .label = "Time to resolve",
    .definition = "time from the customer reaching out to the issue being resolved",
    .kind = RecordKind::Contact, .counts = "resolved contacts",
    .statistics = kResolutionStatistics, .parameters = kResolutionParameters, .parameterOrder = {},
    .variants = kResolutionVariants, .defaultVariant = "first_resolution", .seeds = kResolutionSeeds};
inline constexpr MetricDefinition kReopenRate{
    .key = "reopen_rate", .label = "Reopened issues",
    .definition = "share of resolved issues the customer had to reopen",
    .kind = RecordKind::Contact, .counts = "resolved contacts",
    .statistics = kReopenStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kReopenVariants, .defaultVariant = "reported", .seeds = kReopenSeeds};
inline constexpr MetricDefinition kTransfersPerContact{
    .key = "transfers_per_contact", .label = "Handoffs",
    .definition = "how often a customer is passed to another agent or team",
    .kind = RecordKind::Contact, .counts = "contacts with a transfer count",
    .statistics = kTransferStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kTransferVariants, .defaultVariant = "reported", .seeds = kTransferSeeds};
inline constexpr MetricDefinition kRepliesPerContact{
    .key = "replies_per_contact", .label = "Replies per issue",
    .definition = "how many agent replies an issue takes",
    .kind = RecordKind::Contact, .counts = "contacts with a reply count (resolved ones by default)",
    .statistics = kRepliesStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kRepliesVariants, .defaultVariant = "resolved_contacts", .seeds = kRepliesSeeds};
inline constexpr MetricDefinition kBacklogRatio{
    .key = "backlog_ratio", .label = "Backlog vs inflow",
    .definition = "unresolved contacts left at period end per contact received in the period",
    .kind = RecordKind::Contact, .counts = "contacts created in the period",
    .statistics = kBacklogStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kBacklogVariants, .defaultVariant = "open_at_period_end", .seeds = kBacklogSeeds};
inline constexpr MetricDefinition kRepeatTopics{
    .key = "repeat_topics", .label = "FAQ candidates",
    .definition = "questions asked so often that the FAQ should answer them",
    .kind = RecordKind::Contact, .counts = "contacts with a topic",
    .statistics = kTopicStatistics, .parameters = kTopicParameters, .parameterOrder = {},
    .variants = kTopicVariants, .defaultVariant = "normalized_topic", .seeds = kTopicSeeds};

} // namespace carescore::catalogue_data
