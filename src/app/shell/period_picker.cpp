// Period pickers: each is a button naming the range as the language writes dates, opening a popup
// of presets and a custom range. A change goes through Analysis::setPeriod, which bumps the
// generation every view recomputes by.
#include "app/shell/period_picker.h"

#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/app_state.h"
#include "app/i18n/date_format.h"
#include "app/i18n/translate.h"
#include "app/text_fit.h"
#include "app/theme.h"
#include "app/ui_items.h"
#include "core/time/civil.h"

namespace carescore {

namespace {

Text presetText(PeriodPreset preset) {
  switch (preset) {
  case PeriodPreset::Last7Days: return Text::PeriodLast7Days;
  case PeriodPreset::Last30Days: return Text::PeriodLast30Days;
  case PeriodPreset::ThisMonth: return Text::PeriodThisMonth;
  case PeriodPreset::LastMonth: return Text::PeriodLastMonth;
  case PeriodPreset::AllData: return Text::PeriodAllData;
  case PeriodPreset::Custom: break;
  }
  return Text::PeriodCustom;
}

std::string rangeLabel(const std::optional<std::pair<CivilDate, CivilDate>>& days) {
  return days ? formatDateRange(days->first, days->second) : std::string(tr(Text::PeriodNone));
}

// Two date fields and Apply. Returns the range when Apply was pressed with valid dates; sets
// `error` otherwise.
std::optional<std::pair<CivilDate, CivilDate>> customRange(const char* id, std::string& from, std::string& to, bool& error) {
  ImGui::PushID(id);
  const float width = framedTextWidth("0000-00-00");
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Text::DateFrom));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(width);
  ImGui::InputTextWithHint("##from", "YYYY-MM-DD", &from);
  ImGui::SameLine();
  ImGui::TextUnformatted(tr(Text::DateTo));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(width);
  ImGui::InputTextWithHint("##to", "YYYY-MM-DD", &to);
  ImGui::SameLine();
  std::optional<std::pair<CivilDate, CivilDate>> range;
  if (ImGui::Button(tr(Text::Apply))) {
    const auto first = parseIsoDate(from), last = parseIsoDate(to);
    error = !first || !last || daysFromCivil(*first) > daysFromCivil(*last);
    if (!error) range = std::pair{*first, *last};
  }
  if (error) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().fail), "%s", tr(Text::InvalidDates));
  ImGui::PopID();
  return range;
}

std::string comparisonLabel(Analysis& analysis) {
  return analysis.period().compare ? rangeLabel(analysis.comparisonDays()) : std::string(tr(Text::CompareNone));
}

void prefill(std::string& from, std::string& to, const std::optional<std::pair<CivilDate, CivilDate>>& days) {
  if (!days) return;
  from = isoDate(days->first);
  to = isoDate(days->second);
}

} // namespace

float periodPickerWidth(AppState& state) { return framedTextWidth(rangeLabel(state.analysis.periodDays()).c_str()); }

float comparisonPickerWidth(AppState& state) {
  return ImGui::CalcTextSize(tr(Text::CompareWith)).x + ImGui::GetStyle().ItemSpacing.x + framedTextWidth(comparisonLabel(state.analysis).c_str());
}

void drawPeriodPicker(AppState& state) {
  Analysis& analysis = state.analysis;
  const auto days = analysis.periodDays();
  const std::string label = rangeLabel(days) + "##period";
  if (ImGui::Button(label.c_str())) {
    prefill(state.inputs.periodFrom, state.inputs.periodTo, days);
    state.inputs.periodError = false;
    ImGui::OpenPopup("period_popup");
  }
  noteItem(state, "period");
  if (!ImGui::BeginPopup("period_popup")) return;
  for (PeriodPreset preset : kPeriodPresets) {
    if (preset == PeriodPreset::Custom) continue;
    if (ImGui::Selectable(tr(presetText(preset)), analysis.period().preset == preset)) {
      PeriodChoice choice = analysis.period();
      choice.preset = preset;
      analysis.setPeriod(choice);
    }
  }
  ImGui::Separator();
  ImGui::TextUnformatted(tr(Text::PeriodCustom));
  if (auto range = customRange("custom", state.inputs.periodFrom, state.inputs.periodTo, state.inputs.periodError)) {
    PeriodChoice choice = PeriodChoice::days(range->first, range->second);
    choice.compare = analysis.period().compare;
    choice.compareFirst = analysis.period().compareFirst;
    choice.compareLast = analysis.period().compareLast;
    analysis.setPeriod(choice);
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void drawComparisonPicker(AppState& state) {
  Analysis& analysis = state.analysis;
  const PeriodChoice& period = analysis.period();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Text::CompareWith));
  ImGui::SameLine();
  const auto days = analysis.comparisonDays();
  const std::string label = comparisonLabel(analysis) + "##comparison";
  if (ImGui::Button(label.c_str())) {
    prefill(state.inputs.compareFrom, state.inputs.compareTo, days);
    state.inputs.compareError = false;
    ImGui::OpenPopup("comparison_popup");
  }
  noteItem(state, "comparison");
  if (!ImGui::BeginPopup("comparison_popup")) return;
  const bool previous = period.compare && !period.compareFirst;
  if (ImGui::Selectable(tr(Text::ComparePrevious), previous)) {
    PeriodChoice choice = period;
    choice.compare = true;
    choice.compareFirst.reset();
    choice.compareLast.reset();
    analysis.setPeriod(choice);
  }
  if (ImGui::Selectable(tr(Text::CompareNone), !period.compare)) {
    PeriodChoice choice = period;
    choice.compare = false;
    analysis.setPeriod(choice);
  }
  ImGui::Separator();
  ImGui::TextUnformatted(tr(Text::PeriodCustom));
  if (auto range = customRange("compare_custom", state.inputs.compareFrom, state.inputs.compareTo, state.inputs.compareError)) {
    PeriodChoice choice = analysis.period();
    choice.compare = true;
    choice.compareFirst = range->first;
    choice.compareLast = range->second;
    analysis.setPeriod(choice);
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

} // namespace carescore
