// Verdict marks that do not rely on colour: each verdict has its own silhouette (pass a disc with a
// check, fail an octagon with a cross, at risk a triangle with "!", no data a hollow ring with a
// dash) as well as its colour and word. Drawn with ImDrawList, so crisp at any pixel ratio.
#pragma once
#include <imgui.h>

#include "app/i18n/translate.h"
#include "app/theme.h"

namespace carescore {

Text verdictText(Verdict verdict);  // Text::VerdictPass …
const char* verdictWord(Verdict verdict);

// `size` is the icon's full width in UI units; `color` 0 means the verdict's colour.
void drawVerdictIcon(ImDrawList* drawList, ImVec2 center, float size, Verdict verdict, ImU32 color = 0);

// Icon and word on one line, as an ImGui item (hover and layout work as for any widget).
void verdictBadge(Verdict verdict);

} // namespace carescore
