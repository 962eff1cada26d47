// The filter row: one multi-choice combo per filter field, filled from the loaded data's values
// (most frequent first, "all" by default), the Export menu, and the banner saying the data is a
// demo or generated. A changed choice goes through Analysis::setFilters and so reaches every view.
#include <algorithm>
#include <string>

#include <imgui.h>

#include "app/app_state.h"
#include "app/i18n/engine_texts.h"
#include "app/i18n/translate.h"
#include "app/shell/top_bar.h"
#include "app/text_fit.h"
#include "app/theme.h"
#include "app/ui_items.h"

namespace carescore {

namespace {

constexpr std::size_t kMaxComboValues = 200;  // the most frequent; a free-text field would list thousands

Text fieldText(std::string_view field) {
  if (field == "channel") return Text::FilterChannel;
  if (field == "team") return Text::FilterTeam;
  if (field == "agent") return Text::FilterAgent;
  if (field == "priority") return Text::FilterPriority;
  return Text::FilterSegment;
}

// Channel values are the engine's words ("phone"): shown in the UI's language; others as written.
std::string valueName(std::string_view field, const std::string& value) {
  return field == "channel" ? channelName(value) : value;
}

const std::vector<std::string>& valuesOf(AppState& state, std::string_view field) {
  if (state.filterValuesVersion != state.datasetVersion) {
    state.filterValues.clear();
    state.filterValuesVersion = state.datasetVersion;
  }
  auto it = state.filterValues.find(field);
  if (it == state.filterValues.end()) {
    std::vector<std::string> values = state.analysis.valuesOf(field);
    if (values.size() > kMaxComboValues) values.resize(kMaxComboValues);
    it = state.filterValues.emplace(std::string(field), std::move(values)).first;
  }
  return it->second;
}

std::vector<std::string> chosenOf(const Analysis& analysis, std::string_view field) {
  for (const FieldFilter& filter : analysis.filters())
    if (filter.field == field) return filter.values;
  return {};
}

void setChosen(Analysis& analysis, std::string_view field, std::vector<std::string> values) {
  std::vector<FieldFilter> filters = analysis.filters();
  std::erase_if(filters, [&](const FieldFilter& filter) { return filter.field == field; });
  if (!values.empty()) filters.push_back({std::string(field), std::move(values)});
  // Kept in the row's order, so the same choices always make the same filter.
  std::stable_sort(filters.begin(), filters.end(), [](const FieldFilter& a, const FieldFilter& b) {
    auto rank = [](const std::string& f) { return std::find(std::begin(kFilterFields), std::end(kFilterFields), f) - std::begin(kFilterFields); };
    return rank(a.field) < rank(b.field);
  });
  analysis.setFilters(std::move(filters));
}

void drawFieldCombo(AppState& state, std::string_view field) {
  const std::vector<std::string>& values = valuesOf(state, field);
  std::vector<std::string> chosen = chosenOf(state.analysis, field);
  const std::string preview = chosen.empty() ? tr(Text::FilterAll)
                              : chosen.size() == 1 ? valueName(field, chosen.front())
                                                   : valueName(field, chosen.front()) + " +" + std::to_string(chosen.size() - 1);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(fieldText(field)));
  ImGui::SameLine(0, em(0.3f));
  const std::string id = "##filter_" + std::string(field);
  // The preview, its padding and the arrow button (a square of the frame's height): "tất cả" was cut at em(2.2).
  const float chrome = ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetFrameHeight();
  ImGui::SetNextItemWidth(std::clamp(ImGui::CalcTextSize(preview.c_str()).x + chrome, em(4), em(10)));
  ImGui::BeginDisabled(values.empty());
  if (ImGui::BeginCombo(id.c_str(), values.empty() ? "\u2014" : preview.c_str(), ImGuiComboFlags_HeightLarge)) {
    if (ImGui::Selectable(tr(Text::FilterAll), chosen.empty())) setChosen(state.analysis, field, {});
    ImGui::Separator();
    for (const std::string& value : values) {
      bool on = std::find(chosen.begin(), chosen.end(), value) != chosen.end();
      // Several values of one field: ticking adds, the popup stays open.
      const std::string label = valueName(field, value) + "##" + value;
      if (ImGui::Checkbox(label.c_str(), &on)) {
        if (on) chosen.push_back(value);
        else std::erase(chosen, value);
        setChosen(state.analysis, field, chosen);
      }
    }
    ImGui::EndCombo();
  }
  ImGui::EndDisabled();
  if (values.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr(Text::FilterNoValues));
  noteItem(state, ("filter_" + std::string(field)).c_str());
}

void drawExportMenu(AppState& state) {
  const std::string label = std::string(tr(Text::Export)) + "##export";
  if (ImGui::Button(label.c_str())) ImGui::OpenPopup("export_popup");
  noteItem(state, "export");
  if (!ImGui::BeginPopup("export_popup")) return;
  if (ImGui::Selectable(tr(Text::ExportJson))) state.request.exportScorecard = ExportFormat::Json;
  if (ImGui::Selectable(tr(Text::ExportCsv))) state.request.exportScorecard = ExportFormat::Csv;
  if (ImGui::Selectable(tr(Text::ExportHtml))) state.request.exportScorecard = ExportFormat::Html;
  ImGui::EndPopup();
}

// Wrapped to the window, so no language's words are cut off.
void drawDataBanner(AppState& state) {
  const std::string text = dataBannerText(state);
  if (text.empty()) return;
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float textHeight = ImGui::CalcTextSize(text.c_str(), nullptr, false, width - style.FramePadding.x * 2).y;
  const ImVec2 end(start.x + width, start.y + textHeight + style.FramePadding.y * 2);
  ImGui::GetWindowDrawList()->AddRectFilled(start, end, withAlpha(state.generatedContacts ? palette().atRisk : palette().pass, 0.12f), 3.0f);
  ImGui::SetCursorScreenPos(ImVec2(start.x + style.FramePadding.x, start.y + style.FramePadding.y));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - style.FramePadding.x * 2);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  noteRect(state, state.generatedContacts ? "generated_banner" : "demo_banner", start, end);
  ImGui::SetCursorScreenPos(ImVec2(start.x, end.y + style.ItemSpacing.y));
  ImGui::Dummy(ImVec2(0, 0));
}

} // namespace

std::string dataBannerText(const AppState& state) {
  if (state.generatedContacts) return trFormat(Text::GeneratedBanner, {trCount(Counted::Contacts, *state.generatedContacts)});
  if (std::any_of(state.files.begin(), state.files.end(), [](const LoadedFile& f) { return f.demo; }))
    return std::string(tr(Text::DemoBanner)) + " " + tr(Text::DemoReplaces);
  return {};
}

void drawFilterRow(AppState& state) {
  for (std::string_view field : kFilterFields) {
    if (field != kFilterFields[0]) ImGui::SameLine(0, em(1));
    drawFieldCombo(state, field);
  }
  const std::string exportLabel = std::string(tr(Text::Export));
  const float exportWidth = framedTextWidth(exportLabel.c_str());
  // After the last combo (GetCursorPosX is already on the next line), else right-aligned.
  const float afterCombos = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + em(1);
  ImGui::SameLine(std::max(afterCombos, ImGui::GetWindowContentRegionMax().x - exportWidth));
  drawExportMenu(state);
  drawDataBanner(state);
}

} // namespace carescore
