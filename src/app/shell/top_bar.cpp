// The top bar: what is analysed (files), over which period against which, by which standards, and
// how the app speaks and looks. Every control changes AppState or Analysis; nothing here computes.
#include "app/shell/top_bar.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "app/app_state.h"
#include "app/i18n/translate.h"
#include "app/local_text.h"
#include "app/shell/period_picker.h"
#include "app/theme.h"
#include "app/ui_items.h"

namespace carescore {

namespace {

void drawProfilePicker(AppState& state) {
  if (state.profiles.empty()) return;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Text::ProfileLabel));
  ImGui::SameLine();
  state.activeProfile = std::min(state.activeProfile, state.profiles.size() - 1);
  const std::string current = inLanguage(state.profiles[state.activeProfile].name);
  ImGui::SetNextItemWidth(std::min(ImGui::CalcTextSize(current.c_str()).x + em(2.5f), em(18)));
  if (ImGui::BeginCombo("##profile", current.c_str())) {
    for (std::size_t i = 0; i < state.profiles.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(inLanguage(state.profiles[i].name).c_str(), i == state.activeProfile) && i != state.activeProfile) {
        state.activeProfile = i;
        state.analysis.setProfile(state.profiles[i]);
      }
      ImGui::PopID();
    }
    ImGui::Separator();
    if (ImGui::Selectable(tr(Text::ProfileEditStandards))) state.view = ViewId::Standards;  // the editor's tab
    ImGui::EndCombo();
  }
  noteItem(state, "profile");
}

// Right-aligned: the languages, each named in its own script and switched with one click, then
// the light/dark toggle and the settings.
void drawSettingsBar(AppState& state) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const char* themeLabel = state.settings.theme == ThemeKind::Light ? tr(Text::ThemeDark) : tr(Text::ThemeLight);
  const char* settingsLabel = tr(Text::Settings);
  float width = ImGui::CalcTextSize(themeLabel).x + ImGui::CalcTextSize(settingsLabel).x + style.FramePadding.x * 4 +
                style.ItemSpacing.x * 3;
  for (Language language : kLanguages)
    width += ImGui::CalcTextSize(nativeNameOf(language).data()).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
  ImGui::BeginGroup();
  for (Language language : kLanguages) {
    if (language != kLanguages[0]) ImGui::SameLine();
    const bool current = state.settings.language == language;
    const std::string_view name = nativeNameOf(language);
    const ImVec2 size(ImGui::CalcTextSize(name.data()).x + style.FramePadding.x * 2, ImGui::GetFrameHeight());
    if (ImGui::Selectable(name.data(), current, ImGuiSelectableFlags_None, size)) state.settings.language = language;
    noteItem(state, ("language_" + std::string(codeOf(language))).c_str());
  }
  ImGui::EndGroup();
  noteItem(state, "languages");
  ImGui::SameLine(0, style.ItemSpacing.x * 2);
  if (ImGui::Button(themeLabel))
    state.settings.theme = state.settings.theme == ThemeKind::Light ? ThemeKind::Dark : ThemeKind::Light;
  noteItem(state, "theme_toggle");
  ImGui::SameLine();
  if (ImGui::Button(settingsLabel)) state.settingsOpen = true;
  noteItem(state, "settings");
}

} // namespace

void drawTopBar(AppState& state) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("CareScore");
  ImGui::SameLine(0.0f, em(1.5f));
  if (ImGui::Button(tr(Text::OpenFiles))) state.request.openFilePicker = true;
  noteItem(state, "open_files");
  ImGui::SameLine(0.0f, em(1.5f));
  drawPeriodPicker(state);
  ImGui::SameLine();
  drawComparisonPicker(state);
  ImGui::SameLine(0.0f, em(1.5f));
  drawProfilePicker(state);
  drawSettingsBar(state);
}

} // namespace carescore
