// The unit vocabulary of durations and headers as one table; looked up ignoring case.
#include "core/ingest/unit_words.h"

#include "core/ingest/text_scan.h"

namespace carescore {

namespace {

constexpr double kMinute = 60, kHour = 3600, kDay = 86400, kMs = 0.001;

// Vietnamese words also decomposed (base letter + combining marks), as Windows-1258 decoding
// leaves them: giây = gia U+0302 y, phút = phu U+0301 t, giờ = gio U+031B U+0300, ngày = nga U+0300 y;
// and giây, phút typed without diacritics (not "gio", "ngay": "khung gio", "ngay tao" are no units).
constexpr UnitWord kUnits[] = {
    {"ms", kMs, false}, {"msec", kMs, false}, {"millisecond", kMs, false}, {"milliseconds", kMs, false},
    {"s", 1, true}, {"sec", 1, false}, {"secs", 1, false}, {"second", 1, false}, {"seconds", 1, false},
    {"m", kMinute, true}, {"min", kMinute, false}, {"mins", kMinute, false}, {"minute", kMinute, false},
    {"minutes", kMinute, false},
    {"h", kHour, true}, {"hr", kHour, false}, {"hrs", kHour, false}, {"hour", kHour, false}, {"hours", kHour, false},
    {"d", kDay, true}, {"day", kDay, false}, {"days", kDay, false},
    {"мс", kMs, false},
    {"с", 1, true}, {"сек", 1, false}, {"секунда", 1, false}, {"секунды", 1, false}, {"секунд", 1, false},
    {"секундах", 1, false},
    {"м", kMinute, true}, {"мин", kMinute, false}, {"минута", kMinute, false}, {"минуты", kMinute, false},
    {"минут", kMinute, false}, {"минутах", kMinute, false},
    {"ч", kHour, true}, {"час", kHour, false}, {"часа", kHour, false}, {"часов", kHour, false},
    {"часах", kHour, false},
    {"д", kDay, true}, {"дн", kDay, false}, {"день", kDay, false}, {"дня", kDay, false}, {"дней", kDay, false},
    {"днях", kDay, false},
    {"giây", 1, false}, {"gia\xCC\x82y", 1, false}, {"giay", 1, false},
    {"phút", kMinute, false}, {"phu\xCC\x81t", kMinute, false}, {"phut", kMinute, false},
    {"giờ", kHour, false}, {"gio\xCC\x9B\xCC\x80", kHour, false}, {"tiếng", kHour, false},
    {"ngày", kDay, false}, {"nga\xCC\x80y", kDay, false},
};

} // namespace

std::span<const UnitWord> unitWords() { return kUnits; }

const UnitWord* findUnitWord(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  for (const UnitWord& unit : kUnits)
    if (scan::equalsFolded(word, unit.word)) return &unit;
  return nullptr;
}

} // namespace carescore
