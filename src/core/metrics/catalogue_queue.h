// Catalogue data, part 1: reaching the team — queues, answers, first responses, availability and
// volume. Included only by catalogue.cpp; the public view is metricCatalogue().
#pragma once
#include "core/metrics/catalogue_shared.h"

namespace carescore::catalogue_data {

// A short abandon: the customer hung up or left before this many seconds — a misdial or an
// instant change of mind, not a customer the team failed (Talkdesk, Genesys, Google CCAI).
inline constexpr ParameterDefinition kShortAbandon{
    .key = "short_abandon_seconds", .type = P::Seconds, .defaultNumber = 5, .minNumber = 0, .maxNumber = 120,
    .description = "abandons before this many seconds are short abandons (misdials), left out"};

// ---- service_level -------------------------------------------------------------------------
inline constexpr StatisticDefinition kServiceLevelStatistics[] = {
    {"share_within", U::Share, D::HigherIsBetter, "share of contacts answered within threshold_seconds"},
};
inline constexpr ParameterDefinition kServiceLevelParameters[] = {
    {.key = "threshold_seconds", .type = P::Seconds, .defaultNumber = 120, .minNumber = 1, .maxNumber = 3600,
     .description = "T: answered within this many seconds counts as on time"},
    kShortAbandon,
};
inline constexpr std::string_view kQueueWait = "wait_seconds | created_at + answered_at";
inline constexpr std::string_view kQueueOutcome = "abandoned | outcome";
inline constexpr std::string_view kServiceLevelInputs[] = {kQueueWait, kQueueOutcome};
inline constexpr std::string_view kThresholdAndShortAbandon[] = {"threshold_seconds", "short_abandon_seconds"};
inline constexpr VariantDefinition kServiceLevelVariants[] = {
    {"answered_and_late_abandons", "answered + abandons after the short-abandon time",
     "answered within threshold_seconds ÷ (answered + abandoned after short_abandon_seconds); short abandons "
     "(wait below short_abandon_seconds, or outcome short_abandoned) are left out entirely; an abandon whose wait "
     "is unknown counts as a late one",
     kServiceLevelInputs, kThresholdAndShortAbandon,
     "Genesys Cloud with short abandons excluded; Talkdesk Live; Lifesize (abandons ≤ 20 s excluded)"},
    {"answered_and_all_abandons", "answered + every abandon",
     "answered within threshold_seconds ÷ (answered + every abandoned contact, short ones included)",
     kServiceLevelInputs, kThresholdOnly,
     "Genesys Cloud with Include Short Abandons; Lifesize 'count abandons against SLA'"},
    {"answered_only", "answered contacts only",
     "answered within threshold_seconds ÷ answered; abandoned contacts are left out", kServiceLevelInputs,
     kThresholdOnly, "Aircall Analytics Overview and Analytics+; Lifesize 'exclude abandons'"},
    {"all_offered", "every offered contact",
     "answered within threshold_seconds ÷ every offered contact (answered, abandoned, missed, voicemail, out of hours)",
     kServiceLevelInputs, kThresholdOnly, "Aircall Analytics Inbound (inbound received)"},
    {"waited_within", "nobody waited longer than T",
     "(answered within threshold_seconds + abandoned within threshold_seconds) ÷ (answered + abandoned): the "
     "share of customers who waited no longer than threshold_seconds, however the contact ended",
     kServiceLevelInputs, kThresholdOnly,
     "none by default; the literal reading of a promise such as seed 004's 'no call waits over 1 minute'"},
};
inline constexpr std::string_view kServiceLevelSeeds[] = {"000 §IV example 2", "004 Service Level Agreement"};

// ---- asa -----------------------------------------------------------------------------------
inline constexpr StatisticDefinition kAsaStatistics[] = {
    {"mean_seconds", U::Seconds, D::LowerIsBetter, "mean wait of answered contacts"},
    {"median_seconds", U::Seconds, D::LowerIsBetter, "median wait of answered contacts"},
    {"p90_seconds", U::Seconds, D::LowerIsBetter, "90th percentile wait of answered contacts"},
};
inline constexpr std::string_view kAsaInputs[] = {kQueueWait, "answered_at | abandoned | outcome"};
inline constexpr VariantDefinition kAsaVariants[] = {
    {"answered", "answered contacts",
     "mean (also median and p90) of the wait until an agent answered (wait_seconds, else answered_at − "
     "created_at) over answered contacts; abandoned contacts are left out",
     kAsaInputs, {}, "Genesys Cloud ASA (arrival to delivery); Xima speed of answer"},
};
inline constexpr std::string_view kAsaSeeds[] = {"004 Customer waiting time"};

// ---- first_response ------------------------------------------------------------------------
inline constexpr StatisticDefinition kFirstResponseStatistics[] = {
    {"median_seconds", U::Seconds, D::LowerIsBetter, "median time to the first agent response"},
    {"mean_seconds", U::Seconds, D::LowerIsBetter, "mean time to the first agent response"},
    {"p90_seconds", U::Seconds, D::LowerIsBetter, "90th percentile time to the first agent response"},
    {"share_within", U::Share, D::HigherIsBetter, "share of responded contacts answered within threshold_seconds"},
};
inline constexpr ParameterDefinition kFirstResponseParameters[] = {
    {.key = "threshold_seconds", .type = P::Seconds, .defaultNumber = 3600, .minNumber = 1, .maxNumber = 2592000,
     .description = "T for share_within: a first response within this many seconds is on time"},
};
inline constexpr std::string_view kFirstResponseReportedInputs[] = {
    "first_response_seconds | created_at + first_response_at | wait_seconds | created_at + answered_at"};
inline constexpr std::string_view kFirstResponseTimestampInputs[] = {"created_at", "first_response_at | answered_at"};
inline constexpr VariantDefinition kFirstResponseVariants[] = {
    {"reported_or_timestamps", "as the tool reports it",
     "created → first agent response: the tool's first_response_seconds when exported, else first_response_at − "
     "created_at; for calls and live chats the answer is the first response (wait_seconds, answered_at − "
     "created_at); share_within = responded within threshold_seconds ÷ responded; contacts without a response "
     "yet are left out of n and counted as pending",
     kFirstResponseReportedInputs, kThresholdOnly,
     "Zendesk First reply time; Intercom First response time; Freshdesk Initial response time (business hours)"},
    {"timestamps", "from timestamps, calendar time",
     "first_response_at (calls: answered_at) − created_at in calendar time, whatever the tool computed; "
     "share_within = responded within threshold_seconds ÷ responded",
     kFirstResponseTimestampInputs, kThresholdOnly, "Gorgias; Chatwoot; Plain (outside hours included)"},
    {"business_hours", "from timestamps, business hours",
     "first_response_at (calls: answered_at) − created_at counting only the business hours of the schedule in "
     "Settings (a contact created while closed starts its clock at the next opening); share_within = responded "
     "within threshold_seconds ÷ responded",
     kFirstResponseTimestampInputs, kThresholdOnly,
     "Zendesk, Intercom and Zoho Desk 'in business hours' columns; Keeping; Frappe Helpdesk"},
};
inline constexpr std::string_view kFirstResponseSeeds[] = {"000 §V.4.1", "001 standard 1", "004 Average Response Time"};

// ---- abandon_rate --------------------------------------------------------------------------
inline constexpr StatisticDefinition kAbandonStatistics[] = {
    {"share", U::Share, D::LowerIsBetter, "share of offered contacts abandoned in the queue"},
};
inline constexpr ParameterDefinition kAbandonParameters[] = {kShortAbandon};
inline constexpr std::string_view kAbandonShortInputs[] = {kQueueOutcome, "wait_seconds | outcome"};
inline constexpr std::string_view kAbandonAllInputs[] = {kQueueOutcome};
inline constexpr std::string_view kShortAbandonOnly[] = {"short_abandon_seconds"};
inline constexpr VariantDefinition kAbandonVariants[] = {
    {"excluding_short_abandons", "short abandons left out",
     "abandoned after short_abandon_seconds ÷ (offered − short abandons), offered = answered + abandoned; a short "
     "abandon (wait below short_abandon_seconds, or outcome short_abandoned) is left out of both; an abandon whose "
     "wait is unknown counts as a late one",
     kAbandonShortInputs, kShortAbandonOnly, "Talkdesk (short abandons excluded); Google CCAI Platform"},
    {"all_abandons", "every abandon", "every abandoned contact ÷ offered (answered + abandoned)", kAbandonAllInputs,
     {}, "Genesys Cloud Abandon % = Abandoned ÷ Offered; Twilio Flex Insights"},
};
inline constexpr std::string_view kAbandonSeeds[] = {"000 §V.5.3"};

// ---- contacts_outside_hours ----------------------------------------------------------------
inline constexpr StatisticDefinition kOutsideHoursStatistics[] = {
    {"share", U::Share, D::LowerIsBetter, "share of contacts created while the team was closed"},
};
inline constexpr VariantDefinition kOutsideHoursVariants[] = {
    {"settings_schedule", "business hours from Settings",
     "contacts whose created_at falls outside the published contact hours (the weekly hours, holidays and time "
     "zone set in Settings) ÷ all contacts",
     kCreatedOnly, {}, "Aircall 'Out of business hours' call type; business-hours filters of Aircall and Talkdesk"},
};
inline constexpr std::string_view kOutsideHoursSeeds[] = {"001 standard 6"};

// ---- steps_to_contact ----------------------------------------------------------------------
inline constexpr StatisticDefinition kStepsStatistics[] = {
    {"mean", U::Ratio, D::LowerIsBetter, "mean clicks or steps before the first contact"},
    {"median", U::Ratio, D::LowerIsBetter, "median clicks or steps before the first contact"},
};
inline constexpr std::string_view kStepsInputs[] = {"steps_before_contact"};
inline constexpr VariantDefinition kStepsVariants[] = {
    {"reported", "from web or app analytics",
     "mean (also median) of steps_before_contact over contacts that carry it (a web or app analytics export)",
     kStepsInputs, {}, "web analytics click paths"},
};
inline constexpr std::string_view kStepsSeeds[] = {"000 §V.5.4"};

// ---- volume --------------------------------------------------------------------------------
inline constexpr StatisticDefinition kVolumeStatistics[] = {
    {"count", U::Count, D::Neutral, "contacts created in the period"},
    {"daily_mean", U::Ratio, D::Neutral, "contacts per day of the period"},
};
inline constexpr VariantDefinition kVolumeVariants[] = {
    {"created", "contacts created",
     "contacts created in the period (split by channel, hour of week, topic); daily_mean = count ÷ the local days "
     "the period touches",
     kCreatedOnly, {}, "every helpdesk and call-center report"},
};
inline constexpr std::string_view kVolumeSeeds[] = {"004 Số lượng trường hợp phát sinh"};

// ---- the metrics ---------------------------------------------------------------------------
inline constexpr MetricDefinition kServiceLevel{
    .key = "service_level", .label = "Service level",
    .definition = "share of queued calls or chats answered within T seconds",
    .kind = RecordKind::Contact, .counts = "contacts that entered a queue (the variant's denominator)",
    .statistics = kServiceLevelStatistics, .parameters = kServiceLevelParameters, .parameterOrder = {},
    .variants = kServiceLevelVariants, .defaultVariant = "answered_and_late_abandons", .seeds = kServiceLevelSeeds};
inline constexpr MetricDefinition kAsa{
    .key = "asa", .label = "Average speed of answer",
    .definition = "how long answered customers waited in the queue",
    .kind = RecordKind::Contact, .counts = "answered contacts",
    .statistics = kAsaStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kAsaVariants, .defaultVariant = "answered", .seeds = kAsaSeeds};
inline constexpr MetricDefinition kFirstResponse{
    .key = "first_response", .label = "First response time",
    .definition = "time from the customer reaching out to the first agent response",
    .kind = RecordKind::Contact, .counts = "contacts with a first response",
    .statistics = kFirstResponseStatistics, .parameters = kFirstResponseParameters, .parameterOrder = {},
    .variants = kFirstResponseVariants, .defaultVariant = "reported_or_timestamps", .seeds = kFirstResponseSeeds};
inline constexpr MetricDefinition kAbandonRate{
    .key = "abandon_rate", .label = "Abandonment",
    .definition = "share of customers who left the queue before an answer",
    .kind = RecordKind::Contact, .counts = "offered contacts (the variant says whether short abandons count)",
    .statistics = kAbandonStatistics, .parameters = kAbandonParameters, .parameterOrder = {},
    .variants = kAbandonVariants, .defaultVariant = "excluding_short_abandons", .seeds = kAbandonSeeds};
inline constexpr MetricDefinition kContactsOutsideHours{
    .key = "contacts_outside_hours", .label = "Contacts outside hours",
    .definition = "share of contacts arriving while the team is closed: demand the published hours miss",
    .kind = RecordKind::Contact, .counts = "contacts",
    .statistics = kOutsideHoursStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kOutsideHoursVariants, .defaultVariant = "settings_schedule", .seeds = kOutsideHoursSeeds};
inline constexpr MetricDefinition kStepsToContact{
    .key = "steps_to_contact", .label = "Effort to reach us",
    .definition = "clicks or steps a customer takes before the first contact (needs web or app analytics)",
    .kind = RecordKind::Contact, .counts = "contacts with a step count",
    .statistics = kStepsStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kStepsVariants, .defaultVariant = "reported", .seeds = kStepsSeeds};
inline constexpr MetricDefinition kVolume{
    .key = "volume", .label = "Contacts",
    .definition = "how many contacts arrived",
    .kind = RecordKind::Contact, .counts = "contacts",
    .statistics = kVolumeStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kVolumeVariants, .defaultVariant = "created", .seeds = kVolumeSeeds};

} // namespace carescore::catalogue_data
