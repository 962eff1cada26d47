#include "core/ingest/header_hints.h"

#include <span>

#include "core/ingest/text_scan.h"
#include "core/ingest/unit_words.h"

// The cues are data: phrases of folded words with where they must stand. A phrase of several
// words matches consecutive tokens ("time to", "thời gian", "y n" from "(Y/N)").
namespace carescore {

namespace {

enum class Cue : std::uint8_t { Timestamp, TimeOfDay, Elapsed, Flag, Identifier, FreeText };
enum class Where : std::uint8_t { Anywhere, First, Last };

struct CuePhrase {
  std::string_view phrase;  // folded words separated by single spaces
  Cue cue;
  Where where = Where::Anywhere;
};

constexpr CuePhrase kCues[] = {
    // Dates and times.
    {"date", Cue::Timestamp}, {"time", Cue::Timestamp}, {"timestamp", Cue::Timestamp},
    {"datetime", Cue::Timestamp}, {"at", Cue::Timestamp, Where::Last}, {"on", Cue::Timestamp, Where::Last},
    {"when", Cue::Timestamp}, {"дата", Cue::Timestamp}, {"время", Cue::Timestamp}, {"ngày", Cue::Timestamp},
    {"thời gian", Cue::Timestamp}, {"thời điểm", Cue::Timestamp}, {"lúc", Cue::Timestamp},
    // Points in the day (a clock reading, not an elapsed time).
    {"time", Cue::TimeOfDay}, {"start", Cue::TimeOfDay}, {"started", Cue::TimeOfDay}, {"end", Cue::TimeOfDay},
    {"ended", Cue::TimeOfDay}, {"begin", Cue::TimeOfDay}, {"entry", Cue::TimeOfDay}, {"exit", Cue::TimeOfDay},
    {"clock", Cue::TimeOfDay}, {"время", Cue::TimeOfDay}, {"начало", Cue::TimeOfDay}, {"конец", Cue::TimeOfDay},
    {"окончание", Cue::TimeOfDay}, {"giờ", Cue::TimeOfDay, Where::First}, {"lúc", Cue::TimeOfDay},
    {"thời điểm", Cue::TimeOfDay}, {"bắt đầu", Cue::TimeOfDay}, {"kết thúc", Cue::TimeOfDay},
    // Elapsed times.
    {"duration", Cue::Elapsed}, {"wait", Cue::Elapsed}, {"waiting", Cue::Elapsed}, {"talk", Cue::Elapsed},
    {"hold", Cue::Elapsed}, {"handle", Cue::Elapsed}, {"handling", Cue::Elapsed}, {"speed", Cue::Elapsed},
    {"length", Cue::Elapsed}, {"elapsed", Cue::Elapsed}, {"spent", Cue::Elapsed}, {"aht", Cue::Elapsed},
    {"asa", Cue::Elapsed}, {"avg", Cue::Elapsed}, {"average", Cue::Elapsed}, {"time to", Cue::Elapsed},
    {"response time", Cue::Elapsed}, {"reply time", Cue::Elapsed}, {"resolution time", Cue::Elapsed},
    {"длительность", Cue::Elapsed}, {"продолжительность", Cue::Elapsed}, {"ожидание", Cue::Elapsed},
    {"ожидания", Cue::Elapsed}, {"разговор", Cue::Elapsed}, {"разговора", Cue::Elapsed},
    {"время ответа", Cue::Elapsed}, {"обработки", Cue::Elapsed}, {"удержания", Cue::Elapsed},
    {"среднее", Cue::Elapsed}, {"thời lượng", Cue::Elapsed}, {"chờ", Cue::Elapsed}, {"đàm thoại", Cue::Elapsed},
    {"xử lý", Cue::Elapsed}, {"trung bình", Cue::Elapsed}, {"thời gian phản hồi", Cue::Elapsed},
    // Yes/no properties.
    {"is", Cue::Flag, Where::First}, {"has", Cue::Flag, Where::First}, {"was", Cue::Flag, Where::First},
    {"did", Cue::Flag, Where::First}, {"flag", Cue::Flag}, {"y n", Cue::Flag}, {"yes no", Cue::Flag},
    {"answered", Cue::Flag}, {"resolved", Cue::Flag}, {"abandoned", Cue::Flag}, {"missed", Cue::Flag},
    {"breached", Cue::Flag}, {"active", Cue::Flag}, {"deleted", Cue::Flag}, {"public", Cue::Flag},
    {"internal", Cue::Flag}, {"escalated", Cue::Flag}, {"reopened", Cue::Flag}, {"fcr", Cue::Flag},
    {"признак", Cue::Flag}, {"флаг", Cue::Flag}, {"отвечен", Cue::Flag}, {"пропущен", Cue::Flag},
    {"решен", Cue::Flag}, {"решён", Cue::Flag}, {"đã", Cue::Flag, Where::First}, {"có", Cue::Flag, Where::First},
    // Identifiers.
    {"id", Cue::Identifier}, {"ids", Cue::Identifier}, {"uuid", Cue::Identifier}, {"guid", Cue::Identifier},
    {"email", Cue::Identifier}, {"e mail", Cue::Identifier}, {"phone", Cue::Identifier}, {"url", Cue::Identifier},
    {"link", Cue::Identifier}, {"ид", Cue::Identifier}, {"номер", Cue::Identifier}, {"телефон", Cue::Identifier},
    {"ссылка", Cue::Identifier}, {"mã", Cue::Identifier}, {"sđt", Cue::Identifier},
    {"điện thoại", Cue::Identifier},
    // Free text.
    {"comment", Cue::FreeText}, {"comments", Cue::FreeText}, {"description", Cue::FreeText},
    {"body", Cue::FreeText}, {"message", Cue::FreeText}, {"remark", Cue::FreeText}, {"remarks", Cue::FreeText},
    {"explanation", Cue::FreeText}, {"explication", Cue::FreeText}, {"verbatim", Cue::FreeText},
    {"feedback", Cue::FreeText}, {"note", Cue::FreeText}, {"notes", Cue::FreeText}, {"why", Cue::FreeText},
    {"transcript", Cue::FreeText}, {"комментарий", Cue::FreeText}, {"описание", Cue::FreeText},
    {"текст", Cue::FreeText}, {"сообщение", Cue::FreeText}, {"отзыв", Cue::FreeText},
    {"ghi chú", Cue::FreeText}, {"nhận xét", Cue::FreeText}, {"mô tả", Cue::FreeText},
    {"nội dung", Cue::FreeText}, {"góp ý", Cue::FreeText}, {"ý kiến", Cue::FreeText},
};

// Words before a unit that make it a rate ("calls per hour") rather than the unit of the values.
constexpr std::string_view kRateWords[] = {"per", "each", "every", "mỗi"};
// Russian "в час" / "за день" is per hour / per day, while "в часах" is "in hours".
constexpr std::string_view kRussianRatePrepositions[] = {"в", "за"};
constexpr std::string_view kRussianSingularUnits[] = {"час", "день"};

constexpr struct {
  double seconds;
  std::string_view name;
} kUnitNames[] = {{0.001, "milliseconds"}, {1, "seconds"}, {60, "minutes"}, {3600, "hours"}, {86400, "days"}};

bool isNumberToken(std::string_view token) {
  for (char c : token)
    if (!scan::isDigit(c)) return false;
  return !token.empty();
}

bool oneOf(std::string_view word, std::span<const std::string_view> words) {
  for (std::string_view w : words)
    if (word == w) return true;
  return false;
}

bool matchesAt(const std::vector<HeaderToken>& tokens, std::size_t at, std::string_view phrase, std::size_t& words) {
  words = 0;
  std::size_t i = at;
  while (!phrase.empty()) {
    const std::size_t space = phrase.find(' ');
    const std::string_view word = phrase.substr(0, space);
    if (i >= tokens.size() || tokens[i].text != word) return false;
    ++i;
    ++words;
    phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
  }
  return true;
}

void applyCue(HeaderHints& hints, Cue cue) {
  switch (cue) {
    case Cue::Timestamp: hints.timestamp = true; break;
    case Cue::TimeOfDay: hints.timeOfDay = true; break;
    case Cue::Elapsed: hints.elapsed = true; break;
    case Cue::Flag: hints.flag = true; break;
    case Cue::Identifier: hints.identifier = true; break;
    case Cue::FreeText: hints.freeText = true; break;
  }
}

// The unit of the token at `i`, or 0 when it is not one or stands where units do not.
double unitAt(const std::vector<HeaderToken>& tokens, std::size_t i) {
  const UnitWord* unit = findUnitWord(tokens[i].text);
  if (unit == nullptr || i == 0 || tokens[i].afterSlash) return 0.0;
  if (unit->abbreviation && i + 1 != tokens.size()) return 0.0;
  const std::string_view before = tokens[i - 1].text;
  if (isNumberToken(before) || oneOf(before, kRateWords)) return 0.0;
  if (oneOf(before, kRussianRatePrepositions) && oneOf(tokens[i].text, kRussianSingularUnits)) return 0.0;
  return unit->seconds;
}

} // namespace

std::vector<HeaderToken> headerTokens(std::string_view header) {
  std::vector<HeaderToken> tokens;
  std::string current;
  bool slash = false, lastWasLower = false;
  auto flush = [&] {
    if (!current.empty()) tokens.push_back({current, slash});
    current.clear();
    slash = false;
  };
  std::size_t i = 0;
  while (i < header.size()) {
    const char c = header[i];
    if (header.compare(i, 3, "\xEF\xBB\xBF") == 0) {  // a byte-order mark left on the first header
      flush();
      i += 3;
      continue;
    }
    const std::size_t letter = scan::letterAt(header, i);
    if (letter == 0 && !scan::isDigit(c)) {
      flush();
      if (c == '/') slash = true;
      lastWasLower = false;
      const std::size_t space = scan::spaceAt(header, i);
      i += space != 0 ? space : 1;
      continue;
    }
    if (c >= 'A' && c <= 'Z' && lastWasLower) flush();  // camelCase hump
    lastWasLower = (c >= 'a' && c <= 'z') || (letter > 1);
    i += scan::appendFolded(current, header, i);
  }
  flush();
  return tokens;
}

HeaderHints readHeaderHints(std::string_view header) {
  const std::vector<HeaderToken> tokens = headerTokens(header);
  HeaderHints hints;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (const CuePhrase& cue : kCues) {
      std::size_t words = 0;
      if (!matchesAt(tokens, i, cue.phrase, words)) continue;
      if (cue.where == Where::First && i != 0) continue;
      if (cue.where == Where::Last && i + words != tokens.size()) continue;
      applyCue(hints, cue.cue);
    }
    if (const double unit = unitAt(tokens, i); unit > 0.0) hints.unitSeconds = unit;  // the last one wins
  }
  return hints;
}

std::string_view unitName(double unitSeconds) {
  for (const auto& entry : kUnitNames)
    if (entry.seconds == unitSeconds) return entry.name;
  return "units";
}

} // namespace carescore
