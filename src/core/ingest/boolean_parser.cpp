// The yes/no vocabulary as a table, matched ignoring case; what counts as a word: boolean_parser.h.
#include "core/ingest/boolean_parser.h"

#include "core/ingest/text_scan.h"

namespace carescore {

namespace {

// Vietnamese words also in decomposed form (base letter + combining mark), as Windows-1258
// decoding produces them: "có" = c o U+0301, "không" = k h o U+0302 n g, "đúng" = đ u U+0301 n g.
constexpr BooleanWord kWords[] = {
    {"true", true},    {"false", false},  {"yes", true},   {"no", false},   {"y", true},     {"n", false},
    {"t", true},       {"f", false},      {"on", true},    {"off", false},
    {"c\xC3\xB3", true},             {"kh\xC3\xB4ng", false},             // có, không
    {"co\xCC\x81", true},            {"kho\xCC\x82ng", false},            // có, không (decomposed)
    {"\xC4\x91\xC3\xBAng", true},    {"sai", false},                      // đúng, sai
    {"\xC4\x91u\xCC\x81ng", true},                                        // đúng (decomposed)
    {"\xD0\xB4\xD0\xB0", true},      {"\xD0\xBD\xD0\xB5\xD1\x82", false}, // да, нет
    {"\xD0\xB4", true},              {"\xD0\xBD", false},                 // д, н
    {"\xD0\xB2\xD0\xBA\xD0\xBB", true}, {"\xD0\xB2\xD1\x8B\xD0\xBA\xD0\xBB", false},  // вкл, выкл
};
constexpr std::size_t kLongestWord = [] {
  std::size_t longest = 0;
  for (const BooleanWord& entry : kWords) longest = entry.word.size() > longest ? entry.word.size() : longest;
  return longest;
}();

} // namespace

std::span<const BooleanWord> booleanWords() { return kWords; }

std::optional<bool> readBooleanWord(std::string_view text) {
  if (text.empty() || text.size() > kLongestWord || scan::isDigit(text[0])) return std::nullopt;
  for (const BooleanWord& entry : kWords)
    if (scan::equalsFolded(text, entry.word)) return entry.value;
  return std::nullopt;
}

std::optional<bool> readBooleanDigit(std::string_view text) {
  if (text == "1" || text == "1.0") return true;
  if (text == "0" || text == "0.0") return false;
  return std::nullopt;
}

} // namespace carescore
