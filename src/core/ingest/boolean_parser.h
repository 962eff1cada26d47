// Yes/no words of the exports we read, in English, Vietnamese and Russian, case-insensitive:
// true/false, yes/no, y/n, t/f, on/off, có/không, đúng/sai, да/нет, д/н, вкл/выкл. Digits 1/0 are
// read separately: they make a boolean column only when the header names a flag.
#pragma once
#include <optional>
#include <span>
#include <string_view>

namespace carescore {

struct BooleanWord {
  std::string_view word;  // lower case UTF-8
  bool value;
};

std::span<const BooleanWord> booleanWords();

// The value of a (trimmed) yes/no word, or nothing. Digits are not words.
std::optional<bool> readBooleanWord(std::string_view text);

// "1" → true, "0" → false (also "1.0"/"0.0" as spreadsheets write them), or nothing.
std::optional<bool> readBooleanDigit(std::string_view text);

} // namespace carescore
