// Text helpers for profile messages.
#include "core/standards/message_text.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace carescore {

namespace {

constexpr std::size_t kQuotedMaxCodePoints = 60;

bool isContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence starting at text[i], or 0 if none starts there.
std::size_t sequenceLength(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  std::uint32_t minimum = 0;
  std::uint32_t codePoint = 0;
  if (byte < 0x80) return 1;
  if (byte >= 0xC2 && byte <= 0xDF) length = 2, minimum = 0x80, codePoint = byte & 0x1Fu;
  else if (byte >= 0xE0 && byte <= 0xEF) length = 3, minimum = 0x800, codePoint = byte & 0x0Fu;
  else if (byte >= 0xF0 && byte <= 0xF4) length = 4, minimum = 0x10000, codePoint = byte & 0x07u;
  else return 0;
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if (!isContinuation(next)) return 0;
    codePoint = (codePoint << 6) | (next & 0x3Fu);
  }
  const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
  return codePoint < minimum || codePoint > 0x10FFFF || surrogate ? 0 : length;
}

bool isIdentifier(std::string_view key) {
  if (key.empty()) return false;
  const auto head = static_cast<unsigned char>(key.front());
  if (!(std::isalpha(head) || head == '_')) return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x80 && (std::isalnum(byte) || byte == '_');
  });
}

// Optimal string alignment distance: edits, with a swap of neighbours counting as one.
std::size_t editDistance(std::string_view a, std::string_view b) {
  const std::size_t width = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * width);
  for (std::size_t i = 0; i <= a.size(); ++i) d[i * width] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t best = std::min({d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1, d[(i - 1) * width + j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = std::min(best, d[(i - 2) * width + j - 2] + 1);
      d[i * width + j] = best;
    }
  return d.back();
}

} // namespace

std::string formatNumber(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  if (std::strtod(buffer, nullptr) != value) std::snprintf(buffer, sizeof buffer, "%.17g", value);
  return buffer;
}

std::string quotedText(std::string_view text) {
  std::string out = "\"";
  std::size_t codePoints = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (codePoints == kQuotedMaxCodePoints) {
      out += "…";
      break;
    }
    const std::size_t length = sequenceLength(text, i);
    const auto byte = static_cast<unsigned char>(text[i]);
    if (length == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not UTF-8
      ++i;
    } else if (byte == '"' || byte == '\\') {
      out += '\\';
      out += static_cast<char>(byte);
      ++i;
    } else if (byte < 0x20) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", byte);
      out += escape;
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
    ++codePoints;
  }
  return out + "\"";
}

std::string childPath(std::string_view parent, std::string_view key) {
  std::string path(parent);
  if (isIdentifier(key)) {
    if (!path.empty()) path += '.';
    path += key;
  } else {
    path += '[';
    path += quotedText(key);
    path += ']';
  }
  return path;
}

std::string indexPath(std::string_view parent, std::size_t index) {
  return std::string(parent) + "[" + std::to_string(index) + "]";
}

std::string_view closestMatch(std::string_view text, std::span<const std::string_view> candidates) {
  if (text.empty() || text.size() > 100) return {};
  std::string_view best;
  std::size_t bestScore = SIZE_MAX;
  for (std::string_view candidate : candidates) {
    if (candidate == text) return candidate;
    const std::size_t distance = editDistance(text, candidate);
    std::size_t score = SIZE_MAX;
    // One edit in a short name, two from 6 characters, three from 10 ("median_secs").
    const std::size_t allowed = text.size() >= 10 ? 3 : text.size() >= 6 ? 2 : text.size() >= 3 ? 1 : 0;
    if (distance <= allowed) {
      score = distance;
    } else {
      // A cut-short or extended name: "threshold" for "threshold_seconds".
      const std::string_view shorter = text.size() < candidate.size() ? text : candidate;
      const std::string_view longer = text.size() < candidate.size() ? candidate : text;
      if (shorter.size() >= 4 && longer.substr(0, shorter.size()) == shorter) score = 10 + longer.size() - shorter.size();
    }
    if (score < bestScore) bestScore = score, best = candidate;
  }
  return best;
}

std::string joinList(std::span<const std::string_view> items) {
  std::string text;
  for (std::string_view item : items) {
    if (!text.empty()) text += ", ";
    text += item;
  }
  return text;
}

bool isValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = sequenceLength(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::size_t codePointCount(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !isContinuation(static_cast<unsigned char>(c)); }));
}

std::string sanitizeUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = sequenceLength(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

bool isValidId(std::string_view id) {
  if (id.empty() || id.size() > 64 || !(id.front() >= 'a' && id.front() <= 'z')) return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

} // namespace carescore
