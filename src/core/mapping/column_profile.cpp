#include "core/mapping/column_profile.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/text/case_mapping.h"
#include "core/time/civil.h"

namespace carescore {

namespace {

// JSON records flattened from {"ticket": {…}} all start with "ticket.": matching ignores that.
std::string commonJsonPrefix(const Table& table) {
  if (table.columns.size() < 2) return {};
  const std::string& first = table.columns.front().name;
  const std::size_t dot = first.find('.');
  if (dot == std::string::npos) return {};
  const std::string prefix = first.substr(0, dot + 1);
  for (const Column& column : table.columns)
    if (column.name.compare(0, prefix.size(), prefix) != 0) return {};
  return prefix;
}

// Syllables Vietnamese headers typed without diacritics are made of ("thoi gian cho cua khach").
constexpr std::string_view kVietnameseSyllables[] = {"thoi", "gian", "khach", "hang", "nhan", "vien", "phieu", "cuoc",
                                                     "goi", "kenh", "cua", "xu", "ly", "phan", "hoi", "diem", "hai",
                                                     "long", "tao", "trang", "thai", "giai", "quyet", "luong"};
constexpr std::size_t kQuestionWords = 5;            // "How did we do today": five words
constexpr std::size_t kVietnameseQuestionWords = 9;  // a word per syllable: "Thời gian chờ của khách hàng" is six

// Vietnamese letters (ă â đ ê ô ơ ư and the tone-marked vowels), precomposed or as combining marks.
bool hasVietnameseLetters(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const DecodedCodePoint decoded = decodeUtf8(text, i);
    i += decoded.length;
    const char32_t c = decoded.codePoint;
    if ((c >= 0x1EA0 && c <= 0x1EF9) || c == 0x0102 || c == 0x0103 || c == 0x0110 || c == 0x0111 || c == 0x01A0 ||
        c == 0x01A1 || c == 0x01AF || c == 0x01B0 || (c >= 0x0300 && c <= 0x0323))
      return true;
  }
  return false;
}

bool readsLikeQuestion(std::string_view header, const std::string& folded) {
  std::string_view trimmed = header;
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t')) trimmed.remove_suffix(1);
  if (!trimmed.empty() && trimmed.back() == '?') return true;
  std::size_t words = 0, syllables = 0;
  for (std::size_t start = 0; start < folded.size();) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    const std::string_view word = std::string_view(folded).substr(start, end - start);
    ++words;
    syllables += std::find(std::begin(kVietnameseSyllables), std::end(kVietnameseSyllables), word) != std::end(kVietnameseSyllables);
    start = end + 1;
  }
  const bool vietnamese = hasVietnameseLetters(header) || syllables >= 2;
  return words >= (vietnamese ? kVietnameseQuestionWords : kQuestionWords);
}

void profileNumbers(const Column& column, ColumnProfile& profile) {
  bool first = true;
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (!column.hasValue(row)) continue;
    const double value = column.numbers[row];
    if (first) profile.min = profile.max = value;
    profile.min = std::min(profile.min, value);
    profile.max = std::max(profile.max, value);
    if (value != std::floor(value)) profile.wholeNumbers = false;
    first = false;
  }
}

void profileTimes(const Column& column, ColumnProfile& profile) {
  bool any = false, allMidnight = true;
  for (std::size_t row = 0; row < column.size() && allMidnight; ++row) {
    if (!column.hasValue(row)) continue;
    any = true;
    allMidnight = msOfDay(column.epochMs[row]) == 0;
  }
  profile.dateOnly = any && allMidnight && column.format.timeBase == TimeBase::WallClock;
}

void profileTexts(const Column& column, ColumnProfile& profile) {
  const std::size_t distinct = column.dictionary.size();
  for (std::uint32_t code = 0; code < distinct && profile.distinct.size() < ColumnProfile::kMaxDistinct; ++code)
    profile.distinct.emplace_back(column.dictionary.at(code));
  profile.moreDistinct = distinct > ColumnProfile::kMaxDistinct;
}

void collectSamples(const Column& column, ColumnProfile& profile) {
  for (std::size_t row = 0; row < column.size() && profile.samples.size() < ColumnProfile::kSamples; ++row) {
    if (!column.hasValue(row)) continue;
    std::string text = cellText(column, row);
    if (text.size() > 60) text = text.substr(0, 57) + "…";
    if (std::find(profile.samples.begin(), profile.samples.end(), text) == profile.samples.end())
      profile.samples.push_back(std::move(text));
  }
}

} // namespace

std::string cellText(const Column& column, std::size_t row) {
  if (row >= column.size() || !column.hasValue(row)) return {};
  char buffer[48];
  switch (column.type) {
    case ValueType::Category:
    case ValueType::Text: return std::string(column.text(row));
    case ValueType::Boolean: return column.numbers[row] != 0 ? "true" : "false";
    case ValueType::Timestamp: {
      const std::int64_t ms = column.epochMs[row];
      const CivilDate date = civilFromDays(dayOf(ms));
      const std::int64_t seconds = msOfDay(ms) / 1000;
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", date.year, date.month, date.day,
                    static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
      return buffer;
    }
    case ValueType::Integer:
    case ValueType::Decimal:
    case ValueType::Duration: {
      const double value = column.numbers[row];
      if (value == std::floor(value) && std::fabs(value) < 1e15) {
        // Whole numbers by to_chars, as "%.0f" writes them: an id field fed from numbers turns a
        // million ids into text.
        if (value == 0 && std::signbit(value)) return "-0";
        return std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(value)).ptr);
      }
      std::snprintf(buffer, sizeof buffer, "%.15g", value);
      return buffer;
    }
    case ValueType::Empty: return {};
  }
  return {};
}

std::vector<ColumnProfile> profileColumns(const ReadResult& read) {
  const Table& table = read.table;
  const std::string prefix = read.format == FileFormat::Csv ? std::string() : commonJsonPrefix(table);
  std::vector<ColumnProfile> profiles;
  profiles.reserve(table.columns.size());
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const Column& column = table.columns[i];
    ColumnProfile& p = profiles.emplace_back();
    p.index = i;
    p.name = column.name;
    p.header = readHeaderText(column.name);
    p.matchName = prefix.empty() ? p.header.folded : readHeaderText(std::string_view(column.name).substr(prefix.size())).folded;
    for (std::size_t row = 1; row < read.headerText.size(); ++row)
      if (i < read.headerText[row].size() && !read.headerText[row][i].empty())
        p.alternateNames.push_back(foldHeader(read.headerText[row][i]));
    // Qualtrics writes the question in its second header row, SurveyMonkey in its first.
    p.question = readsLikeQuestion(column.name, p.header.folded);
    for (std::size_t row = 0; row < read.headerText.size() && !p.question; ++row)
      if (i < read.headerText[row].size()) p.question = readsLikeQuestion(read.headerText[row][i], foldHeader(read.headerText[row][i]));
    p.type = column.type;
    p.values = column.valueCount();
    if (column.isNumeric()) profileNumbers(column, p);
    if (column.type == ValueType::Timestamp) profileTimes(column, p);
    if (column.isText()) profileTexts(column, p);
    if (column.type == ValueType::Boolean) p.distinct = {"true", "false"};
    p.timeOfDay = column.type == ValueType::Duration && column.format.timeOfDay;
    collectSamples(column, p);
  }
  return profiles;
}

std::size_t distinctIfAscending(const Column& c) {
  std::size_t distinct = 0;
  bool first = true;
  double last = 0;
  for (std::size_t row = 0; row < c.size(); ++row) {
    if (!c.hasValue(row)) continue;
    const double value = c.numbers[row];
    if (!first && !(value >= last)) return 0;  // descending, or NaN
    distinct += first || value != last ? 1 : 0;
    first = false;
    last = value;
  }
  return distinct;
}

} // namespace carescore
