// Catalogue data, part 4: the team's workload and the business around it — handle time,
// occupancy, agent consistency, deliveries, appointments and customer retention.
// Included only by catalogue.cpp.
#pragma once
#include "core/metrics/catalogue_shared.h"

namespace carescore::catalogue_data {

// ---- aht -----------------------------------------------------------------------------------
inline constexpr StatisticDefinition kAhtStatistics[] = {
    {"mean_seconds", U::Seconds, D::LowerIsBetter, "mean handle time"},
    {"median_seconds", U::Seconds, D::LowerIsBetter, "median handle time"},
};
inline constexpr std::string_view kAhtInputs[] = {"handle_seconds"};
inline constexpr VariantDefinition kAhtVariants[] = {
    {"reported", "talk + hold + after-contact work",
     "mean (also median) handle_seconds (talk + hold + after-contact work) over handled contacts (contacts known "
     "to be abandoned, missed or sent to voicemail are left out, whatever their export says); targets differ per "
     "channel, so standards set them by channel",
     kAhtInputs, {}, "(talk + hold + wrap) ÷ handled (Exotel, Aircall duration in call); Intercom Handling time"},
};
inline constexpr std::string_view kAhtSeeds[] = {"000 §V.8.4", "004 Thời gian phản hồi trung bình"};

// ---- occupancy -----------------------------------------------------------------------------
inline constexpr StatisticDefinition kOccupancyStatistics[] = {
    {"share", U::Share, D::WithinBand, "handling time as a share of available time"},
};
inline constexpr std::string_view kOccupancyContactInputs[] = {"available_seconds", "agent",
                                                               "contact.handle_seconds + contact.agent"};
inline constexpr std::string_view kOccupancyReportedInputs[] = {"available_seconds", "handle_seconds"};
inline constexpr VariantDefinition kOccupancyVariants[] = {
    {"contacts_handle_time", "handle time from contacts",
     "Σ handle_seconds of the agent's contacts that day ÷ Σ available_seconds of the agent that day, per agent "
     "and in total (seed 000: time in interactions plus the work after them, over available time)",
     kOccupancyContactInputs, {}, "workload ÷ staffed time (TechTarget); Genesys Cloud on-queue occupancy"},
    {"reported_handle_time", "handle time from agent-time rows",
     "Σ handle_seconds ÷ Σ available_seconds of the agent-time rows, per agent and in total",
     kOccupancyReportedInputs, {}, "workforce-management exports that carry both times"},
};
inline constexpr std::string_view kOccupancySeeds[] = {"000 §V.8.2"};

// ---- agent_consistency ---------------------------------------------------------------------
// Each choice names a metric.statistic of this catalogue (checked by the catalogue's tests).
inline constexpr std::string_view kConsistencyChoices[] = {
    "first_response.median_seconds", "resolution_time.median_seconds", "aht.mean_seconds", "fcr.share",
    "csat.satisfied_share"};
inline constexpr StatisticDefinition kConsistencyStatistics[] = {
    {"relative_iqr", U::Ratio, D::LowerIsBetter, "(Q3 − Q1) ÷ median of the per-agent values; 0: all alike"},
};
inline constexpr ParameterDefinition kConsistencyParameters[] = {
    {.key = "of_statistic", .type = P::Choice, .choices = kConsistencyChoices,
     .defaultChoice = "first_response.median_seconds", .description = "the per-agent figure whose spread is measured"},
    {.key = "min_contacts_per_agent", .type = P::Count, .defaultNumber = 20, .minNumber = 1, .maxNumber = 10000,
     .description = "agents with fewer contacts are left out (their figure is noise)"},
};
inline constexpr std::string_view kConsistencyInputs[] = {"agent"};
inline constexpr std::string_view kConsistencyParameterKeys[] = {"of_statistic", "min_contacts_per_agent"};
inline constexpr VariantDefinition kConsistencyVariants[] = {
    {"iqr_over_median", "interquartile range over median",
     "of_statistic computed per agent with at least min_contacts_per_agent contacts (reading that metric's own "
     "inputs); relative_iqr = (Q3 − Q1) ÷ median across those agents",
     kConsistencyInputs, kConsistencyParameterKeys, "quartile spread across agents (SPEC §3)"},
};
inline constexpr std::string_view kConsistencySeeds[] = {"001 standard 2"};

// ---- on_time_delivery ----------------------------------------------------------------------
inline constexpr StatisticDefinition kDeliveryStatistics[] = {
    {"share", U::Share, D::HigherIsBetter, "share of orders delivered by the promised day"},
};
inline constexpr ParameterDefinition kDeliveryParameters[] = {
    {.key = "promised_days", .type = P::Days, .defaultNumber = 3, .minNumber = 0, .maxNumber = 365,
     .description = "delivery promise in days after the order (seed 000: three days or less)"},
};
inline constexpr std::string_view kDeliveryInputs[] = {"ordered_at", "delivered_at"};
inline constexpr std::string_view kPromisedDays[] = {"promised_days"};
inline constexpr VariantDefinition kDeliveryVariants[] = {
    {"order_promise", "each order's own promise",
     "orders delivered by their promise ÷ orders placed in the period that are due (delivered, or undelivered and "
     "past the promise by the export's latest time); the promise is promised_at, else ordered_at + the order's own "
     "promised_days, else ordered_at + promised_days, by the end of that local day; appointments are left out",
     kDeliveryInputs, kPromisedDays, "SPEC §3 (promised time, default 3 days)"},
    {"fixed_days", "one promise for every order",
     "orders delivered by the end of the local day ordered_at + promised_days ÷ orders placed in the period that "
     "are due (delivered, or undelivered and past that day); per-order promises are ignored; appointments are left "
     "out",
     kDeliveryInputs, kPromisedDays, "seed 000 §IV example 1 (every package within three days)"},
};
inline constexpr std::string_view kDeliverySeeds[] = {"000 §IV example 1", "000 §V.1"};

// ---- order_accuracy ------------------------------------------------------------------------
inline constexpr StatisticDefinition kAccuracyStatistics[] = {
    {"share", U::Share, D::HigherIsBetter, "share of orders delivered complete and correct"},
};
inline constexpr std::string_view kAccuracyOrderInputs[] = {"accurate | items_ordered + items_delivered"};
inline constexpr std::string_view kAccuracyItemInputs[] = {"items_ordered", "items_delivered"};
inline constexpr VariantDefinition kAccuracyVariants[] = {
    {"order_level", "whole orders",
     "orders delivered complete and correct (the accurate flag, else items_delivered = items_ordered) ÷ delivered "
     "orders (with no delivery times in the data: every order that says)",
     kAccuracyOrderInputs, {}, "perfect-order rate of fulfilment reports"},
    {"item_level", "items (fill rate)",
     "Σ items_delivered ÷ Σ items_ordered over delivered orders; extra items do not make up for missing ones "
     "(each order counts at most its items_ordered)",
     kAccuracyItemInputs, {}, "fill rate of fulfilment reports"},
};
inline constexpr std::string_view kAccuracySeeds[] = {"000 §V.2"};

// ---- appointment_kept ----------------------------------------------------------------------
inline constexpr StatisticDefinition kAppointmentStatistics[] = {
    {"share", U::Share, D::HigherIsBetter, "share of appointments kept"},
};
inline constexpr ParameterDefinition kAppointmentParameters[] = {
    {.key = "grace_seconds", .type = P::Seconds, .defaultNumber = 900, .minNumber = 0, .maxNumber = 86400,
     .description = "a visit this many seconds after the promised time still counts as kept"},
};
inline constexpr std::string_view kAppointmentInputs[] = {"promised_at", "delivered_at"};
inline constexpr std::string_view kGrace[] = {"grace_seconds"};
inline constexpr VariantDefinition kAppointmentVariants[] = {
    {"within_grace", "on time, with a grace period",
     "appointments that happened no later than promised_at + grace_seconds ÷ appointments due in the period "
     "(missed ones count as not kept); rows with order_type appointment, or a file mapped as appointments",
     kAppointmentInputs, kGrace, "field-service on-time arrival"},
    {"same_day", "on the promised day",
     "appointments that happened on the promised local day ÷ appointments due in the period", kAppointmentInputs,
     {}, "visits promised as a day rather than a time"},
};
inline constexpr std::string_view kAppointmentSeeds[] = {"002 Chức năng"};

// ---- retention -----------------------------------------------------------------------------
inline constexpr StatisticDefinition kRetentionStatistics[] = {
    {"retained_share", U::Share, D::HigherIsBetter, "share of last period's customers still active"},
    {"churn_share", U::Share, D::LowerIsBetter, "share of last period's customers lost: 100 % − retained_share"},
};
inline constexpr std::string_view kRetentionPurchaseInputs[] = {"order.customer_id", "order.ordered_at"};
inline constexpr std::string_view kRetentionSeenInputs[] = {"first_seen", "last_seen"};
inline constexpr std::string_view kRetentionFlagInputs[] = {"churned"};
inline constexpr VariantDefinition kRetentionVariants[] = {
    {"repeat_purchase", "bought again",
     "customers who ordered in the previous period and order again in this one ÷ customers who ordered in the "
     "previous period; churn_share = 100 % − retained_share",
     kRetentionPurchaseInputs, {}, "repeat-purchase rate (seed 004: customers who buy again)"},
    {"last_seen", "from a customer list",
     "customers active in the previous period (first_seen before its end, last_seen on or after its start) whose "
     "last_seen falls in this period or later ÷ those customers; valid when the list was exported after the period",
     kRetentionSeenInputs, {}, "customer retention rate, CRR = (E − N) ÷ S"},
    {"churn_flag", "churned flag",
     "customers on the list not flagged churned ÷ customers on the list; churn_share = flagged churned ÷ customers",
     kRetentionFlagInputs, {}, "churn rate = customers lost ÷ customers at the start"},
};
inline constexpr std::string_view kRetentionSeeds[] = {"003 step 4", "004 Customer Churn",
                                                       "004 Tỷ lệ giữ chân khách hàng"};

// ---- the metrics ---------------------------------------------------------------------------
inline constexpr MetricDefinition kAht{
    .key = "aht", .label = "Average handle time",
    .definition = "agent time spent per contact: talk, hold and the work after it",
    .kind = RecordKind::Contact, .counts = "contacts with a handle time",
    .statistics = kAhtStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kAhtVariants, .defaultVariant = "reported", .seeds = kAhtSeeds};
inline constexpr MetricDefinition kOccupancy{
    .key = "occupancy", .label = "Occupancy",
    .definition = "share of agents' available time spent handling contacts",
    .kind = RecordKind::AgentTime, .counts = "agent-days with available time",
    .statistics = kOccupancyStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kOccupancyVariants, .defaultVariant = "contacts_handle_time", .seeds = kOccupancySeeds};
inline constexpr MetricDefinition kAgentConsistency{
    .key = "agent_consistency", .label = "Consistency across agents",
    .definition = "how widely agents differ on a key figure; a wide spread fails consistent service",
    .kind = RecordKind::Contact, .counts = "agents with at least min_contacts_per_agent contacts",
    .statistics = kConsistencyStatistics, .parameters = kConsistencyParameters, .parameterOrder = {},
    .variants = kConsistencyVariants, .defaultVariant = "iqr_over_median", .seeds = kConsistencySeeds};
inline constexpr MetricDefinition kOnTimeDelivery{
    .key = "on_time_delivery", .label = "On-time delivery",
    .definition = "share of orders delivered by the promised day",
    .kind = RecordKind::Order, .counts = "orders placed in the period that are due (delivered or past their promise)",
    .statistics = kDeliveryStatistics, .parameters = kDeliveryParameters, .parameterOrder = {},
    .variants = kDeliveryVariants, .defaultVariant = "order_promise", .seeds = kDeliverySeeds};
inline constexpr MetricDefinition kOrderAccuracy{
    .key = "order_accuracy", .label = "Order accuracy",
    .definition = "share of orders delivered complete and correct",
    .kind = RecordKind::Order, .counts = "delivered orders",
    .statistics = kAccuracyStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kAccuracyVariants, .defaultVariant = "order_level", .seeds = kAccuracySeeds};
inline constexpr MetricDefinition kAppointmentKept{
    .key = "appointment_kept", .label = "Appointments kept",
    .definition = "share of service appointments met at the promised date and time",
    .kind = RecordKind::Order, .counts = "appointments due in the period",
    .statistics = kAppointmentStatistics, .parameters = kAppointmentParameters, .parameterOrder = {},
    .variants = kAppointmentVariants, .defaultVariant = "within_grace", .seeds = kAppointmentSeeds};
inline constexpr MetricDefinition kRetention{
    .key = "retention", .label = "Retention and churn",
    .definition = "share of last period's customers who are still customers (churn is the rest)",
    .kind = RecordKind::Customer, .counts = "customers active in the previous period (churn_flag: customers listed)",
    .statistics = kRetentionStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kRetentionVariants, .defaultVariant = "repeat_purchase", .seeds = kRetentionSeeds};

} // namespace carescore::catalogue_data
