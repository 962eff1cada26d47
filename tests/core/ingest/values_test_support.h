// Helpers for the value-typing tests: type a whole column the way the table builder does (infer
// from the first `sampleSize` cells, then append every cell, the sample's included), and split
// simple delimited files that have no quoted fields (a test aid, not the CSV reader); compare two
// typings of the same cells.
#pragma once
#include <doctest/doctest.h>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/cell_reader.h"

namespace carescore::testing {

inline Column typeColumn(std::string_view header, std::span<const std::string_view> cells, std::size_t sampleSize,
                         const InferenceOptions& options = {}) {
  const std::size_t n = sampleSize < cells.size() ? sampleSize : cells.size();
  CellReader reader(inferColumnFormat(header, cells.first(n), options));
  Column column;
  column.name = std::string(header);
  reader.begin(column);
  for (std::size_t row = 0; row < cells.size(); ++row) reader.append(column, cells[row], row);
  return column;
}

// Everything a reader decides, for comparing two typings of the same cells.
inline void requireSameColumn(const Column& a, const Column& b) {
  REQUIRE(a.type == b.type);
  CHECK(a.format.description == b.format.description);
  CHECK(a.format.dateOrder == b.format.dateOrder);
  CHECK(a.format.dateOrderAmbiguous == b.format.dateOrderAmbiguous);
  CHECK(a.format.timeBase == b.format.timeBase);
  CHECK(a.format.decimalSeparator == b.format.decimalSeparator);
  CHECK(a.format.decimalSeparatorAmbiguous == b.format.decimalSeparatorAmbiguous);
  CHECK(a.format.durationUnitSeconds == b.format.durationUnitSeconds);
  CHECK(a.format.timeOfDay == b.format.timeOfDay);
  CHECK(a.valid == b.valid);
  CHECK(a.numbers == b.numbers);
  CHECK(a.epochMs == b.epochMs);
  CHECK(a.codes == b.codes);
  REQUIRE(a.dictionary.size() == b.dictionary.size());
  for (std::uint32_t code = 0; code < a.dictionary.size(); ++code) CHECK(a.dictionary.at(code) == b.dictionary.at(code));
  CHECK(a.misfits == b.misfits);
  REQUIRE(a.misfitSamples.size() == b.misfitSamples.size());
  for (std::size_t i = 0; i < a.misfitSamples.size(); ++i) {
    CHECK(a.misfitSamples[i].row == b.misfitSamples[i].row);
    CHECK(a.misfitSamples[i].text == b.misfitSamples[i].text);
  }
}

inline Column typeColumn(std::string_view header, std::initializer_list<std::string_view> cells,
                         std::size_t sampleSize = 1000, const InferenceOptions& options = {}) {
  return typeColumn(header, std::span<const std::string_view>(cells.begin(), cells.size()), sampleSize, options);
}

// Columns of a file whose fields are never quoted (checked: the test fails on a quote), split at
// `delimiter`; the first line is the header. Strips a UTF-8 BOM and CR line ends.
struct SimpleTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> columns;
  const std::vector<std::string>& column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return columns[i];
    static const std::vector<std::string> kNone;
    return kNone;
  }
};

inline SimpleTable splitUnquoted(const std::string& text, char delimiter) {
  SimpleTable table;
  std::size_t at = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  bool first = true;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + at, end - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    at = end + 1;
    if (line.empty()) continue;
    std::vector<std::string> fields;
    std::size_t from = 0;
    while (true) {
      const std::size_t cut = line.find(delimiter, from);
      fields.emplace_back(line.substr(from, cut == std::string_view::npos ? std::string_view::npos : cut - from));
      if (cut == std::string_view::npos) break;
      from = cut + 1;
    }
    if (first) {
      table.header = fields;
      table.columns.resize(fields.size());
      first = false;
      continue;
    }
    for (std::size_t i = 0; i < table.columns.size(); ++i) table.columns[i].push_back(i < fields.size() ? fields[i] : "");
  }
  return table;
}

inline std::vector<std::string_view> viewsOf(const std::vector<std::string>& cells) {
  return {cells.begin(), cells.end()};
}

} // namespace carescore::testing
