#include <doctest/doctest.h>

#include "test_support.h"

#include "core/ingest/diagnostics.h"

using namespace carescore;

TEST_SUITE("core/ingest") {

TEST_CASE("diagnostics: counts every problem, keeps the first entries of each code") {
  Diagnostics diagnostics(2);
  for (std::uint64_t row = 1; row <= 5; ++row)
    diagnostics.add(DiagnosticCode::TooFewFields, {row + 1, row + 1, 3, kNoPosition}, {"3", "2"});
  diagnostics.add(DiagnosticCode::UnterminatedQuote, {7, 9, 2, 40}, {"\""});
  CHECK(diagnostics.count(DiagnosticCode::TooFewFields) == 5);
  CHECK(diagnostics.count(DiagnosticCode::UnterminatedQuote) == 1);
  CHECK(diagnostics.total() == 6);
  CHECK(diagnostics.countAtLeast(Severity::Warning) == 6);
  CHECK(diagnostics.countAtLeast(Severity::Error) == 1);
  CHECK(diagnostics.hasErrors());
  REQUIRE(diagnostics.entries().size() == 3);  // 2 of TOO_FEW_FIELDS, 1 of UNTERMINATED_QUOTE
  CHECK(diagnostics.entries()[0].message == "expected 3 fields, found 2; the missing cells are empty");
  CHECK(diagnostics.entries()[0].severity == Severity::Warning);
  CHECK(diagnostics.entries()[2].severity == Severity::Error);
  CHECK_FALSE(diagnostics.wantsEntry(DiagnosticCode::TooFewFields));
  CHECK(diagnostics.wantsEntry(DiagnosticCode::BlankRows));

  diagnostics.rebaseRecords(1);  // one header line: physical record 2 is data record 1
  CHECK(diagnostics.entries()[0].where.record == 1);
  CHECK(diagnostics.entries()[2].where.record == 6);
}

TEST_CASE("diagnostics: record numbers inside the header become 0; unknown stays unknown") {
  Diagnostics diagnostics;
  diagnostics.add(DiagnosticCode::StrayQuote, {1, 1, 2, 3});
  diagnostics.add(DiagnosticCode::EncodingUncertain, {}, {"windows-1252", "0.60"});
  diagnostics.rebaseRecords(2);
  CHECK(diagnostics.entries()[0].where.record == 0);
  CHECK(diagnostics.entries()[1].where.record == kNoPosition);
  CHECK(diagnostics.entries()[1].message ==
        "text encoding guessed as windows-1252 (confidence 0.60); choose another if the text looks wrong");
}

TEST_CASE("diagnostics: every code has a unique stable name, found back by name") {
  for (std::size_t i = 0; i < kDiagnosticCodeCount; ++i) {
    const auto code = static_cast<DiagnosticCode>(i);
    CHECK(definitionOf(code).code == code);
    CHECK(diagnosticCodeFromName(nameOf(code)) == code);
    CHECK_FALSE(definitionOf(code).messageTemplate.empty());
  }
  CHECK(nameOf(DiagnosticCode::UnterminatedQuote) == "UNTERMINATED_QUOTE");
  CHECK(nameOf(DiagnosticCode::JsonTooDeep) == "JSON_TOO_DEEP");
  CHECK_FALSE(diagnosticCodeFromName("NOPE").has_value());
}

TEST_CASE("fillTemplate fills placeholders in order and tolerates missing arguments") {
  CHECK(fillTemplate("expected {} fields, found {}", {"3", "5"}) == "expected 3 fields, found 5");
  CHECK(fillTemplate("a {} b {}", {"x"}) == "a x b ");
  CHECK(fillTemplate("no placeholder", {"x"}) == "no placeholder");
}

}
