// A header as the mapper compares it: folded (lower case, accents dropped, punctuation and
// camelCase humps turned into single spaces), so "Thời gian tạo", "thoi_gian_tao" and "ThoiGianTao"
// all read "thoi gian tao"; with the time zone ("(America/New_York)", "(UTC)") and the unit
// ("(giây)", "(min)", "(сек)", "(%)", ", сек") it names at its end split off. Also the header
// signature of a table. Not a synonym table: which words mean which field is synonyms.h's business.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace carescore {

struct HeaderText {
  std::string folded;      // "conversation started at", "thoi gian phan hoi" (zone and unit split off)
  std::string zone;        // "America/New_York", "UTC", "UTC+07:00"; empty when the header names none
  std::string unit;        // the unit as written: "giây", "min", "сек", "%"; empty when it names none
  double unitSeconds = 0;  // seconds per unit of a time unit ("phút": 60); 0 for none and for "%"
  bool percent = false;    // "(%)": the values are percentages, not a duration
  friend bool operator==(const HeaderText&, const HeaderText&) = default;
};

HeaderText readHeaderText(std::string_view header);

// Folded text only (synonyms and signature patterns are folded the same way before comparing).
std::string foldHeader(std::string_view text);

// Whether `folded` equals `phrase`, or has the phrase's words in a row ("how likely are you to
// recommend" contains "recommend"); a phrase word ending in '*' is a stem ("удовлетвор*").
bool phraseEquals(std::string_view folded, std::string_view phrase);
bool containsPhrase(std::string_view folded, std::string_view phrase);

// A stable name for a list of headers: 16 hex digits of a 64-bit FNV-1a hash of the folded
// headers. Two exports with the same columns (in any letter case) have the same signature, so a
// mapping saved for one applies to the next month's file.
std::string headerSignature(std::span<const std::string> headers);

// 64-bit FNV-1a, stable across builds and platforms (signatures are saved and compared later).
std::uint64_t stableHash(std::string_view bytes, std::uint64_t seed = 0xcbf29ce484222325ULL);

// 16 lower-case hex digits of a hash, as signatures and fingerprints are written.
std::string hexDigits(std::uint64_t hash);

} // namespace carescore
