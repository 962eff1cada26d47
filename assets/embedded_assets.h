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

// The demo shop's exports (demo/) with their file names, in the order the app reads them: by name,
// as the CLI's `carescore score assets/demo/*` does, so both build the same dataset.
std::span<const unsigned char> demoCalls();
std::span<const unsigned char> demoChat();
std::span<const unsigned char> demoTickets();
std::span<const unsigned char> demoOrders();
std::span<const unsigned char> demoSurvey();
std::span<const unsigned char> demoCustomers();

struct DemoFile {
  const char* name;
  std::span<const unsigned char> (*bytes)();
};
inline constexpr DemoFile kDemoFiles[] = {
  {"moctra_chat.csv", &demoChat},       {"moctra_don_hang.csv", &demoOrders},
  {"moctra_helpdesk_phieu.csv", &demoTickets}, {"moctra_khach_hang.csv", &demoCustomers},
  {"moctra_khao_sat.csv", &demoSurvey}, {"moctra_tong_dai_cuoc_goi.csv", &demoCalls},
};

} // namespace carescore::assets
