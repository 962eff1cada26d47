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
// The demo data (demo/): six weeks of exports of the fictional Mộc Trà shop, UTF-8 CSV with
// wall-clock times in Asia/Ho_Chi_Minh; fed through the same path as dropped files. About 390 KB.
std::span<const unsigned char> demoCalls();      // moctra_tong_dai_cuoc_goi.csv: the phone system's call log
std::span<const unsigned char> demoChats();      // moctra_chat.csv: website chat and Zalo
std::span<const unsigned char> demoTickets();    // moctra_helpdesk_phieu.csv: e-mail and Facebook tickets
std::span<const unsigned char> demoOrders();     // moctra_don_hang.csv: orders with delivery dates
std::span<const unsigned char> demoSurveys();    // moctra_khao_sat.csv: a Google Forms survey (CSAT, NPS, CES)
std::span<const unsigned char> demoCustomers();  // moctra_khach_hang.csv: the customer list (region, orders, referrals)

} // namespace carescore::assets
