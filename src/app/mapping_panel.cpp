#include "app/mapping_panel.h"

#include <string>
#include <vector>

#include <imgui.h>

#include "app/app_state.h"
#include "app/i18n/engine_texts.h"
#include "app/i18n/format.h"
#include "app/i18n/issue_texts.h"
#include "app/i18n/translate.h"
#include "app/theme.h"
#include "app/ui_items.h"
#include "core/mapping/field_values.h"
#include "core/mapping/generic_mapper.h"

namespace carescore {

namespace {

const char* kindWord(const std::optional<RecordKind>& kind) {
  if (!kind) return tr(Text::KindNone);
  switch (*kind) {
    case RecordKind::Contact: return tr(Text::KindContact);
    case RecordKind::Survey: return tr(Text::KindSurvey);
    case RecordKind::Order: return tr(Text::KindOrder);
    case RecordKind::Customer: return tr(Text::KindCustomer);
    case RecordKind::AgentTime: return tr(Text::KindAgentTime);
  }
  return "";
}

std::string zoneLine(const Mapping& m, const MappedRows& rows) {
  switch (m.zoneSource) {
    case ZoneSource::Header: return trFormat(Text::MappingZoneHeader, {rows.zoneUsed});
    case ZoneSource::Vendor: return trFormat(Text::MappingZoneVendor, {rows.zoneUsed});
    case ZoneSource::User: return trFormat(Text::MappingZoneUser, {rows.zoneUsed});
    case ZoneSource::Assumed: return trFormat(Text::MappingZoneAssumed, {rows.zoneUsed});
    case ZoneSource::None: return {};
  }
  return {};
}

// The fields a column of this kind can feed: the kind's own (not those CareScore fills), and for
// contacts the survey answers a ticket export carries.
std::vector<std::string> fieldChoices(RecordKind kind) {
  std::vector<std::string> fields;
  for (const FieldDefinition& field : fieldsOf(kind)) {
    const std::string_view key = field.key;
    if (key == "source" || key == "source_row" || key == "linked_contact_id" || key == "link_method") continue;
    fields.emplace_back(key);
  }
  if (kind == RecordKind::Contact)
    for (const char* key : {"survey.csat", "survey.nps", "survey.ces", "survey.comment", "survey.submitted_at"}) fields.emplace_back(key);
  return fields;
}

void drawHeaderLines(AppState& state, const LoadedFile& file, const MappedFile& mapped) {
  const Mapping& m = mapped.mapping;
  ImGui::TextUnformatted(trFormat(Text::MappingDetected, {m.vendorName, kindWord(m.kind), formatPercent(m.confidence * 100, 0)}).c_str());
  if (mapped.duplicateOf) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().atRisk);
    ImGui::TextUnformatted(trFormat(Text::MappingDuplicate, {state.dataset.file(*mapped.duplicateOf).name}).c_str());
    ImGui::PopStyleColor();
  }
  if (mapped.rememberedMapping) ImGui::TextDisabled("%s", tr(Text::MappingRemembered));
  if (!m.kind && !m.note.empty()) ImGui::TextWrapped("%s", trFormat(Text::MappingNotMapped, {m.note}).c_str());

  // The record kind, changeable: a generic mapping of the chosen kind, or the file left out.
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  const std::string comboId = std::string(tr(Text::MappingKind)) + "##kind" + std::to_string(file.id);
  if (ImGui::BeginCombo(comboId.c_str(), kindWord(m.kind))) {
    std::vector<std::optional<RecordKind>> kinds(std::begin(kRecordKinds), std::end(kRecordKinds));
    kinds.emplace_back(std::nullopt);
    for (const std::optional<RecordKind>& kind : kinds)
      if (ImGui::Selectable(kindWord(kind), kind == m.kind) && kind != m.kind)
        state.request.mappingEdits.push_back({.file = file.id, .column = {}, .field = {}, .kind = kind});
    ImGui::EndCombo();
  }
  noteItem(state, ("mapping_kind_" + std::to_string(file.id)).c_str());
  if (const std::string zone = zoneLine(m, mapped.rows); !zone.empty()) ImGui::TextUnformatted(zone.c_str());
}

// The units a user picks for bare numbers under a duration field.
constexpr struct {
  double seconds;
  Text word;
} kUnitChoices[] = {{1, Text::UnitSecondShort}, {60, Text::UnitMinuteShort}, {3600, Text::UnitHourShort}};

// A combo box for the unit of a duration column of bare numbers ("the header names no unit"); true
// when drawn, so the unit is not written again as text.
bool drawUnitChoice(AppState& state, const LoadedFile& file, const MappedFile& mapped, std::size_t index) {
  const ColumnMapping& c = mapped.mapping.columns[index];
  const ResolvedField field = resolveField(*mapped.mapping.kind, c.field);
  const Column* column = mapped.read->table.find(c.column);
  if (!field.definition || field.definition->type != FieldType::Seconds || !column || !takesUnit(*column)) return false;
  const double current = c.unitSeconds > 0 ? c.unitSeconds
                         : column->type == ValueType::Duration ? column->format.durationUnitSeconds : 1.0;
  const char* preview = "";
  for (const auto& unit : kUnitChoices)
    if (unit.seconds == current) preview = tr(unit.word);
  const std::string comboId = "##unit" + std::to_string(file.id) + "_" + std::to_string(index);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
  if (ImGui::BeginCombo(comboId.c_str(), preview)) {
    for (const auto& unit : kUnitChoices)
      if (ImGui::Selectable(tr(unit.word), unit.seconds == current) && unit.seconds != current)
        state.request.mappingEdits.push_back(
            {.file = file.id, .column = c.column, .field = {}, .kind = std::nullopt, .unitSeconds = unit.seconds});
    ImGui::EndCombo();
  }
  noteItem(state, ("mapping_unit_" + std::to_string(file.id) + "_" + std::to_string(index)).c_str());
  return true;
}

std::string unitAndValues(const ColumnMapping& c, bool unitDrawn) {
  std::string text;
  if (!unitDrawn && c.unitSeconds != 0 && c.unitSeconds != 1)
    text = trFormat(Text::MappingUnitSeconds, {formatNumber(c.unitSeconds, c.unitSeconds < 1 ? 3 : 0)});
  for (std::size_t i = 0; i < c.values.size() && i < 4; ++i) {
    if (!text.empty()) text += ", ";
    text += c.values[i].value + " → " + (c.values[i].to.empty() ? "∅" : c.values[i].to);
  }
  if (c.values.size() > 4) text += ", …";
  return text;
}

void drawColumnRow(AppState& state, const LoadedFile& file, const MappedFile& mapped, std::size_t index,
                   const std::vector<std::string>& choices) {
  const ColumnMapping& c = mapped.mapping.columns[index];
  const ColumnProfile* profile = index < mapped.columns.size() ? &mapped.columns[index] : nullptr;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(c.column.c_str());
  if (!c.evidence.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.evidence.c_str());
  ImGui::TableNextColumn();
  if (profile) {
    std::string samples;
    for (const std::string& sample : profile->samples) samples += (samples.empty() ? "" : " · ") + sample;
    ImGui::TextUnformatted(samples.c_str());
    ImGui::TableNextColumn();
    const Column* column = mapped.read->table.find(c.column);
    std::string type = typeWord(profile->type);
    if (column && !column->format.description.empty()) type += ", " + column->format.description;
    ImGui::TextUnformatted(type.c_str());
  } else {
    ImGui::TableNextColumn();
  }
  ImGui::TableNextColumn();
  const std::string comboId = "##field" + std::to_string(file.id) + "_" + std::to_string(index);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo(comboId.c_str(), c.field.empty() ? tr(Text::MappingNotUsed) : c.field.c_str())) {
    if (ImGui::Selectable(tr(Text::MappingNotUsed), c.field.empty()) && !c.field.empty())
      state.request.mappingEdits.push_back({.file = file.id, .column = c.column, .field = {}, .kind = std::nullopt});
    for (const std::string& field : choices)
      if (ImGui::Selectable(field.c_str(), field == c.field) && field != c.field)
        state.request.mappingEdits.push_back({.file = file.id, .column = c.column, .field = field, .kind = std::nullopt});
    ImGui::EndCombo();
  }
  noteItem(state, ("mapping_field_" + std::to_string(file.id) + "_" + std::to_string(index)).c_str());
  ImGui::TableNextColumn();
  const bool unitDrawn = drawUnitChoice(state, file, mapped, index);
  const std::string text = unitAndValues(c, unitDrawn);
  if (unitDrawn && !text.empty()) ImGui::SameLine();
  if (!unitDrawn || !text.empty()) ImGui::TextUnformatted(text.c_str());
  if (!c.warning.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().atRisk), "(!)");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.warning.c_str());
  }
}

void drawMissing(const AppState& state) {
  if (state.missingFields.empty()) {
    ImGui::TextDisabled("%s", tr(Text::MappingNothingMissing));
    return;
  }
  std::string list;
  for (const std::string& key : state.missingFields) list += (list.empty() ? "" : ", ") + key;
  ImGui::PushStyleColor(ImGuiCol_Text, palette().atRisk);
  ImGui::TextWrapped("%s", trFormat(Text::MappingMissing, {list}).c_str());
  ImGui::PopStyleColor();
}

} // namespace

void drawMappingReview(AppState& state, const LoadedFile& file) {
  if (!file.mapped || *file.mapped >= state.dataset.files().size()) return;
  const MappedFile& mapped = state.dataset.file(*file.mapped);
  ImGui::Spacing();
  ImGui::TextUnformatted(tr(Text::MappingTitle));
  ImGui::Separator();
  drawHeaderLines(state, file, mapped);
  const Mapping& m = mapped.mapping;
  if (m.kind && !mapped.duplicateOf) {
    std::string rows;
    for (RecordKind kind : kRecordKinds)
      if (const std::size_t n = mapped.rows.records.of(kind).rowCount())
        rows += (rows.empty() ? "" : " · ") + formatCount(n) + " " + kindWord(kind);
    if (mapped.rows.rowsExcluded) rows += " · " + trFormat(Text::MappingRowsExcluded, {formatCount(mapped.rows.rowsExcluded)});
    ImGui::TextUnformatted(trFormat(Text::MappingRows, {rows}).c_str());
  }
  if (m.kind) {
    const std::vector<std::string> choices = fieldChoices(*m.kind);
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable(("mapping" + std::to_string(file.id)).c_str(), 5, kFlags)) {
      ImGui::TableSetupColumn(tr(Text::ColumnColumn), ImGuiTableColumnFlags_WidthStretch, 3.0f);
      ImGui::TableSetupColumn(tr(Text::MappingColumnSamples), ImGuiTableColumnFlags_WidthStretch, 4.0f);
      ImGui::TableSetupColumn(tr(Text::ColumnType), ImGuiTableColumnFlags_WidthStretch, 3.0f);
      ImGui::TableSetupColumn(tr(Text::MappingColumnField), ImGuiTableColumnFlags_WidthStretch, 3.0f);
      ImGui::TableSetupColumn(tr(Text::MappingColumnUnit), ImGuiTableColumnFlags_WidthStretch, 3.0f);
      ImGui::TableHeadersRow();
      for (std::size_t i = 0; i < m.columns.size(); ++i) drawColumnRow(state, file, mapped, i, choices);
      ImGui::EndTable();
    }
    for (const ApplyIssue& issue : mapped.rows.issues)
      ImGui::TextDisabled("%s ×%s  %s", std::string(nameOf(issue.code)).c_str(), formatCount(issue.count).c_str(), applyIssueText(issue).c_str());
  }
  drawMissing(state);
}

} // namespace carescore
