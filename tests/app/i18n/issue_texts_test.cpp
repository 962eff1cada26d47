// Profile issues worded in the UI's language (app/i18n/issue_texts.h): English templates are the
// engine's own, and every issue the validator gives for a set of bad profiles reads in Vietnamese
// and Russian with its details (ranges, did-you-mean, types) and no English of the engine left.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/i18n/issue_texts.h"
#include "app/i18n/translate.h"
#include "core/standards/bad_profiles.h"
#include "core/standards/issue_variants.h"
#include "core/standards/profile_reader.h"
#include "template_helpers.h"

using namespace carescore;

namespace {

// The engine's template with the app's "{0}", "{1}"… as "{}" (a word is a value like any other here).
std::string numberedAsEngine(std::string_view engineTemplate) {
  std::string out(engineTemplate);
  for (std::size_t at = out.find("{w}"); at != std::string::npos; at = out.find("{w}", at)) out.replace(at, 3, "{}");
  return out;
}

using testing::englishOf;
using testing::unnumbered;

// The fragments of engine_texts_test.cpp, and the profile checks' own English.
constexpr const char* kEnglishFragments[] = {"expected", "quote", "fields", "found", "channel", "phone", "answered",
                                             "within", "abandon", "the ", " of ", "missing", "must be", "got ",
                                             "did you mean", "unknown", "between", "syntax", "parsing", "literal",
                                             "is not", "has no", "items", "at most", "a number", "an object", "a list"};

bool isIdentifierByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '<' || c == '>';
}

// JSON keys, paths and quoted JSON values the templates name as they are written (scope.channels,
// industry_default, "between").
std::string withoutIdentifiers(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '"') {
      const std::size_t close = text.find('"', i + 1);
      if (close != std::string::npos) {
        out += "…";
        i = close + 1;
        continue;
      }
    }
    std::size_t end = i;
    while (end < text.size() && isIdentifierByte(text[end])) ++end;
    if (end == i) {
      out += text[i++];
      continue;
    }
    const std::string token = text.substr(i, end - i);
    const bool identifier = token.find('_') != std::string::npos ||
                            (token.find('.') != std::string::npos && token.back() != '.' && token.front() != '.');
    out += identifier ? "…" : token;
    i = end;
  }
  return out;
}

// The issue's words in the language, its values (keys, numbers, quoted texts, paths) cut out, the
// longest first (a key list holds shorter values): what is left is what templates and words say.
std::string wordedPart(const ProfileIssue& issue, Language language) {
  std::string text = issueVariantText(issue, language);
  const IssueVariant* variant = findIssueVariant(issue.code, issue.variant);
  std::vector<std::string> values;
  for (std::size_t i = 0; variant && i < issue.args.size(); ++i)
    if (!isWordPlaceholder(variant->messageTemplate, i) && !issue.args[i].empty()) values.push_back(issue.args[i]);
  std::sort(values.begin(), values.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const std::string& value : values)
    for (std::size_t at = text.find(value); at != std::string::npos; at = text.find(value, at)) text.replace(at, value.size(), "…");
  return withoutIdentifiers(text);
}

std::vector<ProfileIssue> badProfileIssues() {
  std::vector<ProfileIssue> issues;
  for (const std::string& text : testing::badProfileTexts())
    for (ProfileIssue& issue : parseProfile(text).issues) issues.push_back(std::move(issue));
  return issues;
}

ProfileIssue firstIssue(const std::string& text) {
  const ProfileParse parse = parseProfile(text);
  REQUIRE(!parse.issues.empty());
  return parse.issues.front();
}

} // namespace

TEST_SUITE("app/i18n") {

TEST_CASE("issue texts: every English variant template and word is the engine's own") {
  for (const IssueVariant& variant : issueVariants()) {
    const std::string key = issueVariantKey(variant.code, variant.key);
    INFO(key);
    CHECK(unnumbered(englishOf(key)) == numberedAsEngine(variant.messageTemplate));
  }
  for (const IssueWord& word : issueWords()) CHECK(englishOf(issueWordKey(word.key)) == word.english);
}

TEST_CASE("issue texts: every issue of the bad profiles, worded in English from its template, is the engine's message") {
  const std::vector<ProfileIssue> issues = badProfileIssues();
  REQUIRE(issues.size() > 200);
  for (const ProfileIssue& issue : issues) {
    INFO(issue.text());
    CHECK(issueVariantText(issue, Language::English) == issue.message);
    CHECK(issueText(issue, Language::English) == issue.text());
  }
}

TEST_CASE("issue texts: in Vietnamese and Russian every issue of the bad profiles has its details and no English") {
  for (const ProfileIssue& issue : badProfileIssues()) {
    for (Language language : {Language::Vietnamese, Language::Russian}) {
      INFO(issue.text());
      INFO(issueText(issue, language));
      CHECK(!issueVariantText(issue, language).empty());
      const std::string worded = wordedPart(issue, language);
      for (const char* fragment : kEnglishFragments) CHECK(worded.find(fragment) == std::string::npos);
    }
  }
}

TEST_CASE("issue texts: a range, a did-you-mean, a wrong type, a JSON syntax error and a key list in vi and ru") {
  testing::Json profile = testing::baseProfile();
  testing::standard0(profile)["target"]["value"] = 150;
  const ProfileIssue range = firstIssue(profile.dump());
  CHECK(range.text() == "standards[0].target.value: a share must be between 0 and 100 (%), got 150");
  CHECK(issueText(range, Language::Vietnamese) == "standards[0].target.value: tỷ lệ phải từ 0 đến 100 (%), nhưng nhận được 150");
  CHECK(issueText(range, Language::Russian) == "standards[0].target.value: доля должна быть от 0 до 100 (%), получено 150");

  profile = testing::baseProfile();
  testing::standard0(profile)["metric"]["key"] = "servce_level";
  const ProfileIssue typo = firstIssue(profile.dump());
  CHECK(typo.text() == "standards[0].metric.key: no metric \"servce_level\"; did you mean \"service_level\"?");
  CHECK(issueText(typo, Language::Vietnamese) ==
        "standards[0].metric.key: không có chỉ số \"servce_level\"; có phải ý bạn là \"service_level\"?");
  CHECK(issueText(typo, Language::Russian) ==
        "standards[0].metric.key: нет метрики \"servce_level\"; может быть, имелось в виду \"service_level\"?");

  profile = testing::baseProfile();
  testing::standard0(profile)["target"]["value"] = "90%";
  const ProfileIssue type = firstIssue(profile.dump());
  CHECK(type.text() == "standards[0].target.value: expected a number, got the text \"90%\"");
  CHECK(issueText(type, Language::Vietnamese) == "standards[0].target.value: cần một số, nhưng nhận được văn bản \"90%\"");
  CHECK(issueText(type, Language::Russian) == "standards[0].target.value: ожидалось: число; получен текст \"90%\"");

  const ProfileIssue syntax = firstIssue("{\n  \"format\" \"carescore-profile\"\n}");
  CHECK(syntax.text() == "line 2, column 30: not valid JSON: syntax error while parsing object separator - unexpected "
                         "string literal; expected ':'");
  CHECK(issueText(syntax, Language::Vietnamese) ==
        "dòng 2, cột 30: JSON không hợp lệ: lỗi cú pháp khi đọc dấu phân cách trong đối tượng: gặp chuỗi, nhưng cần ':'");
  CHECK(issueText(syntax, Language::Russian) == "строка 2, столбец 30: некорректный JSON: синтаксическая ошибка при разборе "
                                                "(разделитель в объекте): неожиданный элемент — строка; ожидалось ':'");

  profile = testing::baseProfile();
  testing::standard0(profile)["source"]["references"][0]["zzzz"] = 1;
  const ProfileIssue keys = firstIssue(profile.dump());
  CHECK(keys.text() == "standards[0].source.references[0].zzzz: unknown key; this object has: seed, section, quote");
  CHECK(issueText(keys, Language::Vietnamese) ==
        "standards[0].source.references[0].zzzz: khóa không xác định; đối tượng này có: seed, section, quote");
  CHECK(issueText(keys, Language::Russian) ==
        "standards[0].source.references[0].zzzz: неизвестный ключ; в этом объекте есть: seed, section, quote");
}

TEST_CASE("issue texts: an issue without a variant keeps the code's summary") {
  const ProfileIssue plain{.severity = IssueSeverity::Error, .code = IssueCode::UnknownField, .path = "fields.x",
                           .message = "no field x", .line = 0, .column = 0, .variant = {}, .args = {}};
  CHECK(issueText(plain, Language::Vietnamese) == "fields.x: " + *findKeyedText("issue.unknown_field", Language::Vietnamese));
  CHECK(issueText(plain, Language::English) == "fields.x: no field x");
}

}

TEST_SUITE("app/i18n") {

TEST_CASE("apply issues: the details the per-code summary drops (zone, time column, type, what happens) in vi and ru") {
  // Messages as mapping/apply_mapping.cpp and field_values.cpp write them.
  const auto issue = [](ApplyCode code, std::string message, std::string example = {}) {
    return ApplyIssue{.code = code, .severity = Severity::Warning, .column = "Thời gian", .field = "created_at", .count = 2,
                      .example = std::move(example), .exampleRow = 3, .message = std::move(message)};
  };
  const std::vector<ApplyIssue> issues = {
      issue(ApplyCode::NotMapped, "the file is not mapped to a record kind"),
      issue(ApplyCode::NotMapped, "the file is not mapped to a record kind: agent schedule"),
      issue(ApplyCode::WrongType, "'Thời gian' holds text values, not dates and times"),
      issue(ApplyCode::WrongType, "'Thời gian' holds decimal values, which cannot feed created_at"),
      issue(ApplyCode::NonexistentLocalTime,
            "local times that do not exist in Europe/Moscow (clocks sprang forward): moved forward by the gap", "2011-03-27 02:30"),
      issue(ApplyCode::AmbiguousLocalTime, "local times that happen twice in Europe/Moscow (clocks fell back): the earlier one is used",
            "2010-10-31 02:30"),
      issue(ApplyCode::MissingTimeOfDay, "dates of 'Thời gian' without a time in 'Giờ' are left missing", "2025-01-02"),
      issue(ApplyCode::UnmappedValue, "values of 'Thời gian' that no value map of created_at knows are left missing", "x"),
      issue(ApplyCode::UnmappedValue, "values of 'Kênh' that are not a known outcome are left missing", "xong"),
      issue(ApplyCode::UnmappedValue, "values of 'Kênh' without a mapped channel word are kept as written", "Zalo"),
      issue(ApplyCode::OutOfRange, "counts below zero or with a fraction in 'Thời gian' are left missing", "-1"),
      issue(ApplyCode::OutOfRange, "answers of 'Điểm' outside score's scale are left missing", "11"),
      issue(ApplyCode::DateOrderKept, "the values of 'Thời gian' prove their date order (a day above 12): the override is not applied"),
      issue(ApplyCode::DateOrderKept,
            "'Thời gian' carries UTC offsets, so its date order can only change by reading the file again with that order"),
      issue(ApplyCode::UnknownZone, "no time zone 'Mars/Base': wall-clock times are read as UTC until a zone is chosen", "Mars/Base"),
      issue(ApplyCode::UnknownZone, "the header names a zone CareScore does not know ('UTC+25'): the file's zone is used", "UTC+25"),
  };
  for (const ApplyIssue& applied : issues) {
    INFO(applied.message);
    CHECK(applyIssueText(applied, Language::English) == applied.message);
    for (Language language : {Language::Vietnamese, Language::Russian}) {
      const std::string text = applyIssueText(applied, language);
      INFO(text);
      CHECK(text != applied.message);
      for (const char* fragment : {"values", "missing", "time", "the ", " of ", "zone", "dates", "holds", "known"})
        CHECK(withoutIdentifiers(text).find(fragment) == std::string::npos);
      if (!applied.example.empty()) CHECK(text.find(applied.example) != std::string::npos);
    }
  }
  CHECK(applyIssueText(issues[4], Language::Vietnamese) ==
        "giờ địa phương không tồn tại ở Europe/Moscow (đồng hồ chỉnh tới): đã dời tới bằng khoảng chênh, ví dụ \"2011-03-27 02:30\"");
  CHECK(applyIssueText(issues[9], Language::Russian) == "значения «Kênh» без сопоставленного слова channel сохранены как записаны, например «Zalo»");
  CHECK(applyIssueText(issues[2], Language::Russian) == "в «Thời gian» значения типа «текст», а не даты и время");
  // A message of no known shape keeps the code's summary.
  CHECK(applyIssueText(issue(ApplyCode::NotMapped, "the mapping has errors: x"), Language::Vietnamese) ==
        "ánh xạ không đọc được dòng nào từ tệp này");
}

}
