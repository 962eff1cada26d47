#include "cli/inspect_report.h"

#include <cstdio>
#include <string_view>

namespace carescore::cli {

namespace {

using Json = nlohmann::ordered_json;

Json position(std::uint64_t value) { return value == kNoPosition ? Json(nullptr) : Json(value); }

std::string_view nameOf(DateOrder order) {
  switch (order) {
    case DateOrder::None: return "";
    case DateOrder::YearMonthDay: return "ymd";
    case DateOrder::DayMonthYear: return "dmy";
    case DateOrder::MonthDayYear: return "mdy";
  }
  return "";
}

std::string delimiterText(char delimiter) { return delimiter == '\t' ? "\\t" : std::string(1, delimiter); }

Json formatJson(const Column& column) {
  const ValueFormat& f = column.format;
  return {{"description", f.description},
          {"dateOrder", f.dateOrder == DateOrder::None ? Json(nullptr) : Json(nameOf(f.dateOrder))},
          {"dateOrderAmbiguous", f.dateOrderAmbiguous},
          {"timeBase", f.timeBase == TimeBase::Utc ? "utc" : "wall-clock"},
          {"decimalSeparator", std::string(1, f.decimalSeparator)},
          {"durationUnitSeconds", f.durationUnitSeconds}};
}

Json columnJson(const Column& column, std::size_t index) {
  Json examples = Json::array();
  for (const Misfit& m : column.misfitSamples) examples.push_back({{"row", m.row + 1}, {"text", m.text}});
  const std::size_t values = column.valueCount();
  return {{"index", index + 1},        {"name", column.name},      {"type", carescore::nameOf(column.type)},
          {"format", formatJson(column)}, {"values", values},      {"missing", column.size() - values},
          {"misfits", column.misfits}, {"misfitExamples", examples}};
}

Json diagnosticsJson(const Diagnostics& diagnostics) {
  Json counts = Json::object();
  for (std::size_t i = 0; i < kDiagnosticCodeCount; ++i) {
    const auto code = static_cast<DiagnosticCode>(i);
    if (const std::uint64_t n = diagnostics.count(code)) counts[std::string(carescore::nameOf(code))] = n;
  }
  Json entries = Json::array();
  for (const Diagnostic& d : diagnostics.entries())
    entries.push_back({{"code", carescore::nameOf(d.code)},
                       {"severity", carescore::nameOf(d.severity)},
                       {"record", position(d.where.record)},
                       {"line", position(d.where.line)},
                       {"column", position(d.where.column)},
                       {"byte", position(d.where.byte)},
                       {"message", d.message}});
  return {{"errors", diagnostics.countAtLeast(Severity::Error)},
          {"warnings", diagnostics.countAtLeast(Severity::Warning) - diagnostics.countAtLeast(Severity::Error)},
          {"counts", counts},
          {"entries", entries}};
}

// "record 5, line 8, field 4" (CSV) or "record 3, line 3, column 18" (JSON: the byte column).
std::string where(const TextPosition& p, FileFormat format) {
  std::string out;
  auto part = [&](const char* label, std::uint64_t v) {
    if (v == kNoPosition) return;
    if (!out.empty()) out += ", ";
    out += label + std::to_string(v);
  };
  if (p.record == 0) out = "header";
  else part("record ", p.record);
  part("line ", p.line);
  part(format == FileFormat::Csv ? "field " : "column ", p.column);
  return out.empty() ? "file" : out;
}

} // namespace

Json inspectJson(const std::string& path, const ReadResult& r) {
  Json dialect = nullptr;
  if (r.format == FileFormat::Csv)
    dialect = {{"delimiter", delimiterText(r.dialect.delimiter)},
               {"quote", std::string(1, r.dialect.quote)},
               {"lineEnding", carescore::nameOf(r.dialect.lineEnding)},
               {"mixedLineEndings", r.dialect.mixedLineEndings},
               {"sepLine", r.dialect.sepLineBytes > 0},
               {"wrapped", r.dialect.wrapped}};
  Json columns = Json::array();
  for (std::size_t i = 0; i < r.table.columns.size(); ++i) columns.push_back(columnJson(r.table.columns[i], i));
  return {{"path", path},
          {"ok", r.ok()},
          {"error", nullptr},
          {"bytes", r.bytes},
          {"format", carescore::nameOf(r.format)},
          {"encoding",
           {{"detected", carescore::nameOf(r.encoding.detected)},
            {"used", carescore::nameOf(r.encoding.used)},
            {"confidence", r.encoding.confidence},
            {"bom", r.encoding.byteOrderMark},
            {"overridden", r.encoding.overridden}}},
          {"dialect", dialect},
          {"preambleRows", r.preambleRows},
          {"headerRows", r.headerRows},
          {"headerLayout", r.headerLayout.empty() ? Json(nullptr) : Json(r.headerLayout)},
          {"recordPath", r.recordPath.empty() ? Json(nullptr) : Json(r.recordPath)},
          {"rows", r.rowsRead},
          {"rowsSkipped", r.rowsSkipped},
          {"blankLines", r.blankLines},
          {"columnCount", r.table.columns.size()},
          {"columns", columns},
          {"diagnostics", diagnosticsJson(r.diagnostics)}};
}

Json inspectFailureJson(const std::string& path, const std::string& error) {
  return {{"path", path}, {"ok", false}, {"error", error}};
}

std::string inspectText(const std::string& path, const ReadResult& r) {
  std::string out = path + "\n  " + std::string(carescore::nameOf(r.format)) + ", " + std::string(carescore::nameOf(r.encoding.used));
  if (r.encoding.byteOrderMark) out += " with BOM";
  char confidence[32];
  std::snprintf(confidence, sizeof confidence, " (%s %.2f)", r.encoding.overridden ? "chosen," : "confidence", r.encoding.confidence);
  out += confidence;
  if (r.format == FileFormat::Csv) {
    out += ", delimiter '" + delimiterText(r.dialect.delimiter) + "', line ends " + std::string(carescore::nameOf(r.dialect.lineEnding));
    out += ", " + std::to_string(r.headerRows) + " header row" + (r.headerRows == 1 ? "" : "s");
    if (!r.headerLayout.empty()) out += " (" + r.headerLayout + ")";
    if (r.preambleRows) out += ", " + std::to_string(r.preambleRows) + " preamble line(s)";
  } else {
    out += ", records at " + r.recordPath;
  }
  out += "\n  " + std::to_string(r.rowsRead) + " rows, " + std::to_string(r.table.columns.size()) + " columns, " +
         std::to_string(r.rowsSkipped) + " skipped, " + std::to_string(r.blankLines) + " blank lines\n";
  for (std::size_t i = 0; i < r.table.columns.size(); ++i) {
    const Column& c = r.table.columns[i];
    char line[64];
    std::snprintf(line, sizeof line, "  %4zu  ", i + 1);
    out += line + c.name + "  [" + std::string(carescore::nameOf(c.type));
    if (!c.format.description.empty()) out += ", " + c.format.description;
    out += "]  " + std::to_string(c.valueCount()) + " values";
    if (c.misfits) out += ", " + std::to_string(c.misfits) + " misfits";
    out += "\n";
  }
  const Diagnostics& d = r.diagnostics;
  if (d.total() == 0) return out + "  no problems found\n";
  out += "  problems: " + std::to_string(d.total()) + "\n";
  for (std::size_t i = 0; i < kDiagnosticCodeCount; ++i) {
    const auto code = static_cast<DiagnosticCode>(i);
    const std::uint64_t n = d.count(code);
    if (!n) continue;
    out += "    " + std::string(carescore::nameOf(code)) + " x" + std::to_string(n) + " (" +
           std::string(carescore::nameOf(definitionOf(code).severity)) + ")\n";
    for (const Diagnostic& e : d.entries())
      if (e.code == code) out += "      " + where(e.where, r.format) + ": " + e.message + "\n";
    if (n > d.keptPerCode()) out += "      … and " + std::to_string(n - d.keptPerCode()) + " more\n";
  }
  return out;
}

} // namespace carescore::cli
