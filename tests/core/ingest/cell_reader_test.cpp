#include <doctest/doctest.h>

#include "test_support.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/cell_reader.h"
#include "core/ingest/values_test_support.h"

using namespace carescore;
using carescore::testing::requireSameColumn;
using carescore::testing::typeColumn;

TEST_SUITE("core/ingest") {

TEST_CASE("reader: missing cells are missing in every type, never zero") {
  const Column c = typeColumn("wait", {"12", "", "NULL", "N/A", "-", "0", " "});
  CHECK(c.type == ValueType::Integer);
  CHECK(c.size() == 7);
  CHECK(c.valueCount() == 2);
  CHECK(c.hasValue(0));
  CHECK_FALSE(c.hasValue(1));
  CHECK(c.hasValue(5));  // a real zero
  CHECK(c.numbers[5] == 0.0);
  CHECK(c.misfits == 0);
  const Column dates = typeColumn("d", {"#N/A", "2021-01-13"});
  CHECK(dates.type == ValueType::Timestamp);
  CHECK(dates.epochMs.size() == 2);
  CHECK_FALSE(dates.hasValue(0));
  const Column text = typeColumn("t", {"chat", "n/a", "chat"});
  CHECK(text.type == ValueType::Category);
  CHECK_FALSE(text.hasValue(1));
  CHECK(text.dictionary.size() == 1);
}

TEST_CASE("reader: misfits become missing, counted, with the first samples kept") {
  const Column c = typeColumn("n", {"1", "2", "3", "4", "5"}, 5);
  CHECK(c.misfits == 0);
  std::vector<std::string_view> cells{"1", "2", "x1", "3", "x2", "x3", "x4", "x5", "x6", "4"};
  const Column m = typeColumn("n", cells, 2);
  CHECK(m.type == ValueType::Integer);
  CHECK(m.misfits == 6);
  CHECK(m.valueCount() == 4);
  REQUIRE(m.misfitSamples.size() == Column::kMisfitSamples);
  CHECK(m.misfitSamples[0].row == 2);
  CHECK(m.misfitSamples[0].text == "x1");
  CHECK(m.misfitSamples[4].text == "x5");
  // Negative durations are misfits (solved before created): excluded, and counted.
  const Column d = typeColumn("Wait time (seconds)", {"30", "-5", "00:01:00", "-00:00:10"}, 1);
  CHECK(d.type == ValueType::Duration);
  CHECK(d.misfits == 2);
  CHECK(d.numbers[2] == 60);
}

TEST_CASE("reader: integer widens to decimal, and a 0/1 flag to integer") {
  // The sample sees only integers; "2.5" arrives later. Doubles hold both, so nothing is re-read.
  const Column c = typeColumn("n", {"1", "2", "2.5", "4"}, 2);
  CHECK(c.type == ValueType::Decimal);
  CHECK(c.format.description == "decimal point");
  CHECK(c.numbers == std::vector<double>{1, 2, 2.5, 4});
  const Column flag = typeColumn("is_vip", {"1", "0", "2", "1"}, 2);
  CHECK(flag.type == ValueType::Integer);
  CHECK(flag.numbers == std::vector<double>{1, 0, 2, 1});
  CHECK(flag.misfits == 0);
  const Column words = typeColumn("is_vip", {"yes", "no", "2"}, 2);  // words are no counts
  CHECK(words.type == ValueType::Boolean);
  CHECK(words.misfits == 1);
  // The same when the sample is not the first cells appended: the format remembers the words.
  const std::string_view sample[] = {"yes"};
  CellReader reader(inferColumnFormat("is_vip", sample));
  Column later;
  reader.begin(later);
  for (std::string_view cell : {"1", "0", "2"}) reader.append(later, cell, later.size());
  CHECK(later.type == ValueType::Boolean);
  CHECK(later.misfits == 1);
}

TEST_CASE("reader: an ambiguous day/month order settled later rewrites earlier rows exactly") {
  // PwC dataset: "01-02-2021" rows come first (day ≤ 12, padded), "1/13/2021" proves month-first.
  const Column c = typeColumn("date", {"01-01-2021", "01-02-2021", "", "1/13/2021", "02-01-2021"}, 2);
  CHECK(c.type == ValueType::Timestamp);
  CHECK(c.format.dateOrder == DateOrder::MonthDayYear);
  CHECK_FALSE(c.format.dateOrderAmbiguous);
  CHECK(c.format.description == "date mm-dd-yyyy");
  CHECK(c.misfits == 0);
  // date -u -d 2021-01-01 +%s = 1609459200; 2021-01-02 = 1609545600; 2021-01-13 = 1610496000; 2021-02-01 = 1612137600
  CHECK(c.epochMs == std::vector<std::int64_t>{1609459200000, 1609545600000, 0, 1610496000000, 1612137600000});
  // Same values, day-first settled: no rewrite needed, the flag clears.
  const Column d = typeColumn("date", {"01-02-2021", "13-02-2021", "02-01-2021"}, 1);
  CHECK(d.format.dateOrder == DateOrder::DayMonthYear);
  CHECK_FALSE(d.format.dateOrderAmbiguous);
  CHECK(d.epochMs == std::vector<std::int64_t>{1612137600000, 1613174400000, 1609545600000});  // 2021-02-13 = 1613174400
  // After the order is settled, a value that contradicts it is a misfit.
  const Column e = typeColumn("date", {"13-02-2021", "02-13-2021"}, 1);
  CHECK(e.misfits == 1);
  // Never settled: flagged for the user, read by the default.
  const Column f = typeColumn("date", {"01.02.2021", "03.04.2021"}, 1);
  CHECK(f.format.dateOrderAmbiguous);
  CHECK(f.epochMs[0] == 1612137600000);
}

TEST_CASE("reader: ISO rows are not swapped when a later date settles the order") {
  // Only the order-ambiguous rows are rewritten; the ISO row keeps its date.
  const Column c = typeColumn("date", {"2021-01-02", "01/02/2021", "02/13/2021"}, 1);
  CHECK(c.format.dateOrder == DateOrder::MonthDayYear);
  CHECK(c.epochMs == std::vector<std::int64_t>{1609545600000, 1609545600000, 1613174400000});
}

TEST_CASE("reader: an open decimal separator settled later rescales earlier rows exactly") {
  // Sample: "1,234" only (a decimal point assumed: 1234). "4,5" proves a decimal comma.
  const Column c = typeColumn("amount", {"1,234", "7", "12,500", "4,5"}, 1);
  CHECK(c.type == ValueType::Decimal);
  CHECK(c.format.decimalSeparator == ',');
  CHECK_FALSE(c.format.decimalSeparatorAmbiguous);
  CHECK(c.numbers == std::vector<double>{1.234, 7, 12.5, 4.5});
  // The other way: a comma preferred (1.234), then "1,234,567" proves commas group.
  InferenceOptions commas;
  commas.preferredDecimalSeparator = ',';
  const Column d = typeColumn("amount", {"1,234", "1,234,567"}, 1, commas);
  CHECK(d.type == ValueType::Integer);
  CHECK(d.numbers == std::vector<double>{1234, 1234567});
  // Dots and commas both open: "1.234" and "5,678" each rescale their own way.
  const Column e = typeColumn("amount", {"1.234", "5,678", "0,5"}, 1);
  CHECK(e.numbers == std::vector<double>{1234, 5.678, 0.5});
  // Percent columns rescale in percent points.
  const Column p = typeColumn("rate", {"1,234%", "2,5%"}, 1);
  CHECK(p.numbers == std::vector<double>{0.01234, 0.025});
  // Never settled: flagged.
  const Column g = typeColumn("amount", {"1,234", "5,000"}, 1);
  CHECK(g.format.decimalSeparatorAmbiguous);
  CHECK(g.numbers == std::vector<double>{1234, 5000});
}

TEST_CASE("reader: percent columns read bare numbers as percent points") {
  const Column c = typeColumn("Answer Rate", {"94.01%", "91.00%", "100", "5%x"}, 2);
  CHECK(c.numbers[0] == 0.9401);
  CHECK(c.numbers[1] == 0.91);
  CHECK(c.numbers[2] == 1.0);
  CHECK(c.misfits == 1);
  const Column plain = typeColumn("n", {"5", "50%"}, 1);
  CHECK(plain.misfits == 1);  // a percent in a plain number column is not silently 0.5
}

TEST_CASE("reader: category and text follow the whole column, not the sample") {
  // Sample of 2 distinct values → text; 12 rows of 3 channels → category.
  std::vector<std::string_view> cells{"chat", "phone", "email", "chat", "phone", "email",
                                      "chat", "phone", "email", "chat", "phone", "email"};
  const Column c = typeColumn("channel", cells, 2);
  CHECK(c.type == ValueType::Category);
  CHECK(c.dictionary.size() == 3);
  CHECK(c.text(4) == "phone");
  std::vector<std::string> ids;
  for (int i = 0; i < 40; ++i) ids.push_back("T-" + std::to_string(i % 30));
  std::vector<std::string_view> idViews(ids.begin(), ids.end());
  const Column t = typeColumn("ticket", idViews, 20);  // the sample repeats nothing, the column little
  CHECK(t.type == ValueType::Text);
  CHECK(t.dictionary.size() == 30);
}

TEST_CASE("reader: repeated text served from the recent-values cache reads as without it") {
  // Text while values do not yet repeat twice on average (distinct * 2 > values), Category from
  // then on, decided at each cell also when the cell repeats a cached value: a, b → Text (2*2 > 2),
  // a → Text (4 > 3), a → Category (4 <= 4).
  CellReader reader(inferColumnFormat("x", std::vector<std::string_view>{"q", "r", "s"}));
  Column column;
  reader.begin(column);
  const char* cells[] = {"a", "b", " a", "a\t"};
  const ValueType types[] = {ValueType::Text, ValueType::Text, ValueType::Text, ValueType::Category};
  for (std::size_t row = 0; row < 4; ++row) {
    reader.append(column, cells[row], row);
    CHECK(column.type == types[row]);
  }
  CHECK(column.codes == std::vector<std::uint32_t>{0, 1, 0, 0});
  // 800 names (fewer than a category's limit of 1,000) sharing the cache's slots, then
  // missing cells, get the codes the dictionary gives them, in order of first sight.
  std::vector<std::string> names;
  for (int i = 0; i < 3000; ++i) names.push_back("Agent " + std::to_string(i % 800));
  names.push_back("N/A");
  names.push_back("");
  std::vector<std::string_view> views(names.begin(), names.end());
  const Column agents = typeColumn("agent", views, 100);
  CHECK(agents.type == ValueType::Category);
  CHECK(agents.dictionary.size() == 800);
  CHECK(agents.valueCount() == 3000);
  for (std::size_t row = 0; row < 3000; ++row) CHECK(agents.codes[row] == row % 800);
}

TEST_CASE("reader: a column empty in the sample is typed by its first value") {
  const Column c = typeColumn("Total Calls Resolved", {"", "", "", "4054", "", "3646"}, 3);  // ZhDmitriy… stray totals
  CHECK(c.type == ValueType::Integer);
  CHECK(c.numbers == std::vector<double>{0, 0, 0, 4054, 0, 3646});
  CHECK(c.valueCount() == 2);
  const Column d = typeColumn("resolved_at", {"", "2021-01-13 10:00"}, 1);
  CHECK(d.type == ValueType::Timestamp);
  CHECK(d.epochMs == std::vector<std::int64_t>{0, 1610532000000});  // date -u -d "2021-01-13 10:00" +%s
  const Column e = typeColumn("x", {"", ""}, 1);
  CHECK(e.type == ValueType::Empty);
  CHECK(e.size() == 2);
}

TEST_CASE("reader: timestamps with and without a zone do not mix silently") {
  const Column c = typeColumn("t", {"2021-01-13T10:00:00Z", "2021-01-13T10:00:00", "2021-01-13T12:00:00+02:00"});
  CHECK(c.format.timeBase == TimeBase::Utc);
  CHECK(c.misfits == 1);  // the wall-clock value cannot be placed in time without the file's zone
  CHECK(c.epochMs[0] == c.epochMs[2]);
}

TEST_CASE("reader: Excel serials, the phantom leap day, and Unix mixes are misfits") {
  const Column c = typeColumn("Order date", {"45000", "45001", "60", "61", "2958466", "44999.5"}, 2);
  CHECK(c.type == ValueType::Timestamp);
  CHECK(c.misfits == 2);  // 60 (1900-02-29) and past 9999-12-31
  CHECK(c.epochMs[3] == -2203891200000);
  const Column u = typeColumn("created_at", {"1711545600", "1711545600000", "1711545601"}, 1);
  CHECK(u.misfits == 1);  // a 13-digit value in a seconds column
  CHECK(u.epochMs[2] == 1711545601000);
}

TEST_CASE("reader: the same values give the same column whatever the sample size") {
  // Each column exercises a decision a small sample gets wrong and append corrects.
  const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> columns = {
      {"n", {"", "1", "N/A", "2", "3.5", "-4", "1,000"}},                               // widening, late grouping
      {"date", {"01-01-2021", "", "01-02-2021", "12-12-2021", "1/13/2021", "02-01-2021"}},  // order settled late
      {"date", {"01.02.2021", "03.04.2021", "31.12.2021"}},                             // day-first settled
      {"amount", {"1,234", "12,500", "7", "4,5", "1.234,5"}},                          // decimal comma proven late
      {"channel", {"chat", "phone", "chat", "email", "phone", "chat", "chat"}},          // category grows
      {"is_vip", {"0", "1", "1", "0", "3"}},                                          // flag → count
      {"total", {"", "", "N/A", "12", "14"}},                                          // empty sample
      {"wait (minutes)", {"1", "2.5", "", "3"}},                                       // header unit
      {"vru_entry", {"7:02:47", "8:00:00", "", "23:59:59"}},                            // time of day
  };
  for (const auto& column : columns) {
    const std::string_view header = column.first;  // (clang 14 cannot capture structured bindings)
    const std::vector<std::string_view>& cells = column.second;
    CAPTURE(header);
    const Column whole = typeColumn(header, cells, cells.size());
    for (std::size_t sample = 0; sample < cells.size(); ++sample) {
      CAPTURE(sample);
      requireSameColumn(typeColumn(header, cells, sample), whole);
    }
  }
}

}
