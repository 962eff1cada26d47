#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "app/i18n/translate.h"
#include "app/i18n/plural_rules.h"

using namespace carescore;

namespace {

// Restores English after a test that switches language, so test order does not matter.
struct LanguageScope {
  explicit LanguageScope(Language language) { setLanguage(language); }
  ~LanguageScope() { setLanguage(Language::English); }
};

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

} // namespace

TEST_SUITE("app/i18n") {

TEST_CASE("every key the code uses exists, non-empty, in English, Vietnamese and Russian, with the same placeholders") {
  // catalogProblems() walks every Text and Counted key (the enums are the only way code can ask
  // for a string), every plural form each language needs, and keys no code uses.
  CHECK(joined(catalogProblems()) == "");
}

TEST_CASE("no English left behind: every Vietnamese and Russian string differs from English unless it is a shared term") {
  // Terms that are the same in every language: units of data, brand-like abbreviations, formulas.
  const std::string_view kShared[] = {"chart_sample_size", "unit_kilobytes", "unit_megabytes", "unit_gigabytes",
                                      "unit_terabytes", "channel_chat", "channel_email"};
  for (int i = 0; i < kTextCount; ++i) {
    const auto text = static_cast<Text>(i);
    const std::string_view key = keyOf(text);
    if (std::find(std::begin(kShared), std::end(kShared), key) != std::end(kShared)) continue;
    INFO("key: " << std::string(key));
    CHECK(std::string(tr(text, Language::Russian)) != tr(text, Language::English));
    CHECK(std::string(tr(text, Language::Vietnamese)) != tr(text, Language::English));
  }
}

TEST_CASE("tr follows the current language live") {
  CHECK(std::string(tr(Text::OpenFiles)) == "Open files…");
  {
    LanguageScope vi(Language::Vietnamese);
    CHECK(std::string(tr(Text::OpenFiles)) == "Mở tệp…");
    CHECK(std::string(tr(Text::VerdictAtRisk)) == "Có nguy cơ");
  }
  {
    LanguageScope ru(Language::Russian);
    CHECK(std::string(tr(Text::OpenFiles)) == "Открыть файлы…");
    CHECK(std::string(tr(Text::VerdictFail)) == "Не выполнен");
  }
  CHECK(std::string(tr(Text::VerdictPass)) == "Pass");
}

TEST_CASE("placeholders are filled in order, and translators may reorder them") {
  CHECK(trFormat(Text::TargetBetween, {"60%", "80%"}) == "target 60%–80%");
  CHECK(fillPlaceholders("{1} before {0}", {"a", "b"}) == "b before a");
  CHECK(fillPlaceholders("{2} stays", {"a"}) == "{2} stays");
  CHECK(fillPlaceholders("{", {}) == "{");
}

TEST_CASE("Russian plural rule: one, few, many") {
  // CLDR: one = n%10==1 && n%100!=11; few = n%10 in 2..4 && n%100 not in 12..14; many otherwise.
  const auto ru = [](std::uint64_t n) { return std::string(nameOf(pluralCategory(Language::Russian, n))); };
  CHECK(ru(1) == "one");
  CHECK(ru(21) == "one");
  CHECK(ru(101) == "one");
  CHECK(ru(11) == "many");
  CHECK(ru(111) == "many");
  CHECK(ru(2) == "few");
  CHECK(ru(4) == "few");
  CHECK(ru(22) == "few");
  CHECK(ru(12) == "many");
  CHECK(ru(14) == "many");
  CHECK(ru(0) == "many");
  CHECK(ru(5) == "many");
  CHECK(ru(20) == "many");
  CHECK(ru(1000000) == "many");
}

TEST_CASE("English has one and other; Vietnamese has no plural") {
  CHECK(pluralCategory(Language::English, 1) == PluralCategory::One);
  CHECK(pluralCategory(Language::English, 0) == PluralCategory::Other);
  CHECK(pluralCategory(Language::English, 2) == PluralCategory::Other);
  CHECK(pluralCategory(Language::Vietnamese, 1) == PluralCategory::Other);
  CHECK(pluralCategory(Language::Vietnamese, 5) == PluralCategory::Other);
}

TEST_CASE("counted strings take the right form and the language's digits") {
  CHECK(trCount(Counted::Standards, 1, Language::Russian) == "1 стандарт");
  CHECK(trCount(Counted::Standards, 2, Language::Russian) == "2 стандарта");
  CHECK(trCount(Counted::Standards, 5, Language::Russian) == "5 стандартов");
  CHECK(trCount(Counted::Standards, 21, Language::Russian) == "21 стандарт");
  CHECK(trCount(Counted::Standards, 1, Language::English) == "1 standard");
  CHECK(trCount(Counted::Standards, 16, Language::English) == "16 standards");
  CHECK(trCount(Counted::Standards, 1, Language::Vietnamese) == "1 tiêu chuẩn");
  CHECK(trCount(Counted::Rows, 1234, Language::Russian) == "1\u00a0234 строки");
  CHECK(trCount(Counted::Rows, 1234, Language::Vietnamese) == "1.234 dòng");
  CHECK(trCount(Counted::Rows, 1234, Language::English) == "1,234 rows");
  CHECK(trCount(Counted::OfStandards, 16, {"11"}) == "11 of 16 standards met");
  LanguageScope ru(Language::Russian);
  CHECK(trCount(Counted::OfStandards, 16, {"11"}) == "Выполнено 11 из 16 стандартов");
  CHECK(trCount(Counted::OfStandards, 21, {"20"}) == "Выполнено 20 из 21 стандарта");
}

TEST_CASE("language codes round-trip") {
  for (Language language : kLanguages) CHECK(languageFromCode(codeOf(language)) == language);
  CHECK_FALSE(languageFromCode("de").has_value());
  CHECK(nativeNameOf(Language::Vietnamese) == "Tiếng Việt");
}

}
