// Survey exports: Google Forms (English, Vietnamese and Russian sheets), Typeform, SurveyMonkey
// (2 header rows), Qualtrics (3 header rows), Delighted, Medallia Agent Connect. Headers from
// vendors.md §2.9. Question columns are the survey's own: they cost a signature almost nothing
// ("{question}" matches a header that reads like a question), and the generic synonyms map them.
#include "core/mapping/vendor_signature.h"

namespace carescore {

namespace {

using K = RecordKind;

constexpr HeaderRule kGoogleForms[] = {
    rule("Timestamp", "submitted_at", 3).meaning("when the form was submitted (the spreadsheet's time zone)"),
    rule("Dấu thời gian", "submitted_at", 3).meaning("when the form was submitted (the spreadsheet's time zone)"),
    rule("Отметка времени", "submitted_at", 3).meaning("when the form was submitted (the spreadsheet's time zone)"),
    rule("Email Address", "customer_id", 2),
    rule("Email address", "customer_id", 2),
    rule("Địa chỉ email", "customer_id", 2),
    rule("Адрес электронной почты", "customer_id", 2),
    rule("Score", {}, 1).meaning("quiz score"),
    rule("{question}", {}, 1),
};

constexpr HeaderRule kTypeform[] = {
    rule("#", "id", 3).meaning("Typeform's response token"),
    rule("Response Type", {}, 3),
    rule("Start Date", {}, 2),
    rule("Stage Date", {}, 3),
    rule("Submit Date", "submitted_at", 3),
    rule("Network ID", {}, 3),
    rule("Tags", {}, 0.5),
    rule("{question}", {}, 0.5),
};

constexpr HeaderRule kSurveyMonkey[] = {
    rule("Respondent ID", "id", 3),
    rule("Collector ID", {}, 3),
    rule("Start Date", {}, 1),
    rule("End Date", "submitted_at", 2),
    rule("IP Address", {}, 1),
    rule("Email Address", "customer_id", 1),
    rule("First Name", {}, 0.5),
    rule("Last Name", {}, 0.5),
    rule("Custom Data 1", {}, 2),
    rule("{question}", {}, 0.5),
};

constexpr HeaderRule kQualtrics[] = {
    rule("StartDate", {}, 2),
    rule("EndDate", {}, 2),
    rule("Status", {}, 1).meaning("0 = normal response, 1 = preview, 8 = imported …"),
    rule("IPAddress", {}, 2),
    rule("Progress", {}, 2),
    rule("Duration (in seconds)", {}, 3),
    rule("Finished", {}, 2),
    rule("RecordedDate", "submitted_at", 3).meaning("when Qualtrics recorded the response"),
    rule("ResponseId", "id", 3),
    rule("RecipientLastName", {}, 3),
    rule("RecipientFirstName", {}, 3),
    rule("RecipientEmail", "customer_id", 3),
    rule("ExternalReference", {}, 3).meaning("the distribution's external reference (often a ticket or customer id)"),
    rule("ExternalDataReference", {}, 3),
    rule("LocationLatitude", {}, 3),
    rule("LocationLongitude", {}, 3),
    rule("DistributionChannel", {}, 3),
    rule("UserLanguage", {}, 3),
    rule("{question}", {}, 0.3),
};

constexpr HeaderRule kDelighted[] = {
    rule("id", "id", 0.5),
    rule("person", "customer_id", 2),
    rule("survey_type", {}, 3).meaning("nps, csat, ces …: the scale of score"),
    rule("score", "nps", 2).meaning("the answer on the survey's scale (0–10 for NPS surveys)"),
    rule("comment", "comment", 1),
    rule("permalink", {}, 3),
    rule("created_at", "submitted_at", 1),
    rule("updated_at", {}, 0.5),
    rule("person_properties*", {}, 2),
    rule("notes*", {}, 1),
    rule("tags*", {}, 0.5),
    rule("additional_answers*", {}, 3),
};

constexpr HeaderRule kMedallia[] = {
    rule("request_sent_at", {}, 3),
    rule("response_received_at", "submitted_at", 3),
    rule("star_rating", "csat", 3).meaning("1–5 stars"),
    rule("channel", "channel", 1).valuesFrom("channel"),
    rule("tags", {}, 0.5),
    rule("employee_name", "agent", 3),
    rule("employee*", {}, 1),
};

constexpr VendorSignature kSurveys[] = {
    {.key = "google_forms", .vendor = "Google Forms", .product = "Responses sheet (CSV)", .kind = K::Survey,
     .rules = kGoogleForms, .note = "one column per question: map the questions that are NPS, CSAT or CES",
     .format = FormatHint::Csv, .zone = ZoneConvention::AccountZone,
     .zoneNote = "the spreadsheet's time zone (Sheets writes no zone): choose it", .minEvidence = 3,
     .unknownColumnWeight = 0.05, .source = "vendors.md §2.9"},
    {.key = "typeform", .vendor = "Typeform", .product = "Responses (CSV)", .kind = K::Survey, .rules = kTypeform,
     .zone = ZoneConvention::HeaderNamed, .zoneNote = "Typeform names the zone: Submit Date (UTC)",
     .unknownColumnWeight = 0.05, .source = "vendors.md §2.9"},
    {.key = "surveymonkey", .vendor = "SurveyMonkey", .product = "Responses (CSV, 2 header rows)", .kind = K::Survey,
     .rules = kSurveyMonkey, .zone = ZoneConvention::AccountZone,
     .zoneNote = "SurveyMonkey writes dates in the account's format and zone: choose it",
     .layout = "surveymonkey", .unknownColumnWeight = 0.05, .source = "vendors.md §2.9"},
    {.key = "qualtrics", .vendor = "Qualtrics", .product = "Responses (CSV, 3 header rows)", .kind = K::Survey,
     .rules = kQualtrics, .zone = ZoneConvention::AccountZone,
     .zoneNote = "Qualtrics exports in the zone chosen at download: choose it", .layout = "qualtrics",
     .unknownColumnWeight = 0.05, .source = "vendors.md §2.9"},
    {.key = "delighted", .vendor = "Delighted", .product = "Survey responses (API / export)", .kind = K::Survey,
     .rules = kDelighted, .note = "score is read as NPS; for CSAT or CES surveys (survey_type), change its field",
     .zone = ZoneConvention::Utc, .zoneNote = "Unix times", .source = "vendors.md §2.9"},
    {.key = "medallia_agent_connect", .vendor = "Medallia", .product = "Agent Connect responses", .kind = K::Survey,
     .rules = kMedallia, .zone = ZoneConvention::Utc, .source = "vendors.md §2.9"},
};

} // namespace

std::span<const VendorSignature> surveySignatures() { return kSurveys; }

} // namespace carescore
