// Text against the room it has: shortened to a width with an ellipsis, for labels that must stay in
// their box (chart categories, the top bar's profile name), and the width a framed text needs. Not
// wrapping: that is ImGui's TextWrapped.
#pragma once
#include <string>

namespace carescore {

// `text` cut to `width` (UI units, current font) with "…", on UTF-8 character boundaries; the
// text itself when it fits.
std::string fitText(const char* text, float width);

// The width of a button or field that shows `text` whole: the text plus the frame's padding.
float framedTextWidth(const char* text);

} // namespace carescore
