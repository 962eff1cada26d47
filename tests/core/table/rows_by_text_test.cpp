#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/table/rows_by_text.h"

using namespace carescore;

namespace {

// A column built cell by cell: nullptr is a missing cell.
Column textColumn(std::vector<const char*> cells) {
  Column column;
  column.type = ValueType::Text;
  for (const char* cell : cells) {
    if (cell) column.appendText(cell);
    else column.appendMissing();
  }
  return column;
}

StringDictionary dictionaryOf(std::vector<const char*> texts) {
  StringDictionary dictionary;
  for (const char* text : texts) dictionary.intern(text);
  return dictionary;
}

} // namespace

TEST_SUITE("core/table") {

TEST_CASE("rows by text: the first or last row holding each text, where another column has a value") {
  //              row:  0     1     2        3     4     5     6
  const Column ids = textColumn({"t1", "t2", nullptr, "t1", "t3", "t2", "T1"});
  const Column customers = textColumn({"c1", nullptr, "c9", "c2", "c3", "c4", "c5"});
  // Texts: t2, t1, t9 (no row), "" (no row), T1 (case counts), t3.
  const StringDictionary texts = dictionaryOf({"t2", "t1", "t9", "", "T1", "t3"});
  const std::uint32_t none = kNoMatchingRow;
  CHECK(rowsByText(texts, ids, WhichRow::First) == std::vector<std::uint32_t>{1, 0, none, none, 6, 4});
  CHECK(rowsByText(texts, ids, WhichRow::Last) == std::vector<std::uint32_t>{5, 3, none, none, 6, 4});
  // Rows without a customer do not count: t2's first row with one is 5.
  CHECK(rowsByText(texts, ids, WhichRow::First, &customers) == std::vector<std::uint32_t>{5, 0, none, none, 6, 4});
  CHECK(rowsByText(texts, ids, WhichRow::Last, &customers) == std::vector<std::uint32_t>{5, 3, none, none, 6, 4});
  CHECK(rowsByText(StringDictionary{}, ids, WhichRow::First).empty());
  CHECK(rowsByText(texts, textColumn({}), WhichRow::Last) == std::vector<std::uint32_t>(6, none));
}

TEST_CASE("rows by text: many texts, most absent, without rebuilding the column's hash table") {
  // 50,000 ids in the column (each twice, rows i and i + 50,000), every third asked for, with
  // 20,000 texts that no row holds: tags in the slots must not make a miss a match.
  Column ids;
  ids.type = ValueType::Text;
  for (int pass = 0; pass < 2; ++pass)
    for (int i = 0; i < 50000; ++i) ids.appendText("id-" + std::to_string(i));
  ids.dictionary.releaseIndex();  // as after the mapping
  StringDictionary texts;
  std::vector<std::uint32_t> first, last;
  for (int i = 0; i < 50000; i += 3) {
    texts.intern("id-" + std::to_string(i));
    first.push_back(static_cast<std::uint32_t>(i));
    last.push_back(static_cast<std::uint32_t>(i + 50000));
    if (i % 5 == 0) {
      texts.intern("absent-" + std::to_string(i));
      first.push_back(kNoMatchingRow);
      last.push_back(kNoMatchingRow);
    }
  }
  CHECK(rowsByText(texts, ids, WhichRow::First) == first);
  CHECK(rowsByText(texts, ids, WhichRow::Last) == last);
  CHECK_FALSE(ids.dictionary.hasIndex());
}

} // TEST_SUITE
