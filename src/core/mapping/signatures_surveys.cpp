// Survey exports: Google Forms (English, Vietnamese and Russian sheets), Typeform, SurveyMonkey
// (2 header rows), Qualtrics (3 header rows), Delighted, Medallia Agent Connect. Headers from
// vendors.md §2.9. Question columns are the survey's own: they cost a signature almost nothing
// ("{question}" matches a header that reads like a question), and the generic synonyms map them.
#include "core/mapping/vendor_signature.h"

namespace carescore {

namespace {

using K = RecordKind;

constexpr HeaderRule kGoogleForms[] = {
    headerRule("Timestamp", "submitted_at", 3).meaning("when the form was submitted (the spreadsheet's time zone)"),
    headerRule("Dấu thời gian", "submitted_at", 3).meaning("when the form was submitted (the spreadsheet's time zone)"),
    headerRule("Отметка времени", "submitted_at", 3).meaning("when the form was submitted (the spreadsheet's time zone)"),
    headerRule("Email Address", "customer_id", 2),
    headerRule("Email address", "customer_id", 2),
    headerRule("Địa chỉ email", "customer_id", 2),
    headerRule("Адрес электронной почты", "customer_id", 2),
    headerRule("Score", {}, 1).meaning("quiz score"),
    headerRule("{question}", {}, 1),
};

constexpr HeaderRule kTypeform[] = {
    headerRule("#", "id", 3).meaning("Typeform's response token"),
    headerRule("Response Type", {}, 3),
    headerRule("Start Date", {}, 2),
    headerRule("Stage Date", {}, 3),
    headerRule("Submit Date", "submitted_at", 3),
    headerRule("Network ID", {}, 3),
    headerRule("Tags", {}, 0.5),
    headerRule("{question}", {}, 0.5),
};

constexpr HeaderRule kSurveyMonkey[] = {
    headerRule("Respondent ID", "id", 3),
    headerRule("Collector ID", {}, 3),
    headerRule("Start Date", {}, 1),
    headerRule("End Date", "submitted_at", 2),
    headerRule("IP Address", {}, 1),
    headerRule("Email Address", "customer_id", 1),
    headerRule("First Name", {}, 0.5),
    headerRule("Last Name", {}, 0.5),
    headerRule("Custom Data 1", {}, 2),
    headerRule("{question}", {}, 0.5),
};

constexpr HeaderRule kQualtrics[] = {
    headerRule("StartDate", {}, 2),
    headerRule("EndDate", {}, 2),
    headerRule("Status", {}, 1).meaning("0 = normal response, 1 = preview, 8 = imported …"),
    headerRule("IPAddress", {}, 2),
    headerRule("Progress", {}, 2),
    headerRule("Duration (in seconds)", {}, 3),
    headerRule("Finished", {}, 2),
    headerRule("RecordedDate", "submitted_at", 3).meaning("when Qualtrics recorded the response"),
    headerRule("ResponseId", "id", 3),
    headerRule("RecipientLastName", {}, 3),
    headerRule("RecipientFirstName", {}, 3),
    headerRule("RecipientEmail", "customer_id", 3),
    headerRule("ExternalReference", {}, 3).meaning("the distribution's external reference (often a ticket or customer id)"),
    headerRule("ExternalDataReference", {}, 3),
    headerRule("LocationLatitude", {}, 3),
    headerRule("LocationLongitude", {}, 3),
    headerRule("DistributionChannel", {}, 3),
    headerRule("UserLanguage", {}, 3),
    headerRule("{question}", {}, 0.3),
};

constexpr HeaderRule kDelighted[] = {
    headerRule("id", "id", 0.5),
    headerRule("person", "customer_id", 2),
    headerRule("survey_type", {}, 3).meaning("nps, csat, ces …: the scale of score"),
    headerRule("score", "nps", 2).meaning("the answer on the survey's scale (0–10 for NPS surveys)"),
    headerRule("comment", "comment", 1),
    headerRule("permalink", {}, 3),
    headerRule("created_at", "submitted_at", 1),
    headerRule("updated_at", {}, 0.5),
    headerRule("person_properties*", {}, 2),
    headerRule("notes*", {}, 1),
    headerRule("tags*", {}, 0.5),
    headerRule("additional_answers*", {}, 3),
};

constexpr HeaderRule kMedallia[] = {
    headerRule("request_sent_at", {}, 3),
    headerRule("response_received_at", "submitted_at", 3),
    headerRule("star_rating", "csat", 3).meaning("1–5 stars"),
    headerRule("channel", "channel", 1).valuesFrom("channel"),
    headerRule("tags", {}, 0.5),
    headerRule("employee_name", "agent", 3),
    headerRule("employee*", {}, 1),
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
