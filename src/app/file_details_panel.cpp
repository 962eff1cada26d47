#include "app/file_details_panel.h"

#include <string>

#include <imgui.h>

#include "app/app_state.h"
#include "app/i18n/engine_texts.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/read_summary.h"
#include "app/theme.h"
#include "app/views/view_support.h"
#include "core/ingest/encoding_detection.h"

namespace carescore {

namespace {

// The theme's verdict colours; the severity's word always goes with them (colour never stands alone).
ImU32 severityColour(Severity s) {
  switch (s) {
    case Severity::Error: return palette().fail;
    case Severity::Warning: return palette().atRisk;
    case Severity::Info: return palette().textMuted;
  }
  return palette().text;
}

const char* severityWord(Severity s) {
  switch (s) {
    case Severity::Error: return tr(Text::SeverityError);
    case Severity::Warning: return tr(Text::SeverityWarning);
    case Severity::Info: return tr(Text::SeverityInfo);
  }
  return "";
}

} // namespace

namespace {

std::string delimiterWord(char delimiter) {
  switch (delimiter) {
    case ',': return tr(Text::DelimiterComma);
    case ';': return tr(Text::DelimiterSemicolon);
    case '\t': return tr(Text::DelimiterTab);
    case '|': return tr(Text::DelimiterPipe);
    default: return "'" + std::string(1, delimiter) + "'";
  }
}

std::string dialectLine(const ReadResult& r) {
  std::string line(r.format == FileFormat::Csv ? "CSV" : r.format == FileFormat::Json ? "JSON" : "NDJSON");
  line += " · " + encodingLabel(r.encoding);
  if (!r.encoding.overridden && r.encoding.confidence < kConfidentEncoding)
    line += " " + trFormat(Text::DetailsEncodingGuess, {formatPercent(r.encoding.confidence * 100, 0)});
  if (r.format == FileFormat::Csv) {
    line += " · " + trFormat(Text::DetailsDelimiter, {delimiterWord(r.dialect.delimiter)}) + " · " + std::string(nameOf(r.dialect.lineEnding));
    line += " · " + trCount(Counted::HeaderRows, r.headerRows);
    if (!r.headerLayout.empty()) line += " (" + r.headerLayout + ")";
  } else {
    line += " · " + trFormat(Text::DetailsRecordsAt, {r.recordPath});
  }
  return line;
}

std::string where(const TextPosition& p, bool csv) {
  std::string out;
  auto part = [&](Text label, std::uint64_t v) {
    if (v == kNoPosition) return;
    out += (out.empty() ? "" : ", ") + trFormat(label, {formatCount(v)});
  };
  if (p.record == 0) out = tr(Text::WhereHeader);
  else part(Text::WhereRow, p.record);
  part(Text::WhereLine, p.line);
  part(csv ? Text::WhereField : Text::WhereColumn, p.column);
  return out.empty() ? std::string(tr(Text::WhereFile)) : out;
}

void drawColumns(const ReadResult& r, FileId id) {
  if (r.table.columns.empty()) return;
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  const std::string tableId = "columns##" + std::to_string(id);
  if (!ImGui::BeginTable(tableId.c_str(), 6, kFlags)) return;
  ImGui::TableSetupColumn(tr(Text::ColumnNumber), ImGuiTableColumnFlags_WidthStretch, 0.4f);
  ImGui::TableSetupColumn(tr(Text::ColumnColumn), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(tr(Text::ColumnType), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr(Text::ColumnFormat), ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn(tr(Text::ColumnValues), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr(Text::ColumnMisfits), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < r.table.columns.size(); ++i) {
    const Column& c = r.table.columns[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%zu", i + 1);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(c.name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(typeWord(c.type));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(c.format.description.empty() ? "—" : c.format.description.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(formatCount(c.valueCount()).c_str());
    ImGui::TableNextColumn();
    if (c.misfits == 0) {
      ImGui::TextDisabled("0");
      continue;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, severityColour(Severity::Warning));
    ImGui::TextUnformatted(formatCount(c.misfits).c_str());
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::TextUnformatted(tr(Text::MisfitsTooltip));
      for (const Misfit& m : c.misfitSamples)
        ImGui::TextUnformatted(trFormat(Text::MisfitExample, {formatCount(m.row + 1), m.text}).c_str());
      ImGui::EndTooltip();
    }
  }
  ImGui::EndTable();
}

void drawDiagnostics(AppState& state, const ReadResult& r, FileId id) {
  const Diagnostics& d = r.diagnostics;
  if (d.total() == 0) {
    ImGui::TextDisabled("%s", tr(Text::NoProblems));
    return;
  }
  for (std::size_t i = 0; i < kDiagnosticCodeCount; ++i) {
    const auto code = static_cast<DiagnosticCode>(i);
    const std::uint64_t n = d.count(code);
    if (n == 0) continue;
    const Severity severity = definitionOf(code).severity;
    ImGui::PushStyleColor(ImGuiCol_Text, severityColour(severity));
    // The code, its count and its first message on one line; the examples below when opened.
    std::string label = std::string(severityWord(severity)) + "  " + std::string(nameOf(code)) + "  ×" + formatCount(n);
    for (const Diagnostic& e : d.entries())
      if (e.code == code) {
        label += "  " + diagnosticText(e);
        break;
      }
    label += "##" + std::to_string(id) + "_" + std::to_string(i);
    const bool open = ImGui::TreeNodeEx(label.c_str(), severity == Severity::Error ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    ImGui::PopStyleColor();
    if (!open) continue;
    for (const Diagnostic& e : d.entries())
      if (e.code == code) {
        const std::string message = diagnosticText(e);
        ImGui::TextWrapped("%s: %s", where(e.where, r.format == FileFormat::Csv).c_str(), message.c_str());
        noteLabel(state, message);
      }
    if (n > d.keptPerCode()) ImGui::TextDisabled("%s", trFormat(Text::AndMore, {formatCount(n - d.keptPerCode())}).c_str());
    ImGui::TreePop();
  }
}

} // namespace

void drawFileDetails(AppState& state, const LoadedFile& file) {
  if (!file.result) return;
  const ReadResult& r = *file.result;
  ImGui::TextUnformatted(dialectLine(r).c_str());
  std::string counts = trFormat(Text::DetailsRead, {trCount(Counted::Rows, r.rowsRead), trCount(Counted::Columns, r.table.columns.size())});
  if (r.rowsSkipped) counts += " · " + trCount(Counted::RowsSkipped, r.rowsSkipped);
  if (r.blankLines) counts += " · " + trCount(Counted::BlankLinesSkipped, r.blankLines);
  if (r.cancelled) counts += " · " + std::string(tr(Text::DetailsCancelled));
  ImGui::TextUnformatted(counts.c_str());
  ImGui::Spacing();
  drawColumns(r, file.id);
  ImGui::Spacing();
  drawDiagnostics(state, r, file.id);
}

} // namespace carescore
