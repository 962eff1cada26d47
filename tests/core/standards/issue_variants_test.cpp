#include <doctest/doctest.h>

#include <set>
#include <string>
#include <utility>

#include "core/standards/issue_variants.h"
#include "core/standards/profile_reader.h"
#include "bad_profiles.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

std::string variantName(IssueCode code, std::string_view variant) {
  return std::string(nameOf(code)) + "." + std::string(variant);
}

// Variants no profile text reaches: an exception nlohmann's SAX parser does not throw (bad_alloc
// aside), and invalid UTF-8, which the JSON reader rejects before the validator sees it (profiles
// built in the editor reach it).
const std::set<std::string> kUnreachedByProfiles = {"syntax.unreadable", "bad_text.not_utf8"};

} // namespace

TEST_SUITE("core/standards") {

TEST_CASE("issue variants: keys are unique per code, words unique, every word a template names exists") {
  std::set<std::string> seen;
  for (const IssueVariant& variant : issueVariants()) {
    INFO(variantName(variant.code, variant.key));
    CHECK(seen.insert(variantName(variant.code, variant.key)).second);
    CHECK(!variant.messageTemplate.empty());
  }
  std::set<std::string_view> words;
  for (const IssueWord& word : issueWords()) {
    CHECK(words.insert(word.key).second);
    CHECK(!word.english.empty());
    CHECK(wordKeyOf(word.english, word.key.substr(0, word.key.find('_'))) == word.key);
  }
}

TEST_CASE("issue templates: {} takes the value as given, {w} the word's English") {
  const std::vector<std::string> args = {"a_number", "\"90%\""};
  CHECK(fillIssueTemplate("expected {w}, got the text {}", args) == "expected a number, got the text \"90%\"");
  CHECK(placeholderCount("expected {w}, got the text {}") == 2);
  CHECK(isWordPlaceholder("expected {w}, got the text {}", 0));
  CHECK_FALSE(isWordPlaceholder("expected {w}, got the text {}", 1));
  // JSON examples in templates are text, not placeholders.
  CHECK(placeholderCount("missing; e.g. {\"length\": 1, \"unit\": \"month\"}") == 0);
  const ProfileIssue issue = variantIssue(IssueSeverity::Error, IssueCode::TooMany, "steps", "count", {"12", "10"});
  CHECK(issue.text() == "steps: 12 items; at most 10");
  CHECK(issue.variant == "count");
}

TEST_CASE("every issue of the bad profiles carries a variant whose template, filled with its args, is its message") {
  std::set<std::string> reached;
  std::size_t issues = 0;
  for (const std::string& text : badProfileTexts()) {
    for (const ProfileIssue& issue : parseProfile(text).issues) {
      ++issues;
      INFO(issue.text());
      const IssueVariant* variant = findIssueVariant(issue.code, issue.variant);
      REQUIRE(variant != nullptr);
      reached.insert(variantName(issue.code, issue.variant));
      REQUIRE(placeholderCount(variant->messageTemplate) == issue.args.size());
      CHECK(fillIssueTemplate(variant->messageTemplate, issue.args) == issue.message);
      for (std::size_t i = 0; i < issue.args.size(); ++i)
        if (isWordPlaceholder(variant->messageTemplate, i)) CHECK(!englishOfWord(issue.args[i]).empty());
    }
  }
  CHECK(issues > 200);
  std::string unreached;
  for (const IssueVariant& variant : issueVariants()) {
    const std::string name = variantName(variant.code, variant.key);
    if (!reached.count(name) && !kUnreachedByProfiles.count(name)) unreached += name + "\n";
  }
  CHECK(unreached == "");
}

TEST_CASE("a JSON syntax error is worded by its parts: where nlohmann was, what it read, what it expected") {
  const ProfileParse parse = parseProfile("{\"a\" 1}");
  REQUIRE(parse.issues.size() == 1);
  const ProfileIssue& issue = parse.issues[0];
  CHECK(issue.text() ==
        "line 1, column 6: not valid JSON: syntax error while parsing object separator - unexpected number literal; "
        "expected ':'");
  CHECK(issue.variant == "unexpected_expected");
  CHECK(issue.args == std::vector<std::string>{"context_object_separator", "token_number", "token_colon"});
}

}
