// The synonym tables. English from the vendors' own labels (vendors.md) and common in-house
// spreadsheets (shared/data); Vietnamese and Russian as support teams label the same things.
#include "core/mapping/synonyms.h"

namespace carescore {

namespace {

using K = RecordKind;

constexpr std::string_view kContactId[] = {
    "id", "ticket id", "ticket", "ticket number", "call id", "conversation id", "case id", "case number",
    "interaction id", "complaint id", "request id", "chat id", "mã hội thoại", "mã phiếu", "mã yêu cầu", "mã cuộc gọi",
    "số phiếu", "mã ticket", "id cuộc gọi", "mã khiếu nại", "номер заявки", "номер обращения", "id звонка",
    "id обращения", "id заявки", "номер тикета", "№", "№ заявки", "номер"};
constexpr std::string_view kCreatedAt[] = {
    "created at", "created", "create date", "created date", "created time", "date created", "creation date",
    "creation time", "opened at", "open date", "received", "date received", "received at", "submitted at",
    "start time", "started at", "call start", "call time", "~date", "~datetime", "~timestamp", "~time",
    "thời gian tạo", "ngày tạo", "thời điểm tạo", "ngày tiếp nhận", "thời gian tiếp nhận", "thời gian gọi", "thời gian bắt đầu", "bắt đầu lúc",
    "ngày gọi", "~thời gian", "~ngày", "дата создания", "время создания", "создан", "создано", "создана",
    "дата обращения", "дата поступления", "время звонка", "дата звонка", "начало звонка", "~дата", "~время",
    "~дата и время"};
constexpr std::string_view kFirstResponseAt[] = {
    "first response at", "first responded at", "first reply at", "first response time", "first response date",
    "initial response time", "first reply time", "first agent reply date", "thời gian phản hồi đầu tiên",
    "phản hồi đầu tiên", "thời điểm phản hồi", "время первого ответа", "дата первого ответа", "первый ответ"};
constexpr std::string_view kFirstResponseSeconds[] = {
    "first response time", "first reply time", "time to first response", "time to first reply", "frt",
    "response time", "first response", "thời gian phản hồi", "thời gian phản hồi đầu tiên",
    "время первого ответа", "время реакции", "время ответа на обращение"};
constexpr std::string_view kAnsweredAt[] = {"answered at", "answer time", "time answered", "picked up at",
                                            "thời điểm trả lời", "время ответа"};
constexpr std::string_view kWaitSeconds[] = {
    "wait time", "waiting time", "queue time", "time in queue", "speed of answer", "speed of answer in seconds",
    "time to answer", "asa", "answer speed", "hold time in queue", "q time", "ring time",
    "thời gian chờ", "thời gian chờ máy", "thời gian đổ chuông", "время ожидания", "время ответа", "ожидание",
    "время в очереди"};
constexpr std::string_view kOutcome[] = {
    "outcome", "call status", "call result", "result", "disposition", "answered", "answered y n", "is answered",
    "call outcome", "kết quả", "kết quả cuộc gọi", "trạng thái cuộc gọi", "đã trả lời", "результат",
    "статус звонка", "результат звонка", "отвечен", "~статус", "~status"};
constexpr std::string_view kAbandoned[] = {"abandoned", "is abandoned", "missed", "is missed", "is missed call",
                                           "missed call", "bị nhỡ", "cuộc gọi nhỡ", "пропущен", "пропущенный",
                                           "брошен"};
constexpr std::string_view kResolvedAt[] = {
    "resolved at", "resolved time", "resolved date", "date resolved", "resolution date", "solved at", "solved date",
    "time to resolution", "resolution time", "thời gian giải quyết", "ngày giải quyết", "thời điểm giải quyết",
    "дата решения", "время решения", "решено", "дата выполнения"};
constexpr std::string_view kResolutionSeconds[] = {
    "resolution time", "time to resolve", "time to resolution", "resolution duration", "thời gian giải quyết",
    "thời gian xử lý yêu cầu", "время решения", "срок решения"};
constexpr std::string_view kClosedAt[] = {"closed at", "closed time", "close date", "closed date", "date closed",
                                          "ngày đóng", "thời gian đóng", "дата закрытия", "время закрытия", "закрыт",
                                          "закрыто"};
constexpr std::string_view kStatus[] = {"status", "ticket status", "state", "stage", "trạng thái", "tình trạng",
                                        "статус", "состояние", "статус заявки"};
constexpr std::string_view kAgent[] = {
    "agent", "agent name", "assignee", "assigned to", "owner", "ticket owner", "operator", "rep", "sales rep",
    "responder", "handled by", "answered by", "employee", "staff", "server", "nhân viên", "nhân viên xử lý",
    "người xử lý", "người phụ trách", "điện thoại viên", "tổng đài viên", "nhân viên tư vấn", "оператор",
    "сотрудник", "ответственный", "кто ответил", "агент", "исполнитель", "менеджер", "специалист"};
constexpr std::string_view kTeam[] = {"team", "group", "department", "queue", "skill", "nhóm", "phòng ban", "bộ phận",
                                      "группа", "отдел", "очередь"};
constexpr std::string_view kPriority[] = {"priority", "severity", "urgency", "ticket priority", "mức độ ưu tiên",
                                          "ưu tiên", "mức độ", "приоритет", "важность", "срочность"};
constexpr std::string_view kTopic[] = {
    "topic", "subject", "category", "issue type", "issue", "ticket subject", "ticket type", "reason", "tags", "tag",
    "question", "chủ đề", "loại yêu cầu", "danh mục", "vấn đề", "phân loại", "nội dung", "тема", "категория",
    "причина обращения", "тип обращения", "вопрос", "причина"};
constexpr std::string_view kChannel[] = {"channel", "via", "source", "medium", "ticket channel", "contact channel",
                                         "kênh", "kênh liên hệ", "nguồn", "канал", "источник", "канал связи"};
constexpr std::string_view kDirection[] = {"direction", "call direction", "call type", "inbound", "hướng",
                                           "chiều cuộc gọi", "loại cuộc gọi", "направление", "тип звонка", "~тип",
                                           "~type"};
constexpr std::string_view kCustomerId[] = {
    "customer id", "customer", "customer email", "requester", "requester id", "client", "client id", "caller",
    "caller id", "phone number", "email", "user id", "contact id", "account", "khách hàng", "mã khách hàng",
    "email khách hàng", "số điện thoại", "sđt", "клиент", "id клиента", "код клиента", "телефон клиента",
    "номер клиента", "откуда", "абонент"};
constexpr std::string_view kHandleSeconds[] = {
    "handle time", "handling time", "talk time", "talk duration", "avg talk duration", "avgtalkduration",
    "service time", "ser time", "aht", "call duration", "duration", "conversation duration",
    "thời gian xử lý", "thời gian đàm thoại", "thời lượng cuộc gọi", "thời lượng", "длительность разговора",
    "время разговора", "время обработки", "продолжительность разговора", "длительность"};
constexpr std::string_view kReplies[] = {"replies", "agent replies", "agent interactions", "number of replies",
                                         "reply count", "số lần phản hồi", "количество ответов"};
constexpr std::string_view kTransfers[] = {"transfers", "reassignments", "number of reassignments", "transfer count",
                                           "số lần chuyển", "переводы", "количество переводов"};
constexpr std::string_view kReopens[] = {"reopens", "reopened", "reopen count", "số lần mở lại", "переоткрытия",
                                         "количество переоткрытий"};
constexpr std::string_view kFcr[] = {"fcr", "first contact resolution", "resolved on first contact",
                                     "first call resolution", "resolved", "giải quyết ngay", "решено с первого раза",
                                     "решён"};
constexpr std::string_view kSlaBreached[] = {"sla breached", "sla violated", "sla breach", "breached", "vi phạm sla",
                                             "нарушение sla", "просрочено"};
constexpr std::string_view kPromisedAt[] = {"due date", "due by", "due at", "deadline", "sla due", "hạn xử lý",
                                            "hạn chót", "срок", "крайний срок", "срок выполнения"};

constexpr std::string_view kSurveyId[] = {"response id", "respondent id", "id", "#", "survey id", "mã phản hồi",
                                          "id ответа"};
constexpr std::string_view kSubmittedAt[] = {
    "submitted at", "submit date", "surveyed at", "survey date", "response date", "responded at", "end date",
    "recorded date", "completed at", "timestamp", "~date", "~created at", "~datetime", "dấu thời gian",
    "thời gian gửi", "ngày khảo sát", "thời gian khảo sát", "~ngày", "~thời gian", "отметка времени",
    "дата ответа", "дата опроса", "~дата", "~время"};
constexpr std::string_view kSurveyCustomer[] = {
    "customer id", "customer", "email", "email address", "respondent email", "user id", "client id", "customerid",
    "khách hàng", "email khách hàng", "mã khách hàng", "клиент", "id клиента", "адрес электронной почты"};
constexpr std::string_view kContactIdOfSurvey[] = {"ticket id", "conversation id", "call id", "contact id", "case id",
                                                   "ticket", "mã phiếu", "mã cuộc gọi", "номер заявки",
                                                   "номер обращения"};
constexpr std::string_view kNps[] = {
    "nps", "nps score", "net promoter score", "likelihood to recommend", "recommend", "would recommend",
    "how likely are you to recommend", "scale of 0 10", "~score", "khả năng giới thiệu", "giới thiệu", "sẵn sàng giới thiệu",
    "giới thiệu cho bạn bè", "рекомендовать", "рекомендовали", "порекомендуете", "рекомендац*",
    "вероятность рекомендации", "индекс nps"};
constexpr std::string_view kCsat[] = {
    "csat", "csat score", "satisfaction", "satisfaction rating", "satisfaction score", "customer satisfaction",
    "customer satisfaction rating", "conversation rating", "happiness rating", "rating", "satisfied",
    "điểm hài lòng", "mức độ hài lòng", "hài lòng", "sự hài lòng", "đánh giá", "điểm đánh giá",
    "удовлетвор*", "оценка", "оценка качества", "довольны"};
constexpr std::string_view kCes[] = {"ces", "customer effort", "customer effort score", "effort", "ease", "easy", "how easy",
                                     "mức độ dễ dàng", "mức độ nỗ lực", "dễ dàng", "усилия", "легко", "простота"};
constexpr std::string_view kComment[] = {
    "comment", "comments", "feedback", "remark", "remarks", "why", "explanation", "explication", "verbatim",
    "rating remark", "góp ý", "nhận xét", "ý kiến", "bình luận", "ghi chú", "комментарий", "отзыв", "пояснение",
    "примечание"};

constexpr std::string_view kOrderId[] = {"order id", "order number", "order", "mã đơn hàng", "số đơn hàng",
                                         "номер заказа", "id заказа"};
constexpr std::string_view kOrderedAt[] = {"order date", "ordered at", "date of purchase", "purchase date",
                                           "ngày đặt hàng", "ngày mua", "дата заказа", "дата покупки"};
constexpr std::string_view kOrderPromised[] = {"promised date", "promised at", "expected delivery", "delivery due",
                                               "appointment", "appointment time", "ngày hẹn giao", "lịch hẹn",
                                               "обещанная дата", "дата визита", "плановая дата доставки"};
constexpr std::string_view kDeliveredAt[] = {"delivered at", "delivery date", "delivered", "shipped at",
                                             "ngày giao", "ngày giao hàng", "дата доставки", "доставлен"};
constexpr std::string_view kCustomerKey[] = {"customer id", "user id", "client id", "customer", "khách hàng",
                                             "mã khách hàng", "клиент", "id клиента"};
constexpr std::string_view kSegment[] = {"segment", "tier", "plan", "tariff plan", "tariff", "region", "age group",
                                         "age band", "income band", "phân khúc", "khu vực", "hạng", "gói", "сегмент", "тариф",
                                         "регион"};
constexpr std::string_view kItemsOrdered[] = {"items ordered", "items", "quantity", "qty", "số lượng", "số lượng đặt",
                                              "количество", "количество товаров"};
constexpr std::string_view kItemsDelivered[] = {"items delivered", "delivered items", "delivered quantity",
                                                "số lượng giao", "số lượng giao đúng", "доставлено товаров",
                                                "количество доставленных"};
constexpr std::string_view kOrderAccurate[] = {"accurate", "order accurate", "complete and correct", "đúng và đủ",
                                               "giao đúng đủ", "без ошибок"};
constexpr std::string_view kCustomerOrders[] = {"orders", "order count", "number of orders", "total orders",
                                                "tổng số đơn", "số đơn đã mua", "количество заказов", "всего заказов"};
constexpr std::string_view kReferrals[] = {"referrals", "referral count", "referred customers", "số khách đã giới thiệu",
                                           "số người giới thiệu", "приглашено клиентов", "рефералы"};
constexpr std::string_view kFirstSeen[] = {"first seen", "date start", "start date", "signup date", "registration date",
                                           "customer since", "first purchase", "ngày đăng ký", "дата регистрации",
                                           "дата подключения"};
constexpr std::string_view kLastSeen[] = {"last seen", "last purchase", "last activity", "last order",
                                          "lần mua cuối", "последняя покупка", "последняя активность"};
constexpr std::string_view kChurned[] = {"churned", "churn", "is churned", "cancelled", "rời bỏ", "ушёл", "отток"};
constexpr std::string_view kAvailable[] = {"available time", "logged in time", "login time", "login duration",
                                           "time logged in", "staffed time", "thời gian đăng nhập", "thời gian sẵn sàng",
                                           "время в сети", "время работы", "время в системе"};
constexpr std::string_view kAgentDate[] = {"date", "day", "shift date", "ngày", "дата", "день"};

constexpr FieldSynonyms kSynonyms[] = {
    {K::Contact, "id", kContactId, 1},
    {K::Contact, "created_at", kCreatedAt, 2},
    {K::Contact, "first_response_at", kFirstResponseAt, 2},
    {K::Contact, "first_response_seconds", kFirstResponseSeconds, 2},
    {K::Contact, "answered_at", kAnsweredAt, 2},
    {K::Contact, "wait_seconds", kWaitSeconds, 2},
    {K::Contact, "outcome", kOutcome, 2},
    {K::Contact, "abandoned", kAbandoned, 2},
    {K::Contact, "resolved_at", kResolvedAt, 2},
    {K::Contact, "resolution_seconds", kResolutionSeconds, 2},
    {K::Contact, "closed_at", kClosedAt, 1},
    {K::Contact, "status", kStatus, 1},
    {K::Contact, "agent", kAgent, 1.5},
    {K::Contact, "team", kTeam, 1},
    {K::Contact, "priority", kPriority, 1},
    {K::Contact, "topic", kTopic, 1},
    {K::Contact, "channel", kChannel, 1.5},
    {K::Contact, "direction", kDirection, 1},
    {K::Contact, "customer_id", kCustomerId, 0.5},
    {K::Contact, "handle_seconds", kHandleSeconds, 2},
    {K::Contact, "agent_replies", kReplies, 1},
    {K::Contact, "transfers", kTransfers, 1},
    {K::Contact, "reopens", kReopens, 1},
    {K::Contact, "first_contact_resolved", kFcr, 1},
    {K::Contact, "sla_breached", kSlaBreached, 1},
    {K::Contact, "promised_at", kPromisedAt, 1},
    {K::Contact, "survey.csat", kCsat, 0.5},
    {K::Contact, "survey.nps", kNps, 0.5},
    {K::Contact, "survey.comment", kComment, 0.2},

    {K::Survey, "id", kSurveyId, 0.5},
    {K::Survey, "submitted_at", kSubmittedAt, 1},
    {K::Survey, "customer_id", kSurveyCustomer, 0.5},
    {K::Survey, "contact_id", kContactIdOfSurvey, 1},
    {K::Survey, "agent", kAgent, 0.5},
    {K::Survey, "channel", kChannel, 0.5},
    {K::Survey, "nps", kNps, 3},
    {K::Survey, "csat", kCsat, 3},
    {K::Survey, "ces", kCes, 3},
    {K::Survey, "comment", kComment, 1},

    {K::Order, "id", kOrderId, 1},
    {K::Order, "ordered_at", kOrderedAt, 2},
    {K::Order, "promised_at", kOrderPromised, 2},
    {K::Order, "delivered_at", kDeliveredAt, 2},
    {K::Order, "items_ordered", kItemsOrdered, 1},
    {K::Order, "items_delivered", kItemsDelivered, 1.5},
    {K::Order, "accurate", kOrderAccurate, 1},
    {K::Order, "customer_id", kCustomerKey, 0.5},

    {K::Customer, "customer_id", kCustomerKey, 1},
    {K::Customer, "segment", kSegment, 1.5},
    {K::Customer, "first_seen", kFirstSeen, 1.5},
    {K::Customer, "last_seen", kLastSeen, 1.5},
    {K::Customer, "churned", kChurned, 1.5},
    {K::Customer, "orders", kCustomerOrders, 1},
    {K::Customer, "referrals", kReferrals, 1.5},

    {K::AgentTime, "agent", kAgent, 1},
    {K::AgentTime, "date", kAgentDate, 0.5},
    {K::AgentTime, "available_seconds", kAvailable, 3},
};

constexpr std::string_view kCallWords[] = {"call", "calls", "caller", "vru", "ivr", "звонок", "звонка", "звонки",
                                           "звонков", "cuộc gọi", "gọi"};

} // namespace

std::span<const FieldSynonyms> fieldSynonyms() { return kSynonyms; }

std::optional<ScoreRange> scoreRangeOf(std::string_view field) {
  if (field.substr(0, 7) == "survey.") field.remove_prefix(7);
  if (field == "nps") return ScoreRange{0, 10, 7};
  if (field == "csat") return ScoreRange{1, 5, 3};
  if (field == "ces") return ScoreRange{1, 7, 3};
  return std::nullopt;
}

std::span<const std::string_view> callWords() { return kCallWords; }

} // namespace carescore
