// Files built into the program by assets/embed.cmake. Data only: callers decide what the bytes mean.
#pragma once
#include <span>

namespace carescore::assets {

// Noto Sans Regular (Debian's fonts-noto-core), cut to Latin, Vietnamese, Cyrillic, punctuation
// and currency signs.
std::span<const unsigned char> uiFont();

// Noto Sans Math, cut to arrows, mathematical operators (≤ ≥ −) and geometric shapes, which
// Noto Sans itself lacks. Merged into the UI font.
std::span<const unsigned char> uiSymbolsFont();

// The default standards profile (profiles/default.json): UTF-8 JSON text, read with
// carescore::parseProfile().
std::span<const unsigned char> defaultProfile();

} // namespace carescore::assets
