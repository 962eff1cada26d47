#include "tools/synthetic_exports.h"

#include <array>
#include <utility>
#include <cstdio>
#include <vector>

#include "tools/text_encoder.h"

namespace carescore::tools {

namespace {

// splitmix64: small, fast, and the same sequence on every platform.
struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(next() % n); }
  bool chance(std::uint32_t percent) { return below(100) < percent; }
  template <class T, std::size_t N>
  const T& pick(const std::array<T, N>& items) { return items[below(N)]; }
};

using Words = std::array<std::string_view, 8>;

// Per language (English, Vietnamese, Russian), as data.
struct Vocabulary {
  std::array<std::string_view, 10> family;
  std::array<std::string_view, 12> given;
  Words subjects;
  Words comments;
  std::array<std::string_view, 5> channels;
  std::array<std::string_view, 4> statuses;  // open, pending, solved, closed
  std::array<std::string_view, 4> priorities;
  std::array<std::string_view, 3> queues;
  std::array<std::string_view, 2> ratings;   // good, bad
  std::array<std::string_view, 2> yesNo;
  std::array<std::string_view, 11> ticketHeader;
  std::array<std::string_view, 8> callHeader;
  std::array<std::string_view, 8> chatHeader;
  std::array<std::string_view, 6> surveyHeader;
};

constexpr Vocabulary kEnglish{
    {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson", "Taylor"},
    {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Susan", "Emma", "Oliver"},
    {"Order delivered late", "Cannot log in", "Refund request", "Invoice question, VAT", "Damaged item",
     "Change delivery address", "Payment failed twice", "Where is my parcel"},
    {"Fast and friendly, thanks", "Took too long", "Agent was helpful, problem solved", "Nobody answered my email",
     "Great service", "Still waiting for a refund", "OK", "Had to call three times, not happy"},
    {"email", "chat", "phone", "web", "social"},
    {"open", "pending", "solved", "closed"},
    {"low", "normal", "high", "urgent"},
    {"sales", "support", "billing"},
    {"good", "bad"},
    {"Y", "N"},
    {"ticket_id", "created_at", "channel", "status", "priority", "agent", "customer", "first_response_seconds",
     "resolution_time", "csat", "subject"},
    {"call_id", "started_at", "queue", "agent", "answered", "wait_seconds", "talk_time", "satisfaction"},
    {"chat_id", "started_at", "agent", "visitor", "first_reply_seconds", "duration", "rating", "transcript"},
    {"response_id", "submitted_at", "ticket_id", "nps", "csat", "comment"},
};

constexpr Vocabulary kVietnamese{
    {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Đặng", "Bùi", "Đỗ"},
    {"An", "Bình", "Dũng", "Giang", "Hương", "Khánh", "Linh", "Ngọc Ánh", "Phúc", "Quân", "Thảo", "Việt"},
    {"Đơn hàng giao trễ", "Không đăng nhập được", "Yêu cầu hoàn tiền", "Hỏi về hóa đơn, thuế VAT", "Sản phẩm bị lỗi",
     "Đổi địa chỉ giao hàng", "Thanh toán thất bại hai lần", "Bưu kiện của tôi ở đâu"},
    {"Nhanh và thân thiện, cảm ơn", "Chờ quá lâu", "Nhân viên nhiệt tình, đã giải quyết xong", "Không ai trả lời email",
     "Dịch vụ tuyệt vời", "Vẫn chưa được hoàn tiền", "Được", "Phải gọi ba lần, không hài lòng"},
    {"Email", "Chat", "Điện thoại", "Web", "Mạng xã hội"},
    {"Mới", "Đang chờ", "Đã giải quyết", "Đã đóng"},
    {"Thấp", "Bình thường", "Cao", "Khẩn cấp"},
    {"Bán hàng", "Hỗ trợ", "Thanh toán"},
    {"Tốt", "Tệ"},
    {"Có", "Không"},
    {"Mã phiếu", "Ngày tạo", "Kênh", "Trạng thái", "Ưu tiên", "Nhân viên", "Khách hàng", "Phản hồi đầu (giây)",
     "Thời gian xử lý", "Đánh giá", "Chủ đề"},
    {"Mã cuộc gọi", "Bắt đầu", "Hàng đợi", "Nhân viên", "Đã trả lời", "Thời gian chờ (giây)", "Thời gian nói chuyện",
     "Mức hài lòng"},
    {"Mã chat", "Bắt đầu", "Nhân viên", "Khách", "Phản hồi đầu (giây)", "Thời lượng", "Đánh giá", "Nội dung"},
    {"Mã phản hồi", "Thời điểm gửi", "Mã phiếu", "NPS", "CSAT", "Nhận xét"},
};

constexpr Vocabulary kRussian{
    {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров"},
    {"Александр", "Алексей", "Анна", "Дмитрий", "Екатерина", "Елена", "Ирина", "Максим", "Мария", "Ольга", "Сергей", "Юлия"},
    {"Заказ доставлен с опозданием", "Не могу войти", "Возврат денег", "Вопрос по счёту, НДС", "Товар с браком",
     "Смена адреса доставки", "Оплата не прошла дважды", "Где моя посылка"},
    {"Быстро и вежливо, спасибо", "Слишком долго", "Оператор помог, вопрос решён", "Никто не ответил на письмо",
     "Отличный сервис", "До сих пор жду возврат", "Нормально", "Пришлось звонить трижды, недоволен"},
    {"Почта", "Чат", "Телефон", "Сайт", "Соцсети"},
    {"Новый", "Ожидает", "Решён", "Закрыт"},
    {"Низкий", "Обычный", "Высокий", "Срочный"},
    {"Продажи", "Поддержка", "Биллинг"},
    {"Хорошо", "Плохо"},
    {"да", "нет"},
    {"Номер", "Создан", "Канал", "Статус", "Приоритет", "Оператор", "Клиент", "Первый ответ (сек)", "Время решения",
     "Оценка", "Тема"},
    {"ID звонка", "Время", "Очередь", "Оператор", "Отвечен", "Ожидание (сек)", "Длительность разговора", "Оценка"},
    {"ID чата", "Начало", "Оператор", "Посетитель", "Первый ответ (сек)", "Длительность", "Оценка", "Переписка"},
    {"ID ответа", "Отправлен", "Номер обращения", "NPS", "CSAT", "Комментарий"},
};

const Vocabulary& vocabularyOf(Language language) {
  switch (language) {
    case Language::Vietnamese: return kVietnamese;
    case Language::Russian: return kRussian;
    default: return kEnglish;
  }
}

struct Cell {
  std::string text;
  bool number = false;       // JSON writes it unquoted
  bool alwaysQuote = false;  // CSV quotes it even when not needed (exports often quote free text)
};

std::string two(unsigned v) {
  char b[8];
  std::snprintf(b, sizeof b, "%02u", v);
  return b;
}

// Seconds since 1970 to a date in the given style (Howard Hinnant's civil_from_days).
std::string formatTime(std::int64_t seconds, DateStyle style) {
  const std::int64_t days = seconds / 86400, rest = seconds % 86400;
  const std::int64_t z = days + 719468, era = z / 146097, doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  const auto d = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1), m = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
  const std::string y = std::to_string(yoe + era * 400 + (m <= 2));
  const auto h = static_cast<unsigned>(rest / 3600), mi = static_cast<unsigned>(rest / 60 % 60), s = static_cast<unsigned>(rest % 60);
  switch (style) {
    case DateStyle::Iso: return y + "-" + two(m) + "-" + two(d) + "T" + two(h) + ":" + two(mi) + ":" + two(s) + "Z";
    case DateStyle::DayMonthYear: return two(d) + "/" + two(m) + "/" + y + " " + two(h) + ":" + two(mi);
    case DateStyle::MonthDayYear: return std::to_string(m) + "/" + std::to_string(d) + "/" + y + " " + std::to_string(h) + ":" + two(mi) + ":" + two(s);
    case DateStyle::Dotted: return two(d) + "." + two(m) + "." + y + " " + two(h) + ":" + two(mi) + ":" + two(s);
  }
  return y;
}

std::string clock(std::uint32_t seconds, bool hours) {
  const std::string ms = two(seconds / 60 % 60) + ":" + two(seconds % 60);
  return hours ? two(seconds / 3600) + ":" + ms : std::to_string(seconds / 60) + ":" + two(seconds % 60);
}

std::string personName(Rng& rng, const Vocabulary& v) {
  if (&v == &kEnglish) return std::string(rng.pick(v.given)) + " " + std::string(rng.pick(v.family));
  return std::string(rng.pick(v.family)) + " " + std::string(rng.pick(v.given));
}

Cell number(std::uint64_t n) { return {std::to_string(n), true}; }
Cell text(std::string_view t) { return {std::string(t)}; }
Cell maybe(Rng& rng, std::uint32_t emptyPercent, Cell cell) { return rng.chance(emptyPercent) ? Cell{"", cell.number} : cell; }

// Free text the way exports carry it: commas, sometimes quotes or a line break.
Cell freeText(Rng& rng, std::string_view base, std::uint64_t reference) {
  std::string t(base);
  t += ", #" + std::to_string(reference);
  if (rng.chance(12)) t += " \"urgent\"";
  if (rng.chance(2)) t += "\nsecond line";
  return {t, false, true};
}

constexpr std::int64_t kStart = 1788220800;  // 2026-09-01T00:00:00Z

std::vector<Cell> makeRow(ExportKind kind, std::uint64_t i, Rng& rng, const Vocabulary& v, DateStyle dates) {
  const std::int64_t at = kStart + static_cast<std::int64_t>(i) * 37 + rng.below(30);
  switch (kind) {
    case ExportKind::Tickets: {
      const std::uint32_t status = rng.below(4);
      return {number(1000000 + i), text(formatTime(at, dates)), text(rng.pick(v.channels)), text(v.statuses[status]),
              text(rng.pick(v.priorities)), text(personName(rng, v)), text(personName(rng, v)),
              maybe(rng, 10, number(30 + rng.below(7200))), status >= 2 ? text(clock(600 + rng.below(200000), true)) : text(""),
              maybe(rng, 20, number(1 + rng.below(5))), freeText(rng, rng.pick(v.subjects), 70000 + rng.below(30000))};
    }
    case ExportKind::Calls: {
      const bool answered = rng.chance(82);
      return {number(500000 + i), text(formatTime(at, dates)), text(rng.pick(v.queues)), text(answered ? personName(rng, v) : ""),
              text(v.yesNo[answered ? 0 : 1]), number(rng.below(answered ? 240 : 600)),
              text(answered ? clock(20 + rng.below(900), false) : ""), maybe(rng, answered ? 40 : 100, number(1 + rng.below(5)))};
    }
    case ExportKind::Chats: {
      const std::string visitor = personName(rng, v);
      Cell transcript{visitor + ": " + std::string(rng.pick(v.subjects)) + "\n" + personName(rng, v) + ": " +
                          std::string(rng.pick(v.comments)),
                      false, true};
      return {number(800000 + i), text(formatTime(at, dates)), text(personName(rng, v)), text(visitor),
              number(5 + rng.below(300)), text(clock(60 + rng.below(3600), true)),
              text(rng.chance(50) ? "" : v.ratings[rng.below(2)]), transcript};
    }
    case ExportKind::Surveys:
      return {number(300000 + i), text(formatTime(at, dates)), number(1000000 + rng.below(1000000)),
              maybe(rng, 5, number(rng.below(11))), maybe(rng, 25, number(1 + rng.below(5))),
              rng.chance(40) ? text("") : freeText(rng, rng.pick(v.comments), i)};
  }
  return {};
}

template <std::size_t N>
std::vector<std::string_view> header(const std::array<std::string_view, N>& names) {
  return {names.begin(), names.end()};
}

std::vector<std::string_view> headerOf(ExportKind kind, const Vocabulary& v) {
  switch (kind) {
    case ExportKind::Tickets: return header(v.ticketHeader);
    case ExportKind::Calls: return header(v.callHeader);
    case ExportKind::Chats: return header(v.chatHeader);
    case ExportKind::Surveys: return header(v.surveyHeader);
  }
  return {};
}

void appendJsonString(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += c;
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else out += c;
  }
  out += '"';
}

// Stages UTF-8, encodes and hands out pieces of about 64 KiB.
class Output {
public:
  Output(TextEncoder& encoder, const std::function<void(std::string_view)>& write) : encoder_(encoder), write_(write) {}
  std::string& text() { return utf8_; }
  void maybeFlush() {
    if (utf8_.size() >= (1 << 16)) flush();
  }
  void flush() {
    encoded_.clear();
    encoder_.encode(utf8_, encoded_);
    utf8_.clear();
    bytes_ += encoded_.size();
    if (!encoded_.empty()) write_(encoded_);
  }
  std::uint64_t bytes() const { return bytes_; }

private:
  TextEncoder& encoder_;
  const std::function<void(std::string_view)>& write_;
  std::string utf8_, encoded_;
  std::uint64_t bytes_ = 0;
};

} // namespace

template <class E, std::size_t N>
std::optional<E> fromName(const std::pair<std::string_view, E> (&names)[N], std::string_view name) {
  for (const auto& [text, value] : names)
    if (text == name) return value;
  return std::nullopt;
}

std::optional<ExportKind> exportKindFromName(std::string_view name) {
  static constexpr std::pair<std::string_view, ExportKind> kNames[] = {
      {"tickets", ExportKind::Tickets}, {"calls", ExportKind::Calls}, {"chats", ExportKind::Chats}, {"surveys", ExportKind::Surveys}};
  return fromName(kNames, name);
}

std::optional<ExportFormat> exportFormatFromName(std::string_view name) {
  static constexpr std::pair<std::string_view, ExportFormat> kNames[] = {
      {"csv", ExportFormat::Csv}, {"tsv", ExportFormat::Tsv}, {"ndjson", ExportFormat::Ndjson}, {"json", ExportFormat::Json}};
  return fromName(kNames, name);
}

std::optional<Language> languageFromName(std::string_view name) {
  static constexpr std::pair<std::string_view, Language> kNames[] = {
      {"mixed", Language::Mixed}, {"en", Language::English}, {"vi", Language::Vietnamese}, {"ru", Language::Russian}};
  return fromName(kNames, name);
}

std::optional<DateStyle> dateStyleFromName(std::string_view name) {
  static constexpr std::pair<std::string_view, DateStyle> kNames[] = {
      {"iso", DateStyle::Iso}, {"dmy", DateStyle::DayMonthYear}, {"mdy", DateStyle::MonthDayYear}, {"dotted", DateStyle::Dotted}};
  return fromName(kNames, name);
}

bool writeExport(const ExportSpec& spec, const std::function<void(std::string_view)>& write, ExportStats* stats) {
  carescore::Encoding encoding;
  bool bom = false;
  if (!encoderFromName(spec.encoding, &encoding, &bom)) return false;
  TextEncoder encoder(encoding, bom);
  Output out(encoder, write);

  // What the encoding can write decides the default language; the language decides the dates.
  const Language language = spec.language.value_or(encoding == carescore::Encoding::Windows1258 ? Language::Vietnamese
                                                    : encoding == carescore::Encoding::Windows1251 || encoding == carescore::Encoding::Koi8R
                                                        ? Language::Russian
                                                    : encoding == carescore::Encoding::Windows1252 ? Language::English
                                                                                                    : Language::Mixed);
  const Vocabulary& headerWords = vocabularyOf(language);
  const DateStyle dates = spec.dates.value_or(language == Language::Vietnamese ? DateStyle::DayMonthYear
                                              : language == Language::Russian  ? DateStyle::Dotted
                                                                               : DateStyle::Iso);
  const std::vector<std::string_view> names = headerOf(spec.kind, headerWords);
  const bool csv = spec.format == ExportFormat::Csv || spec.format == ExportFormat::Tsv;
  const char delimiter = spec.format == ExportFormat::Tsv ? '\t' : spec.delimiter;
  const std::string_view eol = spec.crlf ? "\r\n" : "\n";
  static constexpr std::array<std::string_view, 4> kWrappers = {"tickets", "calls", "chats", "responses"};

  auto csvCell = [&](std::string& o, std::string_view t, bool quote) {
    quote = quote || t.find_first_of(std::string{delimiter, '"', '\r', '\n'}) != std::string_view::npos;
    if (!quote) {
      o += t;
      return;
    }
    o += '"';
    for (char c : t) {
      if (c == '"') o += '"';
      o += c;
    }
    o += '"';
  };

  if (csv) {
    for (std::size_t c = 0; c < names.size(); ++c) {
      if (c) out.text() += delimiter;
      csvCell(out.text(), names[c], false);
    }
    out.text() += eol;
  } else if (spec.format == ExportFormat::Json) {
    out.text() += "{\"" + std::string(kWrappers[static_cast<std::size_t>(spec.kind)]) + "\": [\n";
  }

  Rng rng{spec.seed};
  for (std::uint64_t i = 0; i < spec.rows; ++i) {
    const Language rowLanguage = language != Language::Mixed ? language
                                 : rng.chance(40)            ? Language::Vietnamese
                                 : rng.chance(50)            ? Language::Russian
                                                             : Language::English;
    const std::vector<Cell> cells = makeRow(spec.kind, i, rng, vocabularyOf(rowLanguage), dates);
    std::string& o = out.text();
    if (csv) {
      for (std::size_t c = 0; c < cells.size(); ++c) {
        if (c) o += delimiter;
        csvCell(o, cells[c].text, cells[c].alwaysQuote);
      }
      o += eol;
    } else {
      if (spec.format == ExportFormat::Json && i) o += ",\n";
      o += '{';
      for (std::size_t c = 0; c < cells.size(); ++c) {
        if (c) o += ", ";
        appendJsonString(o, names[c]);
        o += ": ";
        if (cells[c].text.empty()) o += "null";
        else if (cells[c].number) o += cells[c].text;
        else appendJsonString(o, cells[c].text);
      }
      o += '}';
      if (spec.format == ExportFormat::Ndjson) o += '\n';
    }
    out.maybeFlush();
  }
  if (spec.format == ExportFormat::Json) out.text() += "\n], \"count\": " + std::to_string(spec.rows) + "}\n";
  out.flush();
  if (stats) *stats = {out.bytes(), spec.rows, encoder.unencodable()};
  return true;
}

std::string exportToString(const ExportSpec& spec) {
  std::string all;
  writeExport(spec, [&](std::string_view piece) { all.append(piece); });
  return all;
}

} // namespace carescore::tools
