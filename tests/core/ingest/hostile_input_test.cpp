#include <doctest/doctest.h>

#include "test_support.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/cell_reader.h"
#include "core/ingest/header_hints.h"

// Garbage and near-misses through inference and every reader syntax: nothing may crash (the
// native-debug preset runs this under AddressSanitizer and UBSan), and every column stays whole:
// one validity bit and one slot per cell, values + missing + misfits = cells.
using namespace carescore;

namespace {

struct Random {
  std::uint64_t state;
  std::uint32_t next() {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>(state >> 33);
  }
};

// Valid values of every shape, mutated: bytes replaced, inserted, cut; plus raw random bytes.
std::vector<std::string> hostileCells(Random& random, std::size_t count) {
  static const char* kSeeds[] = {
      "2016-04-28T11:19:34 -10:00", "Tue Oct 31 22:10:47 +0000 2017", "18.05.2022 11:33:47", "1,234.5", "1.234,5",
      "94.01%", "12:02:23 AM", "2 \xD1\x87 5 \xD0\xBC\xD0\xB8\xD0\xBD", "PT1H2M3S", "0.38400462962963", "990201",
      "1711545600000000000", "k\xC3\xB4ng", "(123)", "\xE2\x88\x92\x35", "31 \xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F 2017",
      "1e400", "99999999999999999999999", "-00:00:01", "GMT+7", "45000.5", "#N/A",
  };
  std::vector<std::string> cells;
  cells.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    std::string cell = kSeeds[random.next() % (sizeof kSeeds / sizeof kSeeds[0])];
    const std::uint32_t edits = random.next() % 4;
    for (std::uint32_t e = 0; e < edits && !cell.empty(); ++e) {
      const std::size_t at = random.next() % cell.size();
      const char byte = static_cast<char>(random.next() % 256);
      switch (random.next() % 3) {
        case 0: cell[at] = byte; break;
        case 1: cell.insert(cell.begin() + static_cast<std::ptrdiff_t>(at), byte); break;
        default: cell.resize(at); break;
      }
    }
    if (random.next() % 10 == 0) {
      cell.clear();
      const std::uint32_t length = random.next() % 40;
      for (std::uint32_t k = 0; k < length; ++k) cell.push_back(static_cast<char>(random.next() % 256));
    }
    cells.push_back(std::move(cell));
  }
  return cells;
}

void requireWhole(const Column& column, std::size_t cells) {
  REQUIRE(column.size() == cells);
  if (column.isNumeric()) REQUIRE(column.numbers.size() == cells);
  if (column.type == ValueType::Timestamp) REQUIRE(column.epochMs.size() == cells);
  if (column.isText()) REQUIRE(column.codes.size() == cells);
  REQUIRE(column.valueCount() + column.misfits <= cells);
  for (std::size_t row = 0; row < cells; ++row)
    if (column.isNumeric() && column.hasValue(row)) REQUIRE(column.numbers[row] == column.numbers[row]);  // no NaN
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("hostile input: mutated and random cells never break a column") {
  Random random{20261122};
  const char* kHeaders[] = {"x", "date", "Time", "created_at", "wait (minutes)", "is_flag", "AvgTalkDuration", "Order date",
                            "\xFF\xFE", ""};
  for (int round = 0; round < 60; ++round) {
    const std::vector<std::string> cells = hostileCells(random, 400);
    const std::vector<std::string_view> views(cells.begin(), cells.end());
    for (const char* header : kHeaders) {
      // A sample of the first few cells, then the whole column: the format may be anything.
      const std::size_t sample = random.next() % 50;
      CellReader reader(inferColumnFormat(header, std::span<const std::string_view>(views.data(), sample)));
      Column column;
      reader.begin(column);
      for (std::size_t row = 0; row < views.size(); ++row) reader.append(column, views[row], row);
      requireWhole(column, views.size());
    }
  }
  // Formats forced onto garbage: every syntax reads every hostile cell.
  const std::vector<std::string> cells = hostileCells(random, 2000);
  const std::vector<std::string_view> views(cells.begin(), cells.end());
  for (std::string_view seed : {"1", "1,234", "yes", "2021-01-01", "01/02/2021", "1711545600", "45000", "990201",
                                "00:01:00", "1h", "07:00 AM", "chat"}) {
    for (const char* header : kHeaders) {
      const std::string_view one[] = {seed};
      CellReader reader(inferColumnFormat(header, one));
      Column column;
      reader.begin(column);
      for (std::size_t row = 0; row < views.size(); ++row) reader.append(column, views[row], row);
      requireWhole(column, views.size());
    }
  }
  std::string longHeader(100000, 'a');
  CHECK(readHeaderHints(longHeader).unitSeconds == 0);
  const std::string longCell(1 << 20, '7');  // a megabyte of digits: text (an id), read in linear time
  const std::string_view one[] = {longCell};
  CHECK(inferColumnFormat("n", one).type == ValueType::Text);
}

}
