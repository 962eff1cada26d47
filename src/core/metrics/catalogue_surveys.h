// Catalogue data, part 3: what customers say — NPS, CSAT, CES and SERVQUAL from survey
// responses. Included only by catalogue.cpp.
#pragma once
#include "core/metrics/catalogue_shared.h"

namespace carescore::catalogue_data {

// ---- nps -----------------------------------------------------------------------------------
inline constexpr StatisticDefinition kNpsStatistics[] = {
    {"score", U::NpsPoints, D::HigherIsBetter, "% promoters − % detractors, −100 … 100"},
    {"promoters_share", U::Share, D::HigherIsBetter, "share of answers 9–10"},
    {"detractors_share", U::Share, D::LowerIsBetter, "share of answers 0–6"},
};
inline constexpr std::string_view kNpsInputs[] = {"nps"};
inline constexpr VariantDefinition kNpsVariants[] = {
    {"answered", "answered responses",
     "% promoters (9–10) − % detractors (0–6) over responses with a 0–10 answer; responses without a score are "
     "left out",
     kNpsInputs, {}, "Net Promoter Score as defined by Bain & Company; most survey tools"},
    {"blank_as_passive", "blank answers count",
     "% promoters (9–10) − % detractors (0–6) over every response, those without a score counted like passives",
     kNpsInputs, {}, "CustomerGauge ('no score' responses in the denominator)"},
};
inline constexpr std::string_view kNpsSeeds[] = {"000 §V.7.1", "003 step 4", "004 Chỉ số khách hàng thiện cảm"};

// ---- csat ----------------------------------------------------------------------------------
inline constexpr StatisticDefinition kCsatStatistics[] = {
    {"satisfied_share", U::Share, D::HigherIsBetter, "share of ratings at or above satisfied_min"},
    {"deficient_share", U::Share, D::LowerIsBetter, "share of ratings at or below deficient_max"},
    {"mean", U::ScaleMean, D::HigherIsBetter, "mean rating on the scale"},
};
inline constexpr ParameterDefinition kCsatParameters[] = {
    kScaleMin,
    {.key = "scale_max", .type = P::Number, .defaultNumber = 5, .minNumber = 1, .maxNumber = 10,
     .description = "highest point of the rating scale"},
    {.key = "satisfied_min", .type = P::Number, .defaultNumber = 4, .minNumber = 0, .maxNumber = 10,
     .description = "ratings at or above this are good (seed 000: 4 and 5 on 1–5)"},
    {.key = "deficient_max", .type = P::Number, .defaultNumber = 3, .minNumber = 0, .maxNumber = 10,
     .description = "ratings at or below this mark a deficiency (seed 000: 1–3 on 1–5)"},
};
inline constexpr ParameterOrder kCsatOrder[] = {
    {"scale_min", "scale_max", true},
    {"scale_min", "deficient_max", false},
    {"deficient_max", "satisfied_min", true},
    {"satisfied_min", "scale_max", false},
};
inline constexpr std::string_view kCsatInputs[] = {"csat"};
inline constexpr std::string_view kCsatParameterKeys[] = {"scale_min", "scale_max", "satisfied_min", "deficient_max"};
inline constexpr VariantDefinition kCsatVariants[] = {
    {"rated_responses", "rated responses",
     "satisfied_share = ratings ≥ satisfied_min ÷ rated responses; deficient_share = ratings ≤ deficient_max ÷ "
     "rated responses; mean on the scale_min … scale_max scale; labelled scales (Good/Bad, Great/Okay/Not good) "
     "are mapped onto it at import; unrated responses are left out",
     kCsatInputs, kCsatParameterKeys,
     "top-box CSAT of VA.gov (unrated excluded), Simplesat (neutral lowers the score), formbricks"},
};
inline constexpr std::string_view kCsatSeeds[] = {"000 §V.7.3", "003 step 4", "004 Mức độ hài lòng"};

// ---- ces -----------------------------------------------------------------------------------
inline constexpr std::string_view kCesDirections[] = {"higher_is_easier", "higher_is_harder"};
inline constexpr StatisticDefinition kCesStatistics[] = {
    {"low_effort_share", U::Share, D::HigherIsBetter, "share of answers at the easy end of the scale"},
    {"mean", U::ScaleMean, D::SetByParameter, "mean answer on the scale (better high or low per scale_direction)"},
};
inline constexpr ParameterDefinition kCesParameters[] = {
    kScaleMin,
    {.key = "scale_max", .type = P::Number, .defaultNumber = 5, .minNumber = 1, .maxNumber = 10,
     .description = "highest point of the scale (seed 000: a 5-point scale; CES 2.0 uses 7)"},
    {.key = "scale_direction", .type = P::Choice, .choices = kCesDirections, .defaultChoice = "higher_is_easier",
     .description = "whether a high answer means easy ('made it easy for me', CES 2.0) or hard ('how much effort')"},
    {.key = "low_effort_points", .type = P::Count, .defaultNumber = 2, .minNumber = 1, .maxNumber = 5,
     .description = "how many points at the easy end count as low effort"},
};
inline constexpr std::string_view kCesInputs[] = {"ces"};
inline constexpr std::string_view kCesParameterKeys[] = {"scale_min", "scale_max", "scale_direction",
                                                         "low_effort_points"};
inline constexpr VariantDefinition kCesVariants[] = {
    {"scale_answers", "answers on the scale",
     "low_effort_share = answers within the low_effort_points easiest points of the scale_min … scale_max scale "
     "(the top points when scale_direction is higher_is_easier, the bottom ones otherwise) ÷ answers; mean on the "
     "same scale",
     kCesInputs, kCesParameterKeys, "CES 2.0 (CEB 2013: 1–7, reported as % 5–7 or mean); Nicereply; Zonka"},
};
inline constexpr std::string_view kCesSeeds[] = {"000 §V.5.1", "003 step 4"};

// ---- servqual ------------------------------------------------------------------------------
inline constexpr StatisticDefinition kServqualStatistics[] = {
    {"overall_gap", U::ScaleGap, D::HigherIsBetter, "mean of the five dimension gaps; below 0: expectations unmet"},
    {"reliability_gap", U::ScaleGap, D::HigherIsBetter, "perceived − expected: reliability"},
    {"assurance_gap", U::ScaleGap, D::HigherIsBetter, "perceived − expected: assurance"},
    {"tangibles_gap", U::ScaleGap, D::HigherIsBetter, "perceived − expected: tangibles"},
    {"empathy_gap", U::ScaleGap, D::HigherIsBetter, "perceived − expected: empathy"},
    {"responsiveness_gap", U::ScaleGap, D::HigherIsBetter, "perceived − expected: responsiveness"},
};
inline constexpr ParameterDefinition kServqualParameters[] = {
    kScaleMin,
    {.key = "scale_max", .type = P::Number, .defaultNumber = 7, .minNumber = 1, .maxNumber = 10,
     .description = "highest point of the scale (SERVQUAL's 7-point Likert scale)"},
};
inline constexpr std::string_view kServqualInputs[] = {
    "servqual_expected_reliability + servqual_perceived_reliability"
    " | servqual_expected_assurance + servqual_perceived_assurance"
    " | servqual_expected_tangibles + servqual_perceived_tangibles"
    " | servqual_expected_empathy + servqual_perceived_empathy"
    " | servqual_expected_responsiveness + servqual_perceived_responsiveness"};
inline constexpr std::string_view kScaleKeys[] = {"scale_min", "scale_max"};
inline constexpr VariantDefinition kServqualVariants[] = {
    {"unweighted_gaps", "unweighted dimension gaps",
     "per dimension: mean perceived − mean expected over responses that answered both, on the scale_min … "
     "scale_max scale; overall_gap = mean of the dimensions present; a negative gap means expectations were not met",
     kServqualInputs, kScaleKeys, "Parasuraman, Zeithaml & Berry (1988 scale, 1985 gap model)"},
};
inline constexpr std::string_view kServqualSeeds[] = {"003 step 4"};

// ---- the metrics ---------------------------------------------------------------------------
inline constexpr MetricDefinition kNps{
    .key = "nps", .label = "Net Promoter Score",
    .definition = "how likely customers are to recommend us: % promoters − % detractors",
    .kind = RecordKind::Survey, .counts = "survey responses with an NPS answer (blank_as_passive: every response)",
    .statistics = kNpsStatistics, .parameters = {}, .parameterOrder = {},
    .variants = kNpsVariants, .defaultVariant = "answered", .seeds = kNpsSeeds};
inline constexpr MetricDefinition kCsat{
    .key = "csat", .label = "Customer satisfaction",
    .definition = "share of good ratings after a contact",
    .kind = RecordKind::Survey, .counts = "rated survey responses",
    .statistics = kCsatStatistics, .parameters = kCsatParameters, .parameterOrder = kCsatOrder,
    .variants = kCsatVariants, .defaultVariant = "rated_responses", .seeds = kCsatSeeds};
inline constexpr MetricDefinition kCes{
    .key = "ces", .label = "Customer effort",
    .definition = "how much effort customers say it took to get their issue handled",
    .kind = RecordKind::Survey, .counts = "survey responses with a CES answer",
    .statistics = kCesStatistics, .parameters = kCesParameters, .parameterOrder = kScaleOrder,
    .variants = kCesVariants, .defaultVariant = "scale_answers", .seeds = kCesSeeds};
inline constexpr MetricDefinition kServqual{
    .key = "servqual", .label = "SERVQUAL gaps",
    .definition = "perceived minus expected service quality on five dimensions",
    .kind = RecordKind::Survey, .counts = "survey responses with expectation and perception answers",
    .statistics = kServqualStatistics, .parameters = kServqualParameters, .parameterOrder = kScaleOrder,
    .variants = kServqualVariants, .defaultVariant = "unweighted_gaps", .seeds = kServqualSeeds};

} // namespace carescore::catalogue_data
