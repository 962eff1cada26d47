#include "core/ingest/header_detection.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace carescore {

namespace {

constexpr std::size_t kMaxPreambleRows = 10;
constexpr std::size_t kMaxGenericHeaderRows = 3;
constexpr double kNumericColumnShare = 0.8;  // a column is numeric when this share of its values look like values

using Records = std::vector<std::vector<std::string_view>>;
using RecordSpan = std::span<const std::vector<std::string_view>>;

std::string_view trim(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);  // a BOM left inside the first name
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string_view cell(RecordSpan records, std::size_t row, std::size_t column) {
  return column < records[row].size() ? trim(records[row][column]) : std::string_view{};
}

std::size_t modalWidth(RecordSpan records, double* share = nullptr) {
  std::map<std::size_t, std::size_t> histogram;
  for (const auto& r : records) ++histogram[r.size()];
  std::size_t width = 0, count = 0;
  for (const auto& [w, n] : histogram)
    if (n > count || (n == count && w > width)) width = w, count = n;
  if (share) *share = records.empty() ? 0.0 : static_cast<double>(count) / static_cast<double>(records.size());
  return width;
}

// Columns whose cells in `body` mostly look like values (numbers, dates, durations).
std::vector<std::size_t> numericColumns(RecordSpan body, std::size_t width) {
  std::vector<std::size_t> columns;
  for (std::size_t c = 0; c < width; ++c) {
    std::size_t values = 0, filled = 0;
    for (std::size_t r = 0; r < body.size(); ++r) {
      const std::string_view v = cell(body, r, c);
      if (v.empty()) continue;
      ++filled;
      values += looksLikeValue(v);
    }
    if (filled > 0 && static_cast<double>(values) >= kNumericColumnShare * static_cast<double>(filled)) columns.push_back(c);
  }
  return columns;
}

// Row `row` reads as a header over the numeric columns of the rows below it: text where they
// hold values, and no value itself.
bool looksLikeHeaderRow(RecordSpan records, std::size_t row, std::size_t width, bool firstRow) {
  const RecordSpan body = records.subspan(row + 1);
  const std::vector<std::size_t> numeric = numericColumns(body, width);
  if (numeric.empty()) return firstRow;  // all text: a first row is a header by convention, a later one is data
  std::size_t text = 0, values = 0;
  for (std::size_t c : numeric) {
    const std::string_view v = cell(records, row, c);
    if (v.empty()) continue;
    (looksLikeValue(v) ? values : text) += 1;
  }
  if (firstRow) return text >= values;
  return values == 0 && text * 2 >= numeric.size();
}

bool startsWithImportId(std::string_view v) { return v.substr(0, 12) == "{\"ImportId\":"; }

bool isSurveyMonkeySubHeader(std::string_view v) { return v == "Response" || v == "Open-Ended Response"; }

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x | 0x20) == (y | 0x20);
         });
}

// Survey tools with several header rows, as data: a name, the rows, and how to recognise them.
struct MultiRowSignature {
  std::string_view layout;
  std::size_t rows;
  bool (*matches)(RecordSpan records);
};

constexpr MultiRowSignature kSignatures[] = {
    // Qualtrics: field IDs, question texts, then {"ImportId":"QID12"} for each column.
    {"qualtrics", 3,
     [](RecordSpan r) {
       if (r.size() < 3) return false;
       std::size_t ids = 0, filled = 0;
       for (std::string_view v : r[2]) {
         filled += !trim(v).empty();
         ids += startsWithImportId(trim(v));
       }
       return filled > 0 && ids * 2 >= filled;
     }},
    // SurveyMonkey: questions, then "Response" / "Open-Ended Response" / an option under each.
    {"surveymonkey", 2,
     [](RecordSpan r) {
       if (r.size() < 2) return false;
       const bool respondent = std::any_of(r[0].begin(), r[0].end(), [](std::string_view v) {
         return equalsIgnoringCase(trim(v), "Respondent ID");
       });
       return respondent && std::any_of(r[1].begin(), r[1].end(), [](std::string_view v) {
                return isSurveyMonkeySubHeader(trim(v));
              });
     }},
};

std::vector<std::string> combineNames(RecordSpan header, std::size_t width, std::string_view layout) {
  std::vector<std::string> names(width);
  if (header.empty()) return names;
  if (header.size() == 1 || layout == "qualtrics") {  // Qualtrics: the field IDs (Q1, StartDate…)
    for (std::size_t c = 0; c < width; ++c) names[c] = cell(header, 0, c);
    return names;
  }
  // Several rows: the first is a group spanning the empty cells after it (merged cells);
  // SurveyMonkey's "Response" under a question adds nothing.
  std::string group;
  for (std::size_t c = 0; c < width; ++c) {
    const std::string_view top = cell(header, 0, c);
    if (!top.empty()) group = top;
    std::string name = group;
    for (std::size_t r = 1; r < header.size(); ++r) {
      const std::string_view part = cell(header, r, c);
      if (part.empty() || part == name || (layout == "surveymonkey" && part == "Response")) continue;
      name = name.empty() ? std::string(part) : name + " - " + std::string(part);
    }
    names[c] = std::move(name);
  }
  return names;
}

TextPosition headerCell(std::span<const RecordInfo> infos, std::size_t row, std::size_t column) {
  const RecordInfo& info = infos[row];
  return {info.index + 1, info.line, column + 1, info.byte};
}

void finishNames(HeaderLayout& h, std::span<const RecordInfo> infos, Diagnostics& diagnostics) {
  const std::size_t headerRow = h.preambleRows;
  const bool named = h.headerRows > 0;
  std::unordered_set<std::string> taken(h.names.begin(), h.names.end());
  std::unordered_set<std::string> assigned;
  for (std::size_t c = 0; c < h.names.size(); ++c) {
    std::string& name = h.names[c];
    if (name.empty()) {
      std::string automatic = "column_" + std::to_string(c + 1);
      for (int k = 2; taken.count(automatic); ++k) automatic = "column_" + std::to_string(c + 1) + "_" + std::to_string(k);
      if (named) diagnostics.add(DiagnosticCode::EmptyHeader, headerCell(infos, headerRow, c), {std::to_string(c + 1), automatic});
      name = automatic;
      taken.insert(name);
    }
    if (!assigned.insert(name).second) {
      std::string renamed;
      for (int k = 2;; ++k) {
        renamed = name + "_" + std::to_string(k);
        if (!taken.count(renamed) && !assigned.count(renamed)) break;
      }
      diagnostics.add(DiagnosticCode::DuplicateHeader, headerCell(infos, headerRow, c), {name, renamed});
      name = renamed;
      assigned.insert(name);
    }
  }
}

} // namespace

bool looksLikeValue(std::string_view v) {
  std::size_t digits = 0, others = 0;
  for (char c : v) {
    if (c >= '0' && c <= '9') ++digits;
    else if (c == '.' || c == ',' || c == ':' || c == '-' || c == '/' || c == ' ' || c == '+' || c == '%' || c == 'T' ||
             c == 'Z' || c == 'e' || c == 'E' || c == '$')
      ;
    else ++others;
  }
  return digits > 0 && others == 0;
}

HeaderLayout detectHeader(const Records& all, std::span<const RecordInfo> infos, const HeaderOptions& options,
                          Diagnostics& diagnostics) {
  HeaderLayout h;
  if (all.empty()) {
    h.headerRows = options.headerRows.value_or(1) > 0 ? 1 : 0;
    return h;
  }
  const RecordSpan records(all);
  const std::size_t modal = modalWidth(records);

  // A preamble: short records ("Report generated …") before the table's first full-width one.
  if (!options.headerRows && modal >= 3)
    while (h.preambleRows + 1 < records.size() && h.preambleRows < kMaxPreambleRows &&
           records[h.preambleRows].size() * 2 <= modal)
      ++h.preambleRows;
  const RecordSpan rest = records.subspan(h.preambleRows);

  if (options.headerRows) {
    h.headerRows = std::min(*options.headerRows, rest.size());
  } else {
    h.headerRows = 1;
    for (const MultiRowSignature& s : kSignatures)
      if (s.matches(rest)) {
        h.headerRows = s.rows;
        h.layout = s.layout;
        break;
      }
    if (h.layout.empty()) {
      const std::size_t width = modalWidth(rest);
      if (!looksLikeHeaderRow(rest, 0, width, true)) h.headerRows = 0;
      else
        while (h.headerRows < kMaxGenericHeaderRows && rest.size() >= h.headerRows + 4 &&
               looksLikeHeaderRow(rest, h.headerRows, width, false))
          ++h.headerRows;
    }
  }

  // Width: the header's, unless most data rows agree on more columns, or on fewer and the
  // header's extra names are empty (a trailing delimiter on the header line only).
  const RecordSpan header = rest.first(h.headerRows);
  const RecordSpan data = rest.subspan(h.headerRows);
  double share = 0;
  const std::size_t dataWidth = modalWidth(data, &share);
  if (h.headerRows == 0) {
    h.width = modalWidth(rest);
  } else {
    h.width = header[0].size();
    // Extra columns only when they hold values: `1,2,` rows under `a,b` just end with a delimiter.
    std::size_t rowsWithExtras = 0;
    for (const auto& row : data)
      for (std::size_t c = h.width; c < row.size(); ++c)
        if (!trim(row[c]).empty()) {
          ++rowsWithExtras;
          break;
        }
    if (!data.empty() && share >= 0.8 && dataWidth > h.width && rowsWithExtras * 2 >= data.size()) h.width = dataWidth;
    if (!data.empty() && share >= 0.8 && dataWidth < h.width) {
      bool extraEmpty = true;
      for (std::size_t c = dataWidth; c < h.width; ++c) extraEmpty = extraEmpty && cell(header, 0, c).empty();
      if (extraEmpty) h.width = dataWidth;
    }
  }

  for (const auto& row : header) h.headerText.emplace_back(row.begin(), row.end());
  h.names = combineNames(header, h.width, h.layout);
  finishNames(h, infos, diagnostics);
  if (h.preambleRows > 0)
    diagnostics.add(DiagnosticCode::PreambleSkipped, {kNoPosition, infos[0].line, kNoPosition, infos[0].byte},
                    {std::to_string(h.preambleRows)});
  if (h.headerRows == 0 && !options.headerRows)
    diagnostics.add(DiagnosticCode::NoHeader, headerCell(infos, h.preambleRows, 0));
  return h;
}

} // namespace carescore
