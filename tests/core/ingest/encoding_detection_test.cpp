#include <doctest/doctest.h>

#include "test_support.h"

#include <string>

#include "core/ingest/encoding_detection.h"

using namespace carescore;
using carescore::testing::bytesOf;
using carescore::testing::readFile;
using carescore::testing::sharedPath;

namespace {

std::string utf16le(std::string_view ascii) {
  std::string out;
  for (char c : ascii) {
    out.push_back(c);
    out.push_back('\0');
  }
  return out;
}

} // namespace

TEST_SUITE("core/ingest") {

TEST_CASE("encoding detection: byte-order marks decide, with their length") {
  EncodingGuess g = detectEncoding(bytesOf("\xEF\xBB\xBFid,name\n"));
  CHECK(g.encoding == Encoding::Utf8);
  CHECK(g.bomBytes == 3);
  g = detectEncoding(bytesOf(std::string("\xFF\xFEi\0d\0", 6)));
  CHECK(g.encoding == Encoding::Utf16Le);
  CHECK(g.bomBytes == 2);
  g = detectEncoding(bytesOf(std::string("\xFE\xFF\0i\0d", 6)));
  CHECK(g.encoding == Encoding::Utf16Be);
  CHECK(g.bomBytes == 2);
  CHECK(g.confidence == 1.0);
}

TEST_CASE("encoding detection: UTF-16 without a BOM from its zero bytes") {
  const std::string le = utf16le("ticket_id\tagent\n1\tAnna\n");
  CHECK(detectEncoding(bytesOf(le)).encoding == Encoding::Utf16Le);
  CHECK(detectEncoding(bytesOf(le)).bomBytes == 0);
  CHECK(detectEncoding(bytesOf(le.substr(1))).encoding == Encoding::Utf16Be);  // shifted by one byte
}

TEST_CASE("encoding detection: UTF-8, pure ASCII, and UTF-8 with a rare bad byte") {
  CHECK(detectEncoding(bytesOf("id,name\n1,Ann\n")).encoding == Encoding::Utf8);
  CHECK(detectEncoding(bytesOf("id,tên\n1,Nguyễn Văn Đức\n")).confidence == 1.0);
  // 10 well-formed sequences and one stray byte: still UTF-8, with less confidence.
  const EncodingGuess g = detectEncoding(bytesOf("Привет, Москва \xFF!"));
  CHECK(g.encoding == Encoding::Utf8);
  CHECK(g.confidence < 1.0);
  // A sequence cut by the end of the window is not counted against UTF-8 ...
  CHECK(detectEncoding(bytesOf("Привет\xD0")).confidence == 1.0);
  // ... unless the window is the whole file.
  CHECK(detectEncoding(bytesOf("Привет\xD0"), {.complete = true}).confidence < 1.0);
}

TEST_CASE("encoding detection: Windows-1251 and KOI8-R told apart by letter statistics") {
  // "ФИО;Оценка\nИванов;5\n" (RELIABILITY.md B4) in each code page
  const std::string cp1251 = "\xD4\xC8\xCE;\xCE\xF6\xE5\xED\xEA\xE0\n\xC8\xE2\xE0\xED\xEE\xE2;5\n";
  const std::string koi8 = "\xE6\xE9\xEF;\xEF\xC3\xC5\xCE\xCB\xC1\n\xE9\xD7\xC1\xCE\xCF\xD7;5\n";
  CHECK(detectEncoding(bytesOf(cp1251)).encoding == Encoding::Windows1251);
  CHECK(detectEncoding(bytesOf(koi8)).encoding == Encoding::Koi8R);
  // Upper-case only text: frequencies alone decide. "ИВАНОВ ПЕТР СЕРГЕЕВИЧ"
  CHECK(detectEncoding(bytesOf("\xC8\xC2\xC0\xCD\xCE\xC2 \xCF\xC5\xD2\xD0 \xD1\xC5\xD0\xC3\xC5\xC5\xC2\xC8\xD7")).encoding ==
        Encoding::Windows1251);
}

TEST_CASE("encoding detection: Windows-1258 (Vietnamese) versus Windows-1252 (Western)") {
  // "Nguyễn Văn Đức, người sử dụng" in Windows-1258: tones as combining marks
  const std::string vietnamese = "Nguy\xEA\xDEn V\xE3n \xD0\xF4\xEC" "c, ng\xFD\xF5\xCCi s\xFD\xD2 du\xF2ng";
  const EncodingGuess vn = detectEncoding(bytesOf(vietnamese));
  CHECK(vn.encoding == Encoding::Windows1258);
  // "Très élevé, café crème, à bientôt" in Windows-1252
  const EncodingGuess fr = detectEncoding(bytesOf("Tr\xE8s \xE9lev\xE9, caf\xE9 cr\xE8me, \xE0 bient\xF4t"));
  CHECK(fr.encoding == Encoding::Windows1252);
  CHECK(fr.confidence >= kConfidentEncoding);
  // Portuguese ã/õ read as ă/ơ in Windows-1258, but without tone marks it is Western.
  CHECK(detectEncoding(bytesOf("n\xE3o, informa\xE7\xF5""es, S\xE3o Paulo")).encoding == Encoding::Windows1252);
}

TEST_CASE("encoding detection: JSON is Unicode only") {
  const EncodingGuess g = detectEncoding(bytesOf("[\"caf\xE9\"]"), {.unicodeOnly = true});
  CHECK(g.encoding == Encoding::Utf8);
  CHECK(g.confidence < kConfidentEncoding);
}

TEST_CASE("encoding detection: real exports from ../shared/data") {
  // UTF-8 with BOM (data README §1.4)
  const auto callCenter = readFile(sharedPath("data/AnandBakode008__call-center-performance-analysis/Call_Center.csv"));
  CHECK(detectEncoding(callCenter).encoding == Encoding::Utf8);
  CHECK(detectEncoding(callCenter).bomBytes == 3);
  // Cyrillic UTF-8 (§1.7)
  const auto sipuni = readFile(sharedPath("data/Zloooy__practice-scale-call-classification/dataset__info.csv"));
  CHECK(detectEncoding(sipuni).encoding == Encoding::Utf8);
  CHECK(detectEncoding(sipuni).confidence == 1.0);
  // Latin-1 mixed with CP850 (§4.1): Western, and not confidently so.
  const auto nps = readFile(sharedPath("data/BenaventC__NPSgame/nps.csv"));
  const EncodingGuess botanic = detectEncoding(nps, {.complete = true});
  CHECK(botanic.encoding == Encoding::Windows1252);
  CHECK(botanic.confidence < kConfidentEncoding);
  // CP949 Korean (§4.5) is none of ours: whatever is guessed must be flagged as uncertain.
  const auto kiosk = readFile(sharedPath("data/hanakim120__kiosk-servqual-research/analysis__kiosk.csv"));
  CHECK(detectEncoding(kiosk, {.complete = true}).confidence < kConfidentEncoding);
}

}
