// Hostile and broken profiles: every one gives messages, none crashes, hangs or throws.
#include <doctest/doctest.h>

#include "test_support.h"

#include <cstdint>
#include <string>

#include "core/standards/profile_reader.h"
#include "embedded_assets.h"
#include "profile_fixture.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

std::string defaultText() {
  const auto bytes = assets::defaultProfile();
  return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

// A value of another JSON type than `value`, chosen by turns so every type is tried.
Json otherType(const Json& value, std::size_t turn) {
  const Json candidates[] = {Json::array({1}), Json::object({{"x", 1}}), Json("text"), Json(12345), Json(true), Json(nullptr)};
  for (std::size_t i = 0; i < std::size(candidates); ++i) {
    const Json& candidate = candidates[(turn + i) % std::size(candidates)];
    const bool sameKind = candidate.type() == value.type() || (candidate.is_number() && value.is_number());
    if (!sameKind) return candidate;
  }
  return nullptr;
}

// Every JSON pointer of a document, containers included.
void collectPointers(const Json& value, const Json::json_pointer& at, std::vector<Json::json_pointer>& out) {
  out.push_back(at);
  if (value.is_object())
    for (const auto& item : value.items()) collectPointers(item.value(), at / item.key(), out);
  if (value.is_array())
    for (std::size_t i = 0; i < value.size(); ++i) collectPointers(value[i], at / i, out);
}

std::uint64_t next(std::uint64_t& state) {  // xorshift64: the same "random" bytes on every machine
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

} // namespace

TEST_SUITE("core/standards") {

TEST_CASE("hostile: every value of the default profile swapped for another type gives an issue, never a crash") {
  const Json original = Json::parse(defaultText());
  std::vector<Json::json_pointer> pointers;
  collectPointers(original, Json::json_pointer(), pointers);
  REQUIRE(pointers.size() > 1000);
  std::size_t withoutIssue = 0;
  for (std::size_t i = 1; i < pointers.size(); ++i) {  // 0 is the root
    Json mutated = original;
    const Json replacement = otherType(mutated[pointers[i]], i);
    if (replacement.is_null()) continue;  // optional parts may be absent: nothing to report
    mutated[pointers[i]] = replacement;
    const ProfileParse parse = parseProfile(mutated.dump());
    if (parse.issues.empty()) {
      ++withoutIssue;
      CAPTURE(pointers[i].to_string());
      CAPTURE(replacement.dump());
      CHECK(parse.issues.empty() == false);
    }
  }
  CHECK(withoutIssue == 0);
}

TEST_CASE("hostile: deep nesting, NUL bytes and huge numbers inside a real profile") {
  std::string text = defaultText();
  // 100 000 brackets where a label should be.
  std::string deep = text;
  deep.replace(deep.find("\"Punctuality\""), 13, std::string(100000, '[') + std::string(100000, ']'));
  ProfileParse parse = parseProfile(deep);
  REQUIRE(parse.issues.size() == 1);
  CHECK(parse.issues[0].code == IssueCode::TooDeep);
  CHECK_FALSE(parse.profile);

  std::string nul = text;
  nul.insert(nul.size() / 2, 1, '\0');
  parse = parseProfile(nul);
  REQUIRE(parse.issues.size() == 1);
  CHECK(parse.issues[0].code == IssueCode::NulByte);

  std::string huge = text;
  huge.replace(huge.find("\"value\": 90"), 11, "\"value\": 1e999");
  parse = parseProfile(huge);
  REQUIRE(parse.issues.size() == 1);
  CHECK(parse.issues[0].code == IssueCode::NumberOutOfRange);
  CHECK(parse.issues[0].line > 1);

  std::string big = text;
  big.replace(big.find("\"value\": 90"), 11, "\"value\": 123456789012345678901234567890");
  parse = parseProfile(big);
  REQUIRE(parse.issues.size() == 1);
  CHECK(parse.issues[0].code == IssueCode::TargetRange);
}

TEST_CASE("hostile: 100 000 unknown keys give a short list, and the count of the rest") {
  std::string text = R"({"format": "carescore-profile", "version": 1)";
  for (int i = 0; i < 100000; ++i) text.append(",\"k").append(std::to_string(i)).append("\":0");
  text += "}";
  const ProfileParse parse = parseProfile(text);
  REQUIRE(parse.issues.size() == 201);
  CHECK(parse.issues[0].text() == "k0: unknown key; this object has: format, version, id, name, description, groups, standards, goals");
  // 99 800 more unknown keys, and the profile's missing id, name and standards.
  CHECK(parse.issues[200].text() == "99803 more issues not shown; fix the ones above first");
  CHECK_FALSE(parse.profile);
}

TEST_CASE("hostile: one key a thousand times is a short list, and the count of the rest") {
  std::string text = R"({"format": "carescore-profile", "version": 1)";
  for (int i = 0; i < 1000; ++i) text += R"(, "a": 1)";
  text += "}";
  const ProfileParse parse = parseProfile(text);
  REQUIRE(parse.issues.size() == 201);
  CHECK(parse.issues[0].text() == "a: this key appears twice in the same object; keep one (otherwise the last silently wins)");
  // 999 duplicates, 200 shown; then "a" is unknown, and the id, name and standards are missing.
  CHECK(parse.issues[200].text() == "803 more issues not shown; fix the ones above first");
}

TEST_CASE("hostile: a profile of many small objects parses in linear time") {
  // 300 000 empty objects in a list: an O(n²) parser would not finish.
  std::string text = R"({"format": "carescore-profile", "version": 1, "id": "x", "goals": [)";
  for (int i = 0; i < 300000; ++i) text += i ? ",{}" : "{}";
  text += "]}";
  const ProfileParse parse = parseProfile(text);
  const auto texts = issueTexts(parse);
  CHECK(std::find(texts.begin(), texts.end(), "goals: 300000 items; at most 50") != texts.end());
}

TEST_CASE("hostile: random bytes, and random cuts of the default profile") {
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  for (int round = 0; round < 200; ++round) {
    std::string bytes(next(state) % 400, '\0');
    for (char& c : bytes) c = static_cast<char>(next(state) & 0xFF);
    const ProfileParse parse = parseProfile(bytes);
    CHECK_FALSE(parse.issues.empty());
    CHECK_FALSE(parse.profile);
  }
  const std::string text = defaultText();
  for (int round = 0; round < 100; ++round) {
    const std::size_t cut = next(state) % text.size();
    const ProfileParse parse = parseProfile(std::string_view(text).substr(0, cut));
    CAPTURE(cut);
    REQUIRE_FALSE(parse.issues.empty());
    CHECK(parse.issues[0].code == (cut == 0 ? IssueCode::Empty : IssueCode::Syntax));
  }
}

}
