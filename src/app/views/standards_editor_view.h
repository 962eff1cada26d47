// The standards editor: the active profile's standards listed, added, removed and edited (form in
// standard_form.h), validated as they change with each message shown at its path; a draft that
// validates becomes the analysis profile at once, so every view follows. Import and export of a
// profile file through the platform, and reset to the default profile.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/standards/profile.h"
#include "core/standards/profile_issue.h"

namespace carescore {

class Analysis;
struct AppState;

struct StandardsEditorState {
  bool loaded = false;   // the draft was taken from the analysis
  Profile draft;
  Profile basis;         // the analysis profile the draft was taken from or applied as: when the
                         // analysis has another (the profile picker, a script), the draft follows it
  int selected = 0;
  bool validated = false;
  std::vector<ProfileIssue> issues;  // of the draft
  std::string importName;            // the last imported file, and what its reading found
  std::vector<ProfileIssue> importIssues;
  bool importFailed = false;
};

void drawStandardsEditor(Analysis& analysis, StandardsEditorState& editor, AppState& state);

// A profile file's text (the platform read it after the editor's import request): on success the
// profile becomes the draft and the analysis profile; otherwise the issues are shown, nothing changes.
void importProfileText(Analysis& analysis, StandardsEditorState& editor, std::string name, std::string_view text);

} // namespace carescore
