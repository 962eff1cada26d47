// The UI font: Noto Sans with every glyph English, Vietnamese and Russian text needs, rasterized
// at the screen's pixel density so text is crisp on high-DPI displays.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

struct ImFont;

namespace carescore {

inline constexpr float kUiFontSize = 16.0f;  // in UI units (CSS pixels)

// Replaces the current ImGui context's fonts with the UI font at `pixelScale` device pixels per
// UI unit and builds the atlas. The renderer must re-upload the font texture afterwards.
ImFont* loadUiFont(float pixelScale);

// Code points of `utf8` the loaded UI font has no glyph for (they would render as '?').
std::vector<std::uint32_t> missingGlyphs(std::string_view utf8);

} // namespace carescore
