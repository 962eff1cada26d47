#include <doctest/doctest.h>

#include <string>

#include "ingest_test_support.h"

using namespace carescore;
using namespace carescore::testing;
using Rows = std::vector<std::vector<std::string>>;

TEST_SUITE("core/ingest") {

TEST_CASE("file reader: a small CSV becomes a table with named columns") {
  const ReadResult r = readText("id,name,city\r\n1,Ann,\"Hà Nội\"\r\n2,Иван,Москва\r\n", {.fileName = "people.csv"});
  CHECK(r.ok());
  CHECK(r.format == FileFormat::Csv);
  CHECK(r.encoding.used == Encoding::Utf8);
  CHECK(r.dialect.delimiter == ',');
  CHECK(r.dialect.lineEnding == LineEnding::Crlf);
  CHECK(r.headerRows == 1);
  CHECK(columnNames(r.table) == std::vector<std::string>{"id", "name", "city"});
  CHECK(rowsOf(r.table) == Rows{{"1", "Ann", "Hà Nội"}, {"2", "Иван", "Москва"}});
  CHECK(r.rowsRead == 2);
  CHECK(r.bytes == 58);
}

TEST_CASE("file reader: a file of short quoted fields (read through the block index) reads as unquoted") {
  // The quoted file's fields are the unquoted one's, some with "" escapes, a delimiter or a line
  // break inside, and a CRLF split across chunks: the same table at every chunk size.
  std::string quoted = "\"id\",\"channel\",\"note\",\"wait\"\r\n", plain = "id,channel,note,wait\r\n";
  for (int r = 0; r < 300; ++r) {
    const std::string n = std::to_string(r);
    const std::string note = r % 7 == 0 ? "say \"\"hi\"\"" : r % 11 == 0 ? "a,b" : r % 13 == 0 ? "two\r\nlines" : "n" + n;
    const bool mustQuote = r % 7 == 0 || r % 11 == 0 || r % 13 == 0;
    const std::string plainNote = mustQuote ? "\"" + note + "\"" : note;
    quoted += "\"" + n + "\",\"chat\",\"" + note + "\",\"" + std::to_string(r % 60) + "\"\r\n";
    plain += n + ",chat," + plainNote + "," + std::to_string(r % 60) + "\r\n";
  }
  const ReadResult expected = readText(plain, {.fileName = "plain.csv"});
  for (std::size_t chunk : {std::size_t{0}, std::size_t{4093}, std::size_t{777}, std::size_t{64}, std::size_t{63}}) {
    CAPTURE(chunk);
    const ReadResult r = readText(quoted, {.fileName = "quoted.csv"}, chunk);
    CHECK(r.dialect.shortQuotedFields);
    CHECK(r.rowsRead == 300);
    CHECK(r.diagnostics.total() == expected.diagnostics.total());
    checkSameTable(r.table, expected.table);
  }
  CHECK_FALSE(expected.dialect.shortQuotedFields);
}

TEST_CASE("file reader: diagnostics name data records after the header (A3, A4)") {
  ReadResult r = readText("id,note\r\n1,\"l1\r\nl2\"\r\n2,\"x\"y\r\n");
  const Diagnostic* d = findDiagnostic(r.diagnostics, DiagnosticCode::InvalidQuotes);
  REQUIRE(d != nullptr);
  CHECK(d->where.record == 2);
  CHECK(d->where.line == 4);
  CHECK(d->where.column == 2);

  r = readText("a,b\n1,\"abc\n2,3\n");
  d = findDiagnostic(r.diagnostics, DiagnosticCode::UnterminatedQuote);
  REQUIRE(d != nullptr);
  CHECK(d->where.record == 1);
  CHECK(d->where.line == 2);
  CHECK(d->where.column == 2);
  CHECK(d->where.byte == 6);
  CHECK_FALSE(r.ok());
  CHECK(rowsOf(r.table) == Rows{{"1", "\"abc"}, {"2", "3"}});
}

TEST_CASE("file reader: ragged rows are kept, padded or cut, and reported (A9)") {
  const ReadResult r = readText("a,b,c\n1,2\n1,2,3,4,5\n7,8,9\n");
  CHECK(rowsOf(r.table) == Rows{{"1", "2", ""}, {"1", "2", "3"}, {"7", "8", "9"}});
  const Diagnostic* few = findDiagnostic(r.diagnostics, DiagnosticCode::TooFewFields);
  REQUIRE(few != nullptr);
  CHECK(few->where.record == 1);
  CHECK(few->where.column == 3);
  CHECK(few->message == "expected 3 fields, found 2; the missing cells are empty");
  const Diagnostic* many = findDiagnostic(r.diagnostics, DiagnosticCode::TooManyFields);
  REQUIRE(many != nullptr);
  CHECK(many->where.record == 2);
  CHECK(many->message == "expected 3 fields, found 5; the extra cells are dropped");
  CHECK(r.table.columns[2].hasValue(1));
  CHECK_FALSE(r.table.columns[2].hasValue(0));  // missing, not zero or ""
}

TEST_CASE("file reader: a trailing delimiter and empty header names (A10)") {
  ReadResult r = readText("a,b,\n1,2,\n3,4,\n");
  CHECK(columnNames(r.table) == std::vector<std::string>{"a", "b", "column_3"});
  CHECK(r.diagnostics.count(DiagnosticCode::TooManyFields) == 0);
  // Only the header has the trailing delimiter: its empty name is not a column.
  r = readText("a,b,\n1,2\n3,4\n");
  CHECK(columnNames(r.table) == std::vector<std::string>{"a", "b"});
  CHECK(r.diagnostics.count(DiagnosticCode::TooFewFields) == 0);
  // Only the rows have it: the empty extra cells are dropped silently.
  r = readText("a,b\n1,2,\n3,4,\n");
  CHECK(columnNames(r.table) == std::vector<std::string>{"a", "b"});
  CHECK(r.diagnostics.total() == 0);
}

TEST_CASE("file reader: empty inputs give a friendly state, never a crash (A13)") {
  for (std::string_view text : {std::string_view(""), std::string_view("\xEF\xBB\xBF"), std::string_view("\r\n"),
                                std::string_view("  \n\n")}) {
    const ReadResult r = readText(text);
    CHECK(r.table.rowCount() == 0);
    CHECK(r.diagnostics.count(DiagnosticCode::EmptyFile) == 1);
    CHECK(r.ok());
  }
  const ReadResult header = readText("id,name\r\n");
  CHECK(columnNames(header.table) == std::vector<std::string>{"id", "name"});
  CHECK(header.table.rowCount() == 0);
  CHECK(header.diagnostics.count(DiagnosticCode::NoDataRows) == 1);
}

TEST_CASE("file reader: header hygiene — BOM, spaces, duplicates (A14, B1)") {
  const ReadResult r = readText("\xEF\xBB\xBF Ticket ID ,id,id,name\n1,2,3,4\n");
  CHECK(columnNames(r.table) == std::vector<std::string>{"Ticket ID", "id", "id_2", "name"});
  const Diagnostic* d = findDiagnostic(r.diagnostics, DiagnosticCode::DuplicateHeader);
  REQUIRE(d != nullptr);
  CHECK(d->message == "column name 'id' repeated; this one renamed 'id_2'");
  CHECK(d->where.column == 3);
  CHECK(d->where.record == 0);  // in the header
}

TEST_CASE("file reader: an Excel sep= line sets the delimiter and is not a row (A21)") {
  const ReadResult r = readText("sep=;\r\nid;score\r\n1;4,5\r\n");
  CHECK(r.dialect.delimiter == ';');
  CHECK(r.dialect.delimiterFromSepLine);
  CHECK(rowsOf(r.table) == Rows{{"1", "4,5"}});
  CHECK(columnNames(r.table) == std::vector<std::string>{"id", "score"});
}

TEST_CASE("file reader: overrides for encoding, delimiter and header rows") {
  const std::string cp1251 = "\xD4\xC8\xCE;\xCE\xF6\xE5\xED\xEA\xE0\n\xC8\xE2\xE0\xED\xEE\xE2;5\n";
  ReadResult r = readText(cp1251, {.encoding = Encoding::Koi8R});
  CHECK(r.encoding.used == Encoding::Koi8R);
  CHECK(r.encoding.overridden);
  CHECK(r.table.columns[0].name != "ФИО");  // the user's choice wins, mojibake and all
  r = readText(cp1251);
  CHECK(r.encoding.used == Encoding::Windows1251);
  CHECK(columnNames(r.table) == std::vector<std::string>{"ФИО", "Оценка"});
  CHECK(rowsOf(r.table) == Rows{{"Иванов", "5"}});

  r = readText("a;b,c\n1;2,3\n", {.delimiter = ';'});
  CHECK(columnNames(r.table) == std::vector<std::string>{"a", "b,c"});
  CHECK(r.diagnostics.count(DiagnosticCode::AmbiguousDelimiter) == 0);
  r = readText("a;b,c\n1;2,3\n");
  CHECK(r.diagnostics.count(DiagnosticCode::AmbiguousDelimiter) == 1);

  r = readText("1,2\n3,4\n", {.headerRows = 0});
  CHECK(columnNames(r.table) == std::vector<std::string>{"column_1", "column_2"});
  CHECK(r.table.rowCount() == 2);
}

TEST_CASE("file reader: a headerless numeric file is detected as such") {
  const ReadResult r = readText("1,2.5,2024-01-01\n2,3.5,2024-01-02\n3,4.5,2024-01-03\n");
  CHECK(r.headerRows == 0);
  CHECK(r.table.rowCount() == 3);
  CHECK(r.diagnostics.count(DiagnosticCode::NoHeader) == 1);
}

TEST_CASE("file reader: invalid UTF-8 is replaced, counted and located (B6)") {
  std::string text = "id,name\n";
  for (int i = 1; i <= 9; ++i) text += std::to_string(i) + ",Nguyễn\n";
  text += "10,caf\xE9\n";
  const ReadResult r = readText(text);
  CHECK(r.encoding.used == Encoding::Utf8);
  const Diagnostic* d = findDiagnostic(r.diagnostics, DiagnosticCode::InvalidEncoding);
  REQUIRE(d != nullptr);
  CHECK(d->where.record == 10);
  CHECK(d->where.line == 11);
  CHECK(d->where.column == 2);
  CHECK(d->message.find("byte 0xE9 at offset") == 0);
  CHECK(rowsOf(r.table)[9][1] == "caf\uFFFD");
}

TEST_CASE("file reader: UTF-16 with and without BOM, tab-separated like Excel's Unicode Text (B2, B3)") {
  const std::string text = "id\tname\r\n1\tNguyễn\r\n2\tИван\r\n";
  std::string le = "\xFF\xFE", leNoBom, be = "\xFE\xFF";
  // UTF-8 → UTF-16 for these BMP characters.
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    char32_t cp;
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : 3;
    cp = len == 1 ? c : len == 2 ? (c & 0x1F) : (c & 0x0F);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += len;
    le += static_cast<char>(cp & 0xFF);
    le += static_cast<char>(cp >> 8);
    be += static_cast<char>(cp >> 8);
    be += static_cast<char>(cp & 0xFF);
  }
  leNoBom = le.substr(2);
  const ReadResult utf8 = readText(text);
  for (const std::string* bytes : {&le, &leNoBom, &be}) {
    const ReadResult r = readText(*bytes, {}, 3);
    CHECK(r.dialect.delimiter == '\t');
    checkSameTable(r.table, utf8.table);
  }
}

TEST_CASE("file reader: progress and cancel") {
  // More than the 1 MiB an all-ASCII start is held for encoding detection.
  FileReader reader({.fileName = "x.csv"});
  std::string text = "a,b\n";
  for (int i = 0; i < 300000; ++i) text += std::to_string(i) + ",x\n";
  reader.feed(std::string_view(text).substr(0, text.size() / 2));
  const ReadProgress mid = reader.progress();
  CHECK(mid.bytes == text.size() / 2);
  CHECK(mid.rows > 0);
  CHECK_FALSE(mid.finished);
  reader.cancel();
  reader.feed(std::string_view(text).substr(text.size() / 2));  // ignored
  CHECK(reader.progress().bytes == text.size() / 2);
  const ReadResult r = reader.finish();
  CHECK(r.cancelled);
  CHECK(r.diagnostics.count(DiagnosticCode::Cancelled) == 1);
  CHECK(r.table.rowCount() > 0);
  CHECK(r.table.rowCount() < 300000);
}

TEST_CASE("file reader: every chunk size from 1 byte gives the same table and diagnostics (A15)") {
  const std::string cases[] = {
      "\xEF\xBB\xBFid,note,city\r\n1,\"x, \"\"y\"\"\",Hà Nội\r\n\r\n2,\"multi\r\nline\",Москва\r\n3,\"a\"b,c,d\r\n4",
      "sep=;\r\nid;v\r\n1;\"4,5\"\r\n2;x\"y\r\n",
      "Id,Name\n1,\"unclosed\n2,ok\n",
      std::string("a\tb\n1\t\xD0\n2\t\xC3\xA9\n"),
  };
  for (const std::string& text : cases) {
    CAPTURE(text);
    const ReadResult whole = readText(text);
    for (std::size_t chunk = 1; chunk < text.size(); ++chunk) {
      CAPTURE(chunk);
      const ReadResult r = readText(text, {}, chunk);
      checkSameTable(r.table, whole.table);
      checkSameDiagnostics(r.diagnostics, whole.diagnostics);
    }
  }
}

TEST_CASE("file reader: Vietnamese from Windows-1258 equals precomposed UTF-8 (B5)") {
  // "tên,ghi chú\nNguyễn,Việt\n" in Windows-1258: ê = EA, ú = FA, tones as combining marks
  const std::string cp1258 = "t\xEAn,ghi ch\xFA\nNguy\xEA\xDEn,Vi\xEA\xF2t\nTr\xE2\xCCn,\xD0\xF4\xDE\nL\xEA,\xD0\xFD\xF5\xF2" "c\n";
  const ReadResult a = readText(cp1258);
  const ReadResult b = readText("tên,ghi chú\nNguyễn,Việt\nTrần,Đỗ\nLê,Được\n");
  CHECK(a.encoding.used == Encoding::Windows1258);
  checkSameTable(a.table, b.table);
}

TEST_CASE("file reader with type inference: a ';' file reads decimal commas") {
  // 1,234 alone is ambiguous (thousands or decimals); in a ';'-separated export it is 1.234.
  const ReadResult r = readTypedText("id;score;amount\n1;4,5;1,234\n2;3,0;2,5\n");
  REQUIRE(r.table.columns.size() == 3);
  CHECK(r.table.columns[1].type == ValueType::Decimal);
  CHECK(columnText(r.table.columns[1]) == std::vector<std::string>{"4.5", "3"});
  CHECK(columnText(r.table.columns[2]) == std::vector<std::string>{"1.234", "2.5"});
  // The same numbers with ',' as the delimiter need quotes, and read with a decimal point by default.
  const ReadResult comma = readTypedText("id,amount\n1,\"1,234\"\n2,\"2,345\"\n");
  CHECK(columnText(comma.table.columns[1]) == std::vector<std::string>{"1234", "2345"});
}

}
