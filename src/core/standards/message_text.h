// Small text helpers for profile messages: numbers as people write them, quoted values, JSON
// paths, "did you mean", and UTF-8 checks. Not the messages themselves (the checks own those).
#pragma once
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace carescore {

// 90 → "90", 0.9 → "0.9", 1e20 → "1e+20": shortest form that reads back (up to 15 digits).
std::string formatNumber(double value);

// "text" with JSON escapes, cut to 60 characters ("…" appended) so messages stay one line.
std::string quotedText(std::string_view text);

// JSON paths as messages show them: "standards[3].target.value"; keys that are not plain
// identifiers are bracketed and quoted: standards[0]["my key"].
std::string childPath(std::string_view parent, std::string_view key);
std::string indexPath(std::string_view parent, std::size_t index);

// The candidate closest to `text` if it is a plausible typo (one edit in a short name, up to
// three in a long one) or a cut-short or extended name, else empty.
std::string_view closestMatch(std::string_view text, std::span<const std::string_view> candidates);

// "a, b, c" for lists in messages.
std::string joinList(std::span<const std::string_view> items);

bool isValidUtf8(std::string_view text);
std::size_t codePointCount(std::string_view text);  // of valid UTF-8
std::string sanitizeUtf8(std::string_view text);     // invalid bytes → U+FFFD

// Lowercase ASCII letters, digits and '_', starting with a letter, at most 64 characters.
bool isValidId(std::string_view id);

} // namespace carescore
