#include "app/views/standards_editor_view.h"

#include <algorithm>

#include <imgui.h>

#include "app/analysis.h"
#include "app/app_state.h"
#include "app/i18n/format.h"
#include "app/i18n/issue_texts.h"
#include "app/i18n/translate.h"
#include "app/theme.h"
#include "app/ui_items.h"
#include "app/verdict_icons.h"
#include "app/views/standard_form.h"
#include "app/views/view_support.h"
#include "core/standards/profile_reader.h"
#include "core/standards/profile_validator.h"
#include "core/standards/profile_writer.h"
#include "embedded_assets.h"

namespace carescore {

namespace {

std::string pathOf(std::size_t index) { return "standards[" + std::to_string(index) + "]"; }

bool isUnder(const ProfileIssue& issue, const std::string& prefix) {
  return issue.path.compare(0, prefix.size(), prefix) == 0 && (issue.path.size() == prefix.size() || issue.path[prefix.size()] == '.');
}

void showIssue(AppState& state, const ProfileIssue& issue) {
  const bool error = issue.severity == IssueSeverity::Error;
  ImGui::PushStyleColor(ImGuiCol_Text, error ? verdictColor(Verdict::Fail) : verdictColor(Verdict::AtRisk));
  ImGui::PushTextWrapPos(0);
  const std::string text = std::string(error ? tr(Text::SeverityError) : tr(Text::SeverityWarning)) + ": " + issueText(issue);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  state.viewReport.notes.push_back(issueText(issue));
}

// The draft changed: check it, and hand it to the analysis when it has no errors.
void validate(Analysis& analysis, StandardsEditorState& editor) {
  editor.issues = validateProfile(editor.draft);
  editor.validated = true;
  if (!hasErrors(editor.issues) && !(editor.draft == analysis.profile())) analysis.setProfile(editor.draft);
  editor.basis = analysis.profile();
}

Standard newStandard(const Profile& profile) {
  Standard standard;
  int n = 1;
  const auto taken = [&](const std::string& id) {
    return std::any_of(profile.standards.begin(), profile.standards.end(), [&](const Standard& s) { return s.id == id; });
  };
  while (taken("new_standard_" + std::to_string(n))) ++n;
  standard.id = "new_standard_" + std::to_string(n);
  standard.group = profile.groups.empty() ? std::string() : profile.groups.front().id;
  standard.label = {"New standard", "Tiêu chuẩn mới", "Новый стандарт"};
  standard.explanation = {"Set in the standards editor.", "Đặt trong trình chỉnh sửa tiêu chuẩn.", "Задан в редакторе стандартов."};
  standard.metric.key = "service_level";
  standard.target = {Comparator::AtLeast, 80, {}, {}};
  standard.source.industryDefault = true;
  standard.source.note = "Set by the user in the standards editor.";
  return standard;
}

void toolbar(Analysis& analysis, StandardsEditorState& editor, AppState& state) {
  if (ImGui::Button(tr(Text::ViewImportProfile))) state.request.openProfilePicker = true;
  noteItem(state, "profile_import");
  ImGui::SameLine();
  if (ImGui::Button(tr(Text::ViewExportProfile)))
    state.request.downloads.push_back(Download{"carescore-profile-" + editor.draft.id + ".json", "application/json", writeProfile(editor.draft)});
  noteItem(state, "profile_export");
  ImGui::SameLine();
  if (ImGui::Button(tr(Text::ViewResetProfile))) {
    const std::span<const unsigned char> text = assets::defaultProfile();
    importProfileText(analysis, editor, "", {reinterpret_cast<const char*>(text.data()), text.size()});
  }
  noteItem(state, "profile_reset");
  ImGui::SameLine();
  const std::size_t errors = static_cast<std::size_t>(std::count_if(editor.issues.begin(), editor.issues.end(),
                                                                     [](const ProfileIssue& i) { return i.severity == IssueSeverity::Error; }));
  const std::string status = errors == 0 ? tr(Text::ViewProfileApplied) : trFormat(Text::ViewProfileNotApplied, {formatCount(errors)});
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(verdictColor(errors == 0 ? Verdict::Pass : Verdict::Fail)), "%s", status.c_str());
  noteLabel(state, status);
  if (!editor.importName.empty() || editor.importFailed) {
    ImGui::TextDisabled("%s", trFormat(editor.importFailed ? Text::ViewImportFailed : Text::ViewImported, {editor.importName}).c_str());
    for (const ProfileIssue& issue : editor.importIssues) showIssue(state, issue);
  }
  // Issues of the profile as a whole, or of parts the form does not edit (groups, goals).
  for (const ProfileIssue& issue : editor.issues)
    if (!isUnder(issue, "standards") && issue.path.rfind("standards[", 0) != 0) showIssue(state, issue);
}

void standardList(StandardsEditorState& editor, AppState& state, bool& changed) {
  Profile& draft = editor.draft;
  if (ImGui::Button(tr(Text::ViewAddStandard))) {
    draft.standards.push_back(newStandard(draft));
    editor.selected = static_cast<int>(draft.standards.size()) - 1;
    changed = true;
  }
  noteItem(state, "standard_add");
  ImGui::SameLine();
  ImGui::BeginDisabled(draft.standards.empty());
  if (ImGui::Button(tr(Text::ViewRemove)) && !draft.standards.empty()) {
    draft.standards.erase(draft.standards.begin() + editor.selected);
    editor.selected = std::max(0, std::min(editor.selected, static_cast<int>(draft.standards.size()) - 1));
    changed = true;
  }
  ImGui::EndDisabled();
  noteItem(state, "standard_remove");
  ImGui::BeginChild("list", ImVec2(0, 0), true);
  for (std::size_t i = 0; i < draft.standards.size(); ++i) {
    const std::string prefix = pathOf(i);
    const bool broken = std::any_of(editor.issues.begin(), editor.issues.end(),
                                    [&](const ProfileIssue& issue) { return issue.severity == IssueSeverity::Error && isUnder(issue, prefix); });
    ImGui::PushID(static_cast<int>(i));
    if (broken) {
      const float size = ImGui::GetTextLineHeight();
      const ImVec2 at = ImGui::GetCursorScreenPos();
      drawVerdictIcon(ImGui::GetWindowDrawList(), ImVec2(at.x + size * 0.5f, at.y + size * 0.5f), size * 0.8f, Verdict::Fail);
      ImGui::Dummy(ImVec2(size, size));
      ImGui::SameLine();
    }
    const std::string& label = localText(draft.standards[i].label);
    if (ImGui::Selectable(label.empty() ? draft.standards[i].id.c_str() : label.c_str(), editor.selected == static_cast<int>(i)))
      editor.selected = static_cast<int>(i);
    noteLabel(state, label);
    ImGui::PopID();
  }
  ImGui::EndChild();
}

} // namespace

void importProfileText(Analysis& analysis, StandardsEditorState& editor, std::string name, std::string_view text) {
  ProfileParse parsed = parseProfile(text);
  editor.importName = std::move(name);
  editor.importIssues = std::move(parsed.issues);
  editor.importFailed = !parsed.profile;
  if (!parsed.profile) return;
  editor.draft = std::move(*parsed.profile);
  editor.loaded = true;
  editor.selected = 0;
  validate(analysis, editor);
}

void drawStandardsEditor(Analysis& analysis, StandardsEditorState& editor, AppState& state) {
  if (!editor.loaded || !(analysis.profile() == editor.basis)) {
    editor.draft = analysis.profile();
    editor.basis = editor.draft;
    editor.loaded = true;
    editor.validated = false;
  }
  if (!editor.validated) validate(analysis, editor);
  viewHeading(state, tr(Text::ViewStandardsEditor));
  ImGui::SameLine();
  ImGui::TextDisabled("%s", localText(editor.draft.name).c_str());
  toolbar(analysis, editor, state);
  bool changed = false;
  const float listWidth = std::max(em(16), ImGui::GetContentRegionAvail().x * 0.3f);
  ImGui::BeginChild("standards", ImVec2(listWidth, 0), false);
  standardList(editor, state, changed);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("form", ImVec2(0, 0), true);
  if (editor.selected >= 0 && editor.selected < static_cast<int>(editor.draft.standards.size())) {
    ImGui::PushID(editor.selected);
    changed |= drawStandardForm(editor.draft.standards[static_cast<std::size_t>(editor.selected)], editor.draft.groups, state);
    ImGui::PopID();
    const std::string prefix = pathOf(static_cast<std::size_t>(editor.selected));
    for (const ProfileIssue& issue : editor.issues)
      if (isUnder(issue, prefix)) showIssue(state, issue);
  }
  ImGui::EndChild();
  if (changed) validate(analysis, editor);
  state.viewReport.charts["standards"] = editor.draft.standards.size();
}

} // namespace carescore
