// Normalized topics, so that "Re: Order #12345 late!!" and "order #98765 late" count as one FAQ
// candidate: lower case, punctuation and spacing collapsed, numbers and ids replaced by "#",
// reply/forward prefixes dropped. Diacritics are kept (Vietnamese "bán" ≠ "bản", Russian "ё" ≠
// "е"); text is assumed NFC (the readers compose). Not the FAQ metric itself, which counts these.
#pragma once
#include <string>
#include <string_view>

namespace carescore {

struct TopicOptions {
  bool replaceNumbers = true;       // any word containing a digit ("12345", "ORD-2024-0001", "10:30") → "#"
  bool dropReplyPrefixes = true;    // leading "Re:", "Fwd:", "Отв:", "TL:" …
};

// Writes the normalized topic into `out` (cleared first; reuse it across rows to avoid allocating).
void normalizeTopic(std::string_view text, std::string& out, const TopicOptions& options = {});
std::string normalizeTopic(std::string_view text, const TopicOptions& options = {});

} // namespace carescore
