#include "app/fonts.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "embedded_assets.h"

namespace carescore {

namespace {

// Latin with its extensions (Vietnamese uses Ă Đ Ơ Ư from Latin Extended-A/B and the stacked
// vowels ệ ở ữ of Latin Extended Additional), combining marks (in case text arrives decomposed),
// Cyrillic, punctuation, currency (₫ ₽) and letterlike symbols (№). Kept in step with the
// subsetting in assets/CMakeLists.txt.
constexpr ImWchar kTextRanges[] = {
  0x0020, 0x024F, 0x0300, 0x036F, 0x0400, 0x052F, 0x1E00, 0x1EFF, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x214F, 0,
};
// Arrows, mathematical operators (≤ ≥ −) and geometric shapes (▲ ▼ ■ ●), from Noto Sans Math.
constexpr ImWchar kSymbolRanges[] = {0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x25FF, 0};

ImFont* addFont(std::span<const unsigned char> bytes, float pixelSize, const ImWchar* ranges, bool merge) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes are static data, not heap memory ImGui may free
  config.OversampleH = 1;               // rasterized at the exact device size: no need to oversample
  config.OversampleV = 1;
  config.PixelSnapH = true;
  config.MergeMode = merge;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(bytes.data()), static_cast<int>(bytes.size()),
                                                    pixelSize, &config, ranges);
}

} // namespace

ImFont* loadUiFont(float pixelScale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFont* font = addFont(assets::uiFont(), kUiFontSize * pixelScale, kTextRanges, false);
  addFont(assets::uiSymbolsFont(), kUiFontSize * pixelScale, kSymbolRanges, true);
  io.Fonts->Build();
  io.FontGlobalScale = 1.0f / pixelScale;
  return font;
}

std::vector<std::uint32_t> missingGlyphs(std::string_view utf8) {
  std::vector<std::uint32_t> missing;
  const ImFont* font = ImGui::GetIO().Fonts->Fonts.empty() ? nullptr : ImGui::GetIO().Fonts->Fonts[0];
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    unsigned int c = 0;
    p += ImTextCharFromUtf8(&c, p, end);
    if (c < 0x20) continue;  // control characters are not drawn
    if (!font || !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) missing.push_back(c);
  }
  return missing;
}

} // namespace carescore
