#include "app/read_summary.h"

#include <string>

namespace carescore {

namespace {

using Json = nlohmann::json;

Json position(std::uint64_t value) { return value == kNoPosition ? Json(nullptr) : Json(value); }

} // namespace

std::string encodingLabel(const EncodingReport& encoding) {
  std::string label(nameOf(encoding.used));
  if (encoding.byteOrderMark) label += " with BOM";
  return label;
}

Json readSummaryJson(const ReadResult& r) {
  Json columns = Json::array();
  for (const Column& c : r.table.columns)
    columns.push_back({{"name", c.name}, {"type", nameOf(c.type)}, {"format", c.format.description},
                       {"values", c.valueCount()}, {"misfits", c.misfits}});
  Json counts = Json::object();
  for (std::size_t i = 0; i < kDiagnosticCodeCount; ++i)
    if (const std::uint64_t n = r.diagnostics.count(static_cast<DiagnosticCode>(i)))
      counts[std::string(nameOf(static_cast<DiagnosticCode>(i)))] = n;
  Json examples = Json::array();
  for (const Diagnostic& d : r.diagnostics.entries())
    examples.push_back({{"code", nameOf(d.code)}, {"severity", nameOf(d.severity)}, {"record", position(d.where.record)},
                        {"line", position(d.where.line)}, {"column", position(d.where.column)}, {"message", d.message}});
  const bool csv = r.format == FileFormat::Csv;
  return {{"ok", r.ok()},
          {"format", nameOf(r.format)},
          {"encoding", {{"used", nameOf(r.encoding.used)}, {"detected", nameOf(r.encoding.detected)},
                        {"confidence", r.encoding.confidence}, {"bom", r.encoding.byteOrderMark}}},
          {"delimiter", csv ? Json(std::string(1, r.dialect.delimiter)) : Json(nullptr)},
          {"lineEnding", csv ? Json(nameOf(r.dialect.lineEnding)) : Json(nullptr)},
          {"headerRows", r.headerRows},
          {"recordPath", r.recordPath.empty() ? Json(nullptr) : Json(r.recordPath)},
          {"rows", r.rowsRead},
          {"rowsSkipped", r.rowsSkipped},
          {"blankLines", r.blankLines},
          {"columns", columns},
          {"diagnostics", {{"errors", r.diagnostics.countAtLeast(Severity::Error)}, {"counts", counts}, {"examples", examples}}}};
}

} // namespace carescore
