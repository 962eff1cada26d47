#include <doctest/doctest.h>

#include "test_support.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/cell_reader.h"
#include "core/ingest/values_test_support.h"

// CellReader::appendColumn reads runs of common shapes in one loop (cell_runs.cpp): the column must
// be the one append() builds cell by cell, for runs that break on every kind of cell.
using namespace carescore;
using carescore::testing::requireSameColumn;

namespace {

struct Typed {
  Column byCell, byRun;
};

// The cells typed twice after the same inference: cell by cell, and as one strided run (each cell
// in the middle of a three-column row) split into pieces of `piece` cells.
Typed typeBothWays(std::string_view header, const std::vector<std::string>& cells, std::size_t sample, std::size_t piece) {
  std::vector<std::string_view> views(cells.begin(), cells.end());
  const ColumnFormat format = inferColumnFormat(header, std::span(views).first(std::min(sample, views.size())));
  Typed t;
  CellReader one(format), run(format);
  one.begin(t.byCell);
  run.begin(t.byRun);
  for (std::size_t row = 0; row < views.size(); ++row) one.append(t.byCell, views[row], row);
  std::vector<std::string_view> rows;
  for (std::string_view v : views) rows.insert(rows.end(), {"left", v, "right"});
  for (std::size_t at = 0; at < views.size(); at += piece)
    run.appendColumn(t.byRun, rows.data() + at * 3 + 1, 3, std::min(piece, views.size() - at), at);
  return t;
}

// `shapes` repeated to 150 cells (runs cross 64-cell words), with cell i's "#" replaced by i.
std::vector<std::string> cycle(const std::vector<std::string>& shapes) {
  std::vector<std::string> cells;
  for (std::size_t i = 0; i < 150; ++i) {
    std::string cell = shapes[i % shapes.size()];
    if (const std::size_t hash = cell.find('#'); hash != std::string::npos) cell.replace(hash, 1, std::to_string(i));
    cells.push_back(cell);
  }
  return cells;
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("runs: appendColumn builds the column append builds, cell by cell") {
  struct Case {
    const char* header;
    std::vector<std::string> shapes;
  };
  const Case cases[] = {
      {"n", {"1#", "", " 7 ", "N/A", "0", "007", "1234567890123456", "2.5", "-3", "1,000", "x", "4#"}},
      {"n", {"1#", "2#", "", "3#"}},                                     // a run of plain digits
      {"share", {"50%", "12", "", "7.5%"}},                              // percent points: no run
      {"wait_seconds", {"#", "", "1:02:03", "12:34", "0:59:59", "1:60:00", "5 min", "0#", "-1", "2.5"}},
      {"handle time", {"10:00:00", "123456789:00:00", "", "1:2:3", "00:00:0#"}},
      {"created_at", {"2021-01-13T10:0#:00Z", "2021-01-13T10:00:00Z", "2021-01-14 23:59:59Z", "", "2021-02-30T10:00:00Z",
                      "2021-01-13T24:00:00Z", "2021-01-13T10:00:00", "2021-01-13T10:00:00.5Z", "2021/01/15T00:00:00Z",
                      "2021-01-13T10:00:00+02:00", "2021-01-13t10:00:00z", "2021.01-13T10:00:00Z", "N/A"}},
      {"created_at", {"2021-01-13 10:0#:00", "2020-02-29 00:00:00", "2021-01-13T10:00:00Z", "", "1999-12-31 23:59:59",
                      "13.01.2021 10:00:00"}},
      {"channel", {"chat", "phone", "", "chat", " email", "n/a", "chat"}},  // category hits and misses
      {"subject", {"Order # late", "Refund #", "chat", "", "Order 1 late"}},  // text, mostly new values
      {"flag", {"0", "1", "1", "0", "3"}},                                  // boolean widened: no run
  };
  for (const Case& c : cases) {
    const std::vector<std::string> cells = cycle(c.shapes);
    for (std::size_t sample : {std::size_t{3}, std::size_t{1000}}) {
      for (std::size_t piece : {std::size_t{1}, std::size_t{7}, std::size_t{64}, std::size_t{150}}) {
        CAPTURE(c.header);
        CAPTURE(sample);
        CAPTURE(piece);
        const Typed t = typeBothWays(c.header, cells, sample, piece);
        requireSameColumn(t.byCell, t.byRun);
      }
    }
  }
}

TEST_CASE("runs: a text column past 32,768 distinct values, looked up a window ahead, builds what append builds") {
  // The first 40,000 cells are distinct, so the dictionary outgrows the read-ahead threshold; the
  // cells after them mix repeats, new values, empty and padded cells and missing tokens, so that
  // windows break on each.
  std::vector<std::string> cells;
  for (int i = 0; i < 40000; ++i) cells.push_back("Order delivered late, #" + std::to_string(i));
  const std::vector<std::string> tail = {"Order delivered late, #5", "", " Refund #", "N/A", "Refund #", "-",
                                         "Order delivered late, #39999", "123", "  ", "Где моя посылка, #"};
  for (int i = 0; i < 3000; ++i) {
    std::string cell = tail[i % tail.size()];
    if (const std::size_t hash = cell.find("#", cell.size() - 1); hash != std::string::npos) cell += std::to_string(i);
    cells.push_back(cell);
  }
  for (std::size_t piece : {std::size_t{1}, std::size_t{33}, std::size_t{1000}, cells.size()}) {
    CAPTURE(piece);
    const Typed t = typeBothWays("subject", cells, 100, piece);
    requireSameColumn(t.byCell, t.byRun);
    // 40,000 + 600 "Refund #i", 300 "Где моя посылка, #i" and "123": "#5" and "#39999" repeat.
    CHECK(t.byRun.dictionary.size() == 40000 + 600 + 300 + 1);
    CHECK(t.byRun.dictionary.at(t.byRun.codes[40000]) == "Order delivered late, #5");
    CHECK(t.byRun.codes[40000] == 5);
    CHECK(t.byRun.dictionary.at(t.byRun.codes[40002]) == "Refund #2");
    CHECK_FALSE(t.byRun.valid.test(40001));
    CHECK_FALSE(t.byRun.valid.test(40003));
    CHECK_FALSE(t.byRun.valid.test(40005));
    CHECK_FALSE(t.byRun.valid.test(40008));
    CHECK(t.byRun.valid.count() == 40000 + 3000 / 10 * 6);
  }
}

TEST_CASE("runs: ISO timestamps to the second, a day's ms reused across cells") {
  // 2021-01-13T10:00:00Z = 1610532000000 (date -u -d 2021-01-13T10:00:00Z +%s); the next cells are
  // 1 s, 13 h 59 min 59 s (50399 s) and one day and 1 s (86401 s) after it.
  const std::vector<std::string> cells = {"2021-01-13T10:00:00Z", "2021-01-13T10:00:01Z", "2021-01-13T23:59:59Z",
                                          "2021-01-14T10:00:01Z"};
  const Typed t = typeBothWays("created_at", cells, 1, cells.size());
  requireSameColumn(t.byCell, t.byRun);
  CHECK(t.byRun.epochMs == std::vector<std::int64_t>{1610532000000, 1610532001000, 1610582399000, 1610618401000});
}

}
