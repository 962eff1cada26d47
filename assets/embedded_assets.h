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

// Time-zone rules from Debian's tzdata, 1970 on, packed by assets/pack_zones.py; read them with
// carescore::ZoneDatabase (src/core/time/zone_database.h). About 90 KB.
std::span<const unsigned char> zoneDatabase();
// The UI's text, one JSON object of key → string (or plural forms) per language (assets/i18n/).
std::span<const unsigned char> i18nEnglish();
std::span<const unsigned char> i18nVietnamese();
std::span<const unsigned char> i18nRussian();

// The default standards profile (profiles/default.json): UTF-8 JSON text, read with
// carescore::parseProfile().
std::span<const unsigned char> defaultProfile();

// The UI's GLSL ES 3.00 shaders (shaders/ui.vert, shaders/ui.frag), compiled by the web renderer.
std::span<const unsigned char> uiVertexShader();
std::span<const unsigned char> uiFragmentShader();

} // namespace carescore::assets
