// Units named in headers ("Thời gian phản hồi (giây)", "Длительность разговора (мин)", "Handle
// time (min)", "(%)"): split off before the synonyms are compared, and set as the unit of the
// duration field, so the seconds in the canonical records are exact. English, Vietnamese (with and
// without diacritics, UTF-8 and Windows-1258) and Russian (Windows-1251).
#include <doctest/doctest.h>

#include <string>

#include "core/mapping/header_text.h"
#include "core/mapping/mapping_test_support.h"

using namespace carescore;
using namespace carescore::testing;

namespace {

// The mapping of a column, which must exist.
const ColumnMapping& columnOf(const MappedFixture& file, std::string_view column) {
  const ColumnMapping* found = file.mapping.find(column);
  REQUIRE_MESSAGE(found != nullptr, column);
  return *found;
}

} // namespace

TEST_SUITE("core/mapping") {

TEST_CASE("a unit in parentheses or after a comma is split off the header, in three languages") {
  struct Case {
    const char* header;
    const char* folded;
    const char* unit;
    double unitSeconds;
  };
  const Case cases[] = {
      {"Thời gian phản hồi (giây)", "thoi gian phan hoi", "giây", 1},
      {"Thời lượng cuộc gọi (giây)", "thoi luong cuoc goi", "giây", 1},
      {"Thời gian chờ (phút)", "thoi gian cho", "phút", 60},
      {"thoi gian cho (phut)", "thoi gian cho", "phut", 60},
      {"thoi gian phan hoi (giay)", "thoi gian phan hoi", "giay", 1},
      {"Wait time (seconds)", "wait time", "seconds", 1},
      {"First response time (sec)", "first response time", "sec", 1},
      {"Handle time (min)", "handle time", "min", 60},
      {"Resolution time (in hours)", "resolution time", "hours", 3600},
      {"Talk time [s]", "talk time", "s", 1},
      {"Время реакции (с)", "время реакции", "с", 1},
      {"Время ожидания (сек)", "время ожидания", "сек", 1},
      {"Длительность разговора (мин)", "длительность разговора", "мин", 60},
      {"Время решения, мин", "время решения", "мин", 60},
      {"Время решения (в часах)", "время решения", "часах", 3600},
  };
  for (const Case& c : cases) {
    CAPTURE(c.header);
    const HeaderText text = readHeaderText(c.header);
    CHECK(text.folded == c.folded);
    CHECK(text.unit == c.unit);
    CHECK(text.unitSeconds == c.unitSeconds);
    CHECK_FALSE(text.percent);
  }
  const HeaderText percent = readHeaderText("Tỷ lệ hoàn thành (%)");
  CHECK(percent.folded == "ty le hoan thanh");
  CHECK(percent.percent);
  CHECK(percent.unitSeconds == 0);
  // Not units: the text stays part of the name.
  CHECK(readHeaderText("Answered (Y/N)").folded == "answered y n");
  CHECK(readHeaderText("duration (total)").folded == "duration total");
  CHECK(readHeaderText("kha nang gioi thieu (0-10)").folded == "kha nang gioi thieu 0 10");
  CHECK(readHeaderText("Time to close, within office hours").unit.empty());
  // A unit alone is the header's name, not a unit of nothing.
  CHECK(readHeaderText("(сек)").folded == "сек");
  CHECK(readHeaderText("(сек)").unit.empty());
  // Zone and unit both: "Created (UTC) (sec)" is odd, but each is taken once.
  const HeaderText both = readHeaderText("Queue wait (sec) (UTC)");
  CHECK(both.folded == "queue wait");
  CHECK(both.zone == "UTC");
  CHECK(both.unitSeconds == 1);
}

TEST_CASE("Vietnamese headers with (giây)/(phút) map to duration fields in that unit, in UTF-8 and Windows-1258") {
  for (const char* name : {"vi_units_utf8.csv", "vi_units_cp1258.csv"}) {
    CAPTURE(name);
    const MappedFixture file = mapFixture(name);
    CHECK(file.detection.best().key == "generic");
    REQUIRE(file.mapping.kind == RecordKind::Contact);
    const ColumnMapping& response = columnOf(file, "Thời gian phản hồi (giây)");
    CHECK(response.field == "first_response_seconds");
    CHECK(response.unitSeconds == 1);
    CHECK(response.evidence == "synonym 'thời gian phản hồi', unit 'giây' from the header");
    CHECK(response.warning.empty());  // the unit is stated: no "seconds assumed"
    const ColumnMapping& talk = columnOf(file, "Thời lượng cuộc gọi (phút)");
    CHECK(talk.field == "handle_seconds");
    CHECK(talk.unitSeconds == 60);
    CHECK(columnOf(file, "Thời gian giải quyết (phút)").field == "resolution_seconds");
    CHECK(columnOf(file, "Thời gian giải quyết (phút)").unitSeconds == 60);
    CHECK(file.fieldOf("Tỷ lệ hoàn thành (%)").empty());  // a share, not a time, and no synonym

    const MappedRows rows = file.apply("Asia/Ho_Chi_Minh");
    REQUIRE(rows.rowsMapped == 3);
    const Column& firstResponse = fieldColumn(rows, RecordKind::Contact, "first_response_seconds");
    CHECK(firstResponse.numbers[0] == 45);
    CHECK(firstResponse.numbers[1] == 120);
    const Column& handle = fieldColumn(rows, RecordKind::Contact, "handle_seconds");
    CHECK(handle.numbers[0] == 180);  // 3 min × 60
    CHECK_FALSE(handle.hasValue(1));  // the chat has no call length: missing, not 0
    CHECK(handle.numbers[2] == 720);  // 12 min × 60
    const Column& resolution = fieldColumn(rows, RecordKind::Contact, "resolution_seconds");
    CHECK(resolution.numbers[1] == 5400);  // 90 min × 60
  }
}

TEST_CASE("Vietnamese without diacritics: (giay)/(phut) are units too") {
  const MappedFixture file(readText("ma phieu,thoi gian tao,nhan vien,thoi gian cho (giay),thoi luong cuoc goi (phut)\n"
                                    "P1,04/03/2024 09:15,Lan,20,3\n"
                                    "P2,13/03/2024 10:00,Minh,65,8\n"));
  REQUIRE(file.mapping.kind == RecordKind::Contact);
  CHECK(file.fieldOf("thoi gian cho (giay)") == "wait_seconds");
  CHECK(file.fieldOf("thoi luong cuoc goi (phut)") == "handle_seconds");
  CHECK(columnOf(file, "thoi luong cuoc goi (phut)").unitSeconds == 60);
  const MappedRows rows = file.apply();
  CHECK(fieldColumn(rows, RecordKind::Contact, "wait_seconds").numbers[1] == 65);
  CHECK(fieldColumn(rows, RecordKind::Contact, "handle_seconds").numbers[0] == 180);  // 3 × 60
  CHECK(fieldColumn(rows, RecordKind::Contact, "handle_seconds").numbers[1] == 480);  // 8 × 60
}

TEST_CASE("Russian headers with (сек)/(мин)/(с) and ', мин', in Windows-1251") {
  const MappedFixture file = mapFixture("ru_units_cp1251.csv");
  CHECK(file.read.encoding.used == Encoding::Windows1251);
  REQUIRE(file.mapping.kind == RecordKind::Contact);
  CHECK(file.fieldOf("Время ожидания (сек)") == "wait_seconds");
  CHECK(file.fieldOf("Длительность разговора (мин)") == "handle_seconds");
  CHECK(file.fieldOf("Время реакции (с)") == "first_response_seconds");
  CHECK(file.fieldOf("Время решения, мин") == "resolution_seconds");
  CHECK(columnOf(file, "Длительность разговора (мин)").unitSeconds == 60);
  CHECK(columnOf(file, "Время реакции (с)").unitSeconds == 1);
  // Exact synonyms once the unit is off: full confidence, not a contained match.
  CHECK(columnOf(file, "Время ожидания (сек)").confidence == 1.0);
  const MappedRows rows = file.apply("Europe/Moscow");
  const Column& wait = fieldColumn(rows, RecordKind::Contact, "wait_seconds");
  CHECK(wait.numbers[0] == 35);
  CHECK(wait.numbers[2] == 12);
  const Column& talk = fieldColumn(rows, RecordKind::Contact, "handle_seconds");
  CHECK(talk.numbers[0] == 240);  // 4 мин × 60
  CHECK_FALSE(talk.hasValue(1));
  CHECK(talk.numbers[2] == 420);  // 7 мин × 60
  CHECK_FALSE(fieldColumn(rows, RecordKind::Contact, "first_response_seconds").hasValue(2));
  CHECK(fieldColumn(rows, RecordKind::Contact, "resolution_seconds").numbers[1] == 7200);  // 120 мин × 60
}

TEST_CASE("English units; changing the unit in the document re-scales the values") {
  MappedFixture file(readText("Ticket ID,Created at,Agent,First response time (sec),Handle time (min),Wait time (seconds),"
                              "Resolution time (in hours)\n"
                              "T-1,2024-03-04 09:15:00,Ann,90,4,30,2\n"
                              "T-2,2024-03-04 10:00:00,Bob,600,12.5,,0.5\n"));
  REQUIRE(file.mapping.kind == RecordKind::Contact);
  CHECK(file.fieldOf("First response time (sec)") == "first_response_seconds");
  CHECK(file.fieldOf("Handle time (min)") == "handle_seconds");
  CHECK(file.fieldOf("Wait time (seconds)") == "wait_seconds");
  CHECK(file.fieldOf("Resolution time (in hours)") == "resolution_seconds");
  MappedRows rows = file.apply();
  CHECK(fieldColumn(rows, RecordKind::Contact, "first_response_seconds").numbers[1] == 600);
  CHECK(fieldColumn(rows, RecordKind::Contact, "handle_seconds").numbers[1] == 750);  // 12.5 × 60
  CHECK_FALSE(fieldColumn(rows, RecordKind::Contact, "wait_seconds").hasValue(1));
  CHECK(fieldColumn(rows, RecordKind::Contact, "resolution_seconds").numbers[0] == 7200);  // 2 h
  CHECK(fieldColumn(rows, RecordKind::Contact, "resolution_seconds").numbers[1] == 1800);  // 0.5 h

  // The user says the handle times were seconds after all: 4 and 12.5 as written.
  file.mapping.find("Handle time (min)")->unitSeconds = 1;
  rows = file.apply();
  CHECK(fieldColumn(rows, RecordKind::Contact, "handle_seconds").numbers[0] == 4);
  CHECK(fieldColumn(rows, RecordKind::Contact, "handle_seconds").numbers[1] == 12.5);
}

TEST_CASE("a vendor header with a unit matches only in that unit") {
  // Intercom writes "First response time (seconds)"; the same words in minutes are not its header,
  // so the generic synonyms map the column, in minutes.
  const MappedFixture intercom = mapFixture("intercom_conversations.csv");
  CHECK(intercom.mapping.find("First response time (seconds)")->evidence.find("Intercom") != std::string::npos);
  const MappedFixture other(readText("Conversation ID,Created at,Assignee,First response time (minutes)\n"
                                     "c1,2024-03-04 09:15:00,Ann,3\n"
                                     "c2,2024-03-04 09:20:00,Bob,10\n"));
  CHECK(other.detection.best().key == "generic");
  const ColumnMapping& response = columnOf(other, "First response time (minutes)");
  CHECK(response.field == "first_response_seconds");
  CHECK(response.unitSeconds == 60);
  CHECK(fieldColumn(other.apply(), RecordKind::Contact, "first_response_seconds").numbers[1] == 600);
}

} // TEST_SUITE
