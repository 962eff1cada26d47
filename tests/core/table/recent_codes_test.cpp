#include <doctest/doctest.h>

#include "test_support.h"

#include <string>
#include <vector>

#include "core/table/recent_codes.h"

using namespace carescore;

TEST_SUITE("core/table") {

TEST_CASE("recent codes: a remembered value is found by its bytes, anything else misses") {
  StringDictionary dictionary;
  RecentCodes recent;
  CHECK(recent.find(dictionary, "chat") == RecentCodes::kMiss);  // empty cache, empty dictionary
  const std::uint32_t chat = dictionary.intern("chat");
  recent.remember("chat", chat);
  CHECK(recent.find(dictionary, "chat") == chat);
  CHECK(recent.find(dictionary, "chaT") == RecentCodes::kMiss);
  CHECK(recent.find(dictionary, "cha") == RecentCodes::kMiss);
  CHECK(recent.find(dictionary, "") == RecentCodes::kMiss);
  const std::uint32_t empty = dictionary.intern("");
  recent.remember("", empty);
  CHECK(recent.find(dictionary, "") == empty);
  const std::uint32_t vietnamese = dictionary.intern("Điện thoại");
  recent.remember("Điện thoại", vietnamese);
  CHECK(recent.find(dictionary, "Điện thoại") == vietnamese);
  recent.remember("x", RecentCodes::kMiss);  // nothing to remember
  CHECK(recent.find(dictionary, "x") == RecentCodes::kMiss);
}

TEST_CASE("recent codes: more values than slots: every hit is right, some values are forgotten") {
  // 5,000 distinct values of the same length (names differing in the middle) crowd the 4,096
  // slots: a slot holds the last value placed there, and a find never answers another's code.
  StringDictionary dictionary;
  RecentCodes recent;
  std::vector<std::string> values;
  for (int i = 0; i < 5000; ++i) values.push_back("agent " + std::to_string(10000 + i) + " name");
  for (const std::string& v : values) recent.remember(v, dictionary.intern(v));
  std::size_t hits = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::uint32_t code = recent.find(dictionary, values[i]);
    if (code == RecentCodes::kMiss) continue;
    ++hits;
    CHECK(code == i);
  }
  CHECK(hits > 0);
  CHECK(hits <= 4096);
}

} // TEST_SUITE
