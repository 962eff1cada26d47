#include "core/ingest/encoding_detection.h"

#include <algorithm>
#include <cmath>

#include "core/ingest/byte_scan.h"
#include "core/ingest/code_pages.h"
#include "core/ingest/mark_composition.h"
#include "core/ingest/utf8.h"

namespace carescore {

namespace {

// Russian letter frequencies in percent (а…я, then ё), from the Russian National Corpus counts.
constexpr double kRussianLetterPercent[33] = {
    8.01, 1.59, 4.54, 1.70, 2.98, 8.45, 0.94, 1.65, 7.35, 1.21, 3.49, 4.40, 3.21, 6.70, 10.97, 2.81, 4.73,
    5.47, 6.26, 2.62, 0.26, 0.97, 0.48, 1.44, 0.73, 0.36, 0.04, 1.90, 1.74, 0.32, 0.64, 2.01, 0.04,
};
constexpr double kCasePenalty = 4.0;            // a capital right after a small letter: rare in real text
// Share of high bytes in runs of 4+ that marks Cyrillic text: every letter of a Russian word is a
// high byte (about 0.9 of them in such runs), while Vietnamese in Windows-1258 keeps its consonants
// ASCII (about 0.06: "được") and Western text has single accented letters.
constexpr double kCyrillicRunShare = 0.5;
constexpr double kUtf8ValidShare = 0.8;         // share of well-formed multi-byte sequences that marks UTF-8
constexpr double kVietnameseMarkShare = 0.15;   // share of high bytes that are tone marks after a vowel
constexpr double kWesternLetterShare = 0.75;    // share of high bytes that are accented letters in words
constexpr std::size_t kDetectionWindow = 1 << 20;

struct ByteStats {
  std::size_t highBytes = 0;
  std::size_t highInLongRuns = 0;  // high bytes in runs of four or more
};

ByteStats highByteStats(std::span<const std::uint8_t> bytes) {
  ByteStats stats;
  std::size_t run = 0;
  auto closeRun = [&] {
    if (run >= 4) stats.highInLongRuns += run;
    run = 0;
  };
  for (std::uint8_t b : bytes) {
    if (b >= 0x80) {
      ++stats.highBytes;
      ++run;
    } else {
      closeRun();
    }
  }
  closeRun();
  return stats;
}

bool isCyrillicLetter(char32_t c) { return (c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451; }
bool isCyrillicUpper(char32_t c) { return (c >= 0x0410 && c <= 0x042F) || c == 0x0401; }
std::size_t russianIndex(char32_t c) {
  if (c == 0x0401 || c == 0x0451) return 32;
  return (c >= 0x0430 ? c - 0x0430 : c - 0x0410);
}

struct LetterScore {
  double perLetter = 0;
  std::size_t letters = 0;
};

// Mean log-frequency of the Cyrillic letters the bytes decode to, minus a penalty for capitals
// inside words: the right code page gives common letters in natural case.
LetterScore cyrillicScore(std::span<const std::uint8_t> bytes, const CodePageHighHalf& table) {
  double total = 0;
  std::size_t letters = 0;
  bool previousSmall = false;
  for (std::uint8_t b : bytes) {
    const char32_t c = b < 0x80 ? char32_t{b} : table[b - 0x80];
    if (!isCyrillicLetter(c)) {
      previousSmall = false;
      continue;
    }
    ++letters;
    total += std::log(kRussianLetterPercent[russianIndex(c)] + 0.05);
    const bool upper = isCyrillicUpper(c);
    if (upper && previousSmall) total -= kCasePenalty;
    previousSmall = !upper;
  }
  return {letters ? total / static_cast<double>(letters) : 0.0, letters};
}

bool isLatinVowelish(char32_t c) {
  switch (c | 0x20) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return true;
    default: return c >= 0xC0 && c < 0x250;  // precomposed letters: â ê ô ơ ư ă …
  }
}

// Evidence of Vietnamese in Windows-1258: combining tone marks right after a vowel. Windows-1258
// has no precomposed letters for the dot below, the hook above or most tones on â ê ô ơ ư ă, so
// Vietnamese text is full of them, while in Windows-1252 the same bytes (Ì ì Ò ò Þ) rarely follow
// a vowel. Letters like ă (ã in Portuguese) are no evidence.
std::size_t vietnameseMarks(std::span<const std::uint8_t> bytes) {
  const CodePageHighHalf& table = highHalfOf(Encoding::Windows1258);
  std::size_t marks = 0;
  char32_t previous = 0;
  for (std::uint8_t b : bytes) {
    const char32_t c = b < 0x80 ? char32_t{b} : table[b - 0x80];
    marks += isComposingMark(c) && isLatinVowelish(previous);
    previous = c;
  }
  return marks;
}

// Share of high bytes that read, in Windows-1252, as letters next to an ASCII letter ("très").
double westernPlausibility(std::span<const std::uint8_t> bytes) {
  std::size_t high = 0, plausible = 0;
  auto asciiLetter = [](std::uint8_t b) { return (b | 0x20) >= 'a' && (b | 0x20) <= 'z'; };
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] < 0x80) continue;
    ++high;
    const bool letter = bytes[i] >= 0xC0 && bytes[i] != 0xD7 && bytes[i] != 0xF7;
    const bool neighbour = (i > 0 && asciiLetter(bytes[i - 1])) || (i + 1 < bytes.size() && asciiLetter(bytes[i + 1]));
    plausible += letter && neighbour;
  }
  return high ? static_cast<double>(plausible) / static_cast<double>(high) : 0.0;
}

struct Utf8Stats {
  std::size_t multiByte = 0;  // well-formed sequences of 2–4 bytes
  std::size_t invalid = 0;    // ill-formed subparts
};

Utf8Stats utf8Stats(std::span<const std::uint8_t> bytes, bool complete) {
  Utf8Stats stats;
  const std::uint8_t* p = bytes.data();
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    i += findNonAscii(reinterpret_cast<const char*>(p + i), n - i);
    if (i >= n) break;
    const Utf8Step step = decodeUtf8(p + i, n - i);
    if (step.status == Utf8Step::Ok) ++stats.multiByte;
    else if (step.status == Utf8Step::Invalid || complete) ++stats.invalid;
    else break;  // cut by the end of the window
    i += step.length;
  }
  return stats;
}

double confidenceFromMargin(double margin, std::size_t evidence) {
  const double weight = static_cast<double>(evidence) / static_cast<double>(evidence + 5);
  return std::min(0.99, 0.5 + margin / 2.0) * weight;
}

} // namespace

std::size_t byteOrderMarkLength(std::span<const std::uint8_t> b, Encoding encoding) {
  switch (encoding) {
    case Encoding::Utf8: return b.size() >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0;
    case Encoding::Utf16Le: return b.size() >= 2 && b[0] == 0xFF && b[1] == 0xFE ? 2 : 0;
    case Encoding::Utf16Be: return b.size() >= 2 && b[0] == 0xFE && b[1] == 0xFF ? 2 : 0;
    default: return 0;
  }
}

EncodingGuess detectEncoding(std::span<const std::uint8_t> prefix, const EncodingDetectionOptions& options) {
  const std::span<const std::uint8_t> bytes = prefix.first(std::min(prefix.size(), kDetectionWindow));
  const bool complete = options.complete && bytes.size() == prefix.size();
  for (Encoding encoding : {Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be})
    if (const std::size_t bom = byteOrderMarkLength(bytes, encoding)) return {encoding, 1.0, bom};

  // UTF-16 without a BOM: ASCII characters leave every other byte zero, and NUL characters are
  // rare, so zeros cluster on one parity.
  if (bytes.size() >= 4) {
    std::size_t zerosEven = 0, zerosOdd = 0;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
      zerosEven += bytes[i] == 0;
      zerosOdd += bytes[i + 1] == 0;
    }
    const double pairs = static_cast<double>(bytes.size() / 2);
    const double even = static_cast<double>(zerosEven) / pairs, odd = static_cast<double>(zerosOdd) / pairs;
    if (odd >= 0.2 && even <= 0.02) return {Encoding::Utf16Le, std::min(0.99, 0.5 + odd), 0};
    if (even >= 0.2 && odd <= 0.02) return {Encoding::Utf16Be, std::min(0.99, 0.5 + even), 0};
  }

  const Utf8Stats utf8 = utf8Stats(bytes, complete);
  if (utf8.invalid == 0) return {Encoding::Utf8, 1.0, 0};  // pure ASCII reads the same in every candidate
  const double validShare = static_cast<double>(utf8.multiByte) / static_cast<double>(utf8.multiByte + utf8.invalid);
  if (options.unicodeOnly || validShare >= kUtf8ValidShare) return {Encoding::Utf8, std::min(0.95, validShare), 0};

  const ByteStats stats = highByteStats(bytes);
  const double runShare = static_cast<double>(stats.highInLongRuns) / static_cast<double>(stats.highBytes);
  if (runShare >= kCyrillicRunShare) {
    const LetterScore cp1251 = cyrillicScore(bytes, highHalfOf(Encoding::Windows1251));
    const LetterScore koi8 = cyrillicScore(bytes, highHalfOf(Encoding::Koi8R));
    const bool koi = koi8.perLetter > cp1251.perLetter;
    const double margin = std::abs(koi8.perLetter - cp1251.perLetter);
    return {koi ? Encoding::Koi8R : Encoding::Windows1251, confidenceFromMargin(margin, cp1251.letters), 0};
  }
  const std::size_t marks = vietnameseMarks(bytes);
  if (marks >= 2 && static_cast<double>(marks) >= kVietnameseMarkShare * static_cast<double>(stats.highBytes))
    return {Encoding::Windows1258, confidenceFromMargin(1.0, marks), 0};
  return {Encoding::Windows1252, westernPlausibility(bytes) >= kWesternLetterShare ? 0.85 : 0.6, 0};
}

} // namespace carescore
