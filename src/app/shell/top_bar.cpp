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
#include "app/text_fit.h"
#include "app/theme.h"
#include "app/ui_items.h"

namespace carescore {

namespace {

// Items placed left to right; one that would cross the window's right edge starts a new line, so
// no two items overlap whatever the language and the window's width.
class Flow {
public:
  Flow() : right_(ImGui::GetWindowContentRegionMax().x) {}
  float right() const { return right_; }
  // The room left on the current line after `spacing`.
  float room(float spacing) const { return first_ ? right_ - ImGui::GetCursorPosX() : right_ - lastEnd() - spacing; }
  void place(float width, float spacing) {
    if (!first_ && lastEnd() + spacing + width <= right_) ImGui::SameLine(0, spacing);
    first_ = false;
  }
  // Right-aligned on the current line when it fits there, else on a line of its own.
  void placeRight(float width, float spacing) {
    const float x = right_ - width;
    if (first_ || lastEnd() + spacing <= x) ImGui::SameLine(x);
    else ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), x));
    first_ = false;
  }

private:
  static float lastEnd() { return ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x; }
  float right_;
  bool first_ = true;
};

// The profile combo at the width its name wants; to keep `reserved` (the settings bar) on the line
// it shrinks to no less than em(8), its name ending in "…" (the full name in a tooltip).
void drawProfilePicker(AppState& state, Flow& flow, float reserved) {
  if (state.profiles.empty()) return;
  const ImGuiStyle& style = ImGui::GetStyle();
  state.activeProfile = std::min(state.activeProfile, state.profiles.size() - 1);
  const std::string current = inLanguage(state.profiles[state.activeProfile].name);
  const float label = ImGui::CalcTextSize(tr(Text::ProfileLabel)).x + style.ItemSpacing.x;
  const float wanted = std::min(ImGui::CalcTextSize(current.c_str()).x + em(2.5f), em(18));
  const float room = flow.room(em(1.5f)) - label;  // on this line
  float width = wanted;
  if (room - reserved >= em(8)) width = std::min(wanted, room - reserved);
  else if (room < wanted && room >= em(8)) width = room;  // the settings bar goes to the next line
  flow.place(label + width, em(1.5f));
  ImGui::BeginGroup();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(Text::ProfileLabel));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(width);
  const std::string preview = fitText(current.c_str(), width - ImGui::GetFrameHeight() - style.FramePadding.x * 2);
  if (ImGui::BeginCombo("##profile", preview.c_str())) {
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
  if (ImGui::IsItemHovered() && preview != current) ImGui::SetTooltip("%s", current.c_str());
  noteItem(state, "profile");
  ImGui::EndGroup();
}

// The languages, each named in its own script and switched with one click, then the light/dark
// toggle and the settings: how wide they draw.
float settingsBarWidth(const AppState& state) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const char* themeLabel = state.settings.theme == ThemeKind::Light ? tr(Text::ThemeDark) : tr(Text::ThemeLight);
  float width = framedTextWidth(themeLabel) + framedTextWidth(tr(Text::Settings)) + style.ItemSpacing.x * 3;
  for (Language language : kLanguages) width += framedTextWidth(nativeNameOf(language).data());
  return width + style.ItemSpacing.x * static_cast<float>(std::size(kLanguages) - 1);
}

// Right-aligned, on the first line when it fits, else on a second.
void drawSettingsBar(AppState& state, Flow& flow) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const char* themeLabel = state.settings.theme == ThemeKind::Light ? tr(Text::ThemeDark) : tr(Text::ThemeLight);
  flow.placeRight(settingsBarWidth(state), em(1.5f));
  ImGui::BeginGroup();
  for (Language language : kLanguages) {
    if (language != kLanguages[0]) ImGui::SameLine();
    const bool current = state.settings.language == language;
    const std::string_view name = nativeNameOf(language);
    const ImVec2 size(framedTextWidth(name.data()), ImGui::GetFrameHeight());
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
  if (ImGui::Button(tr(Text::Settings))) state.settingsOpen = true;
  noteItem(state, "settings");
}

} // namespace

void drawTopBar(AppState& state) {
  Flow flow;
  flow.place(ImGui::CalcTextSize("CareScore").x, 0);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("CareScore");
  noteItem(state, "brand");
  flow.place(framedTextWidth(tr(Text::OpenFiles)), em(1.5f));
  if (ImGui::Button(tr(Text::OpenFiles))) state.request.openFilePicker = true;
  noteItem(state, "open_files");
  // Groups: the pickers' popups are items too, and the next one is placed after the group.
  flow.place(periodPickerWidth(state), em(1.5f));
  ImGui::BeginGroup();
  drawPeriodPicker(state);
  ImGui::EndGroup();
  flow.place(comparisonPickerWidth(state), ImGui::GetStyle().ItemSpacing.x);
  ImGui::BeginGroup();
  drawComparisonPicker(state);
  ImGui::EndGroup();
  drawProfilePicker(state, flow, settingsBarWidth(state) + em(1.5f));
  drawSettingsBar(state, flow);
}

} // namespace carescore
