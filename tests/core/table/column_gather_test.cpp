#include <doctest/doctest.h>

#include "test_support.h"

#include <string>
#include <vector>

#include "core/ingest/values_test_support.h"
#include "core/table/column_gather.h"

using namespace carescore;

namespace {

// A column built cell by cell: nullptr is a missing cell.
Column textColumn(std::vector<const char*> cells, ValueType type = ValueType::Text) {
  Column column;
  column.type = type;
  for (const char* cell : cells) {
    if (cell) column.appendText(cell);
    else column.appendMissing();
  }
  return column;
}

Column numberColumn(std::size_t rows, std::size_t everyNth) {
  Column column;
  column.type = ValueType::Decimal;
  for (std::size_t row = 0; row < rows; ++row) {
    if (row % everyNth == 0) column.appendMissing();
    else column.appendNumber(static_cast<double>(row) / 2);
  }
  return column;
}

// What appending the same rows cell by cell gives: the reference for the bulk paths.
Column rowByRow(Column into, const Column& from, const std::vector<std::size_t>& rows) {
  for (std::size_t row : rows) {
    if (row == kNoSourceRow || !from.hasValue(row)) into.appendMissing();
    else if (into.isText()) into.appendText(from.text(row));
    else if (into.type == ValueType::Timestamp) into.appendTime(from.epochMs[row]);
    else into.appendNumber(from.numbers[row]);
  }
  return into;
}

std::vector<std::size_t> allRows(std::size_t n) {
  std::vector<std::size_t> rows(n);
  for (std::size_t i = 0; i < n; ++i) rows[i] = i;
  return rows;
}

} // namespace

TEST_SUITE("core/table") {

TEST_CASE("bitmap: append joins bit for bit, at any offset") {
  for (std::size_t head : {0, 1, 63, 64, 65, 130}) {
    Bitmap into, from, expected;
    for (std::size_t i = 0; i < head; ++i) {
      into.pushBack(i % 2 == 0);
      expected.pushBack(i % 2 == 0);
    }
    for (std::size_t i = 0; i < 150; ++i) {
      from.pushBack(i % 5 == 1);
      expected.pushBack(i % 5 == 1);
    }
    into.append(from);
    CHECK(into == expected);
    CHECK(into.count() == (head + 1) / 2 + 30);  // 150 bits with i % 5 == 1: 30
  }
}

TEST_CASE("gather: text keeps the codes appendText would give, dictionary copied or rebuilt") {
  const Column from = textColumn({"b", "a", nullptr, "b", "c", "a"});  // codes b=0 a=1 c=2
  Column empty;
  empty.type = ValueType::Text;
  SUBCASE("every row: the dictionary is copied, codes as they are") {
    Column into = empty;
    appendAll(into, cellsOf(from));
    testing::requireSameColumn(into, rowByRow(empty, from, allRows(6)));
    CHECK(into.codes == std::vector<std::uint32_t>{0, 1, 0, 0, 2, 1});
  }
  SUBCASE("rows reordered and missing: values numbered in their new order of first sight") {
    const std::vector<std::size_t> rows = {4, kNoSourceRow, 1, 2, 0, 4};
    Column into = empty;
    appendGathered(into, cellsOf(from), rows);
    testing::requireSameColumn(into, rowByRow(empty, from, rows));
    CHECK(into.dictionary.at(0) == "c");  // row 4 comes first
    CHECK(into.codes == std::vector<std::uint32_t>{0, 0, 1, 0, 2, 0});
    // The values seen are distinct: added without a lookup, so without a hash table until one is asked for.
    CHECK_FALSE(into.dictionary.hasIndex());
    CHECK(into.dictionary.find("a") == 1u);
    CHECK(into.dictionary.hasIndex());
    CHECK(into.dictionary.intern("b") == 2);
    CHECK(into.dictionary.intern("d") == 3);
  }
  SUBCASE("a subset without 'c': the dictionary is not copied, so it holds no unused value") {
    const std::vector<std::size_t> rows = {0, 1, 3};
    Column into = empty;
    appendGathered(into, cellsOf(from), rows);
    CHECK(into.dictionary.size() == 2);
    testing::requireSameColumn(into, rowByRow(empty, from, rows));
  }
  SUBCASE("into a column that already has values: translated through its dictionary") {
    const Column before = textColumn({"c", nullptr, "z"});
    Column into = before;
    appendAll(into, cellsOf(from));
    testing::requireSameColumn(into, rowByRow(before, from, allRows(6)));
    CHECK(into.dictionary.size() == 4);  // c z b a
  }
}

TEST_CASE("gather: codes in first-sight order, decided by counting, missing cells aside") {
  CHECK(codesInFirstSightOrder(cellsOf(textColumn({"a", "b", "a", "c", "b"}))));
  CHECK(codesInFirstSightOrder(cellsOf(textColumn({}))));
  // A missing cell holds code 0 whatever its place: it does not count as a sight of "a".
  CHECK(codesInFirstSightOrder(cellsOf(textColumn({nullptr, "a", nullptr, "b"}))));
  Column later = textColumn({"a", "b"});
  later.dictionary.intern("c");  // a value no cell shows
  CHECK_FALSE(codesInFirstSightOrder(cellsOf(later)));
  // Cells that show their values out of code order: b (code 1) before a (code 0).
  Column swapped = textColumn({"a", "b", "c"});
  swapped.codes = SharedVector<std::uint32_t>({1, 0, 2});
  CHECK_FALSE(codesInFirstSightOrder(cellsOf(swapped)));
  Column skipping = textColumn({"a", "b", "c"});
  skipping.codes = SharedVector<std::uint32_t>({0, 2, 1});
  CHECK_FALSE(codesInFirstSightOrder(cellsOf(skipping)));
}

TEST_CASE("gather: numbers and times copied, missing cells hold zero") {
  const Column from = numberColumn(200, 3);  // rows 0, 3, 6, … missing
  Column into;
  into.type = ValueType::Decimal;
  into.appendNumber(7);
  const Column start = into;
  appendAll(into, cellsOf(from));
  testing::requireSameColumn(into, rowByRow(start, from, allRows(200)));
  CHECK(into.valueCount() == 1 + 133);  // 200 rows, 67 of them multiples of 3
  CHECK(into.numbers[1] == 0.0);

  Column times;
  times.type = ValueType::Timestamp;
  for (std::int64_t ms : {5, 0, 9}) ms ? times.appendTime(ms) : times.appendMissing();
  Column gathered;
  gathered.type = ValueType::Timestamp;
  appendGathered(gathered, cellsOf(times), std::vector<std::size_t>{2, 1, kNoSourceRow, 0});
  CHECK(gathered.epochMs == std::vector<std::int64_t>{9, 0, 0, 5});
  CHECK(gathered.valueCount() == 2);
}

TEST_CASE("gather: missing and repeated cells in bulk") {
  Column text;
  text.type = ValueType::Category;
  appendMissing(text, 70);
  appendRepeated(text, "web", 0);  // no row: the dictionary stays empty
  CHECK(text.dictionary.size() == 0);
  appendRepeated(text, "web", 3);
  CHECK(text.size() == 73);
  CHECK(text.valueCount() == 3);
  CHECK(text.codes.size() == 73);
  CHECK(text.text(72) == "web");
  CHECK_FALSE(text.hasValue(69));

  Column empty;  // an Empty column counts rows only
  appendAll(empty, cellsOf(textColumn({"x", "y"})));
  CHECK(empty.size() == 2);
  CHECK(empty.valueCount() == 0);
}

}
