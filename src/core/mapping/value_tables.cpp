// The value tables. Sources: vendors.md §2 (Zendesk CSAT and Talk statuses, Help Scout and Zoho
// happiness ratings, Freshdesk SLA status, Aircall missed call reasons), shared/data/README.md (the
// SEE bank call log's outcomes), and everyday words in English, Vietnamese and Russian.
#include "core/mapping/value_tables.h"

#include <string>

#include "core/mapping/header_text.h"

namespace carescore {

namespace {

// Scores on the 1–5 CSAT scale are chosen so that CSAT's "share of 4–5" equals the vendor's own
// satisfaction percentage: Zendesk Good ÷ (Good + Bad), Help Scout and Zoho "Great/Good" share.
constexpr ValueWord kZendeskSatisfaction[] = {
    {"Good", "5"}, {"Bad", "1"}, {"Offered", ""}, {"Not Offered", ""}, {"Unoffered", ""},
    {"good", "5"}, {"bad", "1"}, {"offered", ""}, {"unoffered", ""}};
constexpr ValueWord kGoodOkayBad[] = {{"Great", "5"}, {"Okay", "3"}, {"Not Good", "1"}, {"Good", "5"}, {"Bad", "1"}};
constexpr ValueWord kSlaStatus[] = {{"Within SLA", "false"}, {"SLA Violated", "true"}, {"Violated", "true"},
                                    {"Achieved", "false"},   {"Breached", "true"},     {"Missed", "true"}};
constexpr ValueWord kAnsweredOutcome[] = {{"true", "answered"}, {"false", "abandoned"}};
constexpr ValueWord kAnsweredOrMissed[] = {{"true", "answered"}, {"false", "missed"}};
constexpr ValueWord kAircallMissedReason[] = {
    {"out_of_opening_hours", "out_of_hours"}, {"short_abandoned", "short_abandoned"},
    {"abandoned_in_ivr", "ivr_abandoned"},    {"abandoned_in_classic", "abandoned"},
    {"no_available_agent", "missed"},         {"agents_did_not_answer", "missed"}};
constexpr ValueWord kZendeskTalkStatus[] = {
    {"completed", "answered"},          {"abandoned_in_queue", "abandoned"},
    {"abandoned_in_ivr", "ivr_abandoned"}, {"abandoned_on_hold", "abandoned"},
    {"abandoned_in_voicemail", "voicemail"}, {"pending_voicemail", "voicemail"},
    {"voicemail", "voicemail"},          {"not_answered", "missed"}, {"failed", ""}};
constexpr ValueWord kMissedFlag[] = {{"true", "missed"}, {"false", "answered"}};
constexpr ValueWord kTwilioCallStatus[] = {{"completed", "answered"}, {"in-progress", "answered"}, {"no-answer", "missed"},
                                           {"busy", "missed"}, {"canceled", "abandoned"}, {"failed", ""},
                                           {"queued", ""}, {"ringing", ""}};
constexpr ValueWord kTwilioTaskStatus[] = {{"completed", "answered"}, {"wrapping", "answered"}, {"assigned", "answered"},
                                           {"canceled", "abandoned"}, {"pending", ""}, {"reserved", ""}};
constexpr ValueWord kTalkdeskCallType[] = {{"inbound", "answered"}, {"abandoned", "abandoned"},
                                           {"short_abandoned", "short_abandoned"}, {"missed", "missed"},
                                           {"voicemail", "voicemail"}, {"outbound", ""}, {"outbound_missed", ""},
                                           {"transfer", "answered"}};
constexpr ValueWord kSeeBankOutcome[] = {{"AGENT", "answered"}, {"HANG", "abandoned"}, {"PHANTOM", ""}};
constexpr ValueWord kCallOutcome[] = {
    {"answered", "answered"},   {"answer", "answered"},     {"completed", "answered"}, {"connected", "answered"},
    {"отвечен", "answered"},    {"отвечено", "answered"},   {"принят", "answered"},    {"đã trả lời", "answered"},
    {"nghe máy", "answered"},   {"thành công", "answered"}, {"abandoned", "abandoned"}, {"abandon", "abandoned"},
    {"hang up", "abandoned"},   {"hung up", "abandoned"},   {"hangup", "abandoned"},   {"брошен", "abandoned"},
    {"сброшен", "abandoned"},   {"khách cúp máy", "abandoned"}, {"short abandoned", "short_abandoned"},
    {"missed", "missed"},       {"no answer", "missed"},    {"not answered", "missed"}, {"busy", "missed"},
    {"пропущен", "missed"},     {"пропущенный", "missed"},  {"не отвечен", "missed"},  {"нет ответа", "missed"},
    {"nhỡ", "missed"},          {"gọi nhỡ", "missed"},      {"không trả lời", "missed"}, {"voicemail", "voicemail"},
    {"голосовая почта", "voicemail"}, {"hộp thư thoại", "voicemail"}, {"out of hours", "out_of_hours"},
    {"нерабочее время", "out_of_hours"}, {"ngoài giờ", "out_of_hours"}};
constexpr ValueWord kChannel[] = {
    {"phone", "phone"}, {"voice", "phone"}, {"callback", "phone"}, {"inbound phone", "phone"}, {"call", "phone"}, {"calls", "phone"}, {"telephone", "phone"},
    {"phone call", "phone"}, {"phone call (incoming)", "phone"}, {"phone call (outgoing)", "phone"},
    {"телефон", "phone"}, {"звонок", "phone"}, {"звонки", "phone"}, {"điện thoại", "phone"}, {"tổng đài", "phone"},
    {"chat", "chat"}, {"live chat", "chat"}, {"chat transcript", "chat"}, {"messaging", "chat"}, {"message", "chat"}, {"webchat", "chat"}, {"messenger", "chat"},
    {"native messaging", "chat"}, {"чат", "chat"}, {"онлайн-чат", "chat"}, {"trò chuyện", "chat"}, {"zalo", "chat"},
    {"email", "email"}, {"e-mail", "email"}, {"mail", "email"}, {"outbound email", "email"}, {"почта", "email"},
    {"электронная почта", "email"}, {"thư", "email"}, {"thư điện tử", "email"},
    {"web", "web"}, {"web form", "web"}, {"web widget", "web"}, {"portal", "web"}, {"form", "web"},
    {"feedback widget", "web"}, {"сайт", "web"}, {"форма", "web"}, {"website", "web"},
    {"social", "social"}, {"social media", "social"}, {"twitter", "social"}, {"facebook", "social"},
    {"instagram", "social"}, {"соцсети", "social"}, {"mạng xã hội", "social"}, {"sms", "sms"}, {"text", "sms"}};
constexpr ValueWord kDirection[] = {
    {"inbound", "inbound"}, {"in", "inbound"}, {"incoming", "inbound"}, {"входящий", "inbound"},
    {"входящие", "inbound"}, {"gọi đến", "inbound"}, {"cuộc gọi đến", "inbound"}, {"outbound", "outbound"}, {"outbound-api", "outbound"}, {"outbound-dial", "outbound"},
    {"out", "outbound"}, {"outgoing", "outbound"}, {"исходящий", "outbound"}, {"исходящие", "outbound"},
    {"gọi đi", "outbound"}, {"cuộc gọi đi", "outbound"}, {"internal", "internal"}, {"внутренний", "internal"},
    {"nội bộ", "internal"}};
constexpr ValueWord kFlagWords[] = {
    {"true", "true"}, {"yes", "true"}, {"y", "true"}, {"1", "true"}, {"да", "true"}, {"có", "true"},
    {"false", "false"}, {"no", "false"}, {"n", "false"}, {"0", "false"}, {"нет", "false"}, {"không", "false"}};

constexpr ValueTable kTables[] = {
    {"zendesk_satisfaction", "Zendesk Satisfaction Score: Good → 5 and Bad → 1, so CSAT's share of 4–5 equals "
     "Zendesk's Good ÷ (Good + Bad); Offered and Not Offered are not ratings", kZendeskSatisfaction},
    {"good_okay_bad", "Help Scout (Great/Okay/Not Good) and Zoho Desk (Good/Okay/Bad) happiness ratings: "
     "5 / 3 / 1, so CSAT's share of 4–5 is the share of Great (Good) ratings", kGoodOkayBad},
    {"sla_status", "SLA status words (Freshdesk Within SLA / SLA Violated) → sla_breached", kSlaStatus},
    {"answered_outcome", "an answered yes/no flag: a call not answered counts as abandoned (the caller "
     "hung up before an agent took it)", kAnsweredOutcome},
    {"answered_or_missed", "an answered yes/no flag where the reason comes from another column: "
     "not answered → missed until that column says why", kAnsweredOrMissed},
    {"aircall_missed_reason", "Aircall missed call reason → outcome (vendors.md §2.8.1)", kAircallMissedReason},
    {"zendesk_talk_status", "Zendesk Talk call completion status → outcome (vendors.md §2.1)", kZendeskTalkStatus},
    {"missed_flag", "a missed yes/no flag: missed → missed, otherwise answered", kMissedFlag},
    {"twilio_call_status", "Twilio call status → outcome: canceled while ringing or queued counts as abandoned, "
     "no-answer and busy as missed, failed calls are not contacts", kTwilioCallStatus},
    {"twilio_task_status", "TaskRouter task assignment status → outcome: canceled before an agent accepted "
     "counts as abandoned (Flex Insights' definition)", kTwilioTaskStatus},
    {"talkdesk_call_type", "Talkdesk call type → outcome (vendors.md §2.8.4); outbound calls have none", kTalkdeskCallType},
    {"see_bank_outcome", "SEE call log outcome: AGENT answered, HANG abandoned; PHANTOM rows are virtual calls "
     "and are left out", kSeeBankOutcome},
    {"call_outcome", "common call status words in English, Vietnamese and Russian", kCallOutcome},
    {"channel", "channel words in English, Vietnamese and Russian; other values are kept as written", kChannel},
    {"direction", "call direction words in English, Vietnamese and Russian", kDirection},
    {"flag_words", "yes/no words in English, Vietnamese and Russian", kFlagWords},
};

constexpr std::string_view kOutcomeWords[] = {"answered", "abandoned", "short_abandoned", "ivr_abandoned",
                                              "voicemail", "out_of_hours", "missed"};
constexpr std::string_view kChannelWords[] = {"phone", "chat", "email", "web", "social", "sms"};
constexpr std::string_view kDirectionWords[] = {"inbound", "outbound", "internal"};

} // namespace

const ValueTable* findValueTable(std::string_view key) {
  for (const ValueTable& table : kTables)
    if (table.key == key) return &table;
  return nullptr;
}

std::span<const ValueTable> valueTables() { return kTables; }
std::span<const std::string_view> outcomeWords() { return kOutcomeWords; }
std::span<const std::string_view> channelWords() { return kChannelWords; }
std::span<const std::string_view> directionWords() { return kDirectionWords; }

std::string_view genericValueTableFor(std::string_view field) {
  if (field == "channel" || field == "survey.channel") return "channel";
  if (field == "direction") return "direction";
  if (field == "outcome") return "call_outcome";
  return {};
}

std::optional<std::string_view> lookUpValue(const ValueTable& table, std::string_view value) {
  const std::string folded = foldHeader(value);
  for (const ValueWord& word : table.words)
    if (foldHeader(word.text) == folded) return word.to;
  return std::nullopt;
}

} // namespace carescore
