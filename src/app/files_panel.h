// The list of loaded files: name, size, lines, progress and errors.
#pragma once

namespace carescore {

struct AppState;

void drawFilesPanel(AppState& state);

} // namespace carescore
