#include "app/file_details_panel.h"

#include <string>

#include <imgui.h>

#include "app/app_state.h"
#include "app/format.h"
#include "app/read_summary.h"
#include "core/ingest/encoding_detection.h"

namespace carescore {

namespace {

// Okabe–Ito colours; a word always goes with them (colour never stands alone).
ImVec4 severityColour(Severity s) {
  switch (s) {
    case Severity::Error: return {0.84f, 0.37f, 0.0f, 1.0f};   // vermillion
    case Severity::Warning: return {0.90f, 0.62f, 0.0f, 1.0f}; // orange
    case Severity::Info: return {0.34f, 0.71f, 0.91f, 1.0f};   // sky blue
  }
  return {1, 1, 1, 1};
}

std::string dialectLine(const ReadResult& r) {
  std::string line(r.format == FileFormat::Csv ? "CSV" : r.format == FileFormat::Json ? "JSON" : "NDJSON");
  line += " · " + encodingLabel(r.encoding);
  if (!r.encoding.overridden && r.encoding.confidence < kConfidentEncoding)
    line += " (a guess: " + std::to_string(static_cast<int>(r.encoding.confidence * 100)) + "%)";
  if (r.format == FileFormat::Csv) {
    line += " · delimiter " + std::string(delimiterName(r.dialect.delimiter)) + " · " + std::string(nameOf(r.dialect.lineEnding));
    line += " · " + std::to_string(r.headerRows) + (r.headerRows == 1 ? " header row" : " header rows");
    if (!r.headerLayout.empty()) line += " (" + r.headerLayout + ")";
  } else {
    line += " · records at " + r.recordPath;
  }
  return line;
}

std::string where(const TextPosition& p, bool csv) {
  std::string out;
  auto part = [&](const char* label, std::uint64_t v) {
    if (v == kNoPosition) return;
    out += (out.empty() ? "" : ", ") + std::string(label) + formatCount(v);
  };
  if (p.record == 0) out = "header";
  else part("row ", p.record);
  part("line ", p.line);
  part(csv ? "field " : "column ", p.column);
  return out.empty() ? "file" : out;
}

void drawColumns(const ReadResult& r, FileId id) {
  if (r.table.columns.empty()) return;
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  const std::string tableId = "columns##" + std::to_string(id);
  if (!ImGui::BeginTable(tableId.c_str(), 6, kFlags)) return;
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthStretch, 0.4f);
  ImGui::TableSetupColumn("Column", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Format", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("Values", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Misfits", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < r.table.columns.size(); ++i) {
    const Column& c = r.table.columns[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%zu", i + 1);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(c.name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(std::string(nameOf(c.type)).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(c.format.description.empty() ? "—" : c.format.description.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(formatCount(c.valueCount()).c_str());
    ImGui::TableNextColumn();
    if (c.misfits == 0) {
      ImGui::TextDisabled("0");
      continue;
    }
    ImGui::TextColored(severityColour(Severity::Warning), "%s", formatCount(c.misfits).c_str());
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::TextUnformatted("Cells that did not fit the column's type (now missing):");
      for (const Misfit& m : c.misfitSamples) ImGui::Text("row %s: %s", formatCount(m.row + 1).c_str(), m.text.c_str());
      ImGui::EndTooltip();
    }
  }
  ImGui::EndTable();
}

void drawDiagnostics(const ReadResult& r, FileId id) {
  const Diagnostics& d = r.diagnostics;
  if (d.total() == 0) {
    ImGui::TextDisabled("No problems found.");
    return;
  }
  for (std::size_t i = 0; i < kDiagnosticCodeCount; ++i) {
    const auto code = static_cast<DiagnosticCode>(i);
    const std::uint64_t n = d.count(code);
    if (n == 0) continue;
    const Severity severity = definitionOf(code).severity;
    ImGui::PushStyleColor(ImGuiCol_Text, severityColour(severity));
    // The code, its count and its first message on one line; the examples below when opened.
    std::string label = std::string(nameOf(severity)) + "  " + std::string(nameOf(code)) + "  ×" + formatCount(n);
    for (const Diagnostic& e : d.entries())
      if (e.code == code) {
        label += "  " + e.message;
        break;
      }
    label += "##" + std::to_string(id) + "_" + std::to_string(i);
    const bool open = ImGui::TreeNodeEx(label.c_str(), severity == Severity::Error ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    ImGui::PopStyleColor();
    if (!open) continue;
    for (const Diagnostic& e : d.entries())
      if (e.code == code) ImGui::TextWrapped("%s: %s", where(e.where, r.format == FileFormat::Csv).c_str(), e.message.c_str());
    if (n > d.keptPerCode()) ImGui::TextDisabled("… and %s more", formatCount(n - d.keptPerCode()).c_str());
    ImGui::TreePop();
  }
}

} // namespace

void drawFileDetails(const LoadedFile& file) {
  if (!file.result) return;
  const ReadResult& r = *file.result;
  ImGui::TextUnformatted(dialectLine(r).c_str());
  std::string counts = formatCount(r.rowsRead, "row", "rows") + " × " + formatCount(r.table.columns.size(), "column", "columns") + " read";
  if (r.rowsSkipped) counts += " · " + formatCount(r.rowsSkipped) + " skipped";
  if (r.blankLines) counts += " · " + formatCount(r.blankLines, "blank line", "blank lines") + " skipped";
  if (r.cancelled) counts += " · cancelled";
  ImGui::TextUnformatted(counts.c_str());
  ImGui::Spacing();
  drawColumns(r, file.id);
  ImGui::Spacing();
  drawDiagnostics(r, file.id);
}

} // namespace carescore
