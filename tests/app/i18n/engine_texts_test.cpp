// The engine's codes worded in the UI's language (app/i18n/engine_texts.h): English templates give
// exactly the engine's English, and Vietnamese and Russian leave no English of the engine behind.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/i18n/engine_messages.h"
#include "app/i18n/engine_texts.h"
#include "app/i18n/issue_texts.h"
#include "app/i18n/translate.h"
#include "app/views/scorecard_text.h"
#include "core/ingest/file_reader.h"
#include "core/metrics/metric_parameters.h"
#include "core/metrics/requirements.h"
#include "core/scorecard/usual_exports.h"
#include "template_helpers.h"

using namespace carescore;

namespace {

using testing::englishOf;
using testing::unnumbered;

ReadResult readText(std::string_view text, std::string fileName = "bad.csv") {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  return readBuffer(std::span<const std::uint8_t>(bytes, text.size()), {.fileName = std::move(fileName)});
}

// Words of the engine's English that must not show in a Vietnamese or Russian UI.
constexpr const char* kEnglishFragments[] = {"expected", "quote", "fields", "found", "channel", "phone", "answered",
                                             "within", "abandon", "the ", " of "};

void checkNoEnglish(const std::string& text) {
  for (const char* fragment : kEnglishFragments) {
    INFO(text);
    CHECK(text.find(fragment) == std::string::npos);
  }
}

} // namespace

TEST_SUITE("app/i18n") {

TEST_CASE("engine texts: every English template is the engine's own text") {
  for (const DiagnosticDefinition& d : diagnosticDefinitions()) {
    INFO(d.name);
    CHECK(unnumbered(englishOf(diagnosticKey(d.code))) == d.messageTemplate);
  }
  for (const DiagnosticVariant& v : diagnosticVariants()) {
    INFO(v.key);
    CHECK(unnumbered(englishOf(diagnosticKey(v.code, v.key))) == v.messageTemplate);
  }
  std::size_t formulas = 0;
  for (const MetricDefinition& metric : metricCatalogue())
    for (const VariantDefinition& variant : metric.variants) {
      INFO(formulaKey(metric, variant));
      CHECK(englishOf(formulaKey(metric, variant)) == formulaTemplate(variant));
      ++formulas;
    }
  CHECK(formulas == 49);  // 26 metrics' variants: a new one fails the catalogue test until translated
  CHECK(channelName("phone", Language::English) == "phone");
  CHECK(channelName("walk-in", Language::Vietnamese) == "walk-in");  // not a channel word: as written
}

TEST_CASE("engine texts: a diagnostic keeps its variant and arguments; English renders its message") {
  // Line 2 has 2 fields of 3; line 3 opens a quote never closed.
  const ReadResult r = readText("a,b,c\n1,2\n3,\"4,5\n");
  bool sawFew = false, sawQuote = false;
  for (const Diagnostic& d : r.diagnostics.entries()) {
    CHECK(diagnosticText(d, Language::English) == d.message);
    if (d.code == DiagnosticCode::TooFewFields) {
      sawFew = true;
      CHECK(d.args == std::vector<std::string>{"3", "2"});
      CHECK(diagnosticText(d, Language::Vietnamese) == "cần 3 ô, chỉ thấy 2; các ô thiếu để trống");
      CHECK(diagnosticText(d, Language::Russian) == "ожидалось полей: 3, найдено: 2; недостающие ячейки пусты");
    }
    if (d.code == DiagnosticCode::UnterminatedQuote) {
      sawQuote = true;
      CHECK(d.variant == "end_of_file");
      CHECK(d.message.find("before the end of the file") != std::string::npos);
    }
    checkNoEnglish(diagnosticText(d, Language::Vietnamese));
    checkNoEnglish(diagnosticText(d, Language::Russian));
  }
  CHECK(sawFew);
  CHECK(sawQuote);
}

TEST_CASE("engine texts: scopes and channels in the language") {
  Scope scope;
  scope.channels = {"phone", "chat"};
  scope.filters.push_back({"team", {"B"}});
  CHECK(scopeText(scope, Language::English) == "channel phone, chat; team B");
  CHECK(scopeText(scope, Language::Vietnamese) == "kênh điện thoại, chat; nhóm B");
  CHECK(scopeText(scope, Language::Russian) == "канал телефон, чат; команда B");
  CHECK(scopeText(Scope{}, Language::Russian) == "все обращения");
}

TEST_CASE("engine texts: formulas with parameter values; English equals the engine's filled formula") {
  const MetricChoice choice{.key = "service_level", .statistic = "share_within", .variant = "answered_only",
                            .parameters = {{"threshold_seconds", 60.0}}};
  const MetricDefinition& metric = *findMetric("service_level");
  const ParameterResolution resolution = resolveParameters(metric, choice.parameters);
  REQUIRE(resolution.error.empty());
  CHECK(formulaText(choice, Language::English) == filledFormula(*findVariant(metric, "answered_only"), resolution.parameters));
  CHECK(formulaText(choice, Language::English) == "answered within 60 s ÷ answered; abandoned contacts are left out");
  CHECK(formulaText(choice, Language::Vietnamese) == "trả lời trong vòng 60 giây ÷ đã trả lời; các liên hệ bị bỏ không được tính");
  CHECK(formulaText(choice, Language::Russian) == "отвеченные в пределах 60 с ÷ отвеченные; брошенные обращения не учитываются");
  for (const MetricDefinition& m : metricCatalogue())
    for (const VariantDefinition& v : m.variants) {
      const MetricChoice each{.key = std::string(m.key), .statistic = {}, .variant = std::string(v.key), .parameters = {}};
      for (Language language : {Language::Vietnamese, Language::Russian}) {
        const std::string text = formulaText(each, language);
        INFO(text);
        CHECK(text.find(" within ") == std::string::npos);
        CHECK(text.find(" contacts") == std::string::npos);
        CHECK(text.find('{') == std::string::npos);  // every parameter filled
      }
    }
}

TEST_CASE("engine texts: missing fields and other engine messages in the language") {
  // The engine's own message for a variant whose fields are all absent: matched and reworded.
  const MetricDefinition& metric = *findMetric("service_level");
  const std::vector<std::string> missing =
      missingInputs(metric, defaultVariantOf(metric), [](RecordKind, std::string_view) { return false; });
  REQUIRE_FALSE(missing.empty());
  for (const std::string& message : missing) {
    INFO(message);
    CHECK(isKnownMessage(message));
    CHECK(messageText(message, Language::English) == message);
    // Field names stay as written ("answered_at"), so only the message's own words are checked.
    for (Language language : {Language::Vietnamese, Language::Russian})
      for (const char* fragment : {"needs", "field ", "(or ", " records"}) CHECK(messageText(message, language).find(fragment) == std::string::npos);
  }
  CHECK(messageText("needs field referrals", Language::Vietnamese) == "cần trường referrals");
  CHECK(messageText("needs field referrals", Language::Russian) == "нужно поле referrals");
  CHECK(messageText("needs field wait_seconds (or created_at + answered_at, or outcome)", Language::Russian) ==
        "нужно поле wait_seconds (или created_at + answered_at, или outcome)");
  CHECK(messageText("needs field team to filter contact records by it", Language::Vietnamese) ==
        "cần trường team để lọc bản ghi liên hệ theo trường này");
  CHECK(messageText("needs field customer_id and segment to split survey records by segment", Language::Russian) ==
        "нужны поля customer_id и segment, чтобы разбить записи «опросы» по segment");
  CHECK(messageText("unknown metric happiness", Language::Vietnamese) == "chỉ số không xác định: happiness");
  CHECK(messageText("no contacts selected: nothing to staff", Language::Russian) ==
        "не выбрано ни одного обращения: рассчитывать штат не для чего");
  CHECK(messageText("something the engine never says", Language::Russian) == "something the engine never says");
  CHECK_FALSE(isKnownMessage("needs field "));  // a placeholder takes at least one character
  for (const UsualExport& entry : usualExports()) {
    INFO(entry.text);
    CHECK(usualExportText(entry.text, Language::English) == entry.text);  // the English template is the core's text
    CHECK(usualExportText(entry.text, Language::Russian) != entry.text);
  }
  CHECK(usualExportText("the shop's order export", Language::Vietnamese) == "tệp xuất đơn hàng của cửa hàng");
}

TEST_CASE("engine texts: variant labels, choice words and driver labels in the language") {
  for (const MetricDefinition& metric : metricCatalogue())
    for (const VariantDefinition& variant : metric.variants) {
      INFO(variantKey(metric, variant));
      CHECK(variantLabel(metric, variant, Language::English) == variant.label);
      CHECK(variantLabel(metric, variant, Language::Russian) != variant.label);
    }
  const MetricDefinition& level = *findMetric("service_level");
  CHECK(variantLabel(level, *findVariant(level, "answered_only"), Language::Vietnamese) == "chỉ các liên hệ đã trả lời");
  CHECK(variantLabel(level, *findVariant(level, "answered_only"), Language::Russian) == "только отвеченные обращения");
  CHECK(choiceText("higher_is_easier", Language::Russian) == "больше — легче");
  CHECK(choiceText("higher_is_easier", Language::English) == "higher_is_easier");  // the profile's word
  CHECK(choiceText("fcr.share", Language::Russian) == "fcr.share");  // a metric's statistic: the form names both

  Driver channel{.split = "channel", .key = "phone", .label = "phone"};
  Driver blank{.split = "team", .key = "", .label = "(none)"};
  Driver team{.split = "team", .key = "B", .label = "B"};
  setLanguage(Language::Russian);
  CHECK(driverLabel(channel) == "телефон");
  CHECK(driverLabel(blank) == "(нет)");
  CHECK(driverLabel(team) == "B");
  setLanguage(Language::English);
  CHECK(driverLabel(channel) == "phone");
}

TEST_CASE("engine texts: parameter explanations (the editor's tooltips) in the language") {
  std::size_t described = 0;
  for (const MetricDefinition& metric : metricCatalogue())
    for (const ParameterDefinition& parameter : metric.parameters) {
      if (parameter.description.empty()) continue;
      INFO(parameterKey(metric, parameter));
      CHECK(parameterDescription(metric, parameter, Language::English) == parameter.description);
      for (Language language : {Language::Vietnamese, Language::Russian}) {
        const std::string text = parameterDescription(metric, parameter, language);
        CHECK(text != parameter.description);
        checkNoEnglish(text);
      }
      ++described;
    }
  CHECK(described == 23);
  const MetricDefinition& csat = *findMetric("csat");
  CHECK(parameterDescription(csat, *findParameter(csat, "scale_min"), Language::Vietnamese) == "điểm thấp nhất của thang đánh giá");
  CHECK(parameterDescription(csat, *findParameter(csat, "scale_min"), Language::Russian) == "нижняя точка шкалы оценок");
}

TEST_CASE("engine texts: profile and mapping issues by code in the language; English is the engine's message") {
  ProfileIssue unknown{.severity = IssueSeverity::Error, .code = IssueCode::UnknownMetric, .path = "standards[2].metric.key",
                       .message = "unknown metric \"nsp\"; did you mean \"nps\"?", .line = 0, .column = 0, .variant = {}, .args = {}};
  CHECK(issueText(unknown, Language::English) == unknown.text());
  CHECK(issueText(unknown, Language::Vietnamese) == "standards[2].metric.key: chỉ số không xác định");
  CHECK(issueText(unknown, Language::Russian) == "standards[2].metric.key: неизвестный показатель");
  ProfileIssue syntax{.severity = IssueSeverity::Error, .code = IssueCode::Syntax, .path = {}, .message = "expected ',' or '}'",
                      .line = 2, .column = 7, .variant = {}, .args = {}};
  CHECK(issueText(syntax, Language::Russian) == "строка 2, столбец 7: некорректный JSON");

  ApplyIssue unmapped{.code = ApplyCode::UnmappedValue, .severity = Severity::Warning, .column = "Kênh", .field = "channel",
                      .count = 3, .example = "Zalo", .exampleRow = 4, .message = "some English"};
  CHECK(applyIssueText(unmapped, Language::English) == "some English");
  CHECK(applyIssueText(unmapped, Language::Vietnamese) == "Kênh → channel: giá trị không có trong bảng nào, ví dụ \"Zalo\"");
  CHECK(applyIssueText(unmapped, Language::Russian) == "Kênh → channel: значение, которого нет ни в одной таблице, например «Zalo»");
  // Every code has its summary: no code falls back to the engine's English.
  for (int c = 0; c <= static_cast<int>(IssueCode::MoreIssues); ++c) {
    const ProfileIssue issue{.severity = IssueSeverity::Error, .code = static_cast<IssueCode>(c), .path = "x", .message = "English", .line = 0, .column = 0, .variant = {}, .args = {}};
    CHECK(issueText(issue, Language::Vietnamese).find("English") == std::string::npos);
  }
}

TEST_CASE("engine texts: JSON syntax errors keep their variant; the detail is worded in the language") {
  // '[{"a": 1} 2]': after the object the tokenizer wants ',' or ']' and finds '2'.
  const ReadResult r = readText("[{\"a\": 1} 2]", "bad.json");
  bool saw = false;
  for (const Diagnostic& d : r.diagnostics.entries()) {
    if (d.code != DiagnosticCode::JsonSyntax) continue;
    saw = true;
    CHECK(d.variant == "after_element");
    CHECK(d.message == "invalid JSON: expected ',' or ']' after an array element, found '2'");
    CHECK(diagnosticText(d, Language::English) == d.message);
    CHECK(diagnosticText(d, Language::Vietnamese) == "JSON không hợp lệ: sau phần tử mảng cần ',' hoặc ']', nhưng gặp '2'");
    CHECK(diagnosticText(d, Language::Russian) == "некорректный JSON: после элемента массива ожидалось ',' или ']', найдено '2'");
  }
  CHECK(saw);
}

} // TEST_SUITE
