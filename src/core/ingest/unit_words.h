// Words for units of elapsed time in English, Vietnamese and Russian, with their length in
// seconds: shared by duration values ("2 ч 5 мин", "1h 30m") and header hints ("… in minutes",
// "(seconds)", "(in hrs)", "Thời gian chờ (phút)"). Data, looked up ignoring case.
#pragma once
#include <span>
#include <string_view>

namespace carescore {

struct UnitWord {
  std::string_view word;  // lower case UTF-8
  double seconds;
  bool abbreviation;      // one letter (s, m, h, с, ч): a unit only right after a number or at a header's end
};

std::span<const UnitWord> unitWords();

// The entry for a word (an optional trailing '.' ignored: "мин.", "сек."), or nullptr.
const UnitWord* findUnitWord(std::string_view word);

} // namespace carescore
