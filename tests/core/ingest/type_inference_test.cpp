#include <doctest/doctest.h>

#include "test_support.h"

#include <initializer_list>
#include <string_view>
#include <vector>

#include "core/ingest/cell_reader.h"

using namespace carescore;

namespace {

ColumnFormat infer(std::string_view header, std::initializer_list<std::string_view> values, const InferenceOptions& options = {}) {
  return inferColumnFormat(header, std::span<const std::string_view>(values.begin(), values.size()), options);
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("inference: empty and missing") {
  CHECK(infer("x", {}).type == ValueType::Empty);
  CHECK(infer("x", {"", "NULL", "N/A", "-", "  "}).type == ValueType::Empty);
  CHECK(infer("x", {"", "NULL", "5"}).type == ValueType::Integer);
}

TEST_CASE("inference: integers, decimals, separators, percent") {
  ColumnFormat f = infer("calls", {"217", "200", "-3"});
  CHECK(f.type == ValueType::Integer);
  CHECK(f.format.description == "integer");
  CHECK_FALSE(f.separatorSettled);
  f = infer("rating", {"1.0", "5.0", "3.0"});  // andkuster… "Customer Satisfaction Rating"
  CHECK(f.type == ValueType::Decimal);
  CHECK(f.format.decimalSeparator == '.');
  f = infer("amount", {"1.234,5", "4,5", "12"});
  CHECK(f.type == ValueType::Decimal);
  CHECK(f.format.decimalSeparator == ',');
  CHECK(f.format.description == "decimal comma");
  f = infer("amount", {"1,234.5", "1,000,000"});
  CHECK(f.format.decimalSeparator == '.');
  CHECK(f.separatorSettled);
  f = infer("amount", {"1 234 567", "12"});
  CHECK(f.type == ValueType::Integer);
  f = infer("Answer Rate", {"94.01%", "91.00%"});  // vestineo__call-center-viz
  CHECK(f.type == ValueType::Decimal);
  CHECK(f.percent);
  CHECK(f.format.description == "percent as a fraction (94.01% = 0.9401), decimal point");
  f = infer("Service Level (20 Seconds)", {"76.28%", "72.73%"});  // a unit in the header, percent values
  CHECK(f.type == ValueType::Decimal);
  CHECK(f.percent);
}

TEST_CASE("inference: 1,234 alone is ambiguous; the preference or '.' decides, flagged") {
  ColumnFormat f = infer("amount", {"1,234", "12,500"});
  CHECK(f.type == ValueType::Integer);  // read with a decimal point: 1234, 12500
  CHECK(f.format.decimalSeparator == '.');
  CHECK(f.format.decimalSeparatorAmbiguous);
  InferenceOptions commas;
  commas.preferredDecimalSeparator = ',';
  f = infer("amount", {"1,234", "12,500"}, commas);
  CHECK(f.type == ValueType::Decimal);
  CHECK(f.format.decimalSeparator == ',');
  CHECK(f.format.decimalSeparatorAmbiguous);
}

TEST_CASE("inference: identifiers stay text") {
  CHECK(infer("code", {"007", "123"}).type == ValueType::Text);
  CHECK(infer("tweet", {"1234567890123456789", "12"}).type == ValueType::Text);
  CHECK(infer("CustomerID", {"013d950", "0d25185", "a1b541d"}).type == ValueType::Text);  // prepbench case_122
  CHECK(infer("Call Id", {"ID0001", "ID0002", "ID0001", "ID0002"}).type == ValueType::Text);  // id cue: never a category
  // A 5-digit ticket id is not an Excel date, nor a 13-digit id a Unix time.
  CHECK(infer("Ticket ID", {"45000", "45001"}).type == ValueType::Integer);
  CHECK(infer("id", {"1030820361033", "1198167194074"}).type == ValueType::Integer);  // fivetran__dbt_zendesk comments
}

TEST_CASE("inference: booleans") {
  ColumnFormat f = infer("Answered (Y/N)", {"Y", "N", "Y"});
  CHECK(f.type == ValueType::Boolean);
  CHECK(f.syntax == CellSyntax::Boolean);
  CHECK(infer("read", {"TRUE", "FALSE", "1"}).type == ValueType::Boolean);
  CHECK(infer("internal", {"False", "True", ""}).type == ValueType::Boolean);
  CHECK(infer("\xD0\x9D\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB9", {"\xD0\x94\xD0\xB0", "\xD0\x9D\xD0\xB5\xD1\x82"}).type == ValueType::Boolean);
  // 1/0 is a flag only when the header names one.
  f = infer("is_admin", {"1", "0", "1"});  // julioverdugo__NPS/nps_survey.csv
  CHECK(f.type == ValueType::Boolean);
  CHECK(f.format.description == "1/0 (a flag, by its header)");
  CHECK(infer("priority", {"1", "0", "1"}).type == ValueType::Integer);
  CHECK(infer("is_vip", {"1", "0", "2"}).type == ValueType::Integer);
  CHECK(infer("grade", {"A", "F", "B"}).type != ValueType::Boolean);
}

TEST_CASE("inference: textual timestamps, order and time base") {
  ColumnFormat f = infer("created_at", {"2017-01-01T00:46:09Z", "2017-01-01T05:04:09Z"});
  CHECK(f.type == ValueType::Timestamp);
  CHECK(f.format.timeBase == TimeBase::Utc);
  CHECK(f.format.dateOrder == DateOrder::YearMonthDay);
  CHECK(f.format.description == "yyyy-mm-ddTHH:MM:SSZ");
  f = infer("Date", {"31-01-2016", "30-01-2016"});  // AnandBakode008…
  CHECK(f.format.dateOrder == DateOrder::DayMonthYear);
  CHECK_FALSE(f.format.dateOrderAmbiguous);
  CHECK(f.format.timeBase == TimeBase::WallClock);
  CHECK(f.format.description == "date dd-mm-yyyy");
  f = infer("date", {"01/02/2026", "02/13/2026"});
  CHECK(f.format.dateOrder == DateOrder::MonthDayYear);
  f = infer("date", {"01/02/2026", "13/02/2026", "14/02/2026", "02/13/2026"});  // mixed: the majority wins
  CHECK(f.format.dateOrder == DateOrder::DayMonthYear);
  CHECK_FALSE(f.format.dateOrderAmbiguous);
}

TEST_CASE("inference: an undecided day/month order is flagged, with a documented default") {
  ColumnFormat f = infer("date", {"01-01-2021", "01-02-2021"});  // PwC dataset's padded rows
  CHECK(f.format.dateOrderAmbiguous);
  CHECK(f.format.dateOrder == DateOrder::DayMonthYear);
  f = infer("date", {"01.02.2021"});
  CHECK(f.format.dateOrder == DateOrder::DayMonthYear);
  f = infer("Timestamp", {"11/1/2019 8:51:12", "11/1/2019 9:05:13"});  // prepbench case_040: US Forms
  CHECK(f.format.dateOrderAmbiguous);
  CHECK(f.format.dateOrder == DateOrder::MonthDayYear);  // unpadded slashes: month first
  InferenceOptions preferred;
  preferred.preferredDateOrder = DateOrder::MonthDayYear;
  f = infer("date", {"01-01-2021"}, preferred);
  CHECK(f.format.dateOrder == DateOrder::MonthDayYear);
  CHECK(f.format.dateOrderAmbiguous);
}

TEST_CASE("inference: numbers as times only where the header names a time") {
  ColumnFormat f = infer("date", {"990201", "990202"});  // datatalking… YYMMDD
  CHECK(f.type == ValueType::Timestamp);
  CHECK(f.syntax == CellSyntax::CompactDate);
  f = infer("created_at", {"1711545600", "1711545700"});
  CHECK(f.syntax == CellSyntax::UnixTime);
  CHECK(f.epochUnit == EpochUnit::Seconds);
  CHECK(f.format.timeBase == TimeBase::Utc);
  f = infer("updated_at", {"1711545600000", "1711545600001"});
  CHECK(f.epochUnit == EpochUnit::Millis);
  f = infer("Order date", {"45000", "45001.5", "44999"});
  CHECK(f.syntax == CellSyntax::ExcelSerial);
  CHECK(f.format.description == "Excel serial date and time");
  f = infer("Time", {"0.38400462962963", "0.375", "0.40799768518519"});  // ZhDmitriy…
  CHECK(f.type == ValueType::Duration);
  CHECK(f.syntax == CellSyntax::TimeOfDay);
  CHECK(f.format.timeOfDay);
  CHECK(infer("hour", {"7", "8", "23"}).type == ValueType::Integer);   // not serials of 1900
  CHECK(infer("Time", {"7", "8", "23"}).type == ValueType::Integer);
  CHECK(infer("Talk time", {"45000", "45001"}).type == ValueType::Integer);  // an elapsed time is no date
}

TEST_CASE("inference: durations, header units, and times of day") {
  ColumnFormat f = infer("First reply time in minutes", {"12", "7.5"});
  CHECK(f.type == ValueType::Duration);
  CHECK(f.format.durationUnitSeconds == 60);
  CHECK(f.format.description == "minutes (from the header)");
  f = infer("First response time (in hrs)", {"01:30:00", "00:15:00"});  // Freshdesk: HH:MM:SS text
  CHECK(f.type == ValueType::Duration);
  CHECK(f.format.durationUnitSeconds == 3600);
  CHECK_FALSE(f.format.timeOfDay);
  f = infer("AvgTalkDuration", {"00:02:59", "00:06:01"});
  CHECK(f.syntax == CellSyntax::Duration);
  CHECK(f.format.description == "HH:MM:SS");
  f = infer("AvgTalkDuration", {"12:02:23 AM", "12:04:02 AM"});  // ZhDmitriy…: AM/PM, but the header says elapsed
  CHECK(f.syntax == CellSyntax::Duration);
  f = infer("vru_entry", {"7:02:47", "7:31:45"});  // datatalking…
  CHECK(f.syntax == CellSyntax::TimeOfDay);
  CHECK(f.format.timeOfDay);
  CHECK(f.format.description == "time of day, HH:MM:SS");
  f = infer("time", {"09:12:58", "26:00:00"});  // past 24 h: elapsed whatever the header says
  CHECK(f.syntax == CellSyntax::Duration);
  f = infer("x", {"7:02:47", "8:00:00"});  // no hint: elapsed (documented)
  CHECK(f.syntax == CellSyntax::Duration);
  f = infer("x", {"8:51 PM", "9:05 AM"});  // AM/PM marks a clock reading
  CHECK(f.syntax == CellSyntax::TimeOfDay);
  f = infer("handle", {"1h 2m", "45m", "0"});
  CHECK(f.syntax == CellSyntax::Duration);
  CHECK(f.format.description == "with units (1h 2m 3s)");
}

TEST_CASE("inference: category or text") {
  CHECK(infer("channel", {"chat", "phone", "chat", "email", "phone", "chat"}).type == ValueType::Category);
  CHECK(infer("subject", {"a", "b", "c"}).type == ValueType::Text);  // nothing repeats yet
  CHECK(infer("comment", {"ok", "ok", "ok", "ok"}).type == ValueType::Text);  // free text by its header
  std::vector<std::string_view> longValues(10, "a long sentence that somebody typed into a survey comment box, again");
  CHECK(inferColumnFormat("x", longValues).type == ValueType::Text);
  // Mostly numbers with words beyond the tolerated share: text keeps every value.
  CHECK(infer("operator_id", {"880022", "unknown", "880020", "unknown"}).type == ValueType::Text);
}

TEST_CASE("inference: keepText reads every column as written") {
  InferenceOptions raw;
  raw.keepText = true;
  CHECK(infer("n", {"1", "2", "1", "2"}, raw).type == ValueType::Category);
  CHECK(infer("created_at", {"2017-01-01T00:46:09Z", "2017-01-02T00:46:09Z"}, raw).type == ValueType::Text);
  CHECK(infer("n", {"", "NULL"}, raw).type == ValueType::Empty);
}

TEST_CASE("inference: a few misfits are tolerated, more are not") {
  std::vector<std::string_view> values(99, "12");
  values.push_back("twelve");
  CHECK(inferColumnFormat("n", values).type == ValueType::Integer);  // 1 of 100 ≤ 2%
  values.push_back("thirteen");
  values.push_back("fourteen");
  CHECK(inferColumnFormat("n", values).type == ValueType::Category);  // 3 of 102 > 2%
  InferenceOptions strict;
  strict.maxMisfitShare = 0;
  values.resize(100);
  CHECK(inferColumnFormat("n", values, strict).type == ValueType::Category);
  InferenceOptions anything;  // out-of-range shares are clamped: one value must still fit
  anything.maxMisfitShare = 5;
  CHECK(infer("n", {"abc", "def"}, anything).type == ValueType::Text);
  anything.maxMisfitShare = -1;
  CHECK(infer("n", {"1", "x"}, anything).type == ValueType::Text);
}

}
