// Text shortened to a width with an ellipsis, for labels that must stay in their box (chart
// categories, the top bar's profile name). Not wrapping: that is ImGui's TextWrapped.
#pragma once
#include <string>

namespace carescore {

// `text` cut to `width` (UI units, current font) with "…", on UTF-8 character boundaries; the
// text itself when it fits.
std::string fitText(const char* text, float width);

} // namespace carescore
