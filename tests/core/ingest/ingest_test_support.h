// Helpers for the ingest tests: tables as plain text for comparison, diagnostics lookup, and
// reading shared files through the FileReader in chunks.
#pragma once
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/ingest/file_reader.h"
#include "test_support.h"

namespace carescore::testing {

// A column's cells as text: text columns give their strings, numbers "%.17g", timestamps their
// epoch milliseconds, missing cells "".
inline std::vector<std::string> columnText(const Column& column) {
  std::vector<std::string> out(column.size());
  char number[32];
  for (std::size_t row = 0; row < column.size(); ++row) {
    if (!column.hasValue(row)) continue;
    if (column.isText()) {
      out[row] = std::string(column.text(row));
    } else if (column.isNumeric()) {
      std::snprintf(number, sizeof number, "%.17g", column.numbers[row]);
      out[row] = number;
    } else if (column.type == ValueType::Timestamp) {
      out[row] = std::to_string(column.epochMs[row]);
    }
  }
  return out;
}

inline std::vector<std::string> columnNames(const Table& table) {
  std::vector<std::string> names;
  for (const Column& c : table.columns) names.push_back(c.name);
  return names;
}

// Rows of the table as text (row-major), for small tables.
inline std::vector<std::vector<std::string>> rowsOf(const Table& table) {
  std::vector<std::vector<std::string>> rows(table.rowCount());
  for (const Column& column : table.columns) {
    const std::vector<std::string> cells = columnText(column);
    for (std::size_t r = 0; r < rows.size(); ++r) rows[r].push_back(cells[r]);
  }
  return rows;
}

inline void checkSameTable(const Table& a, const Table& b) {
  REQUIRE(columnNames(a) == columnNames(b));
  REQUIRE(a.rowCount() == b.rowCount());
  for (std::size_t c = 0; c < a.columns.size(); ++c) {
    CAPTURE(a.columns[c].name);
    CHECK(a.columns[c].type == b.columns[c].type);
    CHECK(columnText(a.columns[c]) == columnText(b.columns[c]));
  }
}

// Feeds `text` to `feed` in pieces of `chunk` bytes (0: all at once).
template <class Feed>
void feedInChunks(std::string_view text, std::size_t chunk, Feed&& feed) {
  const std::size_t step = chunk ? chunk : std::max<std::size_t>(text.size(), 1);
  for (std::size_t at = 0; at < text.size(); at += step) feed(text.substr(at, step));
}

// The same diagnostics, entry by entry: code, position and message.
inline void checkSameDiagnostics(const Diagnostics& a, const Diagnostics& b) {
  REQUIRE(a.entries().size() == b.entries().size());
  for (std::size_t i = 0; i < a.entries().size(); ++i) {
    const Diagnostic& x = a.entries()[i];
    const Diagnostic& y = b.entries()[i];
    CHECK(x.code == y.code);
    CHECK(x.where.record == y.where.record);
    CHECK(x.where.line == y.where.line);
    CHECK(x.where.column == y.where.column);
    CHECK(x.where.byte == y.where.byte);
    CHECK(x.message == y.message);
  }
}

inline const Diagnostic* findDiagnostic(const Diagnostics& diagnostics, DiagnosticCode code) {
  for (const Diagnostic& d : diagnostics.entries())
    if (d.code == code) return &d;
  return nullptr;
}

// Reads text through the FileReader with cells kept as written (InferenceOptions::keepText):
// these tests are about the CSV and JSON layers; readTypedText and readSharedTyped run inference.
inline ReadResult readTypedText(std::string_view text, ReadOptions options = {}, std::size_t chunk = 0) {
  return readBuffer(bytesOf(text), options, chunk);
}

inline ReadResult readText(std::string_view text, ReadOptions options = {}, std::size_t chunk = 0) {
  options.inference.keepText = true;
  return readTypedText(text, options, chunk);
}

inline ReadResult readSharedTyped(const std::string& relative, ReadOptions options = {}, std::size_t chunk = 1 << 16) {
  if (options.fileName.empty()) options.fileName = relative;
  const std::vector<std::uint8_t> bytes = readFile(sharedPath(relative));
  REQUIRE_MESSAGE(!bytes.empty(), "missing shared file " << relative);
  return readBuffer(bytes, options, chunk);
}

inline ReadResult readShared(const std::string& relative, ReadOptions options = {}, std::size_t chunk = 1 << 16) {
  options.inference.keepText = true;
  return readSharedTyped(relative, options, chunk);
}

} // namespace carescore::testing
