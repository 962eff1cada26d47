#include <doctest/doctest.h>

#include "test_support.h"

#include <filesystem>
#include <string>

#include "core/standards/json_document.h"

using namespace carescore;
using carescore::testing::readFile;
using carescore::testing::sharedPath;

namespace {

struct Parsed {
  JsonDocument document;
  std::vector<ProfileIssue> issues;
};

Parsed parse(std::string_view text, const JsonLimits& limits = {}) {
  IssueList issues;
  JsonDocument document = parseJsonDocument(text, issues, limits);
  return {std::move(document), issues.take()};
}

std::string firstText(std::string_view text, const JsonLimits& limits = {}) {
  const Parsed parsed = parse(text, limits);
  return parsed.issues.empty() ? "" : parsed.issues.front().text();
}

std::string nested(std::size_t depth, std::string_view open, std::string_view close) {
  std::string text;
  for (std::size_t i = 0; i < depth; ++i) text += open;
  for (std::size_t i = 0; i < depth; ++i) text += close;
  return text;
}

} // namespace

TEST_SUITE("core/standards") {

TEST_CASE("json: a raw NUL is rejected with its position, wherever it is (RELIABILITY C2)") {
  using namespace std::string_literals;
  CHECK(firstText("{\"a\":1}\0{\"evil\":2}"s) ==
        "line 1, column 8: a NUL byte (0x00): a profile is UTF-8 text, and this looks like binary data");
  CHECK(firstText("123\0"s) == "line 1, column 4: a NUL byte (0x00): a profile is UTF-8 text, and this looks like binary data");
  CHECK(firstText("[1]\0xyz"s).rfind("line 1, column 4: a NUL byte", 0) == 0);
  CHECK(firstText("\"abc\"\0"s).rfind("line 1, column 6: a NUL byte", 0) == 0);
  CHECK(firstText("{\n \"a\": \"x\0y\"}"s).rfind("line 2, column 9: a NUL byte", 0) == 0);  // inside a string too
  CHECK(parse("{\"a\":1}\0"s).issues.front().code == IssueCode::NulByte);
}

TEST_CASE("json: nesting is limited to 64 before parsing (RELIABILITY C3)") {
  CHECK(parse(nested(64, "[", "]")).document.parsed);
  CHECK(firstText(nested(65, "[", "]")) == "line 1, column 65: values nested deeper than 64 levels; a profile needs no more than 8");
  CHECK(firstText(nested(65, "{\"a\":", "}")).rfind("line 1, column 321: values nested deeper than 64", 0) == 0);
  CHECK(firstText(nested(65, "[{\"\":", "}]")).rfind("line 1, column 161: values nested deeper", 0) == 0);
  CHECK(parse(nested(100000, "[", "]")).issues.front().code == IssueCode::TooDeep);
  // Brackets inside strings, and escaped quotes, are not nesting.
  CHECK(parse("{\"a\": \"" + nested(100, "[", "") + "\\\" [[[\"}").document.parsed);
  // The limit is an option: profiles never need more than 8.
  CHECK(firstText(nested(9, "[", "]"), {.maxBytes = 1000, .maxDepth = 8}) ==
        "line 1, column 9: values nested deeper than 8 levels; a profile needs no more than 8");
}

TEST_CASE("json: every syntax error says where and what was expected") {
  CHECK(firstText("{\"format\": \"carescore-profile\",\n") ==
        "line 2, column 1: not valid JSON: syntax error while parsing object key - unexpected end of input; expected "
        "string literal");
  CHECK(firstText("{\"a\": 1,}") ==
        "line 1, column 9: not valid JSON: syntax error while parsing object key - unexpected '}'; expected string literal");
  CHECK(firstText("[1] xyz") ==
        "line 1, column 5: not valid JSON: syntax error while parsing value - invalid literal; last read: '1] x'; expected end of input");
  CHECK(firstText("{/*c*/\"a\":1}").rfind("line 1, column 2: not valid JSON: syntax error", 0) == 0);  // no comments
  // Columns count characters, not bytes: "Đúng" is 4 characters, 6 bytes.
  CHECK(firstText("{\"Đúng\" 1}").rfind("line 1, column 9: not valid JSON", 0) == 0);
  // Invalid UTF-8 inside a string: the message stays valid UTF-8 itself.
  const std::string message = firstText("[\"caf\xE9\"]");
  CHECK(message == "line 1, column 7: not valid JSON: syntax error while parsing value - invalid string: ill-formed UTF-8 "
                   "byte; last read: '\"caf\xEF\xBF\xBD\"'");
}

TEST_CASE("json: numbers too large for a double are named with their position (RELIABILITY C4)") {
  CHECK(firstText("{\"target\": 1e400}") == "line 1, column 16: the number 1e400 is too large");
  CHECK(firstText("[1, -2e999]") == "line 1, column 10: the number -2e999 is too large");
  const Parsed tiny = parse("[1e-400]");
  REQUIRE(tiny.document.parsed);
  CHECK(tiny.document.value[0].get<double>() == 0.0);
}

TEST_CASE("json: duplicate keys are reported with their path; the document is still read") {
  const Parsed parsed =
      parse(R"({"standards": [{"id": "a"}, {"id": "b", "target": {"value": 1, "value": 2}}], "id": 1, "id": 2})");
  CHECK(parsed.document.parsed);
  REQUIRE(parsed.issues.size() == 2);
  CHECK(parsed.issues[0].text() ==
        "standards[1].target.value: this key appears twice in the same object; keep one (otherwise the last silently wins)");
  CHECK(parsed.issues[1].text() == "id: this key appears twice in the same object; keep one (otherwise the last silently wins)");
  CHECK(parsed.document.value["id"] == 2);
  // Keys that are not plain names are quoted in the path.
  CHECK(parse(R"({"a b": {"x.y": 1, "x.y": 2}})").issues.front().path == R"(["a b"]["x.y"])");
}

TEST_CASE("json: empty, oversized and UTF-16 text get their own message") {
  CHECK(firstText("") == "the profile is empty");
  CHECK(firstText(" \r\n\t") == "the profile is empty");
  CHECK(firstText("\xEF\xBB\xBF") == "the profile is empty");
  CHECK(firstText("\xFF\xFE{\0}\0") == "the profile is UTF-16 text; save it as UTF-8");
  CHECK(firstText("\xFE\xFF\0{") == "the profile is UTF-16 text; save it as UTF-8");
  CHECK(firstText("[1, 2, 3]", {.maxBytes = 8, .maxDepth = 64}) == "the profile is 9 bytes; a profile is at most 8 bytes");
  CHECK(parse("\xEF\xBB\xBF{\"a\": 1}").document.parsed);  // a UTF-8 BOM is fine
}

TEST_CASE("json: JSONTestSuite — every y_ file accepted, every n_ file rejected with a message") {
  const std::filesystem::path folder = sharedPath("conformance/nst__JSONTestSuite/test_parsing");
  REQUIRE(std::filesystem::is_directory(folder));
  std::size_t accepted = 0, rejected = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name[0] != 'y' && name[0] != 'n') continue;
    const auto bytes = readFile(entry.path().string());
    const Parsed parsed = parse({reinterpret_cast<const char*>(bytes.data()), bytes.size()}, {.maxBytes = 1u << 20, .maxDepth = 1000});
    const JsonDocument& document = parsed.document;
    CAPTURE(name);
    if (name[0] == 'y') {
      CHECK(document.parsed);
      accepted += document.parsed;
    } else {
      CHECK_FALSE(document.parsed);
      REQUIRE_FALSE(parsed.issues.empty());
      CHECK_FALSE(parsed.issues.front().message.empty());
      rejected += !document.parsed;
    }
  }
  CHECK(accepted == 95);
  CHECK(rejected == 188);  // nlohmann alone accepts n_multidigit_number_then_00 ("123\0"); the NUL check rejects it
}

}
