// Settings as a modal window over the app. Language and theme are AppState::settings (applied at
// the start of the next frame); zone and business hours go through Analysis, which rebuilds the
// metric context for them.
#include "app/shell/settings_panel.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/app_state.h"
#include "app/i18n/date_format.h"
#include "app/i18n/format.h"
#include "app/i18n/translate.h"
#include "app/theme.h"
#include "app/ui_items.h"

namespace carescore {

namespace {

constexpr int kHalfHours = 48;
constexpr OpeningHours kDefaultHours{8 * 60, 17 * 60};

std::string clockOf(int halfHours) { return formatClock(halfHours / 2, halfHours % 2 * 30); }

// A time of day in half hours, as a combo of "08:00", "08:30", …; returns true when changed.
bool halfHourCombo(const char* id, int& minutes, int first, int last) {
  int halfHours = std::clamp(minutes / 30, first, last);
  bool changed = false;
  ImGui::SetNextItemWidth(em(5));
  if (ImGui::BeginCombo(id, clockOf(halfHours).c_str())) {
    for (int h = first; h <= last; ++h)
      if (ImGui::Selectable(clockOf(h).c_str(), h == halfHours)) {
        minutes = h * 30;
        changed = true;
      }
    ImGui::EndCombo();
  }
  return changed;
}

void drawLanguageAndTheme(AppState& state) {
  ImGui::TextUnformatted(tr(Text::Language));
  for (Language language : kLanguages) {
    ImGui::SameLine();
    if (ImGui::RadioButton(nativeNameOf(language).data(), state.settings.language == language)) state.settings.language = language;
  }
  ImGui::TextDisabled("%s", trFormat(Text::NumbersAndDates, {formatPercent(82.4), formatDate({2026, 9, 30})}).c_str());
  ImGui::TextUnformatted(tr(Text::Theme));
  ImGui::SameLine();
  if (ImGui::RadioButton(tr(Text::ThemeLight), state.settings.theme == ThemeKind::Light)) state.settings.theme = ThemeKind::Light;
  ImGui::SameLine();
  if (ImGui::RadioButton(tr(Text::ThemeDark), state.settings.theme == ThemeKind::Dark)) state.settings.theme = ThemeKind::Dark;
}

void drawZone(AppState& state) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Text::TimeZone));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em(16));
  if (ImGui::BeginCombo("##zone", state.analysis.zoneName().c_str(), ImGuiComboFlags_HeightLarge)) {
    ImGui::SetNextItemWidth(-1);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextWithHint("##zone_search", tr(Text::ZoneSearch), &state.inputs.zoneSearch);
    std::string zoneToSet;
    for (std::string_view name : appZones().listedNames()) {
      const std::string_view search = state.inputs.zoneSearch;
      const bool matches = search.empty() || std::search(name.begin(), name.end(), search.begin(), search.end(), [](char a, char b) {
                                               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
                                             }) != name.end();
      if (!matches) continue;
      const std::string label(name);
      if (ImGui::Selectable(label.c_str(), label == state.analysis.zoneName())) zoneToSet = label;
    }
    if (!zoneToSet.empty()) state.analysis.setZone(zoneToSet);
    ImGui::EndCombo();
  }
  noteItem(state, "settings_zone");
}

void drawBusinessHours(AppState& state) {
  Analysis& analysis = state.analysis;
  bool use = analysis.businessHours().has_value();
  if (ImGui::Checkbox(tr(Text::BusinessHoursUse), &use)) {
    if (use) analysis.setBusinessHours(Schedule::weekdays(kDefaultHours, analysis.zoneName()));
    else analysis.setBusinessHours(std::nullopt);
  }
  noteItem(state, "settings_business_hours");
  if (!analysis.businessHours()) return;
  Schedule schedule = *analysis.businessHours();
  bool changed = schedule.zone != analysis.zoneName();
  schedule.zone = analysis.zoneName();
  if (ImGui::BeginTable("hours", 4, ImGuiTableFlags_SizingFixedFit)) {
    for (int day = 0; day < 7; ++day) {
      ImGui::PushID(day);
      auto& hours = schedule.weekly[static_cast<std::size_t>(day)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      bool open = !hours.empty();
      if (ImGui::Checkbox(weekdayName(day + 1, NameWidth::Long), &open)) {
        hours = open ? std::vector<OpeningHours>{kDefaultHours} : std::vector<OpeningHours>{};
        changed = true;
      }
      ImGui::TableNextColumn();
      if (hours.empty()) {
        ImGui::TextDisabled("%s", tr(Text::ClosedDay));
      } else {
        OpeningHours& first = hours.front();
        changed |= halfHourCombo("##open", first.openMinute, 0, kHalfHours - 1);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted("\u2013");
        ImGui::TableNextColumn();
        int close = std::min(first.closeMinute, 24 * 60);
        if (halfHourCombo("##close", close, first.openMinute / 30 + 1, kHalfHours)) {
          first.closeMinute = close;
          changed = true;
        }
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::TextUnformatted(tr(Text::Holidays));
  if (ImGui::IsWindowAppearing() || (!ImGui::IsAnyItemActive() && state.inputs.holidays.empty())) {
    state.inputs.holidays.clear();
    for (CivilDate date : schedule.holidays) {
      if (!state.inputs.holidays.empty()) state.inputs.holidays += ", ";
      state.inputs.holidays += isoDate(date);
    }
  }
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##holidays", "2026-09-02, 2027-01-01", &state.inputs.holidays);
  if (ImGui::IsItemDeactivatedAfterEdit()) {
    std::vector<CivilDate> holidays;
    state.inputs.holidaysError = false;
    std::string_view text = state.inputs.holidays;
    while (!text.empty()) {
      const std::size_t comma = std::min(text.find(','), text.size());
      std::string_view item = text.substr(0, comma);
      text.remove_prefix(std::min(comma + 1, text.size()));
      while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
      while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
      if (item.empty()) continue;
      if (auto date = parseIsoDate(item)) holidays.push_back(*date);
      else state.inputs.holidaysError = true;
    }
    if (holidays != schedule.holidays) {
      schedule.holidays = std::move(holidays);
      changed = true;
    }
  }
  if (state.inputs.holidaysError) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().fail), "%s", tr(Text::InvalidDates));
  if (changed) analysis.setBusinessHours(std::move(schedule));
}

void drawForget(AppState& state) {
  ImGui::TextWrapped("%s", tr(Text::StoredNote));
  if (!state.inputs.confirmForget) {
    if (ImGui::Button(tr(Text::ForgetEverything))) state.inputs.confirmForget = true;
    noteItem(state, "forget_everything");
    return;
  }
  ImGui::TextWrapped("%s", tr(Text::ForgetExplain));
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(palette().fail));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  if (ImGui::Button(tr(Text::ForgetConfirm))) {
    state.request.forgetEverything = true;
    state.inputs.confirmForget = false;
    state.settingsOpen = false;
  }
  ImGui::PopStyleColor(2);
  noteItem(state, "forget_confirm");
  ImGui::SameLine();
  if (ImGui::Button(tr(Text::Cancel))) state.inputs.confirmForget = false;
}

} // namespace

void drawSettingsPanel(AppState& state) {
  if (!state.settingsOpen) return;
  const char* title = tr(Text::Settings);
  const std::string id = std::string(title) + "###settings";
  if (!ImGui::IsPopupOpen("###settings")) ImGui::OpenPopup(id.c_str());
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(em(40), viewport->WorkSize.x - em(2)), 0));
  bool open = true;
  if (!ImGui::BeginPopupModal(id.c_str(), &open, ImGuiWindowFlags_NoSavedSettings)) {
    state.settingsOpen = false;
    return;
  }
  noteRect(state, "settings_window", ImGui::GetWindowPos(),
           ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x, ImGui::GetWindowPos().y + ImGui::GetWindowSize().y));
  drawLanguageAndTheme(state);
  ImGui::Separator();
  drawZone(state);
  ImGui::Separator();
  ImGui::TextUnformatted(tr(Text::BusinessHours));
  drawBusinessHours(state);
  ImGui::Separator();
  drawForget(state);
  ImGui::Separator();
  if (ImGui::Button(tr(Text::Close)) || !open) {
    state.settingsOpen = false;
    state.inputs.confirmForget = false;
    ImGui::CloseCurrentPopup();
  }
  noteItem(state, "settings_close");
  ImGui::EndPopup();
}

} // namespace carescore
