// Exports of unknown or in-house tools: Vietnamese and Russian headers (with and without
// diacritics, in UTF-8, Windows-1258 and Windows-1251) mapped by synonyms checked against the
// columns' types and value ranges, with no vendor signature involved.
#include <doctest/doctest.h>

#include <string>

#include "core/mapping/generic_mapper.h"
#include "core/mapping/header_text.h"
#include "core/mapping/mapping_test_support.h"

using namespace carescore;
using namespace carescore::testing;

TEST_SUITE("core/mapping") {

TEST_CASE("headers fold case, Vietnamese diacritics, punctuation and camelCase; zones split off") {
  CHECK(foldHeader("Thời gian tạo") == "thoi gian tao");
  CHECK(foldHeader("THỜI GIAN TẠO") == "thoi gian tao");
  CHECK(foldHeader("thoi_gian_tao") == "thoi gian tao");
  CHECK(foldHeader("ThoiGianTao") == "thoi gian tao");
  CHECK(foldHeader("Điểm hài lòng") == "diem hai long");
  CHECK(foldHeader("Дата создания") == "дата создания");
  CHECK(foldHeader("Ёмкость") == "емкость");
  CHECK(foldHeader("\xEF\xBB\xBF" "Call Id") == "call id");  // a BOM left on the first header
  const HeaderText intercom = readHeaderText("Conversation started at (America/New_York)");
  CHECK(intercom.folded == "conversation started at");
  CHECK(intercom.zone == "America/New_York");
  CHECK(readHeaderText("datetime (UTC)").zone == "UTC");
  CHECK(readHeaderText("Answered (Y/N)").zone.empty());  // not a zone
  CHECK(readHeaderText("Created (UTC+07:00)").zone == "UTC+07:00");
  CHECK(containsPhrase("muc do hai long cua khach", "hai long"));
  CHECK(phraseEquals("удовлетворенность", "удовлетвор*"));
}

TEST_CASE("header signatures ignore letter case and accents but not the columns") {
  const std::vector<std::string> a = {"Mã phiếu", "Thời gian tạo"}, b = {"MÃ PHIẾU", "thời gian tạo"}, c = {"Mã phiếu", "Kênh"};
  CHECK(headerSignature(a) == headerSignature(b));
  CHECK(headerSignature(a) != headerSignature(c));
  CHECK(headerSignature(a).size() == 16);
}

TEST_CASE("a Vietnamese contact export maps without any vendor signature, in UTF-8 and Windows-1258") {
  for (const char* name : {"vi_contacts_utf8.csv", "vi_contacts_cp1258.csv"}) {
    CAPTURE(name);
    const MappedFixture file = mapFixture(name);
    CHECK(file.read.encoding.used == (std::string_view(name).find("1258") != std::string_view::npos ? Encoding::Windows1258 : Encoding::Utf8));
    CHECK(file.detection.best().key == "generic");
    REQUIRE(file.mapping.kind == RecordKind::Contact);
    CHECK(file.fieldOf("Mã phiếu") == "id");
    CHECK(file.fieldOf("Thời gian tạo") == "created_at");
    CHECK(file.fieldOf("Kênh") == "channel");
    CHECK(file.fieldOf("Nhân viên") == "agent");
    CHECK(file.fieldOf("Trạng thái") == "status");
    CHECK(file.fieldOf("Thời gian phản hồi đầu tiên") == "first_response_at");
    CHECK(file.fieldOf("Điểm hài lòng") == "survey.csat");  // 1–5 next to "hài lòng"
    CHECK(file.fieldOf("Mã khách hàng") == "customer_id");
    const MappedRows rows = file.apply("Asia/Ho_Chi_Minh");
    REQUIRE(rows.rowsMapped == 4);
    const Column& channel = fieldColumn(rows, RecordKind::Contact, "channel");
    CHECK(channel.text(0) == "phone");  // Điện thoại
    CHECK(channel.text(1) == "chat");   // Zalo
    // 15/03/2024 16:30 proves day first; in Ho Chi Minh City (UTC+7) that is 09:30 UTC.
    const Column& created = fieldColumn(rows, RecordKind::Contact, "created_at");
    CHECK(created.epochMs[3] == at(2024, 3, 15, 9, 30));
    CHECK(rows.surveyRows == 3);  // the open ticket has no rating
    CHECK(fieldColumn(rows, RecordKind::Survey, "csat").numbers[0] == 5);
  }
}

TEST_CASE("a Vietnamese survey typed without diacritics maps the same way") {
  const MappedFixture file = mapFixture("vi_survey_ascii.csv");
  REQUIRE(file.mapping.kind == RecordKind::Survey);
  CHECK(file.fieldOf("thoi gian") == "submitted_at");
  CHECK(file.fieldOf("ma khach hang") == "customer_id");
  CHECK(file.fieldOf("ma phieu") == "contact_id");
  CHECK(file.fieldOf("nhan vien") == "agent");
  CHECK(file.fieldOf("diem hai long") == "csat");
  CHECK(file.fieldOf("kha nang gioi thieu (0-10)") == "nps");
  CHECK(file.fieldOf("nhan xet") == "comment");
}

TEST_CASE("longer Vietnamese headers are not questions: a word per syllable") {
  // Five or more words make an English header a question ("How did we do today"); Vietnamese
  // writes one word per syllable, so "Thời gian chờ của khách hàng" (six) is a plain label.
  for (const char* text : {"Mã phiếu,Thời gian tạo phiếu,Nhân viên phụ trách xử lý,Thời gian chờ của khách hàng\n"
                           "P1,04/03/2024 09:15,Lan,00:01:20\nP2,13/03/2024 10:00,Minh,00:00:40\n",
                           "ma phieu,thoi gian tao phieu,nhan vien phu trach xu ly,thoi gian cho cua khach hang\n"
                           "P1,04/03/2024 09:15,Lan,00:01:20\nP2,13/03/2024 10:00,Minh,00:00:40\n"}) {
    CAPTURE(text);
    const MappedFixture file(readText(text));
    REQUIRE(file.mapping.kind == RecordKind::Contact);
    CHECK_FALSE(file.columns[3].question);
    CHECK(file.mapping.columns[1].field == "created_at");
    CHECK(file.mapping.columns[2].field == "agent");
    CHECK(file.mapping.columns[3].field == "wait_seconds");
    CHECK(fieldColumn(file.apply(), RecordKind::Contact, "wait_seconds").numbers[0] == 80);  // 00:01:20
  }
  // Still questions: a question mark, or nine syllables and more.
  const MappedFixture survey(readText("Bạn có giới thiệu cho bạn bè không?,Mức độ hài lòng của bạn với nhân viên hỗ trợ hôm nay\n"
                                      "9,5\n6,3\n10,4\n"));
  CHECK(survey.columns[0].question);
  CHECK(survey.columns[1].question);
  // Answers are found inside questions: 0–10 next to "giới thiệu" is NPS, 1–5 next to "hài lòng" CSAT.
  CHECK(survey.fieldOf("Bạn có giới thiệu cho bạn bè không?") == "nps");
  CHECK(survey.fieldOf("Mức độ hài lòng của bạn với nhân viên hỗ trợ hôm nay") == "csat");
}

TEST_CASE("a Russian contact export maps without any vendor signature, in UTF-8 and Windows-1251") {
  for (const char* name : {"ru_contacts_utf8.csv", "ru_contacts_cp1251.csv"}) {
    CAPTURE(name);
    const MappedFixture file = mapFixture(name);
    CHECK(file.detection.best().key == "generic");
    REQUIRE(file.mapping.kind == RecordKind::Contact);
    CHECK(file.fieldOf("№ заявки") == "id");
    CHECK(file.fieldOf("Дата создания") == "created_at");
    CHECK(file.fieldOf("Канал") == "channel");
    CHECK(file.fieldOf("Оператор") == "agent");
    CHECK(file.fieldOf("Статус") == "status");
    CHECK(file.fieldOf("Время ожидания") == "wait_seconds");
    CHECK(file.fieldOf("Длительность разговора") == "handle_seconds");
    CHECK(file.fieldOf("Оценка") == "survey.csat");
    const MappedRows rows = file.apply("Europe/Moscow");
    const Column& wait = fieldColumn(rows, RecordKind::Contact, "wait_seconds");
    CHECK(wait.numbers[1] == 125);  // 00:02:05
    CHECK_FALSE(wait.hasValue(2));  // empty stays missing, never zero
    CHECK(fieldColumn(rows, RecordKind::Contact, "channel").text(2) == "email");  // Почта
    // 13.03.2024 18:45:00 Moscow (UTC+3) = 15:45 UTC.
    CHECK(fieldColumn(rows, RecordKind::Contact, "created_at").epochMs[3] == at(2024, 3, 13, 15, 45));
  }
}

TEST_CASE("value ranges decide between NPS, CSAT and CES") {
  // "recommend" with 1–5 answers is not NPS (it must reach above 5); "satisfaction" with 0–10 is not CSAT.
  const MappedFixture nps(readText("Would recommend,Satisfaction,Effort\n10,4,2\n3,5,6\n8,1,7\n"));
  REQUIRE(nps.mapping.kind == RecordKind::Survey);
  CHECK(nps.fieldOf("Would recommend") == "nps");
  CHECK(nps.fieldOf("Satisfaction") == "csat");
  CHECK(nps.fieldOf("Effort") == "ces");
  const MappedFixture wrongScale(readText("Would recommend,Satisfaction\n4,9\n5,10\n3,2\n"));
  CHECK(wrongScale.fieldOf("Would recommend").empty());
  CHECK(wrongScale.fieldOf("Satisfaction").empty());
  // Free text under a satisfaction header is a comment at best, not a score.
  const MappedFixture text(readText("Satisfaction,Recommend\nvery happy,9\nok,7\n"));
  CHECK(text.fieldOf("Satisfaction").empty());
}

TEST_CASE("a labelled satisfaction column is a CSAT scale when every label is known") {
  const MappedFixture file(readText("Ticket,Created,Agent,Rating\n1,2024-03-04 10:00,An,Great\n2,2024-03-04 11:00,An,Okay\n"
                                    "3,2024-03-04 12:00,Bao,Not Good\n"));
  REQUIRE(file.mapping.kind == RecordKind::Contact);
  const ColumnMapping* rating = file.mapping.find("Rating");
  REQUIRE(rating != nullptr);
  CHECK(rating->field == "survey.csat");
  CHECK(rating->valueTable == "good_okay_bad");
  const MappedRows rows = file.apply();
  const Column& csat = fieldColumn(rows, RecordKind::Survey, "csat");
  CHECK(csat.numbers[0] == 5);
  CHECK(csat.numbers[1] == 3);
  CHECK(csat.numbers[2] == 1);
}

TEST_CASE("generic call logs get the phone channel; outcome words in three languages") {
  const MappedFixture file(readText("Call ID,Call time,Result,Operator\n1,2024-03-04 10:00:00,Отвечен,A\n"
                                    "2,2024-03-04 10:01:00,Пропущен,B\n3,2024-03-04 10:02:00,nhỡ,C\n4,2024-03-04 10:03:00,hang up,A\n"));
  REQUIRE(file.mapping.kind == RecordKind::Contact);
  CHECK(file.mapping.constants.at("channel") == "phone");
  CHECK(file.fieldOf("Result") == "outcome");
  const MappedRows rows = file.apply();
  const Column& outcome = fieldColumn(rows, RecordKind::Contact, "outcome");
  CHECK(outcome.text(0) == "answered");
  CHECK(outcome.text(1) == "missed");
  CHECK(outcome.text(2) == "missed");
  CHECK(outcome.text(3) == "abandoned");
}

} // TEST_SUITE
