#include <doctest/doctest.h>

#include "test_support.h"

#include <set>
#include <string>

#include "core/text/case_mapping.h"
#include "core/text/topic_normalization.h"

using namespace carescore;

TEST_SUITE("core/text") {

TEST_CASE("case mapping: Latin, Vietnamese, Cyrillic, Greek; other characters unchanged") {
  CHECK(toLowerCodePoint(U'A') == U'a');
  CHECK(toLowerCodePoint(U'É') == U'é');
  CHECK(toLowerCodePoint(U'Ÿ') == U'ÿ');
  CHECK(toLowerCodePoint(U'Đ') == U'đ');
  CHECK(toLowerCodePoint(U'Ơ') == U'ơ');
  CHECK(toLowerCodePoint(U'Ư') == U'ư');
  CHECK(toLowerCodePoint(U'Ả') == U'ả');
  CHECK(toLowerCodePoint(U'Ỹ') == U'ỹ');
  CHECK(toLowerCodePoint(U'Ё') == U'ё');
  CHECK(toLowerCodePoint(U'Я') == U'я');
  CHECK(toLowerCodePoint(U'Ї') == U'ї');
  CHECK(toLowerCodePoint(U'Ș') == U'ș');
  CHECK(toLowerCodePoint(U'Ω') == U'ω');
  CHECK(toLowerCodePoint(U'ẞ') == U'ß');
  CHECK(toLowerCodePoint(U'ă') == U'ă');  // already lower
  CHECK(toLowerCodePoint(U'ı') == U'ı');
  CHECK(toLowerCodePoint(U'中') == U'中');
  CHECK(toLowerCodePoint(U'×') == U'×');
  std::string encoded;
  for (const char32_t c : {U'a', U'é', U'Ё', U'€', U'😀'}) appendUtf8(encoded, c);
  CHECK(encoded == "aéЁ€😀");
  CHECK(decodeUtf8("\xC0\x80", 0).codePoint == 0xFFFD);  // overlong
  CHECK(decodeUtf8("\xE2\x82", 0).codePoint == 0xFFFD);  // cut short
  CHECK(decodeUtf8("\xED\xA0\x80", 0).codePoint == 0xFFFD);  // surrogate
}

TEST_CASE("topics: English case, spacing, punctuation, ids and reply prefixes") {
  CHECK(normalizeTopic("  Where is my ORDER?!  ") == "where is my order");
  CHECK(normalizeTopic("Re: Order #12345 late!!") == "order # late");
  CHECK(normalizeTopic("FWD: RE: order #98765   LATE") == "order # late");
  CHECK(normalizeTopic("Order ORD-2024-0001 late") == "order # late");
  CHECK(normalizeTopic("Refund of $1,250.00 on 12/03/2024 at 10:30") == "refund of # on # at #");
  CHECK(normalizeTopic("Can't log in") == normalizeTopic("cant log-in") + "");
  CHECK(normalizeTopic("Can't log in") == "cant log in");
  CHECK(normalizeTopic("e-mail not received") == "e mail not received");
  CHECK(normalizeTopic("Re order 5 items") == "re order # items");  // "Re" without a colon is a word
  CHECK(normalizeTopic("Question: re: pricing") == "question re pricing");  // prefixes only at the start
  CHECK(normalizeTopic("") == "");
  CHECK(normalizeTopic("!!! ??? ...") == "");
  CHECK(normalizeTopic("12345") == "#");
  CHECK(normalizeTopic("Order 12345", {.replaceNumbers = false}) == "order 12345");
  CHECK(normalizeTopic("Re: Billing", {.replaceNumbers = true, .dropReplyPrefixes = false}) == "re billing");
}

TEST_CASE("topics: Vietnamese keeps tones and letters that change meaning") {
  CHECK(normalizeTopic("ĐƠN HÀNG #12345 BỊ TRỄ!!!") == "đơn hàng # bị trễ");
  CHECK(normalizeTopic("Đơn hàng 98765 bị trễ") == "đơn hàng # bị trễ");
  CHECK(normalizeTopic("TL: Hỏi về bảo hành") == "hỏi về bảo hành");
  CHECK(normalizeTopic("Bán hàng") != normalizeTopic("Bản hàng"));  // selling ≠ (a) copy of goods
  CHECK(normalizeTopic("Đổi trả") != normalizeTopic("Doi tra"));
  CHECK(normalizeTopic("Giao hàng chậm — “rất” chậm…") == "giao hàng chậm rất chậm");
}

TEST_CASE("topics: Russian with Ё, № and guillemets") {
  CHECK(normalizeTopic("Заказ №12345 не доставлен") == "заказ # не доставлен");
  CHECK(normalizeTopic("ЗАКАЗ № 777 НЕ ДОСТАВЛЕН!") == "заказ # не доставлен");
  CHECK(normalizeTopic("Отв: «Возврат» денег") == "возврат денег");
  CHECK(normalizeTopic("ЁЛКА") == "ёлка");
  CHECK(normalizeTopic("Всё") != normalizeTopic("Все"));  // "everything" ≠ "everyone"
  CHECK(normalizeTopic("Не\u00A0работает\tприложение") == "не работает приложение");
}

TEST_CASE("topics: hostile bytes are separators, never a crash") {
  CHECK(normalizeTopic("abc\xFF\xFE" "def") == "abc def");
  CHECK(normalizeTopic(std::string("a\0b", 3)) == "a b");
  CHECK(normalizeTopic("\xE2\x82") == "");
  std::string out;
  for (int i = 0; i < 256; ++i) {
    const char bytes[] = {static_cast<char>(i), 'x', static_cast<char>(255 - i), ':', '-'};
    normalizeTopic(std::string_view(bytes, sizeof bytes), out);
  }
}

// The real PwC call-center export: 5 topics over 5,000 calls, whatever their spelling.
TEST_CASE("topics: the topics of a real call-center export") {
  const auto bytes = carescore::testing::readFile(carescore::testing::sharedPath("data/AnandKumar0__Power-BI-1-Pwc-Call-Center-Trend/01 Call-Center-Dataset.csv"));
  REQUIRE(!bytes.empty());
  const std::string text(bytes.begin(), bytes.end());
  std::set<std::string> topics;
  std::size_t lines = 0;
  std::string out;
  for (std::size_t begin = text.find('\n') + 1; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + begin, end - begin);
    // Call Id,Agent,Date,Time,Topic,…: the fifth field.
    std::size_t field = 0;
    for (int comma = 0; comma < 4 && field != std::string_view::npos; ++comma) field = line.find(',', field) + 1;
    normalizeTopic(line.substr(field, line.find(',', field) - field), out);
    topics.insert(out);
    ++lines;
    begin = end + 1;
  }
  CHECK(lines == 5000);
  CHECK(topics == std::set<std::string>{"admin support", "contract related", "payment related", "streaming", "technical support"});
}

}
