// Records where named widgets were drawn (AppState::uiItems), for scripts and browser tests.
#pragma once

namespace carescore {

struct AppState;

// Call right after drawing the widget; stores ImGui's last item rectangle under `id`.
void noteItem(AppState& state, const char* id);

} // namespace carescore
