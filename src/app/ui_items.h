// Records where named widgets were drawn (AppState::uiItems), for scripts and browser tests.
#pragma once
#include <string>

#include <imgui.h>

namespace carescore {

struct AppState;

// Call right after drawing the widget; stores ImGui's last item rectangle under `id`.
void noteItem(AppState& state, const char* id);

// Stores a rectangle given in screen coordinates (UI units) under `id`.
void noteRect(AppState& state, const std::string& id, ImVec2 min, ImVec2 max);

} // namespace carescore
